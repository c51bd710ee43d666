'use client';
// The view lives in the URL: changes push a history entry (so Back undoes them), camera moves replace it,
// and Back/Forward restore the view they land on.
import { useCallback, useEffect, useRef, useState } from 'react';
import { parseView, serializeView, type CameraView, type ViewState } from './view-state';

export interface ViewStore {
  view: ViewState;
  /** A new view (history entry) from the current one; `replace` rewrites the current entry instead. */
  update(patch: Partial<ViewState>, options?: { replace?: boolean }): void;
  /** Record the camera in the current entry without adding history. */
  recordCamera(camera: CameraView): void;
  /** Bumped on Back/Forward, so the camera controller knows to jump to the restored camera. */
  restoredAt: number;
}

const write = (view: ViewState, mode: 'push' | 'replace') => {
  const url = `${window.location.pathname}${serializeView(view)}${window.location.hash}`;
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  // Next's router keeps its own entry state; pass it on so its Back handling stays intact.
  if (mode === 'push') window.history.pushState(window.history.state, '', url);
  else window.history.replaceState(window.history.state, '', url);
};

export function useViewState(): ViewStore {
  const [view, setView] = useState<ViewState>(() => parseView(window.location.search));
  const [restoredAt, setRestoredAt] = useState(0);
  const current = useRef(view);
  current.current = view;

  useEffect(() => {
    const onPop = () => {
      setView(parseView(window.location.search));
      setRestoredAt((n) => n + 1);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const update = useCallback((patch: Partial<ViewState>, options?: { replace?: boolean }) => {
    const next = { ...current.current, ...patch };
    current.current = next;
    write(next, options?.replace ? 'replace' : 'push');
    setView(next);
  }, []);

  const recordCamera = useCallback((camera: CameraView) => {
    // Not React state: the camera moves every frame and nothing else depends on it.
    current.current = { ...current.current, camera };
    write(current.current, 'replace');
  }, []);

  return { view, update, recordCamera, restoredAt };
}
