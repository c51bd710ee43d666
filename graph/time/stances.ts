// An actor's stance on each proposal over time, read from the dated evidence of its SUPPORTS and OPPOSES relations.
import type { KnowledgeGraph } from '../knowledge-graph';
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type Evidence, type StatedAt } from '../types';
import { entityNumber } from '../entity';
import { relationAt } from '../relations';
import type { DaySpan } from './window';

/** What one statement says: CONDITIONAL is support with a condition (the relation's qualifier). */
export type PointStance = 'SUPPORTS' | 'OPPOSES' | 'CONDITIONAL';
/** The overall stance: CHANGED when every statement of one side follows every statement of the other, else MIXED when both are stated. */
export type Stance = PointStance | 'MIXED' | 'CHANGED';

export interface StancePoint {
  stance: PointStance;
  /** The relation the evidence backs. */
  relation: string;
  evidence: Evidence;
  statedAt: StatedAt | null;
}

export interface ProposalStance {
  actor: string;
  proposal: string;
  stance: Stance;
  /** Every statement, earliest first (undated last). */
  points: StancePoint[];
  /** The points whose side differs from the one before. */
  changes: StancePoint[];
  /** The latest dated statement's date. */
  latest: StatedAt | null;
}

const SUPPORTS = RELATION_TYPES.indexOf('SUPPORTS');
const OPPOSES = RELATION_TYPES.indexOf('OPPOSES');
const PROPOSAL = ENTITY_TYPES.indexOf('PROPOSAL');

/** Stances of `actor` on each proposal it supports or opposes (or on `proposal` only), in proposal name order. */
export function entityStances(kg: KnowledgeGraph, actor: string, options: { proposal?: string | null; window?: DaySpan | null } = {}): ProposalStance[] {
  const n = entityNumber(kg, actor);
  if (n === undefined) return [];
  const { store } = kg;
  const only = options.proposal ? entityNumber(kg, options.proposal) : undefined;
  if (options.proposal && only === undefined) return [];
  const byProposal = new Map<number, Array<{ point: StancePoint; from: number; to: number }>>();
  for (let i = store.incidentStart[n]; i < store.sourceEnd[n]; i++) {
    const e = store.incident[i];
    const type = store.relationTypes[e];
    const target = store.targets[e];
    if ((type !== SUPPORTS && type !== OPPOSES) || store.entityTypes[target] !== PROPOSAL) continue;
    if (only !== undefined && target !== only) continue;
    const relation = relationAt(kg, e);
    const stance: PointStance = type === OPPOSES ? 'OPPOSES' : relation.qualifier ? 'CONDITIONAL' : 'SUPPORTS';
    relation.evidence.forEach((evidence, k) => {
      const item = store.evidenceStart[e] + k;
      const [from, to] = [store.evidenceDayFrom[item], store.evidenceDayTo[item]];
      if (options.window && !(from <= options.window.to && options.window.from <= to)) return;
      const list = byProposal.get(target) ?? [];
      list.push({ point: { stance, relation: relation.id, evidence, statedAt: evidence.statedAt ?? null }, from, to });
      byProposal.set(target, list);
    });
  }
  return [...byProposal.entries()]
    .map(([target, points]) => summarize(store.ids[n], store.ids[target], points))
    .sort((a, b) => kg.store.names[kg.store.nodeNumber(a.proposal)!].localeCompare(kg.store.names[kg.store.nodeNumber(b.proposal)!]));
}

const side = (stance: PointStance) => (stance === 'OPPOSES' ? 'against' : 'for');

function summarize(actor: string, proposal: string, dated: Array<{ point: StancePoint; from: number; to: number }>): ProposalStance {
  // Earliest first by the first day a date covers, then its last; undated (NaN) last; then text order.
  const key = (x: number) => (Number.isNaN(x) ? Infinity : x);
  dated.sort((a, b) => key(a.from) - key(b.from) || key(a.to) - key(b.to) || a.point.evidence.article.localeCompare(b.point.evidence.article) || a.point.evidence.start - b.point.evidence.start);
  const points = dated.map((d) => d.point);
  const changes = points.filter((p, i) => i > 0 && side(p.stance) !== side(points[i - 1].stance));
  const latest = [...dated].reverse().find((d) => !Number.isNaN(d.to))?.point.statedAt ?? null;
  return { actor, proposal, stance: overall(dated), points, changes, latest };
}

function overall(dated: Array<{ point: StancePoint; from: number; to: number }>): Stance {
  const sides = new Set(dated.map((d) => side(d.point.stance)));
  if (sides.size === 1) return dated.every((d) => d.point.stance === 'CONDITIONAL') ? 'CONDITIONAL' : dated.some((d) => d.point.stance === 'SUPPORTS') ? 'SUPPORTS' : dated[0].point.stance;
  // CHANGED: every statement of the earlier side ends before every statement of the later side begins.
  const spanOf = (s: string) => {
    const of = dated.filter((d) => side(d.point.stance) === s);
    return { from: Math.min(...of.map((d) => d.from)), to: Math.max(...of.map((d) => d.to)) };
  };
  const [a, b] = [spanOf('for'), spanOf('against')];
  return a.to < b.from || b.to < a.from ? 'CHANGED' : 'MIXED';
}

export interface StanceMatrix {
  actors: Array<{ id: string; name: string; type: EntityType }>;
  proposals: Array<{ id: string; name: string }>;
  /** Cells that have a stance, by `${actor} ${proposal}`. */
  cells: Map<string, ProposalStance>;
}

/** Actors × proposals for every actor with a stance (optionally of some types, on some proposals, within a window). */
export function stanceMatrix(
  kg: KnowledgeGraph,
  options: { actorTypes?: readonly EntityType[]; proposals?: readonly string[]; window?: DaySpan | null } = {},
): StanceMatrix {
  const { store } = kg;
  const cells = new Map<string, ProposalStance>();
  const actors = new Set<number>();
  const proposals = new Set<number>();
  const wanted = options.proposals?.length ? new Set(options.proposals.map((id) => entityNumber(kg, id))) : null;
  for (let e = 0; e < store.size; e++) {
    const type = store.relationTypes[e];
    if ((type !== SUPPORTS && type !== OPPOSES) || store.entityTypes[store.targets[e]] !== PROPOSAL) continue;
    if (options.actorTypes?.length && !options.actorTypes.includes(ENTITY_TYPES[store.entityTypes[store.sources[e]]])) continue;
    if (wanted && !wanted.has(store.targets[e])) continue;
    actors.add(store.sources[e]);
  }
  for (const n of actors) {
    for (const stance of entityStances(kg, store.ids[n], { window: options.window })) {
      const p = store.nodeNumber(stance.proposal)!;
      if (wanted && !wanted.has(p)) continue;
      cells.set(`${stance.actor} ${stance.proposal}`, stance);
      proposals.add(p);
    }
  }
  const byName = (a: number, b: number) => store.names[a].localeCompare(store.names[b]);
  const withCells = [...actors].filter((n) => [...proposals].some((p) => cells.has(`${store.ids[n]} ${store.ids[p]}`)));
  return {
    actors: withCells.sort(byName).map((n) => ({ id: store.ids[n], name: store.names[n], type: ENTITY_TYPES[store.entityTypes[n]] })),
    proposals: [...proposals].sort(byName).map((n) => ({ id: store.ids[n], name: store.names[n] })),
    cells,
  };
}
