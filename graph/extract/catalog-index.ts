// Looks up catalog entities by folded name or alias, and people by surname, for linking new mentions to known ids.
import type { Entity } from '../types';
import { remembered } from '../remember';
import { fold as foldName } from './fold';

export interface CatalogIndex {
  byName(surface: string, type?: Entity['type']): Entity | undefined;
  bySurname(first: string | undefined, surname: string): Entity | undefined;
  has(id: string): boolean;
}

/** Edit distance, capped: spelling variants of one name ("Pevkur"/"Pevklur", "Zelensky"/"Zelenskyy") differ by one. */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 1) return 2;
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

/**
 * A name's transliteration skeleton: y, j and runs of i fold together ("Zelenskiy"/"Zelenskyy", "Sergei"/"Sergey"),
 * and German and Polish spellings of Slavic names meet the English ones: sch/sz → sh, w → v, an initial s → z
 * ("Wolodymyr Selenskyj", "Juri Uschakow", "Medwedew").
 */
// Remembered: resolution compares the same few surnames against every catalog person.
export const transliterationKey = remembered((word: string) =>
  foldName(word).replace(/tsch/g, 'ch').replace(/sch|sz/g, 'sh').replace(/cz/g, 'ch').replace(/w/g, 'v').replace(/^s(?=[aeiou])/, 'z').replace(/[yj]/g, 'i').replace(/i+/g, 'i'),
);

/** Two surnames name the same person when equal after folding or transliteration, or one edit apart and long enough. */
export const sameSurname = (a: string, b: string) => a === b || transliterationKey(a) === transliterationKey(b) || (a.length >= 5 && b.length >= 5 && editDistance(a, b) <= 1);

/** Two given names are one when equal after folding or transliteration ("Sergei"/"Sergey", "Andriy"/"Andrii"). */
export const sameFirstName = (a: string, b: string) => a === b || transliterationKey(a) === transliterationKey(b);

export function catalogIndex(entities: readonly Entity[]): CatalogIndex {
  const names = new Map<string, Entity[]>();
  for (const e of entities) {
    for (const alias of [e.name, ...e.aliases]) {
      const key = foldName(alias);
      names.set(key, [...(names.get(key) ?? []), e]);
    }
  }
  // Folded once here, not on every look-up: resolution asks for surnames many times per article.
  const people = entities
    .filter((e) => e.type === 'PERSON')
    .map((person) => {
      const parts = foldName(person.name).split(' ');
      const aliases = person.aliases.map(foldName);
      return { person, first: parts[0], last: parts[parts.length - 1], aliases, surnames: aliases.filter((a) => !a.includes(' ')) };
    });
  const ids = new Set(entities.map((e) => e.id));
  return {
    byName(surface, type) {
      return names.get(foldName(surface))?.find((e) => !type || e.type === type);
    },
    bySurname(first, surname) {
      const key = foldName(surname);
      const given = first === undefined ? undefined : foldName(first);
      return (
        people.find((p) => sameSurname(p.last, key) && (!given || sameFirstName(p.first, given) || p.aliases.includes(key))) ??
        people.find((p) => p.surnames.includes(key))
      )?.person;
    },
    has: (id) => ids.has(id),
  };
}
