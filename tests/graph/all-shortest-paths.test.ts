import { describe, expect, it } from 'vitest';
import { allShortestPaths, type Neighbours } from '@/graph/all-shortest-paths';
import { seedKGraph } from '../support/fixtures';

/** An undirected adjacency from [id, a, b] triples. */
const adjacency = (edges: Array<[string, string, string]>): Neighbours => (node) =>
  edges.flatMap(([id, a, b]): Array<[string, string]> => (a === node ? [[id, b]] : b === node ? [[id, a]] : []));

describe('#allShortestPaths', () => {
  it('should return every shortest path, not just one, and no longer ones', () => {
    // a–b–d, a–c–d (two of length 2) and a–e–f–d (length 3).
    const n = adjacency([['ab', 'a', 'b'], ['bd', 'b', 'd'], ['ac', 'a', 'c'], ['cd', 'c', 'd'], ['ae', 'a', 'e'], ['ef', 'e', 'f'], ['fd', 'f', 'd']]);
    expect(allShortestPaths(n, 'a', 'd')).toEqual([['ab', 'bd'], ['ac', 'cd']]);
  });

  it('should count two relations between the same pair as two paths', () => {
    const n = adjacency([['supports', 'a', 'b'], ['opposes', 'a', 'b'], ['bc', 'b', 'c']]);
    expect(allShortestPaths(n, 'a', 'c')).toEqual([['opposes', 'bc'], ['supports', 'bc']]);
  });

  it('should honour the limit and say when two entities are not connected', () => {
    const n = adjacency([['x1', 'a', 'x'], ['x2', 'x', 'z'], ['y1', 'a', 'y'], ['y2', 'y', 'z'], ['q', 'p', 'r']]);
    expect(allShortestPaths(n, 'a', 'z', 1)).toHaveLength(1);
    expect(allShortestPaths(n, 'a', 'p')).toEqual([]);
  });

  it('should find paths as long as the API path on the seed graph, avoiding filtered relation types', () => {
    const graph = seedKGraph();
    const walk = (skip: string[]): Neighbours => (node) =>
      graph.edges(node).filter((e) => !skip.includes(graph.getEdgeAttribute(e, 'relationType'))).map((e) => [e, graph.opposite(node, e)] as const);
    const all = allShortestPaths(walk([]), 'vladimir-putin', 'keir-starmer');
    expect(all.length).toBeGreaterThan(0);
    expect(new Set(all.map((p) => p.length))).toEqual(new Set([2]));
    expect(all.every((p) => graph.hasExtremity(p[0], 'vladimir-putin') && graph.hasExtremity(p[1], 'keir-starmer'))).toBe(true);
    const withoutMeetings = allShortestPaths(walk(['MET_WITH']), 'vladimir-putin', 'keir-starmer');
    expect(withoutMeetings.length).toBeGreaterThan(0);
    for (const path of withoutMeetings) for (const e of path) expect(graph.getEdgeAttribute(e, 'relationType')).not.toBe('MET_WITH');
  });
});
