// The stance matrix's filters and sort, read from the URL: one reading for the page and its CSV.
import { ENTITY_TYPES, InvalidArgumentError, stanceMatrix, timeWindow, type EntityType, type KnowledgeGraph, type ProposalStance, type StanceMatrix } from '@/graph';

export const ACTOR_TYPES: EntityType[] = ENTITY_TYPES.filter((t) => t !== 'PROPOSAL' && t !== 'EVENT');
export const SORTS = ['name', 'type', 'latest', 'count'] as const;
export type Sort = (typeof SORTS)[number];

export interface MatrixQuery {
  actorType: EntityType | null;
  proposal: string | null;
  actor: string | null;
  from: string | null;
  to: string | null;
  sort: Sort;
}

type SearchParams = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || null;

/** Unknown values fall back to no filter; a malformed date is reported, not ignored. */
export function readQuery(params: SearchParams): { query: MatrixQuery; error: string | null } {
  const actorType = one(params.actorType);
  const sort = one(params.sort);
  const query: MatrixQuery = {
    actorType: ACTOR_TYPES.includes(actorType as EntityType) ? (actorType as EntityType) : null,
    proposal: one(params.proposal),
    actor: one(params.actor),
    from: one(params.from),
    to: one(params.to),
    sort: SORTS.includes(sort as Sort) ? (sort as Sort) : 'name',
  };
  try {
    timeWindow(query.from, query.to);
    return { query, error: null };
  } catch (error) {
    if (!(error instanceof InvalidArgumentError)) throw error;
    const message = error.message.replace(/^since/, 'from').replace(/^until/, 'to').replace(/\(since\)|since/g, 'from');
    return { query: { ...query, from: null, to: null }, error: message };
  }
}

export interface MatrixView extends StanceMatrix {
  /** Rows after the actor filter, in the chosen order. */
  rows: StanceMatrix['actors'];
  cell: (actor: string, proposal: string) => ProposalStance | undefined;
}

export function matrixFor(kg: KnowledgeGraph, query: MatrixQuery): MatrixView {
  const matrix = stanceMatrix(kg, {
    actorTypes: query.actorType ? [query.actorType] : undefined,
    proposals: query.proposal ? [query.proposal] : undefined,
    window: timeWindow(query.from, query.to),
  });
  const cell = (actor: string, proposal: string) => matrix.cells.get(`${actor} ${proposal}`);
  const rowCells = (actor: string) => matrix.proposals.map((p) => cell(actor, p.id)).filter((c) => c !== undefined);
  const latest = (actor: string) => rowCells(actor).map((c) => c.latest?.date ?? '').sort().at(-1) ?? '';
  const rows = matrix.actors.filter((a) => !query.actor || a.id === query.actor);
  const order: Record<Sort, (a: (typeof rows)[number], b: (typeof rows)[number]) => number> = {
    name: (a, b) => a.name.localeCompare(b.name),
    type: (a, b) => a.type.localeCompare(b.type) || a.name.localeCompare(b.name),
    latest: (a, b) => latest(b.id).localeCompare(latest(a.id)) || a.name.localeCompare(b.name),
    count: (a, b) => rowCells(b.id).length - rowCells(a.id).length || a.name.localeCompare(b.name),
  };
  return { ...matrix, rows: [...rows].sort(order[query.sort]), cell };
}

/** The id of a cell's quotes on the page. */
export const cellAnchor = (actor: string, proposal: string) => `stance-${actor}--${proposal}`;

/** The URL of the matrix (or its CSV) with some parameters changed (null removes one). */
export function matrixHref(base: string, query: MatrixQuery, change: Partial<Record<keyof MatrixQuery, string | null>>): string {
  const params = new URLSearchParams();
  const merged: Record<string, string | null> = { ...query, ...change };
  for (const [key, value] of Object.entries(merged)) if (value && !(key === 'sort' && value === 'name')) params.set(key, value);
  const search = params.toString();
  return search ? `${base}?${search}` : base;
}
