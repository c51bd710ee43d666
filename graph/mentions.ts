// Finds where known entities are named in a text: every name and alias, longest match first.
import type { Entity, Mention } from './types';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Proper names match as written; a common-noun alias ("peacekeeping force") also matches capitalised at a sentence start. */
function pattern(alias: string): string {
  const first = alias[0];
  if (first !== first.toLowerCase() || first === first.toUpperCase()) return escape(alias);
  return `[${first}${first.toUpperCase()}]${escape(alias.slice(1))}`;
}

export interface MentionMatcher {
  find(text: string): Mention[];
}

/** Build a matcher over the entities' names and aliases; an alias shared by two entities goes to the first. */
export function mentionMatcher(entities: readonly Entity[]): MentionMatcher {
  const owner = new Map<string, string>();
  for (const entity of entities) {
    for (const alias of [entity.name, ...entity.aliases]) {
      if (alias.trim() && !owner.has(alias)) owner.set(alias, entity.id);
    }
  }
  const aliases = [...owner.keys()].sort((a, b) => b.length - a.length);
  if (aliases.length === 0) return { find: () => [] };
  const regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${aliases.map(pattern).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const ownerFolded = new Map([...owner].map(([alias, id]) => [alias.toLowerCase(), id]));
  return {
    find(text) {
      const mentions: Mention[] = [];
      for (const match of text.matchAll(regex)) {
        const entity = owner.get(match[0]) ?? ownerFolded.get(match[0].toLowerCase());
        if (entity) mentions.push({ entity, start: match.index, end: match.index + match[0].length });
      }
      return mentions;
    },
  };
}
