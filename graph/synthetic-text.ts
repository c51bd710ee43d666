// Names and sentences for synthetic graphs: pronounceable, unique names per entity type, and one plain
// English sentence per claim ("X supports Y."), so synthetic evidence reads like the real corpus.
import type { EntityType, RelationType } from './types';
import { foldName } from './slug';

export type Rng = () => number;

/** mulberry32: a tiny, fast, seedable PRNG, so a seed always yields the same graph. */
export function seededRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)];

const SYLLABLES = ['ka', 'lo', 'vi', 'ren', 'dar', 'mi', 'sto', 'bel', 'nor', 'tra', 'se', 'gul', 'an', 've', 'ris', 'to', 'mar', 'el', 'do', 'kin', 'sa', 'ber', 'lin', 'ov', 'ha', 'zen', 'pra', 'ul', 'cor', 'te', 'vas', 'ni'];
const FIRST_NAMES = ['Anna', 'Jonas', 'Marta', 'Pieter', 'Ilse', 'Tomas', 'Elena', 'Lukas', 'Sofia', 'Karel', 'Ingrid', 'Mateo', 'Agnes', 'Viktor', 'Lea', 'Oskar', 'Nadia', 'Henrik', 'Clara', 'Aleksander', 'Ruta', 'Jan', 'Mireille', 'Dario', 'Kaja', 'Emil', 'Zofia', 'Andrius', 'Greta', 'Pavel'];
const ROLES: Partial<Record<EntityType, string[]>> = {
  COUNTRY: ['Prime Minister', 'President', 'Foreign Minister', 'Defence Minister', 'Ambassador'],
  INSTITUTION: ['Secretary General', 'Chair', 'High Representative', 'Spokesperson'],
};

const word = (rng: Rng, min: number, max: number) => {
  const n = min + Math.floor(rng() * (max - min + 1));
  let w = '';
  for (let i = 0; i < n; i++) w += pick(rng, SYLLABLES);
  return w[0].toUpperCase() + w.slice(1);
};

const NAMERS: Record<EntityType, (rng: Rng) => string> = {
  PERSON: (rng) => `${pick(rng, FIRST_NAMES)} ${word(rng, 2, 3)}`,
  COUNTRY: (rng) => `${word(rng, 2, 3)}${pick(rng, ['ia', 'land', 'ova', 'ania', 'ica'])}`,
  INSTITUTION: (rng) => pick(rng, [`${word(rng, 2, 3)} Council`, `${word(rng, 2, 3)} Defence Agency`, `Alliance of ${word(rng, 2, 3)}`, `${word(rng, 2, 3)} Commission`]),
  PROPOSAL: (rng) => `${word(rng, 2, 3)} ${pick(rng, ['reassurance force', 'ceasefire plan', 'security guarantee', 'monitoring mission', 'air policing plan'])}`,
  EVENT: (rng) => `${word(rng, 2, 3)} ${pick(rng, ['summit', 'talks', 'conference', 'meeting of defence ministers'])}`,
};

/** Hands out names no other entity uses (compared folded, as the catalog does); `taken` is shared across types. */
export function uniqueName(rng: Rng, type: EntityType, taken: Set<string>): string {
  for (let attempt = 0; ; attempt++) {
    // After many collisions, widen the space with a numeral rather than loop forever.
    const name = attempt < 20 ? NAMERS[type](rng) : `${NAMERS[type](rng)} ${attempt}`;
    const key = foldName(name);
    if (!taken.has(key)) {
      taken.add(key);
      return name;
    }
  }
}

/** A short form the articles could use (a surname, an acronym-like word), when no one else uses it. */
export function aliasFor(type: EntityType, name: string, taken: Set<string>): string[] {
  const short = type === 'PERSON' ? name.split(' ').at(-1)! : type === 'INSTITUTION' ? name.replace(/^Alliance of /, '').split(' ')[0] : '';
  if (!short || taken.has(foldName(short))) return [];
  taken.add(foldName(short));
  return [short];
}

export const roleFor = (rng: Rng, targetType: EntityType) => pick(rng, ROLES[targetType] ?? ['Representative']);

export interface Sentence {
  text: string;
  /** Where the source and target names sit in `text`. */
  source: { start: number; end: number };
  target: { start: number; end: number };
}

const TEMPLATES: Record<RelationType, string[]> = {
  SUPPORTS: ['{s} supports {t}.', '{s} said it would back {t}.', '{s} voiced support for {t} on Tuesday.'],
  OPPOSES: ['{s} opposes {t}.', '{s} rejected {t} outright.', '{s} warned against {t}.'],
  MET_WITH: ['{s} met with {t}.', '{s} held talks with {t}.', '{s} sat down with {t} in the afternoon.'],
  PROPOSED: ['{s} proposed {t}.', '{s} put forward {t}.', '{s} first floated {t}.'],
  REPRESENTS: ['{s}, {r} of {t}, spoke to reporters.', '{s}, the {r} of {t}, addressed the press.'],
  ATTENDED: ['{s} attended {t}.', '{s} took part in {t}.'],
};

/** One sentence stating the claim; names are placed verbatim so quotes and mentions line up. */
export function claimSentence(rng: Rng, type: RelationType, source: string, target: string, role?: string, qualifier?: string): Sentence {
  let text = pick(rng, TEMPLATES[type]).replace('{r}', role ?? '');
  if (qualifier) text = text.replace(/\.$/, `, ${qualifier}.`);
  const s = text.indexOf('{s}');
  text = text.replace('{s}', source);
  const t = text.indexOf('{t}');
  text = text.replace('{t}', target);
  return { text, source: { start: s, end: s + source.length }, target: { start: t, end: t + target.length } };
}

export const QUALIFIERS = ['but only with a U.S. backstop', 'provided a ceasefire holds first', 'if parliament agrees'];
