// Scratch stores for tests: a copy of the seed (articles + catalog) in a temporary data directory, and — when
// DATABASE_URL is set (the server-mode run of .ci/run) — a fresh database of its own on that server, dropped after.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { StoreOptions } from '@/graph/store/open';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SERVER_URL = process.env.DATABASE_URL || undefined;
export const MODE = SERVER_URL ? 'server' : 'embedded';

export interface ScratchStore extends Required<Pick<StoreOptions, 'dataDir'>> {
  dir: string;
  databaseUrl?: string;
  /** Environment for a child process (CLI or server) using this store. */
  env: Record<string, string>;
  cleanup(): Promise<void>;
}

/** A temporary data directory holding the seed, and in server mode an empty database for it. */
export async function scratchStore(seed = join(ROOT, 'data')): Promise<ScratchStore> {
  const dir = mkdtempSync(join(tmpdir(), 'store-'));
  const dataDir = join(dir, 'data');
  for (const part of ['articles', 'catalog']) cpSync(join(seed, part), join(dataDir, part), { recursive: true });
  let databaseUrl: string | undefined;
  let drop = async () => {};
  if (SERVER_URL) {
    const name = `test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: SERVER_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(SERVER_URL);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    drop = async () => {
      const c = new pg.Client({ connectionString: SERVER_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  }
  return {
    dir,
    dataDir,
    databaseUrl,
    env: { DATA_DIR: dataDir, DATABASE_URL: databaseUrl ?? '' },
    async cleanup() {
      await drop().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
