// The camera that shows a set of nodes, labels included, inside the part of the canvas a person can see:
// below the toolbar, and above the details sheet on phones.
import type { CameraState } from 'sigma/types';
import type { ExplorerSigma } from './sigma-context';

export interface Area {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The canvas minus what covers it, in viewport pixels. */
export function visibleArea(sigma: ExplorerSigma): Area {
  const canvas = sigma.getContainer().getBoundingClientRect();
  const area = { left: 0, top: 0, right: canvas.width, bottom: canvas.height };
  const tools = document.querySelector('[data-testid="canvas-tools"]')?.getBoundingClientRect();
  if (tools && tools.height > 0 && tools.top < canvas.top + canvas.height / 2) area.top = Math.max(0, tools.bottom - canvas.top + 4);
  const sheet = document.querySelector('[data-testid="side-panel"]')?.getBoundingClientRect();
  // The sheet covers the canvas's lower part only on phones (on desktops the panel sits beside it).
  if (sheet && sheet.left <= canvas.left + 1 && sheet.top > canvas.top && sheet.top < canvas.bottom) area.bottom = sheet.top - canvas.top;
  return area;
}

const GAP = 3;
const MARGIN = 12;

/**
 * Solve for the camera by refinement: node discs scale with the zoom but labels keep their pixel size, so there is
 * no closed form; each round re-centres the box on the area and scales it to fit, and a few rounds settle it.
 */
export function frameNodes(sigma: ExplorerSigma, nodes: string[], area: Area, labelExtent: (node: string) => { left: number; right: number }): CameraState | null {
  const graph = sigma.getGraph();
  const shown = nodes.filter((n) => graph.hasNode(n));
  if (!shown.length) return null;
  const framed = shown.map((n) => sigma.viewportToFramedGraph(sigma.graphToViewport(graph.getNodeAttributes(n))));
  const sizes = shown.map((n) => sigma.getNodeDisplayData(n)?.size ?? graph.getNodeAttribute(n, 'size'));
  const labels = shown.map(labelExtent);
  const width = Math.max(40, area.right - area.left - 2 * MARGIN);
  const height = Math.max(40, area.bottom - area.top - 2 * MARGIN);
  const want = { x: (area.left + area.right) / 2, y: (area.top + area.bottom) / 2 };
  const mean = framed.reduce((m, f) => ({ x: m.x + f.x / framed.length, y: m.y + f.y / framed.length }), { x: 0, y: 0 });
  const { minCameraRatio, maxCameraRatio } = sigma.getSettings();
  const clampRatio = (r: number) => Math.min(maxCameraRatio ?? 10, Math.max(Math.max(minCameraRatio ?? 0, 0.08), r));
  let camera: CameraState = { x: mean.x, y: mean.y, angle: 0, ratio: sigma.getCamera().ratio };
  for (let round = 0; round < 12; round++) {
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    framed.forEach((f, i) => {
      const at = sigma.framedGraphToViewport(f, { cameraState: camera });
      const r = sigma.scaleSize(sizes[i], camera.ratio);
      x0 = Math.min(x0, at.x - r - (labels[i].left ? GAP + labels[i].left : 0));
      x1 = Math.max(x1, at.x + r + (labels[i].right ? GAP + labels[i].right : 0));
      y0 = Math.min(y0, at.y - r - 8);
      y1 = Math.max(y1, at.y + r + 8);
    });
    const from = sigma.viewportToFramedGraph({ x: (x0 + x1) / 2, y: (y0 + y1) / 2 }, { cameraState: camera });
    const to = sigma.viewportToFramedGraph(want, { cameraState: camera });
    const scale = Math.max((x1 - x0) / width, (y1 - y0) / height, 0.05);
    camera = { ...camera, x: camera.x + from.x - to.x, y: camera.y + from.y - to.y, ratio: clampRatio(camera.ratio * scale) };
  }
  return camera;
}
