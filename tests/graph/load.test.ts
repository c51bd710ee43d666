import { afterEach, describe, expect, it } from 'vitest';
import { dataPaths, graphFile } from '@/graph';

const saved = process.env.GRAPH_FILE;
afterEach(() => {
  if (saved === undefined) delete process.env.GRAPH_FILE;
  else process.env.GRAPH_FILE = saved;
});

describe('#graphFile', () => {
  it('should serve GRAPH_FILE when set, and data/graph.json when it is unset or empty', () => {
    process.env.GRAPH_FILE = '/srv/graph.json';
    expect(graphFile()).toBe('/srv/graph.json');
    process.env.GRAPH_FILE = '';
    expect(graphFile()).toBe(dataPaths().graph);
    delete process.env.GRAPH_FILE;
    expect(graphFile()).toBe(dataPaths().graph);
  });
});

describe('#loadKnowledgeGraph (relation context)', () => {
  it('should carry a claim\'s non-condition context apart from its condition', async () => {
    const { loadKnowledgeGraph, getRelation, relationId } = await import('@/graph');
    const kg = loadKnowledgeGraph(dataPaths().graph);
    const call = getRelation(kg, relationId('MET_WITH', 'donald-trump', 'vladimir-putin'));
    expect(call?.context).toBe('phone call');
    expect(call?.qualifier).toBeUndefined();
    const conditional = getRelation(kg, relationId('SUPPORTS', 'keir-starmer', 'european-force'));
    expect(conditional?.qualifier).toBe('only with U.S. support');
  });
});
