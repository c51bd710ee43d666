'use client';
// ForceAtlas2 in a web worker: positions stream back into the graph while the page stays responsive;
// stopping keeps them, reset puts back the built layout.
import { useEffect, useRef } from 'react';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { useSigma } from '../sigma-context';

interface Props {
  running: boolean;
  /** Bumped to restore the built positions. */
  resetSeq: number;
  builtPositions: Map<string, { x: number; y: number }>;
}

export function LayoutController({ running, resetSeq, builtPositions }: Props) {
  const sigma = useSigma();
  const layout = useRef<FA2Layout | null>(null);

  useEffect(() => {
    const graph = sigma.getGraph();
    const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 2000 };
    layout.current = new FA2Layout(graph, { settings });
    return () => {
      layout.current?.kill();
      layout.current = null;
    };
  }, [sigma]);

  useEffect(() => {
    if (running) layout.current?.start();
    else layout.current?.stop();
  }, [running]);

  useEffect(() => {
    if (resetSeq === 0) return;
    sigma.getGraph().updateEachNodeAttributes((node, attr) => ({ ...attr, ...builtPositions.get(node) }), { attributes: ['x', 'y'] });
  }, [sigma, resetSeq, builtPositions]);
  return null;
}
