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
