'use client';
// Filters and highlight reach the canvas here, as sigma reducers over the untouched data graph.
import { useEffect, useMemo } from 'react';
import { useSigma } from '../sigma-context';
import { computeFocus, makeReducers, type HighlightInput } from '../highlight';
import type { Visibility } from '../visibility';

export function ReducersController({ visibility, highlight }: { visibility: Visibility; highlight: HighlightInput }) {
  const sigma = useSigma();
  const { hovered, selected, edge, path } = highlight;
  const focus = useMemo(
    () => computeFocus(sigma.getGraph(), { hovered, selected, edge, path }, visibility),
    [sigma, hovered, selected, edge, path, visibility],
  );
  useEffect(() => {
    const { nodeReducer, edgeReducer } = makeReducers(visibility, focus);
    // setSettings re-processes the graph once for both reducers.
    sigma.setSettings({ nodeReducer, edgeReducer });
  }, [sigma, visibility, focus]);
  return null;
}
