'use client';
// Filters and highlight reach the canvas here, as sigma reducers over the untouched data graph.
import { useEffect, useMemo } from 'react';
import { useSigma } from '../sigma-context';
import { computeFocus, makeReducers, type HighlightInput } from '../highlight';
import type { Visibility } from '../visibility';
import type { NodeStyle } from '../node-style';

export function ReducersController({ visibility, highlight, style }: { visibility: Visibility; highlight: HighlightInput; style: NodeStyle | null }) {
  const sigma = useSigma();
  const { hovered, selected, edge, path, ego } = highlight;
  const focus = useMemo(
    () => computeFocus(sigma.getGraph(), { hovered, selected, edge, path, ego }, visibility),
    [sigma, hovered, selected, edge, path, ego, visibility],
  );
  useEffect(() => {
    const graph = sigma.getGraph();
    // Nothing filtered or highlighted (the usual first view): no reducers at all, and no refresh if there were none
    // already, since setSettings re-processes every node and edge (hundreds of ms at 50,000 relations).
    if (!focus && !style && visibility.nodes.size === graph.order && visibility.edges.size === graph.size) {
      if (sigma.getSetting('nodeReducer') === null && sigma.getSetting('edgeReducer') === null) return;
      sigma.setSettings({ nodeReducer: null, edgeReducer: null, zIndex: false });
      return;
    }
    const { nodeReducer, edgeReducer } = makeReducers(visibility, focus, style);
    // setSettings re-processes the graph once for both reducers; the highlight raises its items by zIndex.
    sigma.setSettings({ nodeReducer, edgeReducer, zIndex: focus !== null });
  }, [sigma, visibility, focus, style]);
  return null;
}
