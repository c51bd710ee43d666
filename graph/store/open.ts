// Opens the system of record: the embedded database under <data>/db (default), or the server at DATABASE_URL.
// Migrations run and the curated seed is imported (when it changed) on every open.
import { join } from 'node:path';
import { DEFAULT_DATA_DIR } from '../data-dir';
import { openEmbedded, openServer, type Database } from './driver';
import { migrate } from './migrate';
import { importSeed } from './seed';

export interface StoreOptions {
  /** The data directory: the seed to import, and the embedded database's home (`<dataDir>/db`). */
  dataDir?: string;
  /** A PostgreSQL server (postgres://…); the embedded database when absent. */
  databaseUrl?: string;
}

export const resolveOptions = (options: StoreOptions = {}) => ({
  dataDir: options.dataDir ?? DEFAULT_DATA_DIR,
  databaseUrl: options.databaseUrl ?? (process.env.DATABASE_URL || undefined),
});

export const embeddedDir = (dataDir: string) => join(dataDir, 'db');

/** Open, migrate and seed. Embedded: the caller must hold the directory's owner lock (writer.ts does). */
export async function openDatabase(options: StoreOptions = {}): Promise<Database> {
  const { dataDir, databaseUrl } = resolveOptions(options);
  const db = databaseUrl ? await openServer(databaseUrl) : await openEmbedded(embeddedDir(dataDir));
  try {
    await migrate(db);
    await importSeed(db, dataDir);
    return db;
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}
