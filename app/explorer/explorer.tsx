'use client';
// The client island. The home page opens on the server's still of the graph (graph-preview.tsx) in the explorer's
// frame; sigma, graphology and the graph data start at the visitor's first sign of use (a pointer move, a tap, a
// key, a wheel turn, focus), the "import on interaction" pattern: a visitor who only reads the intro never pays
// for WebGL, and nothing blocks the first paint. A link to a view (any query string) starts at once. The live
// canvas replaces the still when its data is in. sigma needs `window` and WebGL, so none of it renders on the server.
import { lazy, Suspense, useCallback, useEffect, useState, type ReactNode } from 'react';
import { INTENT } from './intent';
import styles from './explorer.module.css';

const ExplorerApp = lazy(() => import('./explorer-app'));

/** The graph itself is fetched from `dataUrl`, never inlined in the server-rendered HTML. */
export function Explorer({ dataUrl, preview }: { dataUrl: string; preview?: ReactNode }) {
  const [started, setStarted] = useState(false);
  const start = useCallback(() => setStarted(true), []);
  useEffect(() => {
    if (started) return;
    if (window.location.search || window.__explorerIntent) return start();
    for (const type of INTENT) window.addEventListener(type, start, { once: true, passive: true });
    return () => {
      for (const type of INTENT) window.removeEventListener(type, start);
    };
  }, [started, start]);
  const shell = <Shell preview={preview} started={started} onStart={start} />;
  return started ? (
    <Suspense fallback={shell}>
      <ExplorerApp dataUrl={dataUrl} fallback={shell} />
    </Suspense>
  ) : (
    shell
  );
}

/** The explorer's frame with the still in the canvas's place: nothing moves when the live explorer replaces it. */
function Shell({ preview, started, onStart }: { preview?: ReactNode; started: boolean; onStart: () => void }) {
  return (
    <div className={styles.explorer} data-testid="explorer-shell">
      <div className={`${styles.sidebar} ${styles.shellSidebar}`}>
        <p className={styles.status}>Find an entity or a quote, filter by type and date, and trace the paths between two entities.</p>
        <button type="button" className={styles.startButton} onClick={onStart} disabled={started}>
          {started ? 'Opening…' : 'Explore the graph'}
        </button>
        <p className={styles.status} role="status">
          {started ? 'Loading the explorer…' : ''}
        </p>
      </div>
      <div className={styles.stage}>
        {preview}
        <button type="button" className={styles.start} onClick={onStart} aria-label="Open the interactive graph" tabIndex={-1} />
      </div>
    </div>
  );
}
