// Title anaphora: "the German chancellor", "Poland's prime minister", "the French leader" with no name after them
// point back at a person already met; they become that person's mention and state whom the person represents.
import type { Mention } from './types';
import { office, type SentenceRelation } from './relations';
import { officeholderBody } from './officeholders';
import { lookupGazetteer } from './gazetteer';
import { escapeRegExp, matchesOf } from '../match-all';
import { slugify } from '../slug';

const TITLE = /^(?:[’']s)?\s+(?:(?:new|former|outgoing|incoming|own)\s+)?(prime minister|chancellor|president|vice[- ]president|foreign minister|foreign secretary|defen[cs]e minister|defen[cs]e secretary|leader|premier|secretary[- ]general|head of state|head of government|(?:special |peace )?envoy|chief negotiator|foreign[- ]policy chief|top diplomat|spokes(?:man|woman|person)|vice[- ]premier|deputy (?:prime minister|premier)|(?:interior|finance|armed forces) minister|security council secretary|(?:(?:foreign[- ]policy|national security|presidential|senior|top) )?(?:aide|adviser|advisor)|(?:army |military |defen[cs]e )?chief|boss)\b(?!\s+of\b)/i;
const REACH = 1500;
const TITLE_OF = /\bthe\s+(?:(?:new|former|outgoing|incoming)\s+)?(prime minister|chancellor|president|vice[- ]president|foreign minister|defen[cs]e minister|leader|premier|secretary[- ]general|head of state|head of government)\s+of\s+(?:the\s+)?$/i;

export interface TitleState {
  /** People met so far, in text order (not appositions). */
  people: Mention[];
  /** Person key → the body a REPRESENTS relation already ties them to. */
  represents: Map<string, string>;
  /** The first person named in the latest sentence that named one: who a bare "the PM" opening a sentence means. */
  subject?: Mention;
  /** The last person named outside a quotation: who a title in a speaker's place after a quotation may be. */
  speaker?: Mention;
  /** Person key → the office the text gave them ("foreign-policy adviser"), for agreement with a later title. */
  offices: Map<string, string>;
  /** A release issued from an office ("From: Prime Minister's Office"): its title alone ("the Prime Minister") names the
   *  holder the release names with that title, wherever it stands. */
  issuer?: Issuer;
}

export interface Issuer {
  /** The bare title as written ("the Prime Minister", "the PM"), matched with the holder's office. */
  title: RegExp;
  holder: Mention;
}

/** "From: Prime Minister's Office, 10 Downing Street", "*From: Office of the Defence Secretary ·": the office a release is
 *  issued from (m[1] or m[2] its title). */
const ISSUED_FROM = /(?:^|[·|•.]\s*)[*_]*From[*_]*:[*_]*\s+(?:the\s+)?(?:Office\s+of\s+the\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})|(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})['’]s\s+Office)\b/mu;

const OTHER_OFFICE_BEFORE = /\b(?:Secretary|Minister|Chancellor|President|Commissioner|Ambassador|Envoy|Adviser|Advisor|General|Admiral|Marshal|Spokes(?:man|woman|person)|Chief|Leader|MP)\s+$/i;
const SEAT_WORDS = /\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?/gu;

/** The office a release is issued from and the person it names with that title ("Prime Minister Keir Starmer
 *  today hosted…"): the first one so named, the office's holder. `header` is the text with its furniture (the "From:"
 *  line is furniture to every other stage); `text` and `mentions` as the other stages read them. */
export function releaseIssuer(header: string, text: string, mentions: readonly Mention[]): Issuer | undefined {
  const from = ISSUED_FROM.exec(header);
  if (!from) return undefined;
  const office = (from[1] ?? from[2]).trim();
  // The seat the line names ("10 Downing Street"): its state's own holder, not a guest with the same title ("Prime
  // Minister Meloni" in a Downing Street release).
  const line = header.slice(from.index + from[0].length, header.indexOf('\n', from.index + from[0].length) >>> 0);
  const seat = [...line.matchAll(SEAT_WORDS)].map((w) => lookupGazetteer(w[0])).find((g) => g?.kind === 'seat')?.name;
  const written = new RegExp(String.raw`\b${escapeRegExp(office).replace(/\s+/g, '\\s+')}\s+$`, 'i');
  const holder = mentions.find((m) => m.type === 'PERSON' && m.source !== 'anaphor' && written.test(text.slice(Math.max(0, m.start - office.length - 4), m.start))
    && (seat === undefined || [seat, undefined].includes(officeholderBody([m.name ?? m.text, m.text]))))
    // A readout page that never writes the title before the name ("Sir Keir Starmer told reporters"): the first person
    // of the seat's state it names, not one named with another office ("Defence Secretary John Healey").
    ?? (seat === undefined ? undefined : mentions.find((m) => m.type === 'PERSON' && m.source !== 'anaphor' && !m.appositive && officeholderBody([m.name ?? m.text, m.text]) === seat
      && !OTHER_OFFICE_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))));
  if (!holder) return undefined;
  const abbreviated = officeForm(office) === ' prime minister ' ? '|PM' : '';
  // Each word capitalised or not ("the Prime Minister", "the prime minister"); no i flag, under which \p{Lu} is any letter.
  const words = office.split(/\s+/).map((w) => `[${w[0].toUpperCase()}${w[0].toLowerCase()}]${escapeRegExp(w.slice(1))}`).join('\\s+');
  // Not "the Prime Minister of Italy", nor one followed by a name ("the Prime Minister Keir Starmer", an apposition).
  const title = new RegExp(String.raw`\b(?:the|The)\s+(${words}${abbreviated})\b(?!\s+(?:of\b|for\b|\p{Lu}))`, 'gu');
  return { title, holder };
}

/** A parliamentary record's speaker label that gives an office and its holder: "**The Prime Minister (Keir Starmer):**",
 *  "The Foreign Secretary (David Lammy):". The record goes on to call the holder by the office alone ("The Prime
 *  Minister:", "I thank the Prime Minister"): that title is this person throughout. */
const LABEL_OFFICE = /^[ \t*_]*The\s+((?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*)\s+\((\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\)[*_]*\s*:/mu;

export function labelIssuer(text: string, mentions: readonly Mention[]): Issuer | undefined {
  const label = LABEL_OFFICE.exec(text);
  if (!label || !office(label[1])) return undefined;
  // The name in the label, or where the record names the same person elsewhere (a label's brackets may hide it).
  const surname = label[2].split(/\s+/).pop()!;
  const holder = mentions.find((m) => m.type === 'PERSON' && m.source !== 'anaphor' && (m.text === label[2] || (m.text.split(/\s+/).length > 1 && m.text.endsWith(` ${surname}`))));
  if (!holder) return undefined;
  const words = label[1].split(/\s+/).map((w) => `[${w[0].toUpperCase()}${w[0].toLowerCase()}]${escapeRegExp(w.slice(1))}`).join('\\s+');
  // Not the label that names the holder ("The Prime Minister (Keir Starmer):"), whose name is its own mention.
  return { title: new RegExp(String.raw`\b(?:the|The)\s+(${words})\b(?!\s+(?:of\b|for\b|\(|\p{Lu}))`, 'gu'), holder };
}

/** In a release from an office, its title written alone is the office's holder, in any place in the sentence: "The
 *  Prime Minister also spoke to President Trump", "the call, which the Prime Minister co-chaired". */
function resolveIssuerTitles(sentence: { start: number; text: string }, ms: Mention[], issuer: Issuer): void {
  for (const m of matchesOf(sentence.text, issuer.title)) {
    const start = sentence.start + m.index + m[0].indexOf(m[1]);
    const end = start + m[1].length;
    if (ms.some((x) => x.start < end && x.end > start)) continue;
    const at = ms.findIndex((x) => x.start > start);
    ms.splice(at < 0 ? ms.length : at, 0, { ...issuer.holder, start, end, text: m[1], source: 'anaphor', appositive: false });
  }
}

/** An office in a comparable form: lower case, one spelling, synonyms folded ("premier" → "prime minister"). */
const officeForm = (s: string) => ` ${s.toLowerCase().replace(/[-‐]/g, ' ').replace(/\bdefense\b/g, 'defence').replace(/\bspokes(?:man|woman|person)\b/g, 'spokesperson')
  .replace(/\bpresident of the (?:council(?: of ministers)?|government)\b/g, 'prime minister').replace(/\bpresident of the republic\b/g, 'president').replace(/\bvp\b/g, 'vice president')
  .replace(/\b(?:premier|pm|head of government)\b/g, 'prime minister').replace(/\bhead of state\b/g, 'president').replace(/\s+/g, ' ').trim()} `;

/** Whether an office the text gave a person agrees with a title that may point back at them: "the Russian president" is
 *  not the one the article called "foreign-policy adviser", nor its "vice president"; a "leader" is any head. */
export function officeAgrees(office: string | undefined, title: string): boolean {
  if (!office) return true;
  const t = officeForm(title).trim();
  if (t === 'leader') return true;
  const o = officeForm(office);
  const at = o.indexOf(` ${t} `);
  return at >= 0 && !/\b(?:vice|deputy|assistant|under|former|ex)\s*$/.test(o.slice(0, at));
}

// "the President of the Council" (Italy's premier in translated copy), "the President of the Republic".
// Translated and British copy capitalises the office ("the Prime Minister", "the Head of State").
const BARE_TITLE = /\b(?:the|The)\s+(PM|[Pp]rime [Mm]inister|[Pp]remier|[Cc]hancellor|[Pp]resident(?: of the (?:Council(?: of Ministers)?|Republic|Government))?|VP|[Vv]ice[- ][Pp]resident|[Hh]ead of [Gg]overnment|[Hh]ead of [Ss]tate)\b(?!\s+(?:of\b|\p{Lu}))/gu;
const REPORTED_SUBJECT = /\b(?:said|says|stated|added|confirmed|announced|reported)\s+(?:that\s+)?the\s+$/;
/** "…, the chancellor said", "…,” the premier declared": a title in a speaker's place, whatever actors came before. */
const SPEAKER_PLACE = /^\s+(?:has\s+|had\s+)?(?:said|says|declared|added|told|insisted|stressed|stated|argued|warned|wrote|replied)\b/;
/** '…," said the chancellor': the verb between the quotation and a bare title in a speaker's place. */
const SPEAKER_FIRST = /[”"]\s*,?\s*(?:said|declared|added|insisted|stressed|warned|replied|repeated|continued)\s+(?:the|The)\s+$/;

/** "Only on Sunday the PM launched…", "After the meeting the head of government underlined…": a bare title that opens
 *  its sentence is the person the sentence before was about. Adds that person's mention to `ms`. */
export function resolveBareTitles(text: string, sentence: { start: number; end: number; text: string }, ms: Mention[], state: TitleState): void {
  if (state.issuer) resolveIssuerTitles(sentence, ms, state.issuer);
  // After another actor of the sentence ("Zelensky later met the vice president"): the one holder of that office.
  for (const pattern of [BARE_TITLE, BARE_ROLE]) resolveBareRoles(text, sentence, ms, state, pattern, true);
  if (ROLE_GATE.test(sentence.text)) resolveBareRoles(text, sentence, ms, state);
  if (!state.subject || sentence.start - state.subject.end > 600) return;
  for (const m of matchesOf(sentence.text, BARE_TITLE)) {
    // The subject, if the office the text gave them is this title; else the last person given this very office.
    const agrees = (p: Mention) => officeAgrees(state.offices.get(p.key), m[1]);
    let subject = agrees(state.subject) ? state.subject : [...state.people].reverse().find((p) => sentence.start - p.end < 600 && state.offices.has(p.key) && agrees(p));
    // The mention is the title itself ("PM"): "on Sunday the PM" must not read as the object of "on".
    const start = sentence.start + m.index + m[0].indexOf(m[1]);
    const end = sentence.start + m.index + m[0].length;
    // Only a title before any other actor of the sentence, or in a speaker's place after a comma or a quotation, and
    // not inside another mention.
    // Or with the verb first: '…," said the Chancellor.' (British and translated copy).
    const inverted = SPEAKER_FIRST.exec(text.slice(Math.max(sentence.start, start - 30), start));
    const speaking = inverted !== null || (/(?:,|[”"])\s*(?:the|The)\s+$/.test(text.slice(Math.max(sentence.start, start - 8), start)) && SPEAKER_PLACE.test(text.slice(end, end + 20)));
    // A speaker is met before the quotation opens, not inside it ("…pressure on Putin until he agrees…,” the Prime
    // Minister said); the last one met, or else the last one the text gave this very office.
    const opening = inverted ? quotationStart(text, Math.max(sentence.start, start - 30) + inverted.index + 1) : speaking ? quotationStart(text, start) : start;
    const last = speaking ? lastBefore(state.people, opening) : undefined;
    if (last && state.offices.has(last.key)) subject = agrees(last) ? last : [...state.people].reverse().find((p) => p.end <= opening && opening - p.end < 600 && state.offices.has(p.key) && agrees(p));
    if (!subject) return;
    // "Downing Street said the prime minister spoke to…": the subject of a clause a body reports, with no person before it.
    const reported = REPORTED_SUBJECT.test(text.slice(Math.max(sentence.start, start - 24), start)) && !ms.some((x) => x.start < start && x.type === 'PERSON');
    if (ms.some((x) => x.start < end && x.end > start) || (!speaking && !reported && ms.some((x) => x.start < end && x.type !== 'PROPOSAL'))) return;
    // In a speaker's place, only when the person met last is the one the text is about ("Merz was more careful.
    // Germany could…, the chancellor said"), not "Starmer met Trump. …, the president said".
    // The speaker is the last person met outside a quotation (state.speaker) where there is one.
    if (speaking && !(last && state.offices.has(last.key)) && (state.speaker ?? last)?.key !== subject.key) return;
    const at = ms.findIndex((x) => x.start > start);
    ms.splice(at < 0 ? ms.length : at, 0, { ...subject, start, end, text: m[1], source: 'anaphor', appositive: false });
    return;
  }
}

/** Where the quotation that closes just before `at` opens (its opening mark, in its paragraph), or `at`. */
function quotationStart(text: string, at: number): number {
  const close = Math.max(text.lastIndexOf('"', at), text.lastIndexOf('”', at));
  if (close < 0 || at - close > 8) return at;
  const paragraph = text.lastIndexOf('\n\n', close);
  const open = Math.max(text.lastIndexOf('"', close - 1), text.lastIndexOf('“', close - 1));
  return open > paragraph ? open : at;
}

/** How many paragraph breaks lie between two offsets. */
function paragraphsBetween(text: string, from: number, to: number): number {
  let n = 0;
  for (let at = text.indexOf('\n\n', from); at >= 0 && at < to; at = text.indexOf('\n\n', at + 2)) n++;
  return n;
}

/** The last person met before an offset. */
const lastBefore = (people: Mention[], at: number) => { for (let k = people.length - 1; k >= 0; k--) if (people[k].end <= at) return people[k]; return undefined; };

const ROLE_GATE = /\b(?:minister|secretary|spokes(?:man|woman|person)|envoy|commissioner)\b/i;
// British and translated copy capitalises the office ("the Defence Secretary", "the Minister"), as BARE_TITLE allows.
const BARE_ROLE = /\b(?:the|The)\s+((?:(?:[Dd]efen[cs]e|[Ff]oreign|[Aa]rmed [Ff]orces|[Ii]nterior|[Ff]inance)\s+)?(?:[Mm]inister|[Ss]ecretary)|[Ss]pokes(?:man|woman|person)|[Ee]nvoy|[Ss]ecretary[- ][Gg]eneral|[Cc]ommissioner)\b(?!\s+(?:of\b|for\b|\p{Lu}))/gu;

/** "The minister added that…", "…, the spokeswoman said": an office written alone points at the one person the text
 *  gave that office shortly before (never at someone whose office it did not say). Adds that person's mention.
 *  With `after`, an office written after another actor of its sentence ("Zelensky later met the vice president", "talks
 *  with the chancellor"), where the subject the sentence before was about says nothing; not one the sentence names. */
function resolveBareRoles(text: string, sentence: { start: number; end: number; text: string }, ms: Mention[], state: TitleState, pattern = BARE_ROLE, after = false): void {
  for (const m of matchesOf(sentence.text, pattern)) {
    const start = sentence.start + m.index + m[0].indexOf(m[1]);
    const end = sentence.start + m.index + m[0].length;
    // A "leader" is anyone's title: only the subject logic of resolveBareTitles reads it.
    if (after && (officeForm(m[1]).trim() === 'leader' || !ms.some((x) => x.end <= start && x.type !== 'PROPOSAL' && !x.location))) continue;
    const holders = new Map<string, Mention>();
    for (let k = state.people.length - 1; k >= 0 && sentence.start - state.people[k].end < REACH; k--) {
      const p = state.people[k];
      // An office written after another actor of its sentence points back to a holder of this paragraph or the one
      // before, or to one the text has named more than once: a holder named once, far back (one of a list of leaders),
      // is no likelier than another holder of a title many states share ("the Chancellor" of a British record).
      if (after && paragraphsBetween(text, p.end, sentence.start) > 1 && state.people.filter((x) => x.key === p.key).length < 2) continue;
      if (p.end <= sentence.start && state.offices.has(p.key) && officeAgrees(state.offices.get(p.key), m[1]) && !holders.has(p.key)) holders.set(p.key, p);
    }
    // Only one such person: "the minister" among two ministers is left unread.
    if (holders.size !== 1) continue;
    const holder = [...holders.values()][0];
    const at = ms.findIndex((x) => x.start > start);
    const mention: Mention = { ...holder, start, end, text: m[1], source: 'anaphor', appositive: false };
    if (after) {
      if (!ms.some((x) => (x.start < end && x.end > start) || x.key === holder.key)) ms.splice(at < 0 ? ms.length : at, 0, mention);
      continue;
    }
    const speaking = /(?:,|[”"])\s*(?:the|The)\s+$/.test(text.slice(Math.max(sentence.start, start - 8), start)) && SPEAKER_PLACE.test(text.slice(end, end + 20));
    if (ms.some((x) => x.start < end && x.end > start) || (!speaking && ms.some((x) => x.start < end && x.type !== 'PROPOSAL'))) continue;
    ms.splice(at < 0 ? ms.length : at, 0, mention);
    return;
  }
}

const OFFICE_AFTER = /^,\s+(?:the\s+)?((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+),/u;
/** "Defence Minister Ivo Marek", "Kremlin spokesman Dmitry Peskov": the office written right before a person's name,
 *  noted for the titles that point back at them later (where no relation gave them one). */
export function noteOffices(text: string, ms: Mention[], state: TitleState): void {
  for (const p of ms) {
    if (p.type !== 'PERSON' || p.source === 'anaphor' || p.appositive || state.offices.has(p.key)) continue;
    const words = /((?:[\p{L}-]+\s+){1,4})$/u.exec(text.slice(Math.max(0, p.start - 60), p.start))?.[1].trim().split(/\s+/);
    // Or in apposition after it: "Anna Lind, the foreign minister, said…".
    const after = OFFICE_AFTER.exec(text.slice(p.end, p.end + 60));
    const role = (words && [4, 3, 2, 1].filter((n) => n <= words.length).map((n) => office(words.slice(-n).join(' '))).find(Boolean)) ?? (after ? office(after[1]) : undefined);
    if (role) state.offices.set(p.key, role);
  }
}

const WORD_START = /\b\p{L}/gu;
const capitalise = (s: string) => s.replace(WORD_START, (c) => c.toUpperCase());

const CAPITAL_AFTER = /^\s+\p{Lu}/u;
/** Replace title anaphors in `ms` (one sentence's mentions) by the person they name; returns their REPRESENTS. */
export function resolveTitles(text: string, sentenceStart: number, ms: Mention[], state: TitleState): SentenceRelation[] {
  const out: SentenceRelation[] = [];
  ms.forEach((m, i) => {
    if ((m.type !== 'COUNTRY' && m.type !== 'INSTITUTION') || m.location) return;
    // "The prime minister of Poland posted…": the office written before the body, with "of".
    const lead = m.source !== 'demonym' ? TITLE_OF.exec(text.slice(Math.max(0, m.start - 50), m.start)) : null;
    const title = lead ? [lead[0].replace(/^the\s+/i, ''), lead[1]] : TITLE.exec(text.slice(m.end, m.end + 60));
    const from = lead ? m.start - lead[0].length : m.start;
    const to = lead ? m.end : m.end + (title?.[0].length ?? 0);
    // "the Polish prime minister Donald Tusk" is an apposition, read elsewhere.
    if (!title || CAPITAL_AFTER.test(text.slice(to))) return;
    const possessive = /^[’']s/.test(text.slice(m.end));
    // "the Polish prime minister", "Poland's prime minister"; not "Polish prime ministers" nor "a German chancellor".
    if (!lead && !possessive && !/\bthe\s+(?:(?:new|former|outgoing|incoming)\s+)?$/i.test(text.slice(Math.max(0, m.start - 14), m.start))) return;
    if (ms[i + 1] && ms[i + 1].type === 'PERSON' && ms[i + 1].start - to < 4) return;
    // "The U.S. envoy for Ukraine and Russia, retired Lt. Gen. Keith Kellogg, told…": the apposition names the holder.
    const named = ms.slice(i + 1).find((p) => p.type === 'PERSON');
    if (named && /^[^,;.:"“”]{0,40},\s+(?:[\p{L}.]+\s+){0,4}$/u.test(text.slice(to, named.start))) return;
    // "Viktor Orbán, Hungary's prime minister": an apposition, read by the office patterns.
    if (ms[i - 1]?.type === 'PERSON' && /^,\s+(?:the\s+)?$/.test(text.slice(ms[i - 1].end, from))) return;
    // Only people of earlier sentences: in "Trump said he asked the Russian leader", the leader is not Trump; an
    // apposition in the same sentence ("Scholz, the German chancellor") is read by the office patterns instead.
    const before: Mention[] = [];
    for (let k = state.people.length - 1; k >= 0 && m.start - state.people[k].end < REACH; k--) if (state.people[k].end <= sentenceStart) before.unshift(state.people[k]);
    // Someone known to hold the office; else, only for a title opening its sentence ("… Scholz did not hide his
    // irritation. The German chancellor told reporters…"), the person met last before it.
    // A speaker after a quotation ("…,” the Polish prime minister said") is in subject position too.
    // So is the subject of a reported clause ("A Downing Street readout said the British prime minister had told…").
    const opens = ms.slice(0, i).every((x) => x.type === 'PROPOSAL' || x.location) || /[”"]\s*(?:the\s+)?$/.test(text.slice(Math.max(0, from - 8), from))
      || /\b(?:said|says|stated|added|confirmed|reported)\s+(?:that\s+)?(?:the\s+)?$/.test(text.slice(Math.max(0, from - 24), from));
    // "In the opinion of the Polish prime minister, …, assessed Tusk": the speaker the sentence names is the title's.
    // Not a title inside the quotation that speaker says ('"…The Kremlin spokesman said the same," said Kask').
    const quoted = (text.slice(sentenceStart, m.start).match(/["“”]/g)?.length ?? 0) % 2 === 1 || /^[^"“”\n]*[”"]\s*,?\s*(?:said|says|added|told|wrote|argued|insisted)\b/.test(text.slice(m.end, m.end + 400));
    const speaker = quoted ? undefined : ms.slice(i + 1).find((p) => p.type === 'PERSON' && !p.appositive && /\b(?:said|says|assessed|added|noted|stressed|told|argued|insisted)\s+$/.test(text.slice(Math.max(0, p.start - 20), p.start)));
    // Else the one the sentence before was about ("Macron met Trump on Monday. The French president said…" is Macron),
    // then the person met last.
    // Only someone whose office, where the text gave one, is the title's ("the Russian president" is not the adviser).
    // "the Kremlin chief", "the Kremlin boss": the head of the state whose seat it is, as "the Russian leader" is.
    const said = /^(?:chief|boss)$/i.test(title[1]) && lookupGazetteer(m.text)?.kind === 'seat' ? 'leader' : title[1];
    const fits = (p: Mention) => officeAgrees(state.offices.get(p.key), said);
    // Nor one a reader knows holds another state's office ("the Russian president" is not Zelensky).
    const bodyOf = (p: Mention) => officeholderBody([p.name ?? p.text, p.text]);
    const sameBody = (body: string) => body === (m.name ?? m.text) || slugify(body) === m.key;
    const elsewhere = (p: Mention) => { const body = bodyOf(p); return body !== undefined && !sameBody(body); };
    const free = (p: Mention | undefined) => p && !state.represents.has(p.key) && m.start - p.end < 400 && before.some((b) => b.key === p.key) && fits(p) && !elsewhere(p) ? p : undefined;
    // First the one the article itself gave this office of this state, however far back ("Russian President Vladimir
    // Putin … the Russian president").
    const given = [...state.people].reverse().find((p) => p.end <= sentenceStart && state.represents.get(p.key) === m.key && state.offices.has(p.key) && fits(p));
    // Then the one a reader knows holds an office of that country ("the French president" is Macron, met before).
    const holder = [...before].reverse().find((p) => { const body = bodyOf(p); return fits(p) && body !== undefined && sameBody(body); });
    const antecedent = speaker ?? given ?? [...before].reverse().find((p) => state.represents.get(p.key) === m.key && fits(p)) ?? holder
      ?? (opens ? free(state.subject) ?? [...before].reverse().find((p) => free(p)) : undefined);
    if (!antecedent) return;
    const role = capitalise(title[1].toLowerCase());
    ms[i] = { ...m, type: 'PERSON', key: antecedent.key, source: 'anaphor', start: from, end: to, name: antecedent.name };
    state.represents.set(antecedent.key, m.key);
    out.push({ type: 'REPRESENTS', source: antecedent.key, target: m.key, role, confidence: 0.7 });
  });
  return out;
}
