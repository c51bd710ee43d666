// An office the text gives a known officeholder ("Foreign Minister Sergei Lavrov", "Maria Zakharova, the foreign
// ministry spokeswoman", "President Putin") ties them to the state or body that office belongs to, when the article
// names that state or body: the reader's knowledge of who holds which office, not any article's wording of the country.
import { fold as foldName } from './fold';
import { OFFICEHOLDERS } from './officeholders-data';
import { office, officeNotYet, type SentenceRelation } from './relations';
import type { Mention, ResolvedEntity, Sentence } from './types';

const byName = new Map<string, string>();
const bySurname = new Map<string, Set<string>>();
for (const o of OFFICEHOLDERS) {
  for (const n of [o.name, ...(o.aliases ?? [])]) {
    byName.set(foldName(n), o.body);
    const surname = foldName(n).split(' ').pop()!;
    bySurname.set(surname, (bySurname.get(surname) ?? new Set()).add(o.body));
  }
}

/** The body a person's office belongs to, by any of their names; a lone surname only when one body's holder has it. */
export function officeholderBody(names: readonly string[]): string | undefined {
  for (const n of names) {
    const hit = byName.get(foldName(n).replace(/^(?:mr|mrs|ms|dr|sir|dame)\s+/, ''));
    if (hit) return hit;
  }
  for (const n of names) {
    const words = foldName(n).split(' ');
    const bodies = words.length === 1 ? bySurname.get(words[0]) : undefined;
    if (bodies?.size === 1) return [...bodies][0];
  }
  return undefined;
}

/** A public figure's full name from a lone surname ("Zelensky" → "Volodymyr Zelensky"), in the spelling the text uses,
 *  when one officeholder alone has that surname: a reader knows who "Putin" is without his given name. */
const fullBySurname = new Map<string, string | null>();
for (const o of OFFICEHOLDERS) {
  for (const n of [o.name, ...(o.aliases ?? [])]) {
    const surname = foldName(n).split(' ').pop()!;
    const have = fullBySurname.get(surname);
    if (have === undefined) fullBySurname.set(surname, n);
    else if (have !== null && foldName(have) !== foldName(n) && !(o.aliases ?? []).concat(o.name).includes(have)) fullBySurname.set(surname, null);
  }
}
export function officeholderBySurname(surname: string): string | undefined {
  return fullBySurname.get(foldName(surname)) ?? undefined;
}

/** A public figure's full name from a given name after a knighthood ("Sir Keir" → "Keir Starmer"), when one
 *  officeholder alone has that given name: British news calls its knights so. */
const fullByGiven = new Map<string, string | null>();
for (const o of OFFICEHOLDERS) {
  const given = foldName(o.name).split(' ')[0];
  fullByGiven.set(given, fullByGiven.has(given) ? null : o.name);
}
export function officeholderByGivenName(given: string): string | undefined {
  return fullByGiven.get(foldName(given)) ?? undefined;
}

const word = String.raw`[\p{L}][\p{L}’'.-]*`;
// ", the foreign ministry spokeswoman,", ", head of Zelensky's office", "resigned as head of the presidential office".
const AFTER = new RegExp(String.raw`^(?:,\s+|\s+(?:resigned|served|serves|stepped down|sworn in|appointed|named|elected)\s+as\s+)(?:the\s+|(?:his|her|its|their)\s+|(?:country|alliance|bloc)['’]s\s+)?((?:${word}\s+){0,5}${word})`, 'u');
const STOP = /^(?:of|for|at|to|in|on|who|and|said|says|was|is|has|had|told|with|from|by|the)$/i;

/** An office written in the words just before a name ("Foreign Minister", "Kremlin adviser", "Trump's envoy"); the
 *  part after a comma first ("Chief of the Defence Staff, Admiral Sir Tony Radakin" → Admiral). */
function officeBefore(text: string, sentence: Sentence, p: Mention): string | undefined {
  // The last few words are all it reads (a long sentence is not split whole for each name).
  const before = text.slice(Math.max(sentence.start, p.start - 160), p.start);
  const comma = before.lastIndexOf(',');
  return [...(comma >= 0 ? [before.slice(comma + 1)] : []), before].map(officeAtEnd).find(Boolean);
}

function officeAtEnd(before: string): string | undefined {
  const words = before.split(/\s+/).filter(Boolean).slice(-6).map((w) => w.replace(/^[*“"(]+|[*,]+$/g, ''));
  // "Admiral Sir Tony Radakin", "Mr President": a form of address between the office and the name is not part of either.
  while (words.length > 1 && /^(?:Sir|Dame|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Lord|Lady)$/.test(words[words.length - 1])) words.pop();
  for (let n = Math.min(5, words.length); n > 0; n--) {
    if (/^(?:of|the)$/i.test(words[words.length - n])) continue;
    const role = office(words.slice(-n).join(' '));
    // "Opposition leader X" leads a party, not the state; "Germany's next chancellor, X" holds no office yet.
    if (role) return /^opposition$/i.test(words[words.length - n - 1] ?? '') || officeNotYet(words, n) ? undefined : role;
  }
  return undefined;
}

/** An office in an apposition or "as" phrase right after a name; a leading demonym or possessive is not part of it. */
function officeAfter(text: string, sentence: Sentence, p: Mention): string | undefined {
  const m = AFTER.exec(text.slice(p.end, sentence.end));
  if (!m) return undefined;
  let words = m[1].split(/\s+/);
  const stop = words.findIndex((w, k) => k > 0 && STOP.test(w) && !/^(?:of|the)$/i.test(w));
  if (stop > 0) words = words.slice(0, stop);
  for (const from of [0, 1]) {
    for (let n = words.length - from; n > 0; n--) {
      const role = office(words.slice(from, from + n).join(' '));
      if (role) return role;
    }
  }
  return undefined;
}

/** Per article (its `named` map): person key → the key of their office's body the article names, or null. */
const bodies = new WeakMap<Map<string, string>, Map<string, string | null>>();

function bodyOf(p: Mention, entity: (key: string) => ResolvedEntity | undefined, named: Map<string, string>): string | null {
  const cache = bodies.get(named) ?? new Map<string, string | null>();
  bodies.set(named, cache);
  if (!cache.has(p.key)) {
    const e = entity(p.key);
    const body = officeholderBody([p.text, ...(p.name ? [p.name] : []), ...(e ? [e.name, ...e.aliases] : [])]);
    cache.set(p.key, (body && named.get(foldName(body))) ?? null);
  }
  return cache.get(p.key)!;
}

/** REPRESENTS for the known officeholders whom this sentence gives an office, to their state or body when the
 *  article names it (`named`: folded name or alias → key of a body the article names as such, not as a demonym). */
export function officeholderRelations(text: string, sentence: Sentence, ms: Mention[], entity: (key: string) => ResolvedEntity | undefined, named: Map<string, string>): SentenceRelation[] {
  const out: SentenceRelation[] = [];
  for (const p of ms) {
    if (p.type !== 'PERSON' || out.some((r) => r.source === p.key)) continue;
    const target = bodyOf(p, entity, named);
    if (!target) continue;
    // "the PM", "the Polish prime minister": a title that stands for the person is their office.
    const role = p.source === 'anaphor' ? (office(p.text.replace(/^(?:the|[\p{L}]+['’]s)\s+/iu, '')) ?? (/^(?:PM|VP)$/.test(p.text) ? p.text : undefined)) : officeBefore(text, sentence, p) ?? officeAfter(text, sentence, p);
    // An opposition leader speaks for a party, not for the state.
    if (!role || /\bopposition\b/i.test(role)) continue;
    out.push({ type: 'REPRESENTS', source: p.key, target, role, confidence: 0.65 });
  }
  return out;
}
