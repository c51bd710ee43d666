// Numbered migrations (migrations/NNN-name.sql), applied in order on open, each in its own transaction, once.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from './driver';

/** Read from the project root, as schema.graphql is: the Next server, the CLIs and the tests all run there. */
export const MIGRATIONS_DIR = join(process.cwd(), 'graph', 'store', 'migrations');

/** Serialises migrations across processes sharing one server (embedded databases have one owner anyway). */
const MIGRATION_LOCK = 7_310_001;

export async function migrate(db: Database, dir = MIGRATIONS_DIR): Promise<string[]> {
  const files = readdirSync(/*turbopackIgnore: true*/ dir).filter((f) => /^\d{3}-[\w-]+\.sql$/.test(f)).sort();
  const applied: string[] = [];
  // Under the lock too: two processes' concurrent CREATE TABLE IF NOT EXISTS can both pass the check, and one then fails
  // on pg_type's unique index.
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query('CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
  });
  for (const name of files) {
    await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      if ((await tx.query('SELECT 1 FROM schema_migrations WHERE name = $1', [name])).length) return;
      for (const statement of splitStatements(readFileSync(join(/*turbopackIgnore: true*/ dir, name), 'utf8'))) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [name]);
      applied.push(name);
    });
  }
  return applied;
}

/** One statement per query call, as the extended protocol requires: split at semicolons that end a line. */
function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*$/m)
    .map((s) => s.replace(/^\s*--.*$/gm, '').trim())
    .filter(Boolean);
}
