// Relations (graph edges) with their evidence: of one entity, or across the graph.
import type { KnowledgeGraph } from './knowledge-graph';
import type { GraphStore } from './graph-store';
import { RELATION_STATUSES, RELATION_TYPES, isDirected, type Evidence, type Relation, type RelationStatus, type RelationType } from './types';
import { entityNumber } from './entity';
import { lazyList, type Sequence } from './paginate';
import { orderedByType } from './ordered-by-type';
import { inWindow } from './time/edge-dates';
import type { DaySpan } from './time/window';

export type Direction = 'OUT' | 'IN' | 'BOTH';

export function getRelation(kg: KnowledgeGraph, id: string): Relation | null {
  const e = kg.store.edgeNumber(id);
  return e === undefined ? null : relationAt(kg, e);
}

/**
 * Edge e as a relation (a fresh object each call). Its evidence, quotes sliced from the article texts, is made when
 * first read: a depth-2 neighbourhood of 5,000 relations is drawn far more often than its quotes are read, and
 * making them all took three quarters of its time. Otherwise plain data; JSON includes the evidence.
 */
export const relationAt = ({ store }: KnowledgeGraph, e: number): Relation => new StoredRelation(store, e);

class StoredRelation implements Relation {
  readonly id: string;
  readonly type: RelationType;
  readonly source: string;
  readonly target: string;
  readonly directed: boolean;
  readonly role?: string;
  readonly qualifier?: string;
  readonly status: RelationStatus;
  readonly confidence?: number;
  readonly context?: string;
  readonly #store: GraphStore;
  readonly #edge: number;
  #evidence?: Evidence[];

  constructor(store: GraphStore, e: number) {
    this.#store = store;
    this.#edge = e;
    this.id = store.edgeId(e);
    this.type = RELATION_TYPES[store.relationTypes[e]];
    this.source = store.ids[store.sources[e]];
    this.target = store.ids[store.targets[e]];
    this.directed = isDirected(this.type);
    const role = store.roles.get(e);
    if (role !== undefined) this.role = role;
    const qualifier = store.qualifiers.get(e);
    if (qualifier !== undefined) this.qualifier = qualifier;
    this.status = RELATION_STATUSES[store.statuses[e]];
    const confidence = store.confidences.get(e);
    if (confidence !== undefined) this.confidence = confidence;
    const context = store.contexts.get(e);
    if (context !== undefined) this.context = context;
  }

  get evidence(): Evidence[] {
    return (this.#evidence ??= evidenceOf(this.#store, this.#edge));
  }

  toJSON(): Relation {
    return { ...this, evidence: this.evidence };
  }
}

function evidenceOf(store: GraphStore, e: number): Evidence[] {
  const evidence: Evidence[] = [];
  for (let i = store.evidenceStart[e]; i < store.evidenceStart[e + 1]; i++) {
    const [article, start, end] = [store.evidenceArticle[i], store.evidenceFrom[i], store.evidenceTo[i]];
    const item: Evidence = { article: store.articleIds[article], start, end, quote: store.articleTexts[article].slice(start, end) };
    const statedAt = store.evidenceStatedAt[i];
    if (statedAt) item.statedAt = { ...statedAt };
    evidence.push(item);
  }
  return evidence;
}

/** Relation type index → its place in alphabetical order, the order an entity's relations are listed in. */
const TYPE_ORDER = RELATION_TYPES.map((type) => [...RELATION_TYPES].sort().indexOf(type));

/** An entity's relations, by type name then id. MET_WITH has no direction, so it is both OUT and IN. */
export function entityRelations(
  kg: KnowledgeGraph,
  entityId: string,
  options: { type?: RelationType | null; direction?: Direction; window?: DaySpan | null } = {},
): Relation[] {
  const n = entityNumber(kg, entityId);
  if (n === undefined) return [];
  const { store } = kg;
  const type = options.type ? RELATION_TYPES.indexOf(options.type) : -1;
  const direction = options.direction ?? 'BOTH';
  const dated = inWindow(store, options.window);
  const picked: number[] = [];
  for (let i = store.incidentStart[n]; i < store.incidentStart[n + 1]; i++) {
    const e = store.incident[i];
    const t = store.relationTypes[e];
    if (type >= 0 && t !== type) continue;
    if (direction !== 'BOTH' && isDirected(RELATION_TYPES[t]) && (direction === 'OUT' ? store.sources[e] : store.targets[e]) !== n) continue;
    if (dated && !dated(e)) continue;
    picked.push(e);
  }
  picked.sort((a, b) => TYPE_ORDER[store.relationTypes[a]] - TYPE_ORDER[store.relationTypes[b]] || store.edgeRank[a] - store.edgeRank[b]);
  return picked.map((e) => relationAt(kg, e));
}

/** All relations, optionally of one type and/or touching one entity, in id order; made as they are read. */
export function listRelations(
  kg: KnowledgeGraph,
  options: { type?: RelationType | null; entity?: string | null; window?: DaySpan | null } = {},
): Sequence<Relation> {
  if (options.entity) return entityRelations(kg, options.entity, { type: options.type, window: options.window }).sort((a, b) => (a.id < b.id ? -1 : 1));
  const edges = edgesInIdOrder(kg.store, options.type ?? null);
  const dated = inWindow(kg.store, options.window);
  return lazyList(dated ? edges.filter(dated) : edges, (e) => relationAt(kg, e));
}

/** Edge numbers in id order. */
const edgesInIdOrder = orderedByType(RELATION_TYPES, (store) => store.relationTypes, ({ edgeRank }) => {
  const edges = new Int32Array(edgeRank.length);
  edgeRank.forEach((rank, e) => (edges[rank] = e));
  return edges;
});
