// A GraphQL result as a table: the shallowest list in `data` becomes the rows, nested objects become dotted
// columns (source.name), and lists inside a row keep all their values in one cell (evidence.quote: every quote).

export type Scalar = string | number | boolean;
export interface ResultTable {
  /** The path of the list the rows came from, e.g. `entity.relations`; empty when `data` had no list. */
  rowsFrom: string;
  columns: string[];
  /** rows[r][c]: every value of column c in row r (several when the row holds a list). */
  rows: Scalar[][][];
}

type Json = Scalar | null | Json[] | { [key: string]: Json };
const isObject = (v: Json): v is { [key: string]: Json } => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The table for a response body, or null when it has no data to show. */
export function resultTable(response: unknown): ResultTable | null {
  if (!isObject(response as Json) || !isObject((response as { data: Json }).data ?? null)) return null;
  const data = (response as { data: Json }).data;
  const found = shallowestList(data);
  const items = found ? found.list : [data];
  const columns: string[] = [];
  const rows = items.map((item) => {
    const cells = new Map<string, Scalar[]>();
    collect(item, '', cells);
    for (const c of cells.keys()) if (!columns.includes(c)) columns.push(c);
    return cells;
  });
  return { rowsFrom: found?.path ?? '', columns, rows: rows.map((cells) => columns.map((c) => cells.get(c) ?? [])) };
}

/** Breadth first, so `entity.relations` wins over the `evidence` lists inside each relation. */
function shallowestList(root: Json): { path: string; list: Json[] } | null {
  let level: Array<{ path: string; value: Json }> = [{ path: '', value: root }];
  while (level.length) {
    const next: typeof level = [];
    for (const { path, value } of level) {
      if (Array.isArray(value)) return { path, list: value };
      if (isObject(value)) for (const [key, child] of Object.entries(value)) next.push({ path: path ? `${path}.${key}` : key, value: child });
    }
    level = next;
  }
  return null;
}

function collect(value: Json, column: string, cells: Map<string, Scalar[]>) {
  if (value === null) {
    if (!cells.has(column || 'value')) cells.set(column || 'value', []);
  } else if (Array.isArray(value)) {
    for (const item of value) collect(item, column, cells);
  } else if (isObject(value)) {
    for (const [key, child] of Object.entries(value)) collect(child, column ? `${column}.${key}` : key, cells);
  } else {
    const name = column || 'value';
    cells.set(name, [...(cells.get(name) ?? []), value]);
  }
}

/** A column holding links: `url`, `source.url`, `evidence.url`. */
export const isUrlColumn = (column: string) => /(^|\.)url$/i.test(column);

/** Only our own paths and web addresses become links; anything else stays text. */
export const linkable = (value: Scalar): value is string => typeof value === 'string' && (/^\/(?!\/)/.test(value) || /^https?:\/\//i.test(value));

/** RFC 4180 CSV; several values in a cell are joined by "; ". Text that a spreadsheet would run as a formula is quoted with '. */
export function toCsv(table: ResultTable): string {
  const field = (values: Scalar[]) => {
    let text = values.map(String).join('; ');
    if (/^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) text = `'${text}`;
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [table.columns.map((c) => field([c])), ...table.rows.map((row) => row.map(field))];
  return `${lines.map((l) => l.join(',')).join('\r\n')}\r\n`;
}
