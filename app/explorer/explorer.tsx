'use client';
// The client island: sigma needs `window` and WebGL, so the explorer is loaded in the browser only.
import dynamic from 'next/dynamic';
import styles from './explorer.module.css';

const ExplorerApp = dynamic(() => import('./explorer-app'), {
  ssr: false,
  loading: () => <p className={styles.message}>Loading the explorer…</p>,
});

/** The graph itself is fetched from `dataUrl`, never inlined in the server-rendered HTML. */
export function Explorer({ dataUrl }: { dataUrl: string }) {
  return <ExplorerApp dataUrl={dataUrl} />;
}
