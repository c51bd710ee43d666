// Everything that defines a view of the graph, and its URL form, so a copied link opens the same view.
//   /?selected=keir-starmer                         an entity selected (the format entity pages link with)
//   &edge=supports:keir-starmer:european-force      or a relation selected
//   &path=vladimir-putin,keir-starmer               or the shortest path between two entities
//   &hide=EVENT,MET_WITH                            entity and relation types switched off
//   &minDegree=2  &ego=1..3                          degree floor; the selection's k-hop neighbourhood only
//   &cam=0.5123,0.4871,0.25                          camera x, y, ratio (sigma's normalised coordinates)
//   &from=2025-01&to=2025-02                         only relations stated in that window (months, both ends included)
//   &expand=russia,nato                              entities whose neighbours were brought into view
//   &color=community  &size=pagerank|betweenness     node colour and size by analysis instead of type and degree
//   &reviewed=1                                      only reviewed facts: unreviewed machine-extracted relations hidden
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '@/graph/types';

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

export interface ViewState {
  selected: string | null;
  edge: string | null;
  path: [string, string] | null;
  hiddenEntityTypes: EntityType[];
  hiddenRelationTypes: RelationType[];
  minDegree: number;
  /** 0: the whole graph; 1–3: only what lies within that many hops of the selection. */
  ego: number;
  camera: CameraView | null;
  /** The time window's first and last month (YYYY-MM), either open. */
  from: string | null;
  to: string | null;
  expand: string[];
  colorBy: ColorBy;
  sizeBy: SizeBy;
  /** Hide machine-extracted relations nobody has reviewed yet. */
  reviewedOnly: boolean;
}

export const COLOR_BY = ['type', 'community'] as const;
export type ColorBy = (typeof COLOR_BY)[number];
export const SIZE_BY = ['degree', 'pagerank', 'betweenness'] as const;
export type SizeBy = (typeof SIZE_BY)[number];

const oneOf = <T extends string>(options: readonly T[], value: string | null): T => (options.includes(value as T) ? (value as T) : options[0]);

export const EMPTY_VIEW: ViewState = {
  selected: null,
  edge: null,
  path: null,
  hiddenEntityTypes: [],
  hiddenRelationTypes: [],
  minDegree: 0,
  ego: 0,
  camera: null,
  from: null,
  to: null,
  expand: [],
  colorBy: 'type',
  sizeBy: 'degree',
  reviewedOnly: false,
};

const month = (value: string | null) => (value && /^\d{4}-(0[1-9]|1[0-2])$/.test(value) ? value : null);

const intIn = (value: string | null, min: number, max: number) => {
  const n = Number(value);
  return Number.isInteger(n) && n >= min && n <= max ? n : min;
};

export function parseView(search: string): ViewState {
  const params = new URLSearchParams(search);
  const hide = new Set((params.get('hide') ?? '').split(',').filter(Boolean));
  const path = (params.get('path') ?? '').split(',');
  const cam = (params.get('cam') ?? '').split(',').map(Number);
  return {
    selected: params.get('selected') || null,
    edge: params.get('edge') || null,
    path: path.length === 2 && path[0] && path[1] ? [path[0], path[1]] : null,
    hiddenEntityTypes: ENTITY_TYPES.filter((t) => hide.has(t)),
    hiddenRelationTypes: RELATION_TYPES.filter((t) => hide.has(t)),
    minDegree: intIn(params.get('minDegree'), 0, 10_000),
    ego: intIn(params.get('ego'), 0, 3),
    camera: cam.length === 3 && cam.every(Number.isFinite) && cam[2] > 0 ? { x: cam[0], y: cam[1], ratio: cam[2] } : null,
    from: month(params.get('from')),
    to: month(params.get('to')),
    expand: [...new Set((params.get('expand') ?? '').split(',').filter(Boolean))],
    colorBy: oneOf(COLOR_BY, params.get('color')),
    sizeBy: oneOf(SIZE_BY, params.get('size')),
    reviewedOnly: params.get('reviewed') === '1',
  };
}

const round = (n: number) => String(Math.round(n * 10_000) / 10_000);

export function serializeView(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.selected) params.set('selected', view.selected);
  if (view.edge) params.set('edge', view.edge);
  if (view.path) params.set('path', view.path.join(','));
  const hide = [...view.hiddenEntityTypes, ...view.hiddenRelationTypes];
  if (hide.length) params.set('hide', hide.join(','));
  if (view.minDegree > 0) params.set('minDegree', String(view.minDegree));
  if (view.ego > 0) params.set('ego', String(view.ego));
  if (view.from) params.set('from', view.from);
  if (view.to) params.set('to', view.to);
  if (view.expand.length) params.set('expand', view.expand.join(','));
  if (view.colorBy !== 'type') params.set('color', view.colorBy);
  if (view.sizeBy !== 'degree') params.set('size', view.sizeBy);
  if (view.reviewedOnly) params.set('reviewed', '1');
  if (view.camera) params.set('cam', [view.camera.x, view.camera.y, view.camera.ratio].map(round).join(','));
  // Commas read better than %2C in a shared link and are safe in a query string.
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}
