// The graph a serving process answers from: the store's in-memory read model (graph/store/read-model.ts), or —
// for benchmarks that serve a synthetic graph without a database — a graph file named by GRAPH_FILE.
import { readFileSync, statSync } from 'node:fs';
import { createKnowledgeGraph, type KnowledgeGraph } from './knowledge-graph';
import { readModel } from './store/read-model';

let cached: { file: string; mtimeMs: number; kg: KnowledgeGraph } | undefined;

/** Read a graph file (graphology's export), cached until the file changes. Tests and benchmarks; not the server's path. */
export function loadKnowledgeGraph(file: string): KnowledgeGraph {
  const { mtimeMs } = statSync(file);
  if (cached?.file !== file || cached.mtimeMs !== mtimeMs) {
    cached = { file, mtimeMs, kg: createKnowledgeGraph(JSON.parse(readFileSync(file, 'utf8'))) };
  }
  return cached.kg;
}

/** The graph this process serves now. */
export async function currentKnowledgeGraph(): Promise<KnowledgeGraph> {
  const file = process.env.GRAPH_FILE;
  return file ? loadKnowledgeGraph(file) : readModel().graph();
}
