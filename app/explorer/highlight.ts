// What the canvas emphasises, strongest first: the hovered node's neighbourhood, the path, the selected
// relation, the selected entity's neighbourhood. Everything else is dimmed, and only through reducers.
import type { NodeDisplayData, EdgeDisplayData } from 'sigma/types';
import type { ExplorerEdge, ExplorerGraph, ExplorerNode } from './sigma-graph';
import type { Visibility } from './visibility';
import type { NodeStyle } from './node-style';

export interface HighlightInput {
  hovered: string | null;
  selected: string | null;
  edge: string | null;
  path: { nodes: string[]; edges: string[] } | null;
  /** The view is the selection's k-hop neighbourhood: all of it is what the user asked to see, none of it dimmed. */
  ego?: boolean;
}

export interface Focus {
  nodes: Set<string>;
  edges: Set<string>;
  /** Drawn with sigma's highlight (a label box), not merely kept bright. */
  primary: Set<string>;
  /** Edges drawn thicker; all of `edges` when absent. */
  emphasis?: Set<string>;
}

// Much lighter than any type colour, and drawn smaller: proposal pink reads as mid grey with deuteranopia, so
// lightness and size, not hue, set the dimmed apart.
const DIM_NODE = '#eceef1';
const DIM_EDGE = '#f0f1f3';

function neighbourhood(graph: ExplorerGraph, node: string, visible: Visibility): Focus {
  const nodes = new Set([node]);
  const edges = new Set<string>();
  graph.forEachEdge(node, (edge, _attr, source, target) => {
    if (!visible.edges.has(edge)) return;
    edges.add(edge);
    nodes.add(source === node ? target : source);
  });
  return { nodes, edges, primary: new Set([node]) };
}

export function computeFocus(graph: ExplorerGraph, input: HighlightInput, visible: Visibility): Focus | null {
  if (input.hovered && graph.hasNode(input.hovered)) return neighbourhood(graph, input.hovered, visible);
  if (input.path && input.path.nodes.length) {
    return { nodes: new Set(input.path.nodes), edges: new Set(input.path.edges), primary: new Set([input.path.nodes[0], input.path.nodes.at(-1)!]) };
  }
  if (input.edge && graph.hasEdge(input.edge)) {
    const ends = graph.extremities(input.edge);
    return { nodes: new Set(ends), edges: new Set([input.edge]), primary: new Set(ends) };
  }
  if (input.selected && graph.hasNode(input.selected)) {
    if (input.ego) {
      const own = neighbourhood(graph, input.selected, visible);
      return { nodes: visible.nodes, edges: visible.edges, primary: own.primary, emphasis: own.edges };
    }
    return neighbourhood(graph, input.selected, visible);
  }
  return null;
}

export function makeReducers(visible: Visibility, focus: Focus | null, style: NodeStyle | null = null) {
  const styled = (node: string, data: ExplorerNode): ExplorerNode =>
    style ? { ...data, color: style.color?.get(node) ?? data.color, size: style.size?.get(node) ?? data.size } : data;
  const nodeReducer = (node: string, raw: ExplorerNode): Partial<NodeDisplayData> => {
    if (!visible.nodes.has(node) && !focus?.nodes.has(node)) return { ...raw, hidden: true };
    const data = styled(node, raw);
    if (!focus) return data;
    if (focus.nodes.has(node)) return { ...data, forceLabel: true, zIndex: 2, highlighted: focus.primary.has(node) };
    return { ...data, color: DIM_NODE, size: data.size * 0.7, label: null, zIndex: 0 };
  };
  const edgeReducer = (edge: string, data: ExplorerEdge): Partial<EdgeDisplayData> => {
    if (focus?.edges.has(edge)) return (focus.emphasis ?? focus.edges).has(edge) ? { ...data, size: data.size * 2, zIndex: 2 } : { ...data, zIndex: 1 };
    if (!visible.edges.has(edge)) return { ...data, hidden: true };
    if (!focus) return data;
    return { ...data, color: DIM_EDGE, label: undefined, forceLabel: false, zIndex: 0 };
  };
  return { nodeReducer, edgeReducer };
}
