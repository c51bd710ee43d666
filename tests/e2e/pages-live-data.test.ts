// Entity pages follow the graph on disk: a second server on the same build reads a scratch copy of graph.json,
// which the test changes the way an ingest does (atomic rename) while the server runs.
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNextServer, type NextServer } from '../support/next-server';

const ADDED = `zz-added-${process.pid}`;
const MERGED = `zz-merged-${process.pid}`;

let dir: string;
let graphFile: string;
let server: NextServer;
let baseURL: string;

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
  server = await startNextServer({ GRAPH_FILE: graphFile });
  baseURL = server.baseURL;
}, 90_000);

afterAll(() => {
  server?.stop();
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
