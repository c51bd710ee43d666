// The compact indexes (search postings, integer adjacency) must answer exactly as the plain definitions do:
// here those definitions are written out naively (every name scanned; graphology's own traversal) and compared
// on a synthetic graph large enough for hubs and the neighbourhood caps, with queries drawn at random.
import { describe, expect, it } from 'vitest';
import { createKnowledgeGraph, foldName, getEntity, LIMITS, neighborhood, relationFrom, type KnowledgeGraph } from '@/graph';
import { generateSynthetic } from '@/graph/synthetic';
import { seededRng } from '@/graph/synthetic-text';

const kg = createKnowledgeGraph(generateSynthetic({ entities: 3000, relations: 12000, seed: 11 }));
const rng = seededRng(5);
const ids = kg.graph.nodes();
const anyId = () => ids[Math.floor(rng() * ids.length)];

const oneEditApart = (a: string, b: string) => {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  for (let i = 0; i <= Math.max(a.length, b.length); i++) {
    if (a.slice(i + 1) === b.slice(i + 1) && a.slice(0, i) === b.slice(0, i)) return true; // substitution
    if (a.slice(0, i) + a.slice(i + 1) === b || b.slice(0, i) + b.slice(i + 1) === a) return true; // deletion
  }
  return false;
};

/** Tiers by definition: 0 a whole key equals q, 1 a word start of a key starts with q, 2 a key contains q, 3 a word is one edit from q. */
const foldedKeys = new Map(ids.map((id) => [id, [kg.graph.getNodeAttribute(id, 'name'), ...kg.graph.getNodeAttribute(id, 'aliases')].map(foldName).filter(Boolean)]));

function naiveSearch(g: KnowledgeGraph, query: string, limit: number): string[] {
  const q = foldName(query);
  if (!q) return [];
  const hits: Array<[string, number]> = [];
  g.graph.forEachNode((id) => {
    let tier = 9;
    for (const key of foldedKeys.get(id)!) {
      const words = key.split(' ');
      const suffixes = words.map((_, i) => words.slice(i).join(' '));
      if (key === q) tier = Math.min(tier, 0);
      else if (suffixes.some((s) => s.startsWith(q))) tier = Math.min(tier, 1);
      else if (key.includes(q)) tier = Math.min(tier, 2);
      else if (q.length >= 5 && words.some((w) => oneEditApart(w, q))) tier = Math.min(tier, 3);
    }
    if (tier < 9) hits.push([id, tier]);
  });
  const degree = (id: string) => g.graph.getNodeAttribute(id, 'degree');
  hits.sort(([a, ta], [b, tb]) => ta - tb || degree(b) - degree(a) || (a < b ? -1 : 1));
  return hits.slice(0, limit).map(([id]) => id);
}

/** The neighbourhood as first written, over graphology's own iterators. */
function graphologyNeighborhood(g: KnowledgeGraph, center: string, depth: number) {
  const members = new Set([center]);
  let ring = [center];
  for (let hop = 0; hop < depth && members.size < LIMITS.neighborhoodNodes; hop++) {
    const next: string[] = [];
    for (const node of ring) {
      const full = g.graph.someNeighbor(node, (neighbor) => {
        if (!members.has(neighbor)) {
          members.add(neighbor);
          next.push(neighbor);
        }
        return members.size >= LIMITS.neighborhoodNodes;
      });
      if (full) break;
    }
    ring = next;
  }
  const edges: ReturnType<typeof relationFrom>[] = [];
  for (const node of members) {
    g.graph.someEdge(node, (key, attr, source, target) => {
      if (source === node && members.has(target)) edges.push(relationFrom(key, attr, source, target));
      return edges.length >= LIMITS.neighborhoodEdges;
    });
    if (edges.length >= LIMITS.neighborhoodEdges) break;
  }
  return { nodes: [...members].map((n) => getEntity(g, n)!), edges: edges.sort((a, b) => (a.id < b.id ? -1 : 1)) };
}

describe('compact indexes', () => {
  it('should rank search hits exactly as the tier definitions do', () => {
    const queries: string[] = [];
    for (let i = 0; i < 60; i++) {
      const name = kg.graph.getNodeAttribute(anyId(), 'name');
      const word = name.split(' ').at(-1)!;
      const k = Math.floor(rng() * word.length);
      const s = Math.floor(rng() * name.length);
      queries.push(name, word.slice(0, 4), name.slice(s, s + 1 + Math.floor(rng() * 8)), word.slice(0, k) + word.slice(k + 1), `${word.slice(0, k)}x${word.slice(k + 1)}`);
    }
    for (const q of queries) for (const limit of [3, 50]) expect(kg.searchIndex.search(q, limit), `${q} (${limit})`).toEqual(naiveSearch(kg, q, limit));
  }, 60_000);

  it('should cut neighbourhoods exactly where graphology traversal does', () => {
    let capped = 0;
    for (let i = 0; i < 40; i++) {
      const id = anyId();
      for (const depth of [1, 2, 3]) {
        const expected = graphologyNeighborhood(kg, id, depth);
        if (expected.nodes.length >= LIMITS.neighborhoodNodes || expected.edges.length >= LIMITS.neighborhoodEdges) capped++;
        expect(JSON.stringify(neighborhood(kg, id, depth))).toBe(JSON.stringify(expected));
      }
    }
    expect(capped).toBeGreaterThan(0); // the caps were exercised
  }, 60_000);
});
