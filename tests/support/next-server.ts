// Start `next start` from the test build on a free port, and stop it: the global setup's server and the
// second servers that tests point at scratch copies of the data (GRAPH_FILE, DATA_DIR) all start here.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const DIST_DIR = process.env.NEXT_DIST_DIR ?? '.next-test';

// Vitest sets NODE_ENV=test; the build and the server are the production ones users get. The background relayout
// would move positions under other tests' feet; it has its own test (tests/store/relayout-job.test.ts).
const baseEnv = (): NodeJS.ProcessEnv => ({ RELAYOUT_AFTER: 'off', ...process.env, NODE_ENV: 'production', NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: '1' });

export interface NextServer {
  baseURL: string;
  stop(): void;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

/** `next build` into DIST_DIR; throws with the build's output when it fails. */
export function buildNext(): void {
  const build = spawnSync('npx', ['next', 'build'], { cwd: ROOT, env: baseEnv(), stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`next build failed:\n${build.stdout}\n${build.stderr}`);
}

/**
 * Serve the build with extra environment (e.g. GRAPH_FILE) and wait until `readyPath` answers 200.
 * A static `readyPath` keeps a second server from regenerating pages in the shared build's cache.
 */
export async function startNextServer(env: Record<string, string> = {}, readyPath = '/robots.txt', timeoutMs = 60_000): Promise<NextServer> {
  const port = await freePort();
  const child = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: ROOT,
    env: { ...baseEnv(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let log = '';
  child.stdout?.on('data', (d) => (log += d));
  child.stderr?.on('data', (d) => (log += d));
  const server = {
    baseURL: `http://127.0.0.1:${port}`,
    stop() {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // already gone
      }
    },
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}\n${log}`);
    try {
      if ((await fetch(`${server.baseURL}${readyPath}`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  server.stop();
  throw new Error(`next start did not answer within ${timeoutMs} ms\n${log}`);
}
