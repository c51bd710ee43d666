// Looks up built-in world knowledge by surface form: a country by name, short form, demonym or seat of government.
import { COUNTRIES, INSTITUTIONS, OUTLETS } from './gazetteer-data';
import type { ExtractedType } from './types';
import { fold as foldName } from './fold';

export type GazetteerKind = 'name' | 'seat' | 'demonym';

export interface GazetteerHit {
  type: ExtractedType;
  /** The canonical name ("United Kingdom"); its slug is the entity id when no catalog knows it. */
  name: string;
  kind: GazetteerKind;
  /** Plural demonyms ("Russians", "the Poles") act on their own; adjectives need a noun ("French officials"). */
  plural?: boolean;
}

const table = new Map<string, GazetteerHit>();
const put = (surface: string, hit: GazetteerHit) => {
  if (!table.has(surface)) table.set(surface, hit);
};
for (const c of COUNTRIES) {
  for (const s of [c.name, ...(c.aliases ?? [])]) put(s, { type: 'COUNTRY', name: c.name, kind: 'name' });
  for (const s of c.seats) put(s, { type: 'COUNTRY', name: c.name, kind: 'seat' });
  for (const s of c.demonyms) put(s, { type: 'COUNTRY', name: c.name, kind: 'demonym', plural: /s$/.test(s) && s !== 'Swiss' });
}
for (const i of INSTITUTIONS) for (const s of [i.name, ...i.aliases]) put(s, { type: 'INSTITUTION', name: i.name, kind: 'name' });

const outlets = new Set(OUTLETS.map(foldName));

/** Longest surface forms first, for matching token runs. */
export const GAZETTEER_MAX_WORDS = Math.max(...[...table.keys()].map((s) => s.split(' ').length));

export function lookupGazetteer(surface: string): GazetteerHit | undefined {
  return table.get(surface) ?? table.get(surface.replace(/^the /i, ''));
}

/** Every surface form the gazetteer knows for a canonical name (for linking to a catalog). */
const surfaces = new Map<string, string[]>();
for (const [surface, hit] of table) if (hit.kind !== 'demonym') surfaces.set(hit.name, [...(surfaces.get(hit.name) ?? []), surface]);

export function gazetteerSurfaces(name: string): string[] {
  return surfaces.get(name) ?? [];
}

/** An outlet by name, also with an edition after it ("Politico Europe", "CNN International"). */
export const isOutlet = (name: string): boolean => {
  const bare = foldName(name.replace(/^the\s+/i, ''));
  return outlets.has(bare) || outlets.has(bare.replace(/\s+(?:europe|us|uk|international|online|world|news|magazine|weekly|daily)$/, ''));
};
