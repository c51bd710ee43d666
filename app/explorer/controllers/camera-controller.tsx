'use client';
// Camera ↔ URL: restore the linked camera (or centre the linked entity), record moves, fly to searched nodes.
import { useEffect, useRef } from 'react';
import { useLabels, useSigma, type ExplorerSigma } from '../sigma-context';
import type { CameraView } from '../view-state';
import { frameNodes, visibleArea } from '../framing';
import type { LabelLayout } from '../labels';

export interface FocusRequest {
  node: string;
  /** Bumped for every request, so asking twice for the same node flies there twice. */
  seq: number;
}

/** Show these nodes, with their labels, in the part of the canvas that is not covered (a path, a fit). */
export interface FrameRequest {
  nodes: string[];
  seq: number;
  /** Leave room for every node's label on its right (a path), or only for the labels drawn now (a fit). */
  labels: 'all' | 'drawn';
}

/** Room a node's label takes beside it, left or right, in pixels. */
export function labelExtent(sigma: ExplorerSigma, labels: LabelLayout | null, mode: FrameRequest['labels']) {
  return (node: string) => {
    const box = labels?.placed.get(node);
    if (mode === 'drawn' || !labels) {
      if (!box || box.side === 'below' || box.side === 'above') return { left: 0, right: 0 };
      return box.side === 'right' ? { left: 0, right: box.x1 - box.x0 } : { left: box.x1 - box.x0, right: 0 };
    }
    return { left: 0, right: labels.labelWidth(sigma.getGraph().getNodeAttribute(node, 'label'), sigma.getSettings()) };
  };
}

interface Props {
  camera: CameraView | null;
  /** Centred on first load when the URL names an entity but no camera. */
  initialNode: string | null;
  restoredAt: number;
  focus: FocusRequest | null;
  frame: FrameRequest | null;
  onCamera: (camera: CameraView) => void;
}

const HOME: CameraView = { x: 0.5, y: 0.5, ratio: 1 };

/** Where the camera looks to centre `node` at `ratio` (from graph positions: display data may not be processed yet). */
function cameraTarget(sigma: ExplorerSigma, node: string, ratio: number): CameraView {
  const framed = sigma.viewportToFramedGraph(sigma.graphToViewport(sigma.getGraph().getNodeAttributes(node)));
  return { x: framed.x, y: framed.y, ratio };
}

/**
 * On phones the details sheet covers the canvas's lower half: once the centred frame is drawn (sigma's matrices are
 * current only after a render), pan so the node sits in the middle of the part that shows.
 */
function liftAboveSheet(sigma: ExplorerSigma, node: string) {
  sigma.once('afterRender', () => {
    const canvas = sigma.getContainer().getBoundingClientRect();
    const sheet = document.querySelector('[data-testid="side-panel"]')?.getBoundingClientRect();
    if (!sheet || sheet.left > canvas.left || sheet.top <= canvas.top || sheet.top >= canvas.bottom) return;
    const at = sigma.graphToViewport(sigma.getGraph().getNodeAttributes(node));
    const from = sigma.viewportToFramedGraph(at);
    const to = sigma.viewportToFramedGraph({ x: at.x, y: (sheet.top - canvas.top) / 2 });
    const camera = sigma.getCamera();
    camera.setState({ x: camera.x + from.x - to.x, y: camera.y + from.y - to.y });
  });
}

export function CameraController({ camera, initialNode, restoredAt, focus, frame, onCamera }: Props) {
  const sigma = useSigma();
  const labels = useLabels();
  const latest = useRef({ camera, initialNode });
  latest.current = { camera, initialNode };

  // First load and Back/Forward: jump (first load) or glide (history) to the camera the URL holds.
  useEffect(() => {
    const { camera: target, initialNode: node } = latest.current;
    const cam = sigma.getCamera();
    if (target) {
      if (restoredAt === 0) cam.setState(target);
      else void cam.animate(target, { duration: 300 });
    } else if (node && restoredAt === 0 && sigma.getGraph().hasNode(node)) {
      cam.setState(cameraTarget(sigma, node, 0.6));
      liftAboveSheet(sigma, node);
    } else if (restoredAt > 0) void cam.animate(HOME, { duration: 300 });
  }, [sigma, restoredAt]);

  useEffect(() => {
    if (!focus || !sigma.getGraph().hasNode(focus.node)) return;
    void sigma
      .getCamera()
      .animate(cameraTarget(sigma, focus.node, Math.min(sigma.getCamera().ratio, 0.5)), { duration: 500 })
      .then(() => liftAboveSheet(sigma, focus.node));
  }, [sigma, focus]);

  useEffect(() => {
    if (!frame) return;
    // The sheet may open in the same commit as the request: measure once it is laid out.
    const id = requestAnimationFrame(() => {
      const target = frameNodes(sigma, frame.nodes, visibleArea(sigma), labelExtent(sigma, labels, frame.labels));
      if (target) void sigma.getCamera().animate(target, { duration: 400 });
    });
    return () => cancelAnimationFrame(id);
  }, [sigma, labels, frame]);

  useEffect(() => {
    const cam = sigma.getCamera();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const updated = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const { x, y, ratio } = cam.getState();
        onCamera({ x, y, ratio });
      }, 300);
    };
    cam.on('updated', updated);
    return () => {
      clearTimeout(timer);
      cam.off('updated', updated);
    };
  }, [sigma, onCamera]);
  return null;
}
