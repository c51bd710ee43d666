// A compact, integer view of the graph's adjacency for traversals that touch thousands of nodes (neighbourhoods):
// node and edge numbers in typed arrays instead of graphology's per-call closures over adjacency objects.
// Lists keep graphology's own iteration order (forEachNeighbor / forEachEdge), so results, and which nodes or
// edges a cap cuts, are exactly those of the graphology traversal. Built once per graph, on first use.
import type { KGraph, EdgeAttributes, NodeAttributes } from './build';

export interface Adjacency {
  number: Map<string, number>;
  nodes: string[];
  nodeAttributes: NodeAttributes[];
  /** Neighbours of node n (either direction, each once): neighbors[neighborStart[n] … neighborStart[n + 1]). */
  neighborStart: Int32Array;
  neighbors: Int32Array;
  /** Edges whose source is node n, in forEachEdge(n) order: outEdges[outStart[n] … outStart[n + 1]). */
  outStart: Int32Array;
  outEdges: Int32Array;
  edgeKeys: string[];
  edgeAttributes: EdgeAttributes[];
  edgeSources: Int32Array;
  edgeTargets: Int32Array;
  /** Edge number → its place among all edge keys in `<` order, so a set of edges sorts by id with integer compares. */
  edgeOrder: Int32Array;
}

const built = new WeakMap<KGraph, Adjacency>();

export function adjacencyOf(graph: KGraph): Adjacency {
  let adjacency = built.get(graph);
  if (!adjacency) built.set(graph, (adjacency = build(graph)));
  return adjacency;
}

function build(graph: KGraph): Adjacency {
  const nodes = graph.nodes();
  const number = new Map(nodes.map((node, n) => [node, n]));
  const edgeKeys: string[] = [];
  const edgeAttributes: EdgeAttributes[] = [];
  const edgeSources = new Int32Array(graph.size);
  const edgeTargets = new Int32Array(graph.size);
  const edgeNumber = new Map<string, number>();
  graph.forEachEdge((key, attributes, source, target) => {
    edgeNumber.set(key, edgeKeys.length);
    edgeSources[edgeKeys.length] = number.get(source)!;
    edgeTargets[edgeKeys.length] = number.get(target)!;
    edgeKeys.push(key);
    edgeAttributes.push(attributes);
  });
  const neighborStart = new Int32Array(nodes.length + 1);
  const outStart = new Int32Array(nodes.length + 1);
  const neighbors: number[] = [];
  const outEdges: number[] = [];
  nodes.forEach((node, n) => {
    graph.forEachNeighbor(node, (neighbor) => void neighbors.push(number.get(neighbor)!));
    graph.forEachEdge(node, (key, _attributes, source) => {
      if (source === node) outEdges.push(edgeNumber.get(key)!);
    });
    neighborStart[n + 1] = neighbors.length;
    outStart[n + 1] = outEdges.length;
  });
  const byKey = Int32Array.from(edgeKeys, (_, e) => e).sort((a, b) => (edgeKeys[a] < edgeKeys[b] ? -1 : edgeKeys[a] > edgeKeys[b] ? 1 : 0));
  const edgeOrder = new Int32Array(edgeKeys.length);
  byKey.forEach((edge, place) => (edgeOrder[edge] = place));
  return {
    edgeOrder,
    number, nodes, nodeAttributes: nodes.map((node) => graph.getNodeAttributes(node)), neighborStart, neighbors: Int32Array.from(neighbors), outStart, outEdges: Int32Array.from(outEdges),
    edgeKeys, edgeAttributes, edgeSources, edgeTargets,
  };
}
