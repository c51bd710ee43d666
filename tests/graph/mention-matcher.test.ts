import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../graph/catalog';
import { parseArticle } from '../../graph/corpus';
import { mentionMatcher } from '../../graph/mentions';
import type { Entity, Mention } from '../../graph/types';

const ROOT = join(import.meta.dirname, '..', '..');
const person = (id: string, name: string, aliases: string[] = []): Entity => ({ id, type: 'PERSON', name, aliases });

/** The definition the matcher must keep: one alternation of every alias, longest first, whole words only. */
function byOneRegex(entities: readonly Entity[], text: string): Mention[] {
  const owner = new Map<string, string>();
  for (const e of entities) for (const a of [e.name, ...e.aliases]) if (a.trim() && !owner.has(a)) owner.set(a, e.id);
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = (a: string) => (a[0] !== a[0].toLowerCase() || a[0] === a[0].toUpperCase() ? escape(a) : `[${a[0]}${a[0].toUpperCase()}]${escape(a.slice(1))}`);
  const regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...owner.keys()].sort((a, b) => b.length - a.length).map(pattern).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const folded = new Map([...owner].map(([a, id]) => [a.toLowerCase(), id]));
  return [...text.matchAll(regex)].map((m) => ({ entity: owner.get(m[0]) ?? folded.get(m[0].toLowerCase())!, start: m.index, end: m.index + m[0].length }));
}

describe('mentionMatcher', () => {
  it('should find the longest name at each place, whole words only, and a common noun capitalised at a sentence start', () => {
    const entities = [
      person('keir-starmer', 'Keir Starmer', ['Starmer', 'Sir Keir']),
      { id: 'force', type: 'PROPOSAL', name: 'peacekeeping force', aliases: ['European peacekeeping force'] } as Entity,
      { id: 'us', type: 'COUNTRY', name: 'United States', aliases: ['U.S.', 'US'] } as Entity,
    ];
    const text = 'Sir Keir Starmer backed a European peacekeeping force. Peacekeeping force plans, said Starmers and U.S. officials; USA no.';
    const found = mentionMatcher(entities).find(text).map((m) => `${m.entity}:${text.slice(m.start, m.end)}`);
    expect(found).toEqual(['keir-starmer:Sir Keir', 'keir-starmer:Starmer', 'force:European peacekeeping force', 'force:Peacekeeping force', 'us:U.S.']);
  });

  it('should place exactly the mentions one regex of every alias places, on every article the project holds', () => {
    const catalog = loadCatalog(join(ROOT, 'data', 'catalog'));
    // Aliases that start with punctuation, digits and lower case, share first words and nest in one another.
    const extra: Entity[] = [
      person('quoted', '“Coalition of the willing”'),
      person('numbers', '30,000-strong force', ['30,000']),
      person('lower', 'reassurance force', ['reassurance']),
      person('paren', '(NATO)'),
    ];
    const entities = [...catalog.entities, ...extra];
    const matcher = mentionMatcher(entities);
    const folders = [join(ROOT, 'data', 'articles'), ...readdirSync(join(ROOT, 'data', 'eval'), { withFileTypes: true }).map((d) => join(ROOT, 'data', 'eval', d.name, 'articles')).filter((dir) => existsSync(dir))];
    const articles = folders.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => parseArticle(readFileSync(join(dir, f), 'utf8'), f)));
    expect(articles.length).toBeGreaterThan(40);
    const own = 'The “Coalition of the willing” (NATO) and a 30,000-strong force; x(NATO), Reassurance force, 30,000s.';
    for (const [id, text] of [...articles.map((a) => [a.id, a.text]), ['own', own]]) expect(matcher.find(text), id).toEqual(byOneRegex(entities, text));
    expect(matcher.find(own).map((m) => m.entity)).toEqual(['quoted', 'paren', 'numbers', 'nato', 'lower']);
  });
});
