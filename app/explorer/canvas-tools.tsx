'use client';
// Buttons over the canvas: zoom, layout (ForceAtlas2 in a worker), and exports.
import { useState } from 'react';
import { useLabels, useSigma } from './sigma-context';
import { frameNodes, visibleArea } from './framing';
import { labelExtent } from './controllers/camera-controller';
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
  const labels = useLabels();
  const camera = sigma.getCamera();
  // Fit what the filters show, with the labels drawn now, inside the uncovered part of the canvas.
  const fit = () => {
    const target = frameNodes(sigma, [...visibility.nodes], visibleArea(sigma), labelExtent(sigma, labels, 'drawn'));
    void (target ? camera.animate(target, { duration: 300 }) : camera.animatedReset({ duration: 300 }));
  };
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
