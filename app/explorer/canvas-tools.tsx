'use client';
// Buttons over the canvas: zoom, layout (ForceAtlas2 in a worker), and exports.
import { useState } from 'react';
import { useSigma } from './sigma-context';
import { exportGEXF, exportPNG } from './export';
import type { Visibility } from './visibility';
import styles from './explorer.module.css';

interface Props {
  visibility: Visibility;
  layoutRunning: boolean;
  onLayoutRunning: (running: boolean) => void;
  onLayoutReset: () => void;
}

export function CanvasTools({ visibility, layoutRunning, onLayoutRunning, onLayoutReset }: Props) {
  const sigma = useSigma();
  const [busy, setBusy] = useState(false);
  const camera = sigma.getCamera();
  return (
    <div className={styles.tools} role="toolbar" aria-label="Graph view">
      <div className={styles.toolGroup}>
        <button type="button" onClick={() => void camera.animatedZoom({ duration: 200 })} aria-label="Zoom in" title="Zoom in">
          +
        </button>
        <button type="button" onClick={() => void camera.animatedUnzoom({ duration: 200 })} aria-label="Zoom out" title="Zoom out">
          −
        </button>
        <button type="button" onClick={() => void camera.animatedReset({ duration: 300 })} title="Show the whole graph">
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
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void exportPNG(sigma).finally(() => setBusy(false));
          }}
        >
          PNG
        </button>
        <button type="button" onClick={() => exportGEXF(sigma, visibility)} title="The shown graph, for Gephi">
          GEXF
        </button>
      </div>
    </div>
  );
}
