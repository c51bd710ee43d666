// Analyst's options for nodes: colour by Louvain community, size by PageRank or betweenness (graphology's
// implementations, on the graph as one undirected simple graph: direction and parallel relations do not change who
// clusters with whom or who brokers between them). Computed on demand and cached per graph.
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import pagerank from 'graphology-metrics/centrality/pagerank';
import betweenness from 'graphology-metrics/centrality/betweenness';
import type { ExplorerGraph } from './sigma-graph';
import type { ColorBy, SizeBy } from './view-state';

/** Paul Tol's "muted" scheme, distinct for colour-blind readers; communities past it reuse it (the legend names them). */
export const COMMUNITY_COLORS = ['#332288', '#88CCEE', '#44AA99', '#117733', '#999933', '#DDCC77', '#CC6677', '#882255', '#AA4499', '#6F6F6F'];

export interface Community {
  index: number;
  color: string;
  /** The best-connected member, to name the community in the legend. */
  hub: string;
  size: number;
}

export interface NodeStyle {
  color?: Map<string, string>;
  size?: Map<string, number>;
  communities?: Community[];
  communityOf?: Map<string, number>;
}

const simple = (graph: ExplorerGraph) => {
  const g = new Graph({ type: 'undirected' });
  graph.forEachNode((node) => g.addNode(node));
  graph.forEachEdge((_e, _a, source, target) => {
    if (source !== target) g.mergeEdge(source, target);
  });
  return g;
};

const cache = new WeakMap<ExplorerGraph, Map<string, unknown>>();
function memo<T>(graph: ExplorerGraph, key: string, compute: () => T): T {
  let entries = cache.get(graph);
  if (!entries) cache.set(graph, (entries = new Map()));
  if (!entries.has(key)) entries.set(key, compute());
  return entries.get(key) as T;
}

/** Seeded, so the same graph always splits into the same communities. */
function seeded(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) % 4294967296;
    return seed / 4294967296;
  };
}

function communities(graph: ExplorerGraph): { communityOf: Map<string, number>; list: Community[] } {
  return memo(graph, 'communities', () => {
    const raw = louvain(simple(graph), { rng: seeded(7) }) as Record<string, number>;
    // Renumber by size, largest first, so colours are stable and the legend reads in order.
    const members = new Map<number, string[]>();
    for (const [node, c] of Object.entries(raw)) members.set(c, [...(members.get(c) ?? []), node]);
    const ordered = [...members.values()].sort((a, b) => b.length - a.length || (a[0] < b[0] ? -1 : 1));
    const communityOf = new Map<string, number>();
    const list = ordered.map((nodes, index) => {
      for (const n of nodes) communityOf.set(n, index);
      const hub = nodes.reduce((best, n) => (graph.getNodeAttribute(n, 'degree') > graph.getNodeAttribute(best, 'degree') ? n : best));
      return { index, color: COMMUNITY_COLORS[index % COMMUNITY_COLORS.length], hub, size: nodes.length };
    });
    return { communityOf, list };
  });
}

/** Node sizes from a centrality, over the same range as the degree sizes (4–24 px). */
function sizesFrom(graph: ExplorerGraph, scores: Record<string, number>): Map<string, number> {
  const values = Object.values(scores);
  const max = Math.max(...values);
  const min = Math.min(...values);
  const span = max - min || 1;
  return new Map(Object.entries(scores).map(([node, v]) => [node, 4 + 20 * Math.sqrt((v - min) / span)]));
}

export function nodeStyle(graph: ExplorerGraph, colorBy: ColorBy, sizeBy: SizeBy): NodeStyle | null {
  if (colorBy === 'type' && sizeBy === 'degree') return null;
  const style: NodeStyle = {};
  if (colorBy === 'community') {
    const { communityOf, list } = communities(graph);
    style.color = new Map([...communityOf].map(([node, c]) => [node, list[c].color]));
    style.communities = list;
    style.communityOf = communityOf;
  }
  if (sizeBy === 'pagerank') style.size = memo(graph, 'pagerank', () => sizesFrom(graph, pagerank(simple(graph))));
  if (sizeBy === 'betweenness') style.size = memo(graph, 'betweenness', () => sizesFrom(graph, betweenness(simple(graph))));
  return style;
}
