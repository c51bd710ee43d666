// Reading a scratch store the way a user would check it: through the store's own snapshot (as the server loads it).
import { beforeAll, afterAll } from 'vitest';
import { ownDatabase, type Owned } from '@/graph/store/writer';
import { ingestArticle } from '@/graph/store/ingest';
import type { Article } from '@/graph/types';
import { readSnapshot } from '@/graph/store/snapshot';
import { createKnowledgeGraph, type KnowledgeGraph } from '@/graph';
import { spawnSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, scratchStore, type ScratchStore } from '../support/store';

/** Open the store as its owner (no other process may hold it), run `read`, release. */
export async function withStore<T>(store: ScratchStore, read: (db: NonNullable<Awaited<ReturnType<typeof ownDatabase>>>['db']) => Promise<T>): Promise<T> {
  const owned = await ownDatabase({ dataDir: store.dataDir, databaseUrl: store.databaseUrl });
  if (!owned) throw new Error('the scratch store is owned by another process');
  try {
    return await read(owned.db);
  } finally {
    await owned.release();
  }
}

/** A scratch store this test file owns from its first test to its last, with `articles` ingested first. */
export function useOwnedStore(...articles: Article[]) {
  let store: ScratchStore | undefined;
  let owned: Owned | undefined;
  beforeAll(async () => {
    store = await scratchStore();
    owned = (await ownDatabase({ dataDir: store.dataDir, databaseUrl: store.databaseUrl }))!;
    for (const article of articles) await ingestArticle(owned.db, article, 'test');
  }, 180_000);
  afterAll(async () => {
    await owned?.release();
    await store?.cleanup();
  });
  return {
    get db() {
      return owned!.db;
    },
    graph: async (): Promise<KnowledgeGraph> => createKnowledgeGraph(await readSnapshot(owned!.db)),
  };
}

export const storedGraph = (store: ScratchStore): Promise<KnowledgeGraph> => withStore(store, async (db) => createKnowledgeGraph(await readSnapshot(db)));

const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

/** Run a CLI as a user would; `env` adds to (and may override) the environment. */
export function cli(script: string, args: string[], store: ScratchStore, env: Record<string, string> = {}) {
  const result = spawnSync(TSX, [join(ROOT, 'scripts', script), ...args, '--data', store.dataDir], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 400_000,
    env: { ...process.env, ...store.env, ...env },
  });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

/** The same, without waiting: for concurrency and crash tests. */
export function cliAsync(script: string, args: string[], store: ScratchStore, env: Record<string, string> = {}) {
  const child = spawn(TSX, [join(ROOT, 'scripts', script), ...args, '--data', store.dataDir], { cwd: ROOT, env: { ...process.env, ...store.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done };
}

/** A short article of our own (not a real report), distinct per `n`, naming known actors and a stance. */
export const article = (n: number, extra = '') => `---
id: test-article-${n}
title: Test article number ${n}
publishedAt: 2025-03-${String((n % 28) + 1).padStart(2, '0')}
---
Finnish President Alexander Stubb met with Keir Starmer in Helsinki on day ${n}. Stubb said Finland supports the European peacekeeping force. ${extra}
`;
