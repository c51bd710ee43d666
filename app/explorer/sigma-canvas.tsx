'use client';
// The WebGL canvas: one sigma instance per graph, resized with its box, killed on unmount.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import Sigma from 'sigma';
import { EdgeLineProgram, NodePointProgram } from 'sigma/rendering';
import { drawEdgeBadge, edgePrograms } from './edge-style';
import { LabelLayout } from './labels';
import { LabelsContext, SigmaContext, type ExplorerSigma } from './sigma-context';
import type { ExplorerEdge, ExplorerGraph, ExplorerNode } from './sigma-graph';
import styles from './explorer.module.css';

declare global {
  interface Window {
    /** For the e2e tests and the benchmark: the live renderer and when its first frame was on screen. */
    __explorer?: { sigma: ExplorerSigma; labels: LabelLayout | null; firstFrameMs?: number };
  }
}

export function SigmaCanvas({ graph, children, label }: { graph: ExplorerGraph; children: ReactNode; label: string }) {
  const container = useRef<HTMLDivElement>(null);
  const [sigma, setSigma] = useState<ExplorerSigma | null>(null);
  const [labelLayout, setLabelLayout] = useState<LabelLayout | null>(null);

  useEffect(() => {
    const large = graph.order > 2000;
    const labels = large ? null : new LabelLayout();
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
      // Up to 2,000 entities every label is offered to LabelLayout, which places the highlighted and the largest
      // without collisions; beyond, sigma's grid keeps one label per cell, big nodes first.
      labelRenderedSizeThreshold: large ? 6 : 0,
      labelDensity: large ? 0.3 : Number.MAX_SAFE_INTEGER,
      labelGridCellSize: large ? 160 : 150,
      minCameraRatio: 0.02,
      maxCameraRatio: 4,
      stagePadding: 40,
      defaultEdgeType: 'none',
      // Only contradiction marks carry an edge label (sigma-graph.ts).
      renderEdgeLabels: !large,
      edgeLabelSize: 12,
      edgeLabelWeight: '700',
      edgeLabelColor: { attribute: 'color' },
      defaultDrawEdgeLabel: drawEdgeBadge as never,
      ...(labels && { defaultDrawNodeLabel: labels.draw }),
      edgeProgramClasses: large
        ? // SwiftShader (and any GPU-less browser) pays per fragment: at thousands of relations, 1-pixel GL lines.
          Object.fromEntries(Object.keys(edgePrograms()).map((name) => [name, EdgeLineProgram]))
        : edgePrograms(),
      // Squares of GL points cost a quarter of sigma's circle triangles and look the same at these sizes.
      ...(large ? { nodeProgramClasses: { circle: NodePointProgram } } : {}),
    });
    labels?.attach(instance);
    performance.mark('explorer:sigma');
    setSigma(instance);
    setLabelLayout(labels);
    window.__explorer = { sigma: instance, labels };
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
      {sigma && (
        <SigmaContext.Provider value={sigma}>
          <LabelsContext.Provider value={labelLayout}>{children}</LabelsContext.Provider>
        </SigmaContext.Provider>
      )}
    </>
  );
}
