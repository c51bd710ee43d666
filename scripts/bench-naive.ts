// The peer of bench:queries: the same queries over plain Maps (entity by id, relations by entity, names
// folded once) with linear scans and plain BFS — no compact store, no sorted name index — to show what those buy.
import type { EntityView, KnowledgeGraph, Relation, Subgraph } from '../graph';
import { getEntity, relationAt, foldName, LIMITS } from '../graph';

export interface NaiveGraph {
  entities: Map<string, EntityView>;
  adjacency: Map<string, Relation[]>;
  names: Array<{ id: string; keys: string[] }>;
}

export function naiveGraph(kg: KnowledgeGraph): NaiveGraph {
  const entities = new Map<string, EntityView>();
  const adjacency = new Map<string, Relation[]>();
  const names: NaiveGraph['names'] = [];
  for (const id of kg.store.ids) {
    const entity = getEntity(kg, id)!;
    entities.set(id, entity);
    adjacency.set(id, []);
    names.push({ id, keys: [entity.name, ...entity.aliases].map(foldName) });
  }
  for (let e = 0; e < kg.store.size; e++) {
    const relation = relationAt(kg, e);
    adjacency.get(relation.source)!.push(relation);
    adjacency.get(relation.target)!.push(relation);
  }
  return { entities, adjacency, names };
}

const other = (r: Relation, id: string) => (r.source === id ? r.target : r.source);
const byId = (a: Relation, b: Relation) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export const naiveEntityRelations = (g: NaiveGraph, id: string) => ({
  entity: g.entities.get(id) ?? null,
  relations: [...(g.adjacency.get(id) ?? [])].sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : byId(a, b))),
});

/** Exact, then prefix (of the name or a later word), then substring; ties by degree. */
export function naiveSearch(g: NaiveGraph, query: string, limit: number): EntityView[] {
  const q = foldName(query);
  const hits: Array<[string, number]> = [];
  for (const { id, keys } of g.names) {
    let tier = 9;
    for (const key of keys) {
      if (key === q) tier = 0;
      else if (key.startsWith(q) || key.includes(` ${q}`)) tier = Math.min(tier, 1);
      else if (key.includes(q)) tier = Math.min(tier, 2);
    }
    if (tier < 9) hits.push([id, tier]);
  }
  const degree = (id: string) => g.entities.get(id)!.degree;
  hits.sort(([a, ta], [b, tb]) => ta - tb || degree(b) - degree(a) || (a < b ? -1 : 1));
  return hits.slice(0, limit).map(([id]) => g.entities.get(id)!);
}

export function naiveNeighborhood(g: NaiveGraph, center: string, depth: number): Subgraph {
  const hops = new Map([[center, 0]]);
  const queue = [center];
  for (let i = 0; i < queue.length && hops.size < LIMITS.neighborhoodNodes; i++) {
    const node = queue[i];
    if (hops.get(node)! >= depth) continue;
    for (const r of g.adjacency.get(node)!) {
      const next = other(r, node);
      if (hops.has(next) || hops.size >= LIMITS.neighborhoodNodes) continue;
      hops.set(next, hops.get(node)! + 1);
      queue.push(next);
    }
  }
  const edges = new Map<string, Relation>();
  for (const node of hops.keys()) {
    for (const r of g.adjacency.get(node)!) if (hops.has(other(r, node)) && edges.size < LIMITS.neighborhoodEdges) edges.set(r.id, r);
  }
  return { nodes: [...hops.keys()].map((id) => g.entities.get(id)!), edges: [...edges.values()].sort(byId) };
}

/** Plain breadth-first search from one end. */
export function naivePath(g: NaiveGraph, from: string, to: string): Relation[] | null {
  if (from === to) return [];
  const via = new Map<string, Relation | null>([[from, null]]);
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    for (const r of g.adjacency.get(queue[i])!) {
      const next = other(r, queue[i]);
      if (via.has(next)) continue;
      via.set(next, r);
      if (next === to) {
        const path: Relation[] = [];
        for (let at = to; at !== from; ) {
          const step = via.get(at)!;
          path.unshift(step);
          at = other(step, at);
        }
        return path;
      }
      queue.push(next);
    }
  }
  return null;
}
