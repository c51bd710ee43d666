// One knowledge graph per process, read from GRAPH_FILE (default data/graph.json) and re-read when the file
// changes (an ingest rebuilds it atomically), so a running server serves new articles without a restart.
import { readFileSync, statSync } from 'node:fs';
import { dataPaths } from './data-dir';
import { createKnowledgeGraph, type KnowledgeGraph } from './knowledge-graph';

let cached: { file: string; mtimeMs: number; kg: KnowledgeGraph } | undefined;

export const graphFile = () => process.env.GRAPH_FILE || dataPaths().graph;

export function loadKnowledgeGraph(file = graphFile()): KnowledgeGraph {
  const { mtimeMs } = statSync(file);
  if (cached?.file !== file || cached.mtimeMs !== mtimeMs) {
    cached = { file, mtimeMs, kg: createKnowledgeGraph(JSON.parse(readFileSync(file, 'utf8'))) };
  }
  return cached.kg;
}
