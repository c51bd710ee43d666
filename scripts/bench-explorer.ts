// npm run bench:explorer [-- --entities 10000 --relations 50000 --seconds 5 --file FILE]
// Opens the explorer on a synthetic graph in headless Chromium (production build, GRAPH_FILE=synthetic) and prints
// the time to its first rendered frame and the frames per second while panning and zooming; then draws the same
// graph with cytoscape.js on a bare page and prints the fps ratio. Set BENCH_REUSE_BUILD=1 to skip `next build`,
// BENCH_CYTOSCAPE=canvas to skip cytoscape's WebGL renderer (it can crash Chromium at 50,000 edges under SwiftShader),
// BENCH_CYTOSCAPE=none to measure the explorer alone.
import { spawn, spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/support/browser';
import { ENTITY_COLORS, RELATION_COLORS } from '../graph/palette';
import { isDirected } from '../graph/types';
import type { LeanGraph } from '../app/explorer/lean-graph-types';
import { nodeSize } from '../app/explorer/sigma-graph';

const { values } = parseArgs({
  options: {
    entities: { type: 'string', default: '10000' },
    relations: { type: 'string', default: '50000' },
    seconds: { type: 'string', default: '5' },
    file: { type: 'string' },
  },
});
const ROOT = join(import.meta.dirname, '..');
const DIST_DIR = process.env.NEXT_DIST_DIR ?? '.next-bench-explorer';
// Its own file name: graphs cached under the old name (the API benches share them) predate the community layout.
const file = values.file ?? join(ROOT, 'bench', 'data', `synthetic-communities-${values.entities}-${values.relations}.json`);
const seconds = Number(values.seconds);
const VIEWPORT = { width: 1280, height: 800 };

const run = (cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env) => {
  const result = spawnSync(cmd, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
};
const listen = (server: Server) => new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)));

async function waitFor(url: string, timeoutMs = 60_000) {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await new Promise((r) => setTimeout(r, 250))) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
  }
  throw new Error(`${url} did not answer`);
}

/**
 * Frames drawn per second while a user pans (mouse drags) and zooms (wheel) over the middle of the canvas, with real
 * input events through Chromium, so each library's own "while moving" behaviour applies as it would for a person.
 * The events are paced at 60 Hz like a real mouse and not awaited one by one: awaiting each `page.mouse.move`
 * delivered only ~10 moves a second (each waits for the page's next frame and a round trip), which capped the
 * figure at the input rate rather than the renderer's. BENCH_INPUT=awaited restores that older method.
 */
async function measureFps(page: Page, kind: 'sigma' | 'cytoscape', secs: number): Promise<number> {
  await page.evaluate((kind) => {
    const w = window as unknown as { __frames: number; cy: { on(e: string, f: () => void): void } };
    w.__frames = 0;
    if (kind === 'sigma') window.__explorer!.sigma.on('afterRender', () => w.__frames++);
    else w.cy.on('render', () => w.__frames++);
  }, kind);
  const start = await page.evaluate(() => performance.now());
  const [cx, cy] = [VIEWPORT.width / 2, VIEWPORT.height / 2];
  const drag = (k: number) => [cx + 120 * Math.sin(k / 3), cy + 80 * Math.sin((2 * k) / 3)] as const;
  if (process.env.BENCH_INPUT === 'awaited') {
    for (let round = 0; (await page.evaluate(() => performance.now())) - start < secs * 1000; round++) {
      await page.mouse.move(cx, cy);
      await page.mouse.down();
      for (let k = 1; k <= 20; k++) await page.mouse.move(...drag(k));
      await page.mouse.up();
      for (let k = 0; k < 4; k++) await page.mouse.wheel(0, round % 2 ? 100 : -100);
    }
  } else {
    const cdp = await page.context().newCDPSession(page);
    const sent: Array<Promise<unknown>> = [];
    const send = async (type: string, x: number, y: number, extra: Record<string, unknown> = {}) => {
      sent.push(cdp.send('Input.dispatchMouseEvent', { type, x, y, ...extra } as never));
      await new Promise((r) => setTimeout(r, 1000 / 60));
    };
    for (let round = 0, t0 = Date.now(); Date.now() - t0 < secs * 1000; round++) {
      await send('mousePressed', cx, cy, { button: 'left', buttons: 1, clickCount: 1 });
      for (let k = 1; k <= 20; k++) await send('mouseMoved', ...drag(k), { button: 'left', buttons: 1 });
      await send('mouseReleased', ...drag(20), { button: 'left', buttons: 0, clickCount: 1 });
      for (let k = 0; k < 4; k++) await send('mouseWheel', cx, cy, { deltaX: 0, deltaY: round % 2 ? 100 : -100 });
    }
    await Promise.all(sent);
    await cdp.detach();
  }
  return page.evaluate((start) => ((window as unknown as { __frames: number }).__frames * 1000) / (performance.now() - start), start);
}

async function main() {
  if (!existsSync(file)) {
    console.log(`generating ${file} …`);
    run('npx', ['tsx', 'scripts/gen-synthetic.ts', '--entities', values.entities!, '--relations', values.relations!, '--out', file]);
  }
  const env = { ...process.env, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: '1' };
  if (process.env.BENCH_REUSE_BUILD !== '1') {
    console.log(`next build (${DIST_DIR}) …`);
    run('npx', ['next', 'build'], env);
  }
  const probe = createServer();
  const port = await listen(probe);
  await new Promise((r) => probe.close(r));
  const next = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: ROOT,
    env: { ...env, NODE_ENV: 'production', GRAPH_FILE: file },
    stdio: 'ignore',
    detached: true,
  });
  const baseURL = `http://127.0.0.1:${port}`;
  let bare: Server | undefined;
  const browser = await launchBrowser();
  try {
    await waitFor(`${baseURL}/explorer-data`);
    const lean = (await (await fetch(`${baseURL}/explorer-data`)).json()) as LeanGraph;
    console.log(`graph: ${lean.nodes.length} entities, ${lean.edges.length} relations; viewport ${VIEWPORT.width}×${VIEWPORT.height}`);

    // ── The explorer ──
    // One request for the page first: Next loads a route's server modules on its first request (over a second on
    // these machines), a server start-up cost that is not the explorer's; the browser's cache stays cold.
    await fetch(baseURL);
    const page = await browser.newPage({ viewport: VIEWPORT });
    await page.goto(baseURL);
    // The home page shows a still until the visitor's first move (app/explorer/explorer.tsx): move at once, as a user would.
    await page.mouse.move(VIEWPORT.width / 2, VIEWPORT.height / 2);
    await page.waitForFunction(() => window.__explorer?.firstFrameMs !== undefined, null, { timeout: 60_000 });
    const firstFrameMs = await page.evaluate(() => window.__explorer!.firstFrameMs!);
    // Where the time to first frame went: the data's arrival, the graphology graph built, sigma's first draw.
    // (A string, not a function: tsx would wrap a named helper in `__name`, which the page does not define.)
    const steps = await page.evaluate(`(() => {
      const data = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/explorer-data'));
      const at = (name) => Math.round(performance.getEntriesByName(name)[0]?.startTime ?? NaN);
      return { fetchStart: Math.round(data?.startTime ?? NaN), dataReceived: Math.round(data?.responseEnd ?? NaN), parsed: at('explorer:data'), graphBuilt: at('explorer:graph'), sigmaDrawn: at('explorer:sigma') };
    })()`);
    console.log(`explorer: first frame steps (ms after navigation) ${JSON.stringify(steps)}`);
    const renderer = await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl');
      const info = gl?.getExtension('WEBGL_debug_renderer_info');
      return info ? String(gl!.getParameter(info.UNMASKED_RENDERER_WEBGL)) : String(gl?.getParameter(gl.RENDERER) ?? 'no WebGL');
    });
    const labelled = await page.evaluate(() => [...window.__explorer!.sigma.getNodeDisplayedLabels()]);
    await page.waitForTimeout(500);
    mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'bench', 'results', 'explorer.png') });
    console.log(`explorer: first frame at ${Math.round(firstFrameMs)} ms; measuring fps …`);
    const sigmaFps = await measureFps(page, 'sigma', seconds);
    console.log(`explorer: ${sigmaFps.toFixed(1)} fps; now cytoscape.js …`);
    await page.close();

    // ── cytoscape.js on a bare page, same positions, colours, sizes, arrows and number of labels ──
    const xs = lean.nodes.map((n) => n.x);
    const ys = lean.nodes.map((n) => n.y);
    const fitZoom = Math.min(VIEWPORT.width / (Math.max(...xs) - Math.min(...xs)), VIEWPORT.height / (Math.max(...ys) - Math.min(...ys)));
    const cyGraph = JSON.stringify({
      labelled,
      nodes: lean.nodes.map((n) => ({ id: n.id, name: n.name, x: n.x, y: n.y, color: ENTITY_COLORS[n.type], size: (2 * nodeSize(n.degree, lean.nodes.length)) / fitZoom })),
      edges: lean.edges.map(([type, s, t]) => [lean.nodes[s].id, lean.nodes[t].id, RELATION_COLORS[type], isDirected(type)]),
    });
    const files: Record<string, [string, string | Buffer]> = {
      '/': ['text/html', readFileSync(join(ROOT, 'bench', 'explorer', 'cytoscape.html'))],
      '/cytoscape.js': ['text/javascript', readFileSync(join(ROOT, 'node_modules', 'cytoscape', 'dist', 'cytoscape.min.js'))],
      '/graph.json': ['application/json', cyGraph],
    };
    bare = createServer((req, res) => {
      const entry = files[(req.url ?? '/').split('?')[0]];
      res.writeHead(entry ? 200 : 404, { 'Content-Type': entry?.[0] ?? 'text/plain' }).end(entry?.[1] ?? 'not found');
    });
    const barePort = await listen(bare);
    // WebGL renderer first; if that page crashes (it can, at this size under SwiftShader), the canvas renderer.
    let cy: { renderer: string; firstFrameMs: number; fps: number } | { renderer: string; error: string } = { renderer: 'none', error: 'not run' };
    for (const webgl of { canvas: [false], none: [] }[process.env.BENCH_CYTOSCAPE ?? ''] ?? [true, false]) {
      const cyPage = await browser.newPage({ viewport: VIEWPORT });
      try {
        await cyPage.goto(`http://127.0.0.1:${barePort}/?webgl=${webgl}`);
        const started = await cyPage.evaluate(() => (window as unknown as { startCytoscape: () => Promise<{ webgl: boolean }> }).startCytoscape());
        const firstFrame = await cyPage.evaluate(() => performance.now());
        await cyPage.waitForTimeout(500);
        cy = { renderer: started.webgl ? 'webgl' : 'canvas', firstFrameMs: Math.round(firstFrame), fps: await measureFps(cyPage, 'cytoscape', seconds) };
        break;
      } catch (error) {
        cy = { renderer: webgl ? 'webgl' : 'canvas', error: (error as Error).message.split('\n')[0] };
        console.log(`cytoscape.js (${cy.renderer}) failed: ${cy.error}`);
      } finally {
        await cyPage.close().catch(() => undefined);
      }
    }
    const cyFps = 'fps' in cy ? cy.fps : NaN;

    const result = {
      graph: { entities: lean.nodes.length, relations: lean.edges.length, file },
      renderer,
      explorer: { firstFrameMs: Math.round(firstFrameMs), fps: Math.round(sigmaFps * 10) / 10, labels: labelled.length },
      cytoscape: 'fps' in cy ? { ...cy, fps: Math.round(cy.fps * 10) / 10 } : cy,
      fpsRatio: Math.round((sigmaFps / cyFps) * 10) / 10,
      targets: { firstFrameMs: 2500, fps: 30, fpsRatio: 3 },
    };
    console.log(`WebGL renderer: ${renderer}`);
    console.log(`explorer (sigma 3): first frame ${result.explorer.firstFrameMs} ms after navigation; ${result.explorer.fps} fps panning and zooming (${seconds} s)`);
    if ('fps' in cy) console.log(`cytoscape.js (${cy.renderer} renderer): first frame ${cy.firstFrameMs} ms; ${cy.fps.toFixed(1)} fps`);
    else console.log(`cytoscape.js: no figure (${cy.error})`);
    console.log(`fps ratio explorer / cytoscape: ${result.fpsRatio}×   (targets: first frame < 2500 ms, ≥ 30 fps, ≥ 3×)`);
    mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
    writeFileSync(join(ROOT, 'bench', 'results', 'explorer.json'), `${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await browser.close();
    bare?.close();
    try {
      process.kill(-next.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

main().catch((error: Error) => {
  console.error(`bench:explorer failed: ${error.message}`);
  process.exit(1);
});
