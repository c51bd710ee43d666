'use client';
// ForceAtlas2 in a web worker: positions stream back into the graph while the page stays responsive. The run stops
// by itself once nodes barely move (or after MAX_RUN_MS), then noverlap pushes apart nodes whose discs and main
// labels overlap, and a last pass parts any discs it left touching; a manual stop does the same. Reset puts back the
// built layout. The layout code and its worker load on the first run: opening the explorer does not pay for them.
import { useEffect, useRef } from 'react';
import type FA2Layout from 'graphology-layout-forceatlas2/worker';
import { useSigma, type ExplorerSigma } from '../sigma-context';

type Noverlap = typeof import('graphology-layout-noverlap').default;

const loadLayout = () =>
  Promise.all([import('graphology-layout-forceatlas2/worker'), import('graphology-layout-forceatlas2'), import('graphology-layout-noverlap')]).then(
    ([worker, fa2, noverlap]) => ({ FA2Layout: worker.default, forceAtlas2: fa2.default, noverlap: noverlap.default }),
  );

interface Props {
  running: boolean;
  /** Bumped to restore the built positions. */
  resetSeq: number;
  builtPositions: Map<string, { x: number; y: number }>;
  /** The layout settled by itself. */
  onConverged: () => void;
}

const POLL_MS = 250;
const MAX_RUN_MS = 15_000;
/** Settled when the mean move per poll is below this share of the layout's extent, twice in a row. */
const SETTLED = 0.0015;

/** Graph units per screen pixel at the fitted zoom, so noverlap can keep discs (sizes in pixels) apart. */
function unitsPerPixel(sigma: ExplorerSigma): number {
  const a = sigma.graphToViewport({ x: 0, y: 0 }, { cameraState: { x: 0.5, y: 0.5, ratio: 1, angle: 0 } });
  const b = sigma.graphToViewport({ x: 1, y: 0 }, { cameraState: { x: 0.5, y: 0.5, ratio: 1, angle: 0 } });
  return 1 / Math.max(1e-9, Math.hypot(b.x - a.x, b.y - a.y));
}

/** Whether any two discs overlap on screen, at the fitted zoom. */
function discsOverlap(sigma: ExplorerSigma): boolean {
  const discs = sigma.getGraph().mapNodes((node) => {
    const d = sigma.getNodeDisplayData(node)!;
    return { ...sigma.framedGraphToViewport(d), r: sigma.scaleSize(d.size) };
  });
  return discs.some((a, i) => discs.some((b, j) => j > i && Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r));
}

/**
 * noverlap moves only the later node of a colliding pair, so a hub ringed by nodes that each push it from their own
 * side can stay put under a neighbour's disc (seen: Ukraine under Zelenskyy after a run on a busy machine). Push both
 * discs of each pair that still overlaps apart, half the shortfall each, in graph units at the fitted zoom.
 */
function separateDiscs(sigma: ExplorerSigma, scale: number): void {
  const graph = sigma.getGraph();
  const discs = graph.mapNodes((node, attr) => ({ node, x: attr.x!, y: attr.y!, r: (sigma.scaleSize(sigma.getNodeDisplayData(node)!.size, 1) + 1) * scale }));
  let moved = false;
  for (let pass = 0; pass < 50; pass++) {
    let overlapping = false;
    for (let i = 0; i < discs.length; i++) {
      for (let j = i + 1; j < discs.length; j++) {
        const [a, b] = [discs[i], discs[j]];
        const d = Math.hypot(b.x - a.x, b.y - a.y);
        if (d >= a.r + b.r) continue;
        // Two nodes on one spot part along a direction fixed by their order, so the result is repeatable.
        const [ux, uy] = d > 0 ? [(b.x - a.x) / d, (b.y - a.y) / d] : [Math.cos(i + j), Math.sin(i + j)];
        const push = (a.r + b.r - d) / 2;
        a.x -= ux * push;
        a.y -= uy * push;
        b.x += ux * push;
        b.y += uy * push;
        overlapping = moved = true;
      }
    }
    if (!overlapping) break;
  }
  if (moved) {
    const at = new Map(discs.map((d) => [d.node, d]));
    graph.updateEachNodeAttributes((node, attr) => ({ ...attr, x: at.get(node)!.x, y: at.get(node)!.y }), { attributes: ['x', 'y'] });
  }
}

function removeOverlaps(sigma: ExplorerSigma, noverlap: Noverlap) {
  const graph = sigma.getGraph();
  if (graph.order > 2000) return;
  // sigma fits the layout's extent to the canvas, so spreading nodes out shrinks the map under discs of fixed pixel
  // size: measure again and repeat until no discs overlap (a few rounds; bounded).
  for (let round = 0; round < 8; round++) {
    sigma.refresh(); // normalise against the new extent before measuring
    if (round >= 3 && !discsOverlap(sigma)) return;
    const scale = unitsPerPixel(sigma);
    // Nodes big enough to carry a label keep a label's width of room beside them.
    noverlap.assign(graph, {
      maxIterations: 200,
      inputReducer: (_key, attr) => ({ x: attr.x, y: attr.y, size: (attr.size! + (attr.size! >= 10 ? 30 : 4)) * scale }),
      outputReducer: (_key, attr) => ({ x: attr.x, y: attr.y }),
      settings: { margin: 6 * scale, ratio: 1, speed: 3 },
    });
    separateDiscs(sigma, scale);
  }
  // On a small canvas the label room keeps spreading the map, and the refit shrinks it under the discs again: finish
  // with the discs alone, whose small moves barely change the extent.
  for (let round = 0; round < 8; round++) {
    sigma.refresh();
    if (!discsOverlap(sigma)) return;
    separateDiscs(sigma, unitsPerPixel(sigma));
  }
}

/** Polls the positions and reports convergence (or the time limit). */
function watchConvergence(sigma: ExplorerSigma, onSettled: () => void) {
  const graph = sigma.getGraph();
  const snapshot = () => new Map(graph.mapNodes((n, a) => [n, { x: a.x, y: a.y }] as const));
  let last = snapshot();
  let calm = 0;
  const started = Date.now();
  const timer = setInterval(() => {
    const now = snapshot();
    let moved = 0;
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [n, p] of now) {
      const q = last.get(n)!;
      moved += Math.hypot(p.x - q.x, p.y - q.y);
      x0 = Math.min(x0, p.x);
      y0 = Math.min(y0, p.y);
      x1 = Math.max(x1, p.x);
      y1 = Math.max(y1, p.y);
    }
    last = now;
    const extent = Math.max(x1 - x0, y1 - y0, 1e-9);
    calm = moved / Math.max(1, now.size) / extent < SETTLED ? calm + 1 : 0;
    if (calm >= 2 || Date.now() - started > MAX_RUN_MS) {
      clearInterval(timer);
      onSettled();
    }
  }, POLL_MS);
  return timer;
}

export function LayoutController({ running, resetSeq, builtPositions, onConverged }: Props) {
  const sigma = useSigma();
  const layout = useRef<{ fa2: FA2Layout; noverlap: Noverlap } | null>(null);
  const converged = useRef(onConverged);
  converged.current = onConverged;

  useEffect(
    () => () => {
      layout.current?.fa2.kill();
      layout.current = null;
    },
    [sigma],
  );

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setInterval> | undefined;
    const current = layout.current;
    if (!running) {
      if (current?.fa2.isRunning()) {
        current.fa2.stop();
        removeOverlaps(sigma, current.noverlap);
      }
      return;
    }
    void (async () => {
      if (!layout.current) {
        const { FA2Layout, forceAtlas2, noverlap } = await loadLayout();
        if (cancelled) return;
        const graph = sigma.getGraph();
        const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 2000 };
        layout.current = { fa2: new FA2Layout(graph, { settings }), noverlap };
      }
      layout.current.fa2.start();
      timer = watchConvergence(sigma, () => converged.current());
    })();
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [sigma, running]);

  useEffect(() => {
    if (resetSeq === 0) return;
    sigma.getGraph().updateEachNodeAttributes((node, attr) => ({ ...attr, ...builtPositions.get(node) }), { attributes: ['x', 'y'] });
  }, [sigma, resetSeq, builtPositions]);
  return null;
}
