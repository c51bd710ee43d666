// The one seam between the store and PostgreSQL: the embedded database (PGlite, in this process) or a server
// (node-postgres, when DATABASE_URL is set) behind the same two calls, so every statement runs unchanged on both.
import type { PGlite } from '@electric-sql/pglite';
import type { Pool, PoolClient } from 'pg';

export interface Sql {
  /** One parameterised statement ($1, $2 …); never string-built SQL. */
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
}

export interface Database extends Sql {
  readonly mode: 'embedded' | 'server';
  /** Run `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The embedded database in `dir`, created on first open. The caller must own the directory (see owner.ts). */
export async function openEmbedded(dir: string): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const db: PGlite = await PGlite.create(dir);
  return {
    mode: 'embedded',
    query: async (text, params) => (await db.query(text, params)).rows as never,
    transaction: (work) => db.transaction((tx) => work({ query: async (text, params) => (await tx.query(text, params)).rows as never })),
    close: () => db.close(),
  };
}

/** A PostgreSQL server through a small pool; one client per transaction. */
export async function openServer(url: string): Promise<Database> {
  const { default: pg } = await import('pg');
  const pool: Pool = new pg.Pool({ connectionString: url, max: 4 });
  pool.on('error', (error) => console.error('database: idle client failed:', error.message));
  const run = (client: Pool | PoolClient): Sql['query'] => async (text, params) => (await client.query(text, params)).rows;
  return {
    mode: 'server',
    query: run(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({ query: run(client) });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
