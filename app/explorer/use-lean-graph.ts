'use client';
// Fetch the lean graph once and derive what the explorer needs from it: sigma's graph, the search index, the built layout.
import { useEffect, useState } from 'react';
import { createSearchIndex, type SearchIndex } from '@/graph/search-index';
import type { LeanGraph } from './lean-graph-types';
import { builtPositions, toSigmaGraph, type ExplorerGraph } from './sigma-graph';

export interface LoadedGraph {
  graph: ExplorerGraph;
  index: SearchIndex;
  positions: Map<string, { x: number; y: number }>;
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

export function useLeanGraph(url: string): { data: LoadedGraph | null; error: string | null } {
  const [state, setState] = useState<{ data: LoadedGraph | null; error: string | null }>({ data: null, error: null });
  useEffect(() => {
    const controller = new AbortController();
    void (async () => {
      const response = await fetch(url, { signal: controller.signal });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const lean = (await response.json()) as LeanGraph;
      // Marks for bench:explorer's breakdown of the time to first frame.
      performance.mark('explorer:data');
      // Each step in its own task, so input that arrives meanwhile is answered between them.
      await nextTask();
      const graph = toSigmaGraph(lean);
      performance.mark('explorer:graph');
      await nextTask();
      // Same index, same tie-break (degree) as the API's `search`: one ranking everywhere.
      const index = createSearchIndex(
        graph.nodes(),
        (id) => [graph.getNodeAttribute(id, 'label'), ...graph.getNodeAttribute(id, 'aliases')],
        (id) => graph.getNodeAttribute(id, 'degree'),
      );
      if (!controller.signal.aborted) setState({ data: { graph, index, positions: builtPositions(lean) }, error: null });
    })().catch((error: Error) => !controller.signal.aborted && setState({ data: null, error: error.message }));
    return () => controller.abort();
  }, [url]);
  return state;
}
