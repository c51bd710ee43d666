'use client';
// Buttons over the canvas: zoom and fit, layout (ForceAtlas2 in a worker), the view's link, and exports.
import { useState } from 'react';
import { useLabels, useSigma } from './sigma-context';
import { frameNodes, visibleArea } from './framing';
import { labelExtent } from './controllers/camera-controller';
import type { ExportRelation } from './export-data';
import { copyText } from './copy-text';
import type { Visibility } from './visibility';
import type { NodeStyle } from './node-style';
import styles from './explorer.module.css';

interface Props {
  visibility: Visibility;
  style: NodeStyle | null;
  /** What the view shows, in words: the PNG's caption. */
  caption: string;
  layoutRunning: boolean;
  onLayoutRunning: (running: boolean) => void;
  onLayoutReset: () => void;
}

export function CanvasTools({ visibility, style, caption, layoutRunning, onLayoutRunning, onLayoutReset }: Props) {
  const sigma = useSigma();
  const labels = useLabels();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const camera = sigma.getCamera();
  // Fit what the filters show, with the labels drawn now, inside the uncovered part of the canvas.
  const fit = () => {
    const target = frameNodes(sigma, [...visibility.nodes], visibleArea(sigma), labelExtent(sigma, labels, 'drawn'));
    void (target ? camera.animate(target, { duration: 300 }) : camera.animatedReset({ duration: 300 }));
  };
  const run = (what: string, task: () => Promise<void>) => {
    setBusy(true);
    setMessage('');
    task()
      .then(() => setMessage(what))
      .catch((error: Error) => setMessage(`Failed (${what.replace(/ (saved|copied)$/, '')}): ${error.message}`))
      .finally(() => setBusy(false));
  };
  // The exporters (GEXF writer, PNG compositor) load on first use: nobody pays for them who does not export.
  const exporters = () => import('./export');
  const withEvidence = (exporter: (e: Awaited<ReturnType<typeof exporters>>, details: Map<string, ExportRelation>) => void, what: string) =>
    run(what, async () => {
      const [e, { fetchRelationDetails }] = await Promise.all([exporters(), import('./export-data')]);
      exporter(e, await fetchRelationDetails());
    });
  const origin = window.location.origin;
  return (
    <div className={styles.tools} role="toolbar" aria-label="Graph view" data-testid="canvas-tools">
      <div className={styles.toolGroup}>
        <button type="button" onClick={() => void camera.animatedZoom({ duration: 200 })} aria-label="Zoom in" title="Zoom in">
          +
        </button>
        <button type="button" onClick={() => void camera.animatedUnzoom({ duration: 200 })} aria-label="Zoom out" title="Zoom out">
          −
        </button>
        <button type="button" onClick={fit} title="Show everything shown, labels included">
          Fit
        </button>
      </div>
      <div className={styles.toolGroup}>
        <button type="button" aria-pressed={layoutRunning} onClick={() => onLayoutRunning(!layoutRunning)} data-testid="layout-toggle">
          {layoutRunning ? 'Stop layout' : 'Run layout'}
        </button>
        <button type="button" onClick={onLayoutReset} title="Back to the built layout">
          Reset layout
        </button>
      </div>
      <div className={styles.toolGroup}>
        <button
          type="button"
          onClick={() =>
            run('Link copied', async () => {
              if (!(await copyText(window.location.href))) throw new Error('the browser refused the clipboard');
            })
          }
          title="Copy a link that opens this view"
          data-testid="copy-link"
        >
          Copy link
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => run('PNG saved', async () => (await exporters()).exportPNG(sigma, { title: 'Peacekeeping debate graph', detail: caption, link: window.location.href }, style))}
          title="The view as an image, with legend and source"
        >
          PNG
        </button>
        <button type="button" disabled={busy} onClick={() => withEvidence((e, d) => e.exportGEXF(sigma, visibility, d), 'GEXF saved')} title="The shown graph with its evidence, for Gephi">
          GEXF
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => withEvidence((e, d) => e.exportRelationsCSV(sigma, visibility, d, origin), 'Relations CSV saved')}
          title="The shown relations, one row per quote"
        >
          CSV relations
        </button>
        <button type="button" disabled={busy} onClick={() => run('Entities CSV saved', async () => (await exporters()).exportEntitiesCSV(sigma, visibility, style, origin))} title="The shown entities">
          CSV entities
        </button>
      </div>
      <p className={styles.toolMessage} role="status" data-testid="tools-message">
        {message}
      </p>
    </div>
  );
}
