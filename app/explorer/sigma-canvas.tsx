'use client';
// The WebGL canvas: one sigma instance per graph, resized with its box, killed on unmount.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import Sigma from 'sigma';
import { EdgeLineProgram, NodePointProgram } from 'sigma/rendering';
import { SigmaContext, type ExplorerSigma } from './sigma-context';
import type { ExplorerEdge, ExplorerGraph, ExplorerNode } from './sigma-graph';
import styles from './explorer.module.css';

declare global {
  interface Window {
    /** For the e2e tests and the benchmark: the live renderer and when its first frame was on screen. */
    __explorer?: { sigma: ExplorerSigma; firstFrameMs?: number };
  }
}

export function SigmaCanvas({ graph, children, label }: { graph: ExplorerGraph; children: ReactNode; label: string }) {
  const container = useRef<HTMLDivElement>(null);
  const [sigma, setSigma] = useState<ExplorerSigma | null>(null);

  useEffect(() => {
    const large = graph.order > 2000;
    const instance: ExplorerSigma = new Sigma<ExplorerNode, ExplorerEdge>(graph, container.current!, {
      // Past a few thousand relations, edge picking and drawing every edge during a pan cost more than they give
      // (SwiftShader draws 50,000 edges at about 2 frames/s): edges and labels come back when the camera stops.
      enableEdgeEvents: !large,
      hideEdgesOnMove: large,
      hideLabelsOnMove: large,
      // Sorting by zIndex only matters while something is highlighted (ReducersController turns it on then).
      zIndex: false,
      labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      labelWeight: '600',
      labelSize: 13,
      labelColor: { color: '#1d232b' },
      // Big nodes get labels first; the grid keeps one label per cell so they never pile up.
      labelRenderedSizeThreshold: large ? 6 : 7,
      labelDensity: large ? 0.3 : 1,
      labelGridCellSize: large ? 160 : 150,
      minCameraRatio: 0.02,
      maxCameraRatio: 4,
      stagePadding: 40,
      defaultEdgeType: 'line',
      // SwiftShader (and any GPU-less browser) pays per fragment: sigma's circle program draws each node as a
      // triangle ~5× the disc's area, so at thousands of nodes squares of GL points (a quarter of it) are much
      // cheaper and look the same at these sizes; 1-pixel GL lines likewise for edges too thin to show an arrow.
      ...(large ? { nodeProgramClasses: { circle: NodePointProgram }, edgeProgramClasses: { line: EdgeLineProgram, arrow: EdgeLineProgram } } : {}),
    });
    performance.mark('explorer:sigma');
    setSigma(instance);
    window.__explorer = { sigma: instance };
    // The constructor drew synchronously; two frames later that drawing has been presented.
    requestAnimationFrame(() => requestAnimationFrame(() => window.__explorer?.sigma === instance && (window.__explorer.firstFrameMs = performance.now())));
    // The panel opening or the phone rotating changes the box without a window resize.
    // A refresh resizes the canvases and rebuilds the label grid, as sigma does on window resize.
    const observer = new ResizeObserver(() => instance.scheduleRefresh());
    observer.observe(container.current!);
    return () => {
      observer.disconnect();
      instance.kill();
      setSigma(null);
      delete window.__explorer;
    };
  }, [graph]);

  return (
    <>
      <div ref={container} className={styles.canvas} role="img" aria-label={label} data-testid="graph-canvas" />
      {sigma && <SigmaContext.Provider value={sigma}>{children}</SigmaContext.Provider>}
    </>
  );
}
