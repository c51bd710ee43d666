// How a process writes: against a server database directly; against the embedded one as its owner, or — when
// another process owns it (the web server, another CLI) — through the owner's socket, so the directory is never
// opened twice. A call that loses its owner mid-way is retried (writes are idempotent), possibly as the new owner.
import type { Server } from 'node:http';
import type { Database } from './driver';
import { callOwner, OwnerRefusal, serveOwnerSocket, tryLock, type OwnerLock } from './owner';
import { embeddedDir, openDatabase, resolveOptions, type StoreOptions } from './open';
import { operations, type OperationName, type Operations } from './operations';
import type { AheadExtraction } from '../extract/ahead';

/** How a writer opens the store, and (CLIs) a thread that extracts the next group of an ingest ahead. */
export type WriterOptions = StoreOptions & { ahead?: AheadExtraction };

export interface Writer {
  readonly mode: 'embedded' | 'server';
  /** True when this process holds the database (owner or server client), false when it goes through the owner. */
  readonly local: boolean;
  call<K extends OperationName>(op: K, args: Parameters<Operations[K]>[0]): ReturnType<Operations[K]>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const GONE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOENT', 'EPIPE', 'ECONNABORTED']);

export interface Owned {
  db: Database;
  release(): Promise<void>;
}

/** Become the owner of the embedded database (or open the server one): open it and serve the socket for others. */
export async function ownDatabase(options: WriterOptions = {}): Promise<Owned | undefined> {
  const { dataDir, databaseUrl } = resolveOptions(options);
  if (databaseUrl) {
    const db = await openDatabase(options);
    return { db, release: () => db.close() };
  }
  const dir = embeddedDir(dataDir);
  const lock: OwnerLock | undefined = tryLock(dir);
  if (!lock) return undefined;
  let db: Database | undefined;
  let server: Server | undefined;
  try {
    db = await openDatabase(options);
    const ops = operations(db, dataDir, options.ahead) as unknown as Record<string, (args: unknown) => Promise<unknown>>;
    server = await serveOwnerSocket(dir, (op, args) => {
      if (!Object.hasOwn(ops, op)) throw new Error(`unknown operation "${op}"`);
      return ops[op](args);
    });
  } catch (error) {
    await db?.close().catch(() => undefined);
    lock.release();
    throw error;
  }
  const opened = db;
  const listening = server;
  return {
    db: opened,
    async release() {
      // Finish the calls in flight, then close: a caller whose call was cut retries against the next owner.
      await new Promise((resolve) => {
        listening.close(resolve);
        listening.closeIdleConnections();
      });
      await opened.close();
      lock.release();
    },
  };
}

/** A writer for this process; each call waits up to `timeoutMs` for an owner that is starting or stopping. */
export async function openWriter(options: WriterOptions = {}, timeoutMs = 120_000): Promise<Writer> {
  const { dataDir, databaseUrl } = resolveOptions(options);
  const dir = embeddedDir(dataDir);
  let owned = await ownDatabase(options);
  const mode = databaseUrl ? 'server' : 'embedded';

  const writer: Writer = {
    mode,
    get local() {
      return owned !== undefined;
    },
    call(op, args) {
      return (async () => {
        // The wait is counted from this call's first refusal, not from the open: a long-lived writer that finds the
        // owner gone late in its run still gets the whole wait for the next one.
        let deadline: number | undefined;
        for (;;) {
          if (owned) return (operations(owned.db, dataDir, options.ahead)[op] as (a: unknown) => Promise<unknown>)(args);
          try {
            return await callOwner(dir, op, args);
          } catch (error) {
            if (error instanceof OwnerRefusal) throw new Error(error.message);
            if (!GONE.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
            deadline ??= Date.now() + timeoutMs;
            if (Date.now() > deadline) throw new Error(`the embedded database at ${dir} is owned by another process that does not answer`);
            await sleep(50 + Math.random() * 100);
            owned = await ownDatabase(options);
          }
        }
      })() as never;
    },
    async close() {
      await owned?.release();
      owned = undefined;
    },
  };
  return writer;
}
