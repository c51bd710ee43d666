// The compact store and its indexes (search postings, compressed adjacency) must answer exactly as the plain
// definitions do: here those definitions are written out naively over graphology's reading of the same graph.json
// (every name scanned; a breadth-first search over the edge list) and compared on a synthetic graph large enough
// for hubs and the neighbourhood caps, with queries drawn at random.
import { describe, expect, it } from 'vitest';
import { UndirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted';
import {
  createKnowledgeGraph, entityRelations, foldName, getEntity, getRelation, LIMITS, listEntities, listRelations, neighborhood,
  shortestPath, type EntityView, type KGraph, type Relation,
} from '@/graph';
import { generateSynthetic } from '@/graph/synthetic';
import { seededRng } from '@/graph/synthetic-text';

const graph = generateSynthetic({ entities: 3000, relations: 12000, seed: 11 });
const kg = createKnowledgeGraph(graph.export());
const rng = seededRng(5);
const ids = graph.nodes();
const anyId = () => ids[Math.floor(rng() * ids.length)];

/** An entity and a relation by definition: the node's or edge's attributes in graph.json, renamed (a relation with no status is curated). */
const entityOf = (g: KGraph, id: string): EntityView => {
  const { entityType, ...rest } = g.getNodeAttributes(id);
  return { id, type: entityType, ...rest, degree: g.degree(id) };
};
const relationOf = (g: KGraph, key: string): Relation => {
  const { relationType, ...rest } = g.getEdgeAttributes(key);
  return { id: key, type: relationType, source: g.source(key), target: g.target(key), status: 'CURATED', ...rest };
};
const oneEditApart = (a: string, b: string) => {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  for (let i = 0; i <= Math.max(a.length, b.length); i++) {
    if (a.slice(i + 1) === b.slice(i + 1) && a.slice(0, i) === b.slice(0, i)) return true; // substitution
    if (a.slice(0, i) + a.slice(i + 1) === b || b.slice(0, i) + b.slice(i + 1) === a) return true; // deletion
    if (a.length === b.length && i + 1 < a.length && a.slice(0, i) + a[i + 1] + a[i] + a.slice(i + 2) === b) return true; // swap
  }
  return false;
};

/**
 * Tiers by definition: 0 a whole key equals q, 1 a word start of a key starts with q, 2 a key contains q, 3 every word
 * of a several-word q starts a word of a key, 4 a word is one edit (or one swap of neighbours) from a one-word q.
 */
const foldedKeys = new Map(ids.map((id) => [id, [graph.getNodeAttribute(id, 'name'), ...graph.getNodeAttribute(id, 'aliases')].map(foldName).filter(Boolean)]));

function naiveSearch(g: KGraph, query: string, limit: number): string[] {
  const q = foldName(query);
  if (!q) return [];
  const hits: Array<[string, number]> = [];
  g.forEachNode((id) => {
    let tier = 9;
    for (const key of foldedKeys.get(id)!) {
      const words = key.split(' ');
      const suffixes = words.map((_, i) => words.slice(i).join(' '));
      if (key === q) tier = Math.min(tier, 0);
      else if (suffixes.some((s) => s.startsWith(q))) tier = Math.min(tier, 1);
      else if (key.includes(q)) tier = Math.min(tier, 2);
      else if (q.includes(' ') && q.split(' ').every((w) => words.some((k) => k.startsWith(w)))) tier = Math.min(tier, 3);
      else if (q.length >= 4 && !q.includes(' ') && words.some((w) => oneEditApart(w, q))) tier = Math.min(tier, 4);
    }
    if (tier < 9) hits.push([id, tier]);
  });
  const degree = (id: string) => g.degree(id);
  hits.sort(([a, ta], [b, tb]) => ta - tb || degree(b) - degree(a) || (a < b ? -1 : 1));
  return hits.slice(0, limit).map(([id]) => id);
}

/** Edges touching each node: those it is the source of, then those it is the target of, each in graph.json's order. */
const incident = new Map(ids.map((id) => [id, [] as string[]]));
graph.forEachEdge((key, _, source) => incident.get(source)!.push(key));
graph.forEachEdge((key, _, __, target) => incident.get(target)!.push(key));

/** The neighbourhood by definition: breadth-first, each node's neighbours in that edge order, caps cutting the farthest. */
function plainNeighborhood(g: KGraph, center: string, depth: number) {
  const members = new Set([center]);
  let ring = [center];
  for (let hop = 0; hop < depth; hop++) {
    const next: string[] = [];
    for (const node of ring) {
      for (const key of incident.get(node)!) {
        const neighbor = g.opposite(node, key);
        if (members.size >= LIMITS.neighborhoodNodes || members.has(neighbor)) continue;
        members.add(neighbor);
        next.push(neighbor);
      }
    }
    ring = next;
  }
  const edges: string[] = [];
  for (const node of members) {
    for (const key of incident.get(node)!) {
      if (edges.length < LIMITS.neighborhoodEdges && g.source(key) === node && members.has(g.target(key))) edges.push(key);
    }
  }
  return { nodes: [...members].map((n) => entityOf(g, n)), edges: edges.sort().map((key) => relationOf(g, key)) };
}

describe('compact store', () => {
  it('should answer every entity and relation as graph.json states it', () => {
    for (const id of ids) expect(getEntity(kg, id)).toEqual(entityOf(graph, id));
    // Evidence is made on first read, so compare the relation as JSON carries it.
    const plain = (r: Relation | null) => JSON.parse(JSON.stringify(r));
    graph.forEachEdge((key) => expect(plain(getRelation(kg, key))).toEqual(plain(relationOf(graph, key))));
    expect(getRelation(kg, 'supports:nobody:nothing')).toBeNull();
    // 15,000 deep comparisons: ~3 s alone, over 10 s while the server tests share two cores.
  }, 60_000);

  it("should list an entity's relations, each direction, and all relations in id order", () => {
    for (let i = 0; i < 200; i++) {
      const id = anyId();
      const keys = (edges: string[]) => edges.sort((a, b) => (a < b ? -1 : 1));
      const byType = (r: Relation[]) => r.map((x) => x.id).sort((a, b) => (a < b ? -1 : 1));
      expect(byType(entityRelations(kg, id))).toEqual(keys(graph.edges(id)));
      expect(byType(entityRelations(kg, id, { direction: 'OUT' }))).toEqual(keys([...graph.outEdges(id), ...graph.undirectedEdges(id)]));
      expect(byType(entityRelations(kg, id, { direction: 'IN' }))).toEqual(keys([...graph.inEdges(id), ...graph.undirectedEdges(id)]));
    }
    const all = listRelations(kg);
    expect(all.length).toBe(graph.size);
    expect(all.slice(0, 100).map((r) => r.id)).toEqual(graph.edges().sort().slice(0, 100));
    expect(listRelations(kg, { type: 'OPPOSES' }).slice().map((r) => r.id)).toEqual(graph.filterEdges((_, a) => a.relationType === 'OPPOSES').sort());
    const people = listEntities(kg, { type: 'PERSON' });
    expect(people.length).toBe(graph.filterNodes((_, a) => a.entityType === 'PERSON').length);
  });

  it('should find shortest paths as long as graphology finds them', () => {
    const undirected = new UndirectedGraph();
    graph.forEachNode((id) => undirected.addNode(id));
    graph.forEachEdge((_, __, source, target) => undirected.mergeEdge(source, target));
    for (let i = 0; i < 100; i++) {
      const [a, b] = [anyId(), anyId()];
      const expected = bidirectional(undirected, a, b);
      const path = shortestPath(kg, a, b);
      expect(path?.length ?? null).toBe(expected ? expected.length - 1 : null);
    }
  });

  it('should rank search hits exactly as the tier definitions do', () => {
    const queries: string[] = [];
    for (let i = 0; i < 60; i++) {
      const name = graph.getNodeAttribute(anyId(), 'name');
      const word = name.split(' ').at(-1)!;
      const k = Math.floor(rng() * word.length);
      const s = Math.floor(rng() * name.length);
      const swapped = k + 1 < word.length ? word.slice(0, k) + word[k + 1] + word[k] + word.slice(k + 2) : word;
      const words = name.split(' ');
      queries.push(name, word.slice(0, 4), name.slice(s, s + 1 + Math.floor(rng() * 8)), word.slice(0, k) + word.slice(k + 1), `${word.slice(0, k)}x${word.slice(k + 1)}`);
      // Swapped letters and several words, a third as often: enough to exercise them within the time budget.
      if (i % 3 === 0) queries.push(swapped, words.length > 1 ? `${words.at(-1)!.slice(0, 3)} ${words[0].slice(0, 2)}` : word);
    }
    for (const q of queries) for (const limit of [3, 50, 500]) expect(kg.searchIndex.search(q, limit), `${q} (${limit})`).toEqual(naiveSearch(graph, q, limit));
  }, 60_000);

  it('should cut neighbourhoods exactly where a plain breadth-first search does', () => {
    let capped = 0;
    for (let i = 0; i < 40; i++) {
      const id = anyId();
      for (const depth of [1, 2, 3]) {
        const expected = plainNeighborhood(graph, id, depth);
        if (expected.nodes.length >= LIMITS.neighborhoodNodes || expected.edges.length >= LIMITS.neighborhoodEdges) capped++;
        expect(JSON.parse(JSON.stringify(neighborhood(kg, id, depth)))).toEqual(JSON.parse(JSON.stringify(expected)));
      }
    }
    expect(capped).toBeGreaterThan(0); // the caps were exercised
  }, 60_000);
});
