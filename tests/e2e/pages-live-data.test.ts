// Entity pages follow the graph on disk: a second server on the same build reads a scratch copy of graph.json,
// which the test changes the way an ingest does (atomic rename) while the server runs.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const DIST_DIR = process.env.NEXT_DIST_DIR ?? '.next-test';
const ADDED = `zz-added-${process.pid}`;
const MERGED = `zz-merged-${process.pid}`;

let dir: string;
let graphFile: string;
let server: ChildProcess;
let baseURL: string;

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

function rewriteGraph(change: (graph: { nodes: unknown[]; attributes: Record<string, unknown> }) => void) {
  const graph = JSON.parse(readFileSync(graphFile, 'utf8'));
  change(graph);
  writeFileSync(`${graphFile}.tmp`, JSON.stringify(graph));
  renameSync(`${graphFile}.tmp`, graphFile);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pages-live-'));
  graphFile = join(dir, 'graph.json');
  writeFileSync(graphFile, readFileSync(join(import.meta.dirname, '..', '..', 'data', 'graph.json')));
  const port = await freePort();
  baseURL = `http://127.0.0.1:${port}`;
  server = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...process.env, NEXT_DIST_DIR: DIST_DIR, GRAPH_FILE: graphFile, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
    detached: true,
  });
  for (let i = 0; i < 240; i++) {
    try {
      // A static file, so the probe never regenerates a shared ISR page from this server's graph.
      if ((await fetch(`${baseURL}/robots.txt`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('second server did not start');
}, 90_000);

afterAll(() => {
  try {
    process.kill(-server.pid!, 'SIGTERM');
  } catch {
    // already gone
  }
  rmSync(dir, { recursive: true, force: true });
});

describe('entity pages over a changing graph', () => {
  it('should render an entity ingested after the build, even if its id was visited before', async () => {
    expect((await fetch(`${baseURL}/entities/${ADDED}`)).status).toBe(404);
    rewriteGraph((graph) =>
      graph.nodes.push({
        key: ADDED,
        attributes: { name: 'Added Later', entityType: 'PERSON', aliases: [], description: 'Ingested after the build.', sameAs: [], degree: 0, x: 0, y: 0 },
      }),
    );
    const response = await fetch(`${baseURL}/entities/${ADDED}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Added Later');
  });

  it('should redirect a merged id permanently to the surviving entity', async () => {
    const survivor = (JSON.parse(readFileSync(graphFile, 'utf8')).nodes as Array<{ key: string }>)[0].key;
    rewriteGraph((graph) => (graph.attributes.redirects = { [MERGED]: survivor }));
    const response = await fetch(`${baseURL}/entities/${MERGED}`, { redirect: 'manual' });
    expect(response.status).toBe(308);
    expect(new URL(response.headers.get('location')!, baseURL).pathname).toBe(`/entities/${survivor}`);
  });
});
