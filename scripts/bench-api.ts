// npm run bench:api — HTTP load (autocannon) on the production server (`npm start`, i.e. `next start`) serving a
// synthetic 100k/300k graph with a mix of realistic queries, beside graphql-yoga on the same schema, resolvers and
// graph: in a route handler of the same server (like for like) and on plain node:http (scripts/yoga-peer.ts). The
// same server's empty route shows what `next start` costs per request before any GraphQL. The build includes the
// peers' routes (BENCH_PEERS=1). Prints requests/s, p50/p99 latency, errors and the ratios. No assertions.
// Options: --entities --relations --connections 32 --duration 30 --warmup 5 --reuse-build --apollo-port 3650 --yoga-port 3651
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { generateSynthetic } from '../graph/synthetic';
import { deserializeGraph, serializeGraph } from '../graph/serialize';
import { seededRng } from '../graph/synthetic-text';

const { values } = parseArgs({
  options: {
    entities: { type: 'string', default: '100000' },
    relations: { type: 'string', default: '300000' },
    connections: { type: 'string', default: '32' },
    duration: { type: 'string', default: '30' },
    warmup: { type: 'string', default: '5' },
    'reuse-build': { type: 'boolean', default: false },
    'apollo-port': { type: 'string', default: '3650' },
    'yoga-port': { type: 'string', default: '3651' },
  },
});
const [entities, relations] = [Number(values.entities), Number(values.relations)];
const DIST_DIR = process.env.NEXT_DIST_DIR ?? '.next-bench';
const PORTS = { apollo: Number(values['apollo-port']), yoga: Number(values['yoga-port']) };

const file = join('bench', 'data', `synthetic-${entities}-${relations}.json`);
if (!existsSync(file)) {
  mkdirSync(join('bench', 'data'), { recursive: true });
  writeFileSync(file, serializeGraph(generateSynthetic({ entities, relations, seed: 1 })));
}
const buildEnv = { ...process.env, NEXT_DIST_DIR: DIST_DIR, NODE_ENV: 'production' as const, NEXT_TELEMETRY_DISABLED: '1', BENCH_PEERS: '1' };
// The build prerenders pages from the seed graph; only the running servers read the synthetic one.
const env = { ...buildEnv, GRAPH_FILE: file };
if (!values['reuse-build']) {
  console.log(`next build → ${DIST_DIR} …`);
  const build = spawnSync('npx', ['next', 'build'], { env: { ...buildEnv, GRAPH_FILE: undefined }, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`next build failed:\n${build.stdout}\n${build.stderr}`);
}

/** What readers and the explorer ask: an entity with its relations and quotes, a search as typed, a 1-hop view, a path, a relation, a page of a type. */
// The graph is read here without loadKnowledgeGraph's per-process cache, and dropped once the mix is built: a
// ~900 MB heap left in the load generator makes its GC compete with the server for the same cores.
function requestMix() {
  const graph = deserializeGraph(JSON.parse(readFileSync(file, 'utf8')));
  const rng = seededRng(7);
  const ids = graph.nodes();
  const any = () => ids[Math.floor(rng() * ids.length)];
  const edges = graph.edges();
  const relationFields = 'id type directed role qualifier source { id name type } target { id name type } evidence { quote start url article { id title } }';
  const ops = [
    () => ({ query: `query E($id: ID!) { entity(id: $id) { id name type description aliases url degree relations(first: 50) { ${relationFields} } } }`, variables: { id: any() } }),
    () => ({ query: 'query S($q: String!) { search(query: $q, first: 10) { id name type degree } }', variables: { q: graph.getNodeAttribute(any(), 'name').split(' ').at(-1)!.slice(0, 4) } }),
    () => ({ query: 'query N($id: ID!) { neighborhood(id: $id, depth: 1) { nodes { id name type degree } edges { id type source { id } target { id } } } }', variables: { id: any() } }),
    () => ({ query: 'query P($a: ID!, $b: ID!) { path(from: $a, to: $b) { id type source { id name } target { id name } } }', variables: { a: any(), b: any() } }),
    () => ({ query: `query R($id: ID!) { relation(id: $id) { ${relationFields} } }`, variables: { id: edges[Math.floor(rng() * edges.length)] } }),
    () => ({ query: 'query L($after: String) { entities(type: PERSON, first: 20, after: $after) { totalCount nodes { id name } pageInfo { endCursor } } }', variables: { after: null } }),
  ];
  return Array.from({ length: 600 }, (_, i) => {
    const body = ops[i % ops.length]();
    return { method: 'POST' as const, path: '/api/graphql', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
  });
}

async function waitFor(url: string, child: ChildProcess, body: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      if (r.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer`);
}

type MixRequest = ReturnType<typeof requestMix>[number];

async function load(name: string, port: number, requests: MixRequest[]) {
  const url = `http://127.0.0.1:${port}`;
  // Every query of the mix must succeed before it is timed.
  for (const r of requests.slice(0, 12)) {
    const body = (await (await fetch(`${url}${r.path}`, { method: 'POST', headers: r.headers, body: r.body })).json()) as { errors?: unknown };
    if (body.errors) throw new Error(`${name}: ${r.body} → ${JSON.stringify(body.errors)}`);
  }
  const run = (duration: number) => autocannon({ url, connections: Number(values.connections), duration, requests });
  await run(Number(values.warmup));
  const result = await run(Number(values.duration));
  return { name, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts + result.non2xx, total: result.requests.total };
}

async function serve(name: 'apollo' | 'yoga') {
  // Apollo through the production start script (its Node flags included), the peer as it is.
  const [command, args] = name === 'apollo' ? ['npm', ['start', '--', '-p', String(PORTS.apollo), '-H', '127.0.0.1']] : ['npx', ['tsx', 'scripts/yoga-peer.ts', '--port', String(PORTS.yoga)]];
  const child = spawn(command, args, { env, stdio: 'ignore', detached: true });
  await waitFor(`http://127.0.0.1:${PORTS[name]}/api/graphql`, child, JSON.stringify({ query: '{ stats { entities } }' }));
  return child;
}

const mix = requestMix();
const at = (path: string) => mix.map((r) => ({ ...r, path }));
(globalThis as { gc?: () => void }).gc?.(); // with --expose-gc (npm run bench:api): the graph is gone before any load
console.log(`# bench:api — ${entities.toLocaleString('en')}/${relations.toLocaleString('en')} graph, ${values.connections} connections, ${values.duration} s after ${values.warmup} s warm-up, Node ${process.version}`);
const results: Array<Awaited<ReturnType<typeof load>>> = [];
const next = await serve('apollo');
try {
  results.push(await load('Apollo Server 5 in Next (`npm start`, /api/graphql)', PORTS.apollo, mix));
  results.push(await load('graphql-yoga in the same Next server (route handler)', PORTS.apollo, at('/api/bench-yoga')));
  results.push(await load('the same Next server, empty route (reads the body, answers `{"ok":true}`)', PORTS.apollo, at('/api/bench-ping')));
} finally {
  process.kill(-next.pid!, 'SIGTERM');
}
const peer = await serve('yoga');
try {
  results.push(await load('graphql-yoga on node:http', PORTS.yoga, mix));
} finally {
  process.kill(-peer.pid!, 'SIGTERM');
}
console.log('| server | requests/s | p50 | p99 | errors | requests |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const r of results) console.log(`| ${r.name} | ${Math.round(r.rps)} | ${r.p50} ms | ${r.p99} ms | ${r.errors} | ${r.total} |`);
const [apollo, yogaInNext, ceiling, yogaOnNode] = results;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
console.log(`\nApollo / yoga, both in next start: ${ratio(apollo.rps, yogaInNext.rps)}; Apollo in Next / yoga on node:http: ${ratio(apollo.rps, yogaOnNode.rps)} (target ≥ 0.8×)`);
console.log(`Apollo: ≥ 1,000 req/s ${apollo.rps >= 1000 ? '✓' : '✗'}, p99 ≤ 50 ms ${apollo.p99 <= 50 ? '✓' : '✗'}; next start's empty route: ${Math.round(ceiling.rps)} req/s, p99 ${ceiling.p99} ms`);
