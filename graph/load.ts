// One knowledge graph per process, read from GRAPH_FILE (default data/graph.json) on first use.
import { readFileSync } from 'node:fs';
import { dataPaths } from './data-dir';
import { deserializeGraph } from './serialize';
import { createKnowledgeGraph, type KnowledgeGraph } from './knowledge-graph';

let cached: { file: string; kg: KnowledgeGraph } | undefined;

export const graphFile = () => process.env.GRAPH_FILE ?? dataPaths().graph;

export function loadKnowledgeGraph(file = graphFile()): KnowledgeGraph {
  if (cached?.file !== file) {
    cached = { file, kg: createKnowledgeGraph(deserializeGraph(JSON.parse(readFileSync(file, 'utf8')))) };
  }
  return cached.kg;
}
