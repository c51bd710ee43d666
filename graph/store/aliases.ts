// Aliases as the store keeps them: folded for look-up, and keyed by their longest word so that the entities an
// article can name are found through an index instead of by scanning every alias.
import { foldName } from '../slug';
import type { Entity } from '../types';
import type { Sql } from './driver';
import { columnsOf, unnestInsert } from './rows';

/** The longest word of a folded name; an article names the alias only if it contains this word. */
export const keyWord = (folded: string): string => folded.split(' ').reduce((a, b) => (b.length > a.length ? b : a), '');

/** Every folded word of a text, for the key-word look-up. */
export const wordsOf = (text: string): string[] => [...new Set(foldName(text).split(' ').filter(Boolean))];

/** The alias rows of an entity: its name first (ord 0), then its aliases in order. */
export function aliasRows(entity: Pick<Entity, 'id' | 'name' | 'aliases'>, origin: 'CURATED' | 'EXTRACTED', article: string | null, from = 0): unknown[][] {
  const names = from === 0 ? [entity.name, ...entity.aliases] : entity.aliases;
  return names
    .map((alias, i) => [entity.id, alias, foldName(alias), keyWord(foldName(alias)), from + i, origin, article])
    .filter((row) => row[2]);
}

export async function insertAliases(tx: Sql, rows: unknown[][]): Promise<void> {
  if (!rows.length) return;
  await tx.query(
    unnestInsert('aliases', [['entity_id', 'text'], ['alias', 'text'], ['folded', 'text'], ['key_word', 'text'], ['ord', 'int4'], ['origin', 'text'], ['article_id', 'text']], 'ON CONFLICT DO NOTHING'),
    columnsOf(rows, 7),
  );
}
