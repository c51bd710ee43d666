// Round-ups and explainers put the country a passage is about in a lead or a heading ("**Lithuania.** President
// Gitanas Nausėda said…", "## Germany"). A person the passage gives an office without naming the country
// ("President X", "Foreign Minister X", "X, sworn in as prime minister", "X's government") represents that country.
import type { Mention, Sentence } from './types';
import type { SentenceRelation } from './relations';
import { office, officeNotYet } from './relations';
import { officeholderBody } from './officeholders';
import { slugify } from '../slug';

export interface Section {
  /** The country the passage is about. */
  body: Mention;
  /** Where the passage ends (offset in the text). */
  end: number;
}

const LEAD = /^\*\*([^*\n]{2,60}?)[.:]?\*\*/;
const HEADING = /^#{2,4}\s+(.{2,60})$/;

/** The section a sentence opens, if it opens one that names exactly one country and nothing else. */
export function openSection(text: string, sentence: Sentence, ms: Mention[]): Section | undefined {
  const lineStart = text.lastIndexOf('\n', sentence.start - 1) + 1;
  if (text.slice(lineStart, sentence.start).trim()) return undefined;
  const lead = LEAD.exec(sentence.text) ?? HEADING.exec(sentence.text);
  if (!lead) return undefined;
  const from = sentence.start + lead.index;
  // A round-up's subhead may say where the country stands after a colon or dash ("**Denmark: open, with
  // conditions**", "## Norway – wait and see"): the country is the part before it.
  const label = /^(?:\*\*|#{2,4}\s+)([^:–—\n]*?)\s*(?::|\s[–—]\s)/u.exec(lead[0]);
  const to = from + (label ? label[0].length : lead[0].length);
  // Unless the words after the colon name someone ("## Kremlin: NATO is a different matter" is what Moscow says).
  if (label && ms.some((m) => m.start >= to && m.end <= from + lead[0].length)) return undefined;
  const named = ms.filter((m) => m.start >= from && m.end <= to);
  const countries = new Set(named.filter((m) => m.type === 'COUNTRY').map((m) => m.key));
  // Only a heading made of the country's name: "**Sweden.**", not "**Sweden and Denmark.**" nor "## Putin's answer".
  let rest = text.slice(from, to);
  for (const m of [...named].reverse()) rest = rest.slice(0, m.start - from) + rest.slice(m.end - from);
  if (countries.size !== 1 || named.some((m) => m.type !== 'COUNTRY') || /[\p{L}\p{N}]/u.test(rest.replace(/\bthe\b/gi, ''))) return undefined;
  // A bold lead covers its paragraph; a heading, or a bold subhead alone on its line, runs to the next one.
  const line = text.slice(lineStart, text.indexOf('\n', lineStart) < 0 ? text.length : text.indexOf('\n', lineStart)).trim();
  const subhead = LEAD.test(sentence.text) && /^\*\*[^*\n]+\*\*$/.test(line);
  const end = LEAD.test(sentence.text) && !subhead ? paragraphEnd(text, sentence.end) : nextHeading(text, sentence.end);
  return { body: named[0], end };
}

const paragraphEnd = (text: string, from: number) => {
  const at = text.indexOf('\n\n', from);
  return at < 0 ? text.length : at;
};
const nextHeading = (text: string, from: number) => {
  const at = text.slice(from).search(/\n(?:#{1,4}\s|\*\*[^*\n]+\*\*[ \t]*(?:\n|$))/);
  return at < 0 ? text.length : from + at;
};

/** A passage headed by a named force ("**Q&A: Where does the reassurance force stand?**"): troops sent or refused in
 *  it ("put soldiers on the ground", "ruled out sending soldiers") are that force's. Runs to the next heading, bold
 *  lead line or rule. */
export function openForceSection(text: string, sentence: Sentence, ms: Mention[]): { force: Mention; end: number } | undefined {
  const lineStart = text.lastIndexOf('\n', sentence.start - 1) + 1;
  if (text.slice(lineStart, sentence.start).trim()) return undefined;
  const lead = /^(?:\*\*[^*\n]{2,80}\*\*|#{2,4}\s+[^\n]{2,80})\s*$/.exec(text.slice(sentence.start, text.indexOf('\n', sentence.start) < 0 ? text.length : text.indexOf('\n', sentence.start)));
  if (!lead) return undefined;
  const named = ms.filter((m) => m.type === 'PROPOSAL' && m.start < sentence.start + lead[0].length);
  const forces = new Set(named.filter((m) => !m.act && m.source !== 'anaphor' && /\b(?:force|mission)\b/i.test(m.text)).map((m) => m.key));
  if (forces.size !== 1 || named.some((m) => !forces.has(m.key))) return undefined;
  const from = sentence.start + lead[0].length;
  const next = text.slice(from).search(/\n(?:#{1,4}\s|\*\*[^*\n]+\*\*\s*\n|-{3,}\s*\n)/);
  return { force: named[0], end: next < 0 ? text.length : from + next };
}

/** An office written just before a name in the same sentence ("Foreign Minister", "Trump's envoy"), or undefined. */
function officeBefore(text: string, sentence: Sentence, p: Mention): string | undefined {
  const words = text.slice(sentence.start, p.start).split(/\s+/).filter(Boolean).slice(-4).map((w) => w.replace(/^\*+|[*,]+$/g, ''));
  for (let n = Math.min(4, words.length); n > 0; n--) {
    const role = office(words.slice(-n).join(' '));
    // "met President Trump", "talks with Foreign Minister X": the object of a verb or preposition is someone else.
    // "Germany's next chancellor, X": no office yet.
    if (role) return /^(?:with|to|by|for|from|and|met|meets|meeting|beside|hosted|hosting|called|phoned|opposition)$/i.test(words[words.length - n - 1] ?? '') || officeNotYet(words, n) ? undefined : role;
  }
  return undefined;
}

const OFFICE_AFTER = /^,?\s+(?:(?:who was\s+)?sworn in as|elected|appointed|named|now|then as now)\s+(?:the\s+)?(?:country['’]s\s+|its\s+)?((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/u;

/** The one country a sentence names as a party of its own ("…said that Poland would…", "whether Germany will…",
 *  "Poland's view"): by its name, not as a scene or destination after a preposition ("in Warsaw", "troops to
 *  Ukraine"), not in a list ("London, Paris and Berlin") and not as an adjective ("the American plan"). */
// What follows a country that acts: its possessive or a verb ("Poland would", "Germany will", "Poland had"), not a
// noun it qualifies ("the Moscow trip", "a Kiev delegation").
const PARTY_AFTER = /^(?:[’']s\b|\s+(?:would|will|was|is|has|had|could|can|should|must|might|may|did|does|wants|plans|intends|is|remains|stands|[a-z]+ed|says|insists|offers|refuses|agrees|backs|rejects|sends)\b)/;

export function soleParty(text: string, sentence: Sentence, ms: Mention[]): Mention | undefined {
  const countries = ms.filter((m) => m.type === 'COUNTRY' && !m.appositive);
  const parties = countries.filter((m) => {
    const before = text.slice(Math.max(sentence.start, m.start - 20), m.start);
    return m.source !== 'demonym' && !m.location && !/(?:\b(?:in|into|to|on|from|for|with|against|by|at|of|between|toward|towards|across|over|and|or)|,)\s+(?:the\s+)?$/i.test(before) && PARTY_AFTER.test(text.slice(m.end, m.end + 20));
  });
  const keys = new Set(parties.map((m) => m.key));
  return keys.size === 1 ? parties[0] : undefined;
}

/** REPRESENTS for the people a sentence gives an office without naming their country: the country of the section
 *  the sentence is in, else the one country the sentence names as a party ("Prime Minister Donald Tusk said that
 *  Poland would not deploy soldiers"). */
export function sectionRelations(text: string, sentence: Sentence, ms: Mention[], section: Section | undefined, represented: (key: string) => boolean, previous?: Mention): SentenceRelation[] {
  const inSection = section && sentence.start < section.end;
  // A sentence that names no country of its own goes on about the one the sentence before named as a party
  // ("Moscow's position has not changed. Foreign Ministry spokeswoman X recalled…").
  const none = !ms.some((m) => m.type === 'COUNTRY' && !m.location);
  const body = inSection ? section.body : soleParty(text, sentence, ms) ?? (none ? previous : undefined);
  if (!body) return [];
  const people = ms.filter((m) => m.type === 'PERSON' && !m.appositive && m.source !== 'anaphor');
  const out: SentenceRelation[] = [];
  // Only the sentence's first person: the one it is about.
  for (const p of people.slice(0, 1)) {
    if (represented(p.key) || out.some((r) => r.source === p.key)) continue;
    // A reader knows whose office a public figure holds: "Chancellor Merz" after a sentence about Russia, or in a
    // passage headed by another country, is still Germany's (the office patterns give him that).
    const known = officeholderBody([p.name ?? p.text, p.text]);
    if (known && known !== body.name && slugify(known) !== body.key) continue;
    const after = OFFICE_AFTER.exec(text.slice(p.end, sentence.end));
    const afterRole = after && [3, 2, 1].map((n) => office(after[1].split(/\s+/).slice(0, n).join(' '))).find(Boolean);
    // "Ulf Kristersson's government", "… said his government was open to …" (the only person in the sentence).
    const government = /^[’']s\s+government\b/.test(text.slice(p.end, p.end + 14)) || (people.length === 1 && /\b(?:his|her)\s+government\b/i.test(text.slice(p.end, sentence.end)));
    const role = officeBefore(text, sentence, p) ?? afterRole ?? (government ? 'Head of government' : undefined);
    // An opposition leader speaks for a party, not for the country.
    if (role && !/\bopposition\b/i.test(role)) out.push({ type: 'REPRESENTS', source: p.key, target: body.key, role, confidence: inSection ? 0.7 : 0.6 });
  }
  return out;
}
