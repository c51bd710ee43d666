// The shapes of the store's rows as the TypeScript side reads and writes them, and their mapping to the model.
import type { Evidence, StatedAt } from '../types';

export interface EvidenceRow {
  relation_id: string;
  article_id: string;
  start_offset: number;
  end_offset: number;
  quote: string;
  stated_date: string | null;
  stated_precision: StatedAt['precision'] | null;
  stated_source: StatedAt['source'] | null;
}

export const evidenceFromRow = (r: EvidenceRow): Evidence => ({
  article: r.article_id,
  start: r.start_offset,
  end: r.end_offset,
  quote: r.quote,
  ...(r.stated_date ? { statedAt: { date: r.stated_date, precision: r.stated_precision!, source: r.stated_source! } } : {}),
});

/** Column values for one evidence row, in the order of EVIDENCE_COLUMNS. */
export const evidenceValues = (relationId: string, e: Evidence) => [
  relationId,
  e.article,
  e.start,
  e.end,
  e.quote,
  e.statedAt?.date ?? null,
  e.statedAt?.precision ?? null,
  e.statedAt?.source ?? null,
];

/** Insert many rows with one statement: each column is sent as one array and unnested (no SQL built from data). */
export function unnestInsert(table: string, columns: ReadonlyArray<readonly [name: string, type: string]>, suffix = ''): string {
  const list = columns.map(([name]) => name).join(', ');
  const arrays = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
  return `INSERT INTO ${table} (${list}) SELECT * FROM unnest(${arrays}) ${suffix}`;
}

/** Rows (arrays of values) → one array per column, for unnestInsert. */
export const columnsOf = (rows: unknown[][], width: number): unknown[][] =>
  Array.from({ length: width }, (_, c) => rows.map((row) => row[c]));
