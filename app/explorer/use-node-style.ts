'use client';
// The colour and size options, with their graph algorithms (Louvain, PageRank, betweenness) loaded only when an
// option other than the default is chosen.
import { useEffect, useState } from 'react';
import type { NodeStyle } from './node-style';
import type { ExplorerGraph } from './sigma-graph';
import type { ColorBy, SizeBy } from './view-state';

export function useNodeStyle(graph: ExplorerGraph, colorBy: ColorBy, sizeBy: SizeBy): NodeStyle | null {
  const plain = colorBy === 'type' && sizeBy === 'degree';
  const [computed, setComputed] = useState<{ graph: ExplorerGraph; colorBy: ColorBy; sizeBy: SizeBy; style: NodeStyle | null } | null>(null);
  useEffect(() => {
    if (plain) return;
    let live = true;
    void import('./node-style').then(({ nodeStyle }) => live && setComputed({ graph, colorBy, sizeBy, style: nodeStyle(graph, colorBy, sizeBy) }));
    return () => {
      live = false;
    };
  }, [plain, graph, colorBy, sizeBy]);
  // Until the chosen style is computed, the default one (entity type, degree).
  return !plain && computed?.graph === graph && computed.colorBy === colorBy && computed.sizeBy === sizeBy ? computed.style : null;
}
