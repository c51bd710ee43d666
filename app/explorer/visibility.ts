// Which nodes and edges the filters leave on screen: types, a degree floor, a time window and the selection's k-hop ego graph.
import type { EntityType, RelationType } from '@/graph/types';
import type { ExplorerGraph } from './sigma-graph';
import { statedWithin, type DaySpan } from './time-window';

export interface Filters {
  hiddenEntityTypes: readonly EntityType[];
  hiddenRelationTypes: readonly RelationType[];
  minDegree: number;
  ego: number;
  /** The ego graph's centre; it stays visible whatever the filters say, since it is what the user asked for. */
  focus: string | null;
  /** Only relations stated within these days (see time-window.ts), and the entities they link. */
  window?: DaySpan | null;
  /** Entities whose neighbours the user asked to see: shown whatever the entity filters and the ego view say. */
  expanded?: readonly string[];
  /** Only what a person checked: machine-extracted relations nobody reviewed yet are left out. */
  reviewedOnly?: boolean;
}

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
}

export function computeVisibility(graph: ExplorerGraph, filters: Filters): Visibility {
  const hiddenEntities = new Set<string>(filters.hiddenEntityTypes);
  const hiddenRelations = new Set<string>(filters.hiddenRelationTypes);
  const relationHidden = (attr: { relationType: string; unreviewed?: boolean }) => hiddenRelations.has(attr.relationType) || (!!filters.reviewedOnly && !!attr.unreviewed);
  const focus = filters.focus && graph.hasNode(filters.focus) ? filters.focus : null;
  // The degree floor counts only the relations the filters keep: an entity left with none of them is not "connected".
  const degree = new Map<string, number>();
  if (filters.minDegree > 0) {
    graph.forEachEdge((_edge, attr, source, target) => {
      if (relationHidden(attr)) return;
      degree.set(source, (degree.get(source) ?? 0) + 1);
      degree.set(target, (degree.get(target) ?? 0) + 1);
    });
  }
  let nodes = new Set<string>();
  graph.forEachNode((node, attr) => {
    if (node === focus || (!hiddenEntities.has(attr.entityType) && (degree.get(node) ?? 0) >= filters.minDegree)) nodes.add(node);
  });
  const { window } = filters;
  const edgeShown = (edge: string, type: RelationType, source: string, target: string) =>
    !relationHidden(graph.getEdgeAttributes(edge)) && nodes.has(source) && nodes.has(target) && (!window || statedWithin(graph.getEdgeAttribute(edge, 'days'), window));
  if (window) {
    // In a time window an entity is drawn when one of its relations was stated then.
    const linked = new Set<string>(focus ? [focus] : []);
    graph.forEachEdge((edge, attr, source, target) => {
      if (edgeShown(edge, attr.relationType, source, target)) linked.add(source).add(target);
    });
    nodes = linked;
  }

  if (filters.ego > 0 && focus) {
    // Breadth-first over the relations the filters keep, in either direction.
    const ego = new Set([focus]);
    let frontier = [focus];
    for (let hop = 0; hop < filters.ego && frontier.length; hop++) {
      const next: string[] = [];
      for (const node of frontier) {
        graph.forEachEdge(node, (edge, attr, source, target) => {
          const other = source === node ? target : source;
          if (!ego.has(other) && edgeShown(edge, attr.relationType, source, target)) {
            ego.add(other);
            next.push(other);
          }
        });
      }
      frontier = next;
    }
    nodes = ego;
  }
  for (const node of filters.expanded ?? []) {
    if (!graph.hasNode(node)) continue;
    nodes.add(node);
    graph.forEachEdge(node, (_edge, attr, source, target) => {
      if (!relationHidden(attr)) nodes.add(source === node ? target : source);
    });
  }

  const edges = new Set<string>();
  graph.forEachEdge((edge, attr, source, target) => {
    if (edgeShown(edge, attr.relationType, source, target)) edges.add(edge);
  });
  return { nodes, edges };
}
