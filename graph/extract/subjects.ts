// Who holds a stance stated at a position in a sentence: the actors of its clause (coordinated, past appositions and
// parentheses), a pronoun's antecedent ("he", "they", "both leaders"), or the speaker a quotation is attributed to.
import type { Mention, Sentence } from './types';
import { matchesOf } from '../match-all';

const ACTOR = new Set(['PERSON', 'COUNTRY', 'INSTITUTION']);
export const isActor = (m: Mention) => ACTOR.has(m.type) && !m.location;

export interface RelationContext {
  /** The last person who acted in an earlier sentence, for "he" / "she". */
  lastPerson?: Mention;
  /** The last group of two or more actors that acted together, for "they" / "both leaders". */
  lastGroup?: Mention[];
  /** The last two people who acted together, for "the two leaders" / "both men" when a larger group acted since. */
  lastPair?: Mention[];
  /** The proposal the text was last about, for a stance with no object of its own ("has ruled that out"). */
  topic?: Mention;
  /** For a later sentence's "he" or "she" (its text): the person of that gender the text showed last, where the last
   *  person is shown to be of the other; `undefined` when they agree or no one is known. */
  agreeing?: (later: string) => Mention | undefined;
  /** Every mention of the article in text order, for a speaker named sentences after the quote opens. */
  mentions?: Mention[];
  /** The state a person speaks for, as the text has tied them to it so far (for "his country", "her government"). */
  representedBy?: (person: Mention) => Mention | undefined;
  /** Whether a person speaks for a state or body (their office), `undefined` when neither the text nor a reader knows. */
  speaksFor?: (person: Mention, body: Mention) => boolean | undefined;
  /** Not the speaker of a labelled turn for "I" / "we" (a host of a gathering the text names only by its place). */
  noTurn?: boolean;
  /** Inside the text of a statement set out as a block quote: those who issued it (its "we", its demands). */
  document?: Mention[];
  /** Set while the holders of a stance are read: "the leaders" then names the group that acted last, close before. */
  stance?: boolean;
}

const TITLE_WORDS_AT_END = /(?:\s+(?:[\p{Lu}][\p{L}.’'-]*|of|the))+,?\s*$/u;
const OF_BODY = /^\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s*)+(?=,|\s+and\b|\s+as well as\b)/u;
/** A word that qualifies a title before a name ("independent Senator X", "former President Y"), left after the title. */
const TITLE_MODIFIER_AT_END = /\s(?:former|independent|fellow|acting|outgoing|incoming|interim|veteran|senior|deputy|new|then)\s*$/;
const OWN_TITLE = /\s(?:his|her|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:counterpart|colleague|successor|predecessor|deputy|envoy)\s*$/u;

/** Actors joined to `m` by "and" / commas on one side ("Britain and France"). */
export function coordinated(text: string, ms: Mention[], m: Mention, direction: -1 | 1): Mention[] {
  const group = [m];
  let i = ms.indexOf(m);
  for (;;) {
    let step = i + direction;
    // Also a body named only inside a title ("Democratic Senator X": the Senate), which does not act.
    while (ms[step]?.appositive || (ms[step]?.nested && ms[step]?.type === 'INSTITUTION')) step += direction;
    const next = ms[step];
    if (!next || !isActor(next)) break;
    // "Trump and Russian President Vladimir Putin": an apposition between the two does not break the coordination.
    const raw = direction < 0 ? text.slice(next.end, ms[i].start) : text.slice(ms[i].end, next.start);
    // A title before the next name ("Lavrov and Secretary of State Rubio") is not a break either.
    // Nor "Healey and his French counterpart Lecornu": a possessive title of the one before.
    // Nor "Zelenskyy of Ukraine, President Macron of France and …": the body a name is "of" is its apposition.
    const titled = (step === i + direction ? raw : raw.replace(OF_BODY, '')).replace(TITLE_WORDS_AT_END, ' ').replace(OWN_TITLE, ' ');
    // Also "Neither A nor B", "Not only A but also B", "A, like B, …", "A, as well as B, …".
    const joins = (gap: string) => /^(?:[’']s)?\s*(?:,|,?\s+and(?:\s+then)?|,?\s+or|\s+nor|\s+but also|,?\s+as well as|,\s+like|,\s+(?:together|along) with)\s+(?:the\s+)?$/.test(gap) || /^,\s*$/.test(gap);
    // "Mark Rutte, NATO's secretary-general, and Ursula von der Leyen": an office between commas does not break it.
    const office = (gap: string) => /^,\s+[^,;.]{0,40}\b(?:secretary|minister|president|chancellor|chief|head|leader|spokes\w+|envoy|commissioner)\b[^,;.]{0,40},\s+(?:and|as well as)\s+(?:the\s+)?$/i.test(gap);
    // "Republican Senator A and independent Senator B": between two people, a word qualifying the title is no break.
    const qualified = next.type === 'PERSON' && ms[i].type === 'PERSON' && joins(titled.replace(TITLE_MODIFIER_AT_END, ' '));
    if (!(step === i + direction ? joins(raw) || (direction < 0 && joins(titled)) : joins(titled) || office(raw)) && !qualified) break;
    group.push(next);
    i = step;
  }
  return group;
}

/** '"Together with the United States, we call on Russia …"': a partner set before the clause's own subject. */
function partnerFirst(text: string, from: number, m: Mention): boolean {
  const segmentStart = Math.max(from, text.lastIndexOf(',', m.start) + 1);
  return /^(?:(?:together|along) with|alongside)\b/i.test(text.slice(segmentStart, m.start).trim().replace(/^["“*_]+/, '')) && /^\W*$/.test(text.slice(from, segmentStart));
}

/** An actor inside an introductory adverbial ("In December, before Trump took office, ...") whose comma closes
 *  before `pos` is not the subject; "While France supports X, ..." keeps France for a trigger inside the clause. */
function adverbial(text: string, from: number, m: Mention, pos: number): boolean {
  const segmentStart = Math.max(from, text.lastIndexOf(',', m.start) + 1);
  // A quotation may open on the adverbial: '"Unlike Russia, we …'.
  const segment = text.slice(segmentStart, m.start).trim().replace(/^["“*_]+/, '');
  // "On Thursday, at the European Council in Brussels, the leaders approved…": nor is a scene set before the subject.
  const opener = /^(?:before|after|when|while|although|though|since|if|because|once|until|unless|unlike|despite|during|amid|as|according to|in the words of|(?:at|in)\s+(?:the|a|an)\b)/i;
  // "insisted that if Ukraine is not granted X, ...": the subordinator may also stand right before the actor.
  if (!opener.test(segment) && !partnerFirst(text, from, m) && !/\b(?:if|unless|when|once|until|because|although|though)\s+(?:the\s+)?$/i.test(segment)) return false;
  const comma = text.indexOf(',', m.end);
  return comma !== -1 && comma < pos;
}

/** "U.S. security priorities", "Lack of U.S. Support": a country used as an adjective before a noun is no actor. */
function modifierUse(text: string, m: Mention): boolean {
  // "Russia's foreign ministry has warned…": a body of the state speaks for it.
  if (/^[’']s\s+(?:(?:foreign|defen[cs]e|interior)\s+)?(?:ministry|government|cabinet|spokesman|spokeswoman|spokesperson|leadership)\b/i.test(text.slice(m.end, m.end + 40))) return false;
  if (/^[’']s\b/.test(text.slice(m.end, m.end + 3))) return true;
  // "The Trump administration has promised…": a person's name before a body of theirs names the body, not the person.
  if (m.type === 'PERSON') return /^\s+(?:administration|government|camp|team|aides|allies|cabinet)\b/i.test(text.slice(m.end, m.end + 20));
  if (m.type !== 'COUNTRY' || m.source === 'demonym') return false;
  const next = /^\s+([A-Za-z]+)/.exec(text.slice(m.end))?.[1];
  return next !== undefined && MODIFIED_NOUNS.test(next.toLowerCase());
}
const MODIFIED_NOUNS = /^(?:security|military|defen[cs]e|priorities|policy|policies|forces|troops|army|commitments?|support|involvement|aid|interests|strategy|administration|position|stance|economy|officials|government|leadership|intelligence|air|ground|border|borders|capabilities|partners|allies|pressure|statements)$/;

/** "meeting with President Trump", "from Paris": the object of a preposition is not the subject of what follows. */
// "together with Finland, Sweden and Norway, joined…": a companion of the subject is a subject too.
// "Tusk told the Sejm that…": the one a speaker tells something is an addressee, not a subject.
// "The Five Star Movement of Giuseppe Conte is against…": the leader named after "of" owns the subject, is not it.
const owned = (text: string, from: number, m: Mention) => /\b(?:Movement|Party|party|government|office|camp|team|administration|cabinet|faction|bloc)\s+of\s+$/.test(text.slice(Math.max(from, m.start - 30), m.start));
const prepositional = (text: string, from: number, m: Mention) => owned(text, from, m) || !/\b(?:together|along)\s+with\s+(?:the\s+)?$/i.test(text.slice(Math.max(from, m.start - 20), m.start)) && /\b(?:with|without|to|for|from|against|about|between|on|into|toward|towards|told|tells|telling|informed|assured|reassured|briefed)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+)*$/u.test(text.slice(Math.max(from, m.start - 60), m.start));

const BOUNDARIES = [';', ' – ', ': ', ', while ', ', whereas '];
// Also a participle that reports ("…, saying “…”", "with the minister stating that “…”").
/** Verbs that report a clause as "said" does, beyond the common ones each pattern lists itself: "he recalled that…". */
export const CLAUSE_REPORTERS = String.raw`recalled|explained|admitted|acknowledged|conceded|maintained|reaffirmed|declared|affirmed|pointed out`;
const REPORTED = String.raw`(?:said|says|stated|states|added|told|insisted|argued|stressed|noted|warned|explained|declared|saying|stating|adding|insisting|arguing|stressing|noting|warning)`;
// The reporting verb where attribution looks for it (compiled once: these run for every quotation).
const REPORTED_INTRO = new RegExp(String.raw`\b${REPORTED}\s*:\s*$`);
const REPORTED_IN_GAP = new RegExp(String.raw`^[^.;]{0,40}?\b${REPORTED}\s*$`);
// A speaker written after the verb with the office before the name, or the office alone: '…," said the Foreign Minister
// Anna Lind', '…," repeated the Swedish foreign minister, Anna Lind', '…," said the Chancellor'.
const REPORTED_TITLED_GAP = new RegExp(String.raw`^\s*,?\s*(?:${REPORTED}|repeated|replied)\s+the(?:\s+(?:[\p{L}-]+\s+){0,3}(?:minister|secretary|president|chancellor|premier|spokes(?:man|woman|person)|envoy|leader|chief|adviser|advisor|commissioner|ambassador|negotiator|general))?,?\s*$`, 'iu');
const REPORTED_AFTER_APPOSITION = new RegExp(String.raw`^\s*(?:,[^;]{0,60}?,)?\s+${REPORTED}\b`);
const REPORTED_WORD = new RegExp(String.raw`\b${REPORTED}\b`);
const REPORTED_BEFORE_QUOTE = new RegExp(String.raw`^(?:,[^,;"“”]{1,60},)?\s+(?:has\s+|had\s+)?${REPORTED}(?:\s+[\w.]+){0,3}?\s*[:,]?\s*$`);
const REPORTED_LEAD = new RegExp(String.raw`(\b(?:he|she)\b)?\s+${REPORTED}(?:\s+\w+){0,3}?,?\s*$`, 'i');
const REPORTED_AFTER_NAME = new RegExp(String.raw`^(?:,[^;]{0,100}?,|,)?\s+${REPORTED}\b`);
const PRONOUN_REPORTED = new RegExp(`^\\s*,?\\s*(?:he|she)\\s+${REPORTED}`, 'i');
const SECTION_BREAK = /\n[ \t]*(?:#{1,6}\s|(?:-{3,}|\*{3,}|_{3,})[ \t]*(?:\n|$))/;
const LEADERS_GROUP = /\bthe\s+(?:leaders|ministers|heads of (?:state|government)|(?:foreign|defen[cs]e) ministers)\b[^,.;]*$/i;
const PRONOUN_GROUP = /\b(?:they|both leaders|the two leaders|both men|both women|the two men|the two women|both countries|the two countries|both governments|(?:the|all)\s+(?:three|four|five|six|seven|eight)(?:\s+(?:leaders|men|women|ministers|countries|governments|heads of (?:state|government)))?)\b[^,.;]*$/i;
// "the four said in a joint statement", "the three leaders added": a counted group is the last group of that many.
const COUNTED = /\b(?:the|all)\s+(three|four|five|six|seven|eight)\b/i;
const COUNTS = ['three', 'four', 'five', 'six', 'seven', 'eight'];
const countOf = (words: string) => { const m = COUNTED.exec(words); return m ? COUNTS.indexOf(m[1].toLowerCase()) + 3 : undefined; };
const GROUP_REPORTED = new RegExp(String.raw`^\s*,?\s*(?:they|(?:the|all)\s+(?:three|four|five|six|seven|eight)(?:\s+(?:leaders|men|women|ministers|heads of (?:state|government)))?)\s+(?:also\s+)?${REPORTED}\b`, 'i');

/** Where the clause holding `pos` starts: after a semicolon, a colon, ", while", or a dash that is not one of a
 *  parenthetical pair ("some capitals—led by Paris and London—have suggested"). */
export function clauseStart(text: string, sentence: Sentence, pos: number): number {
  let start = sentence.start;
  // Search the sentence only: lastIndexOf over the whole text would make long articles quadratic.
  const head = text.slice(sentence.start, pos);
  for (const c of BOUNDARIES) {
    const at = head.lastIndexOf(c);
    if (at >= 0 && sentence.start + at + c.length <= pos) start = Math.max(start, sentence.start + at + c.length);
  }
  const dashes = matchesOf(text.slice(sentence.start, pos), /—/g).map((d) => sentence.start + d.index);
  if (dashes.length % 2 === 1) start = Math.max(start, dashes[dashes.length - 1] + 1);
  else if (dashes.length) start = Math.max(start, ...dashes.slice(0, -2).filter((_, i) => i % 2 === 1).map((d) => d + 1));
  return start;
}

/** A quotation set as its own paragraph after "Defence Secretary Jan Nowak said:" belongs to that speaker, and so do the
 *  paragraphs after it that open with a quotation mark while the one before never closed (a press release's long quote). */
function introducedSpeaker(text: string, sentence: Sentence, ctx: RelationContext): Mention[] | undefined {
  let lineStart = text.lastIndexOf('\n', sentence.start - 1) + 1;
  if (!/^\s*[“"]/.test(text.slice(lineStart, sentence.start + 1))) return undefined;
  for (let hops = 0; hops < 8; hops++) {
    const prevStart = text.lastIndexOf('\n\n', lineStart - 3) + 2;
    const prev = text.slice(prevStart, lineStart).trim();
    if (prevStart < 2 || !/^[“"]/.test(prev) || (prev.match(/["“”]/g)?.length ?? 0) % 2 === 0) break;
    lineStart = prevStart;
  }
  const intro = REPORTED_INTRO.exec(text.slice(Math.max(0, lineStart - 200), lineStart));
  if (!intro) return undefined;
  const introAt = Math.max(0, lineStart - 200) + intro.index;
  const speaker = ctx.mentions?.filter((m) => m.type === 'PERSON' && !m.appositive && m.end <= introAt && introAt - m.end < 60).pop();
  // "Speaking to the chiefs, the Prime Minister said:": a title for the person the text is about.
  const titled = !speaker && /\bthe\s+(?:prime minister|president|chancellor|premier|minister|secretary|PM)\s*$/i.test(text.slice(Math.max(0, introAt - 40), introAt)) ? ctx.lastPerson : undefined;
  return speaker ? [speaker] : titled ? [titled] : undefined;
}

/** Whether a curly quotation opened earlier in the paragraph is still open at `at`. */
export function openQuoteBefore(text: string, at: number): boolean {
  const paragraph = text.slice(Math.max(text.lastIndexOf('\n', at - 1) + 1, at - 1500), at);
  // Straight quotes alternate: an odd count leaves one open.
  return paragraph.lastIndexOf('“') > paragraph.lastIndexOf('”') || (!paragraph.includes('“') && (paragraph.match(/"/g)?.length ?? 0) % 2 === 1);
}

const PRONOUN_SPEAKER_AFTER = new RegExp(String.raw`^\s*,?\s*(?:he|she)\s+(?:has\s+|had\s+)?${REPORTED}\b`, 'i');
const TITLE_SPEAKER = new RegExp(String.raw`^\s*the\s+(?:PM|prime minister|premier|chancellor|president(?: of the (?:council(?: of ministers)?|republic|government))?|head of government|head of state)\s+${REPORTED}\b`, 'i');

/** Where the quotation open at the start of `ahead` closes, -1 if it does not or another opens first. A quotation
 *  carried over paragraphs leaves each one open and opens the next with a quotation mark again ('“We are ready.¶“We
 *  will go,” she said.'); a paragraph that does not reopen it ends it. */
function quoteClose(ahead: string): number {
  let k = 0;
  for (let hops = 0; hops < 4; hops++) {
    const rest = ahead.slice(k);
    const close = rest.search(/[”"]/);
    const pause = rest.indexOf('\n\n');
    if (close >= 0 && (pause < 0 || close < pause)) return rest.slice(0, close).includes('“') ? -1 : k + close;
    if (pause < 0 || rest.slice(0, pause).includes('“')) return -1;
    const reopen = /^\n\n[ \t]*[“"]/.exec(rest.slice(pause));
    if (!reopen) return -1;
    k += pause + reopen[0].length;
  }
  return -1;
}

/** The speaker named right after the quotation that is open at `from` closes ("… the end,” Varga said.). */
function speakerAfterClose(text: string, from: number, ctx: RelationContext): Mention[] | undefined {
  const close = quoteClose(text.slice(from, from + 1500));
  if (close < 0) return undefined;
  const at = from + close + 1;
  const speaker = ctx.mentions?.find((m) => m.type === 'PERSON' && !m.appositive && m.start >= at && m.start - at < 60);
  // "…,” the President of the Council declared": a bare title after the quotation is the person met last.
  if (!speaker) {
    // Or '… closer," he said.': a pronoun after the close is the person the text is about.
    const title = TITLE_SPEAKER.exec(text.slice(at, at + 80));
    // '"We back it. We are ready," she said' after a man was named: the pronoun's person, of its gender.
    const said = title ? null : PRONOUN_SPEAKER_AFTER.exec(text.slice(at, at + 40));
    const person = said ? ctx.agreeing?.(said[0]) ?? ctx.lastPerson : ctx.lastPerson;
    const found = title ?? said;
    // The mention stands where the title does: the speaker is named here, in other words.
    return found && person ? [{ ...person, start: at + found.index, end: at + found[0].length, source: 'anaphor', appositive: false }] : undefined;
  }
  const gap = text.slice(at, speaker.start);
  const tail = text.slice(speaker.end, speaker.end + 40);
  return REPORTED_IN_GAP.test(gap) || REPORTED_TITLED_GAP.test(gap) || REPORTED_AFTER_APPOSITION.test(tail) ? [speaker] : undefined;
}

const REPORTED_COLON = new RegExp(String.raw`\b${REPORTED}(?:\s+[\w.]+){0,3}?\s*:\s*$`);
const BOLD_QUESTION = /^\s*(?:\*\*|__)[^*_\n]+\?\s*(?:\*\*|__)\s*$/;
const quoteMarks = (s: string) => s.match(/["“”]/g)?.length ?? 0;

const WORD_COLON_END = /\p{L}:\s*$/u;
/** A quotation no one is said to speak, read as the words of the person its paragraph is about: 'Lind is blunt. "I am
 *  against it. …"', 'She paused. "…Today I support the force…"' (the pronoun's person), or, in an interview, an answer
 *  that is a whole paragraph in quotation marks after a question in bold (the person interviewed: the one the article
 *  names most). Nothing when the quotation closes on a speaker of its own, or follows other words in quotation marks. */
function quotationHolder(text: string, sentence: Sentence, pos: number, ctx: RelationContext): Mention[] | undefined {
  const para = text.lastIndexOf('\n', sentence.start - 1) + 1;
  // The quotation open at `pos`: the last opening mark of the paragraph before it that has not closed.
  let open = -1;
  let straight = false;
  for (let k = para; k < pos; k++) {
    const c = text[k];
    if (c === '“') open = k;
    else if (c === '”') open = -1;
    else if (c === '"') (straight = !straight) ? (open = k) : (open = -1);
  }
  if (open < 0 || !ctx.mentions) return undefined;
  const lead = text.slice(para, open);
  // The opening mark starts a sentence of its own, after any earlier quotation of the paragraph has closed.
  // Or it follows the words that introduce it ("Speaking to reporters, Holt said: “…").
  // Or a colon ends the sentence that introduces it ("X spoke to reporters before the summit: “…").
  if (quoteMarks(lead) % 2 === 1 || !(/(?:^|[.!?]\s+)[*_]*$/.test(lead) || REPORTED_COLON.test(lead) || WORD_COLON_END.test(lead))) return undefined;
  // Its close: neither a speaker nor a reporting verb after it in the same sentence.
  const closeAt = text.slice(pos).search(/[”"]/);
  if (closeAt < 0) return undefined;
  const after = text.slice(pos + closeAt + 1, pos + closeAt + 120).split(/[.!?\n]/)[0];
  if (REPORTED_WORD.test(after) || /\b(?:he|she|they)\s+(?:added|wrote|declared|replied|continued|recalled|told)\b/i.test(after) || ctx.mentions.some((m) => m.type === 'PERSON' && m.start > pos + closeAt && m.end <= pos + closeAt + 1 + after.length)) return undefined;
  // The sentence that introduces it: the paragraph's last before the quotation, after any earlier quotation.
  const body = lead.replace(/[\s*_]+$/, '');
  const from = para + Math.max(lead.lastIndexOf('”'), lead.lastIndexOf('"'), body.slice(0, -1).search(/[.!?]\s+(?=[^.!?]*$)/)) + 1;
  // Not one named as the object of a preposition ("Asked about Putin, …:").
  const people = ctx.mentions.filter((m) => m.type === 'PERSON' && !m.appositive && m.start >= from && m.end <= open && !prepositional(text, from, m));
  if (people.length) return new Set(people.map((m) => m.key)).size === 1 ? [people[0]] : undefined;
  const intro = text.slice(from, open);
  if (/^\s*(?:[\p{L},]+\s+){0,3}?(?:he|she|He|She)\s+\w+/u.test(intro)) {
    // "She paused.": the person met last before that sentence.
    const last = [...ctx.mentions].reverse().find((m) => m.type === 'PERSON' && !m.appositive && m.end <= from && from - m.end < 1500);
    return last ? [last] : undefined;
  }
  if (/\S/.test(lead)) return undefined;
  // An answer of an interview: the paragraph before is a question in bold.
  const prevEnd = text.lastIndexOf('\n', para - 2);
  const previous = text.slice(text.lastIndexOf('\n', prevEnd - 1) + 1, prevEnd).trim() ? text.slice(text.lastIndexOf('\n', prevEnd - 1) + 1, prevEnd) : text.slice(text.lastIndexOf('\n', para - 3) + 1, para - 1);
  if (!BOLD_QUESTION.test(previous) && !BOLD_QUESTION.test(text.slice(text.lastIndexOf('\n', para - 2) + 1, para - 1))) return undefined;
  const counts = new Map<string, { m: Mention; n: number }>();
  for (const m of ctx.mentions) if (m.type === 'PERSON' && !m.appositive) counts.set(m.key, { m, n: (counts.get(m.key)?.n ?? 0) + 1 });
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n);
  // Only a clear interviewee: named more often than anyone else.
  return ranked.length && (ranked.length === 1 || ranked[0].n > ranked[1].n) ? [ranked[0].m] : undefined;
}

/** Inside a quotation (straight or curly), the speaker named just before or after it ("..., he said, “…”"). */
function quoteSpeaker(text: string, sentence: Sentence, ms: Mention[], pos: number, ctx: RelationContext, pastActors = false): Mention[] | undefined {
  const before = text.slice(sentence.start, pos);
  const open = Math.max(before.lastIndexOf('“'), before.lastIndexOf('"'));
  const inside = before.includes('“') ? before.lastIndexOf('“') > before.lastIndexOf('”') : (before.match(/"/g)?.length ?? 0) % 2 === 1;
  // A sentence that opens inside a quotation begun in the one before ("This is the reality,” Zelenskyy stated.").
  const rest = text.slice(pos, sentence.end);
  const continued = !before.includes('"') && !before.includes('“') && (/^[^“”"]*”/.test(rest) || (rest.match(/"/g)?.length ?? 0) % 2 === 1);
  // A quotation that runs over several sentences, its speaker named after it closes.
  const spanning = !inside && !continued && openQuoteBefore(text, sentence.start);
  // Unless the quoted sentence reports someone else's words ("…Prime Minister X said in March that Estonia was ready…").
  if (spanning) return ms.some((m) => isActor(m) && !m.appositive && m.start >= sentence.start && m.end <= pos && !/^\s*(?:[’']s)/.test(text.slice(m.end))) && REPORTED_WORD.test(text.slice(sentence.start, pos)) ? undefined : speakerAfterClose(text, sentence.end, ctx) ?? quotationHolder(text, sentence, pos, ctx);
  if (!inside && !continued) return undefined;
  // 'Marek said: "We are ready. We will send troops."': a later sentence of a quotation opened after its speaker.
  if (continued) {
    const opened = Math.max(text.lastIndexOf('“', sentence.start), text.lastIndexOf('"', sentence.start));
    const speaker = opened > 0 && !text.slice(opened, sentence.start).includes('\n') ? ctx.mentions?.filter((m) => m.type === 'PERSON' && !m.appositive && m.end <= opened && opened - m.end < 80).pop() : undefined;
    if (speaker && REPORTED_BEFORE_QUOTE.test(text.slice(speaker.end, opened))) return [speaker];
  }
  const quoteStart = inside ? sentence.start + open : sentence.start;
  // Not a partner set before the quoted clause's subject ('"Together with the United States, we call on …"').
  if (!pastActors && ms.some((m) => isActor(m) && !m.appositive && m.start > quoteStart && m.end <= pos && !/^\s*(?:[’']s)/.test(text.slice(m.end)) && !(partnerFirst(text, quoteStart, m) && adverbial(text, quoteStart, m, pos)))) return undefined;
  const pronoun = (p: Mention | undefined) => (p ? [p] : undefined);
  // Before: "Hegseth said, “…" / "he said, “…".
  const lead = REPORTED_LEAD.exec(text.slice(sentence.start, quoteStart));
  if (inside && lead) {
    // "Zelensky rejected it on Tuesday: Ukraine, he said, “…”": a pronoun stands for the person its own sentence has
    // already named (the first, not one named only as a possessive), before one of the sentences before.
    const named = lead[1] ? ms.find((m) => m.type === 'PERSON' && m.start >= sentence.start && m.end <= sentence.start + lead.index && !/^[’']s\b/.test(text.slice(m.end, m.end + 3))) : undefined;
    if (lead[1]) return pronoun(named ?? ctx.lastPerson ?? [...ms].reverse().find((m) => m.type === 'PERSON' && m.end <= quoteStart));
    const speaker = [...ms].reverse().find((m) => m.type === 'PERSON' && !m.appositive && m.end <= sentence.start + lead.index + 1);
    if (speaker) return [speaker];
  }
  // After: "…,” Starmer said." / "…,” said Starmer.".
  const closeAt = text.slice(pos, sentence.end).search(/[”"]/);
  if (closeAt < 0) return inside && !lead ? speakerAfterClose(text, sentence.end, ctx) ?? quotationHolder(text, sentence, pos, ctx) : undefined;
  const close = pos + closeAt + 1;
  const after = ms.find((m) => m.type === 'PERSON' && !m.appositive && m.start >= close && m.start - close < 60);
  const tail = text.slice(close, sentence.end);
  // Also past an apposition that closes before the verb ('…,” the defence minister, Ivo Marek, said').
  if (after && (REPORTED_IN_GAP.test(text.slice(close, after.start)) || REPORTED_TITLED_GAP.test(text.slice(close, after.start)) || REPORTED_AFTER_NAME.test(text.slice(after.end, sentence.end)))) return [after];
  // '"… We will play our full part," the Prime Minister said.': the last sentence of a quotation begun earlier, closed
  // by a bare title, is the words of the person the text is about (the title itself names no one).
  const title = !after && !inside ? TITLE_SPEAKER.exec(text.slice(close, close + 80)) : null;
  if (title && ctx.lastPerson) return [{ ...ctx.lastPerson, start: close + title.index, end: close + title[0].length, source: 'anaphor', appositive: false }];
  if (/^\s*,?\s*(?:he|she)\s+/i.test(tail) && PRONOUN_REPORTED.test(tail)) return pronoun(ctx.lastPerson);
  // '…," the four said in a joint statement', '…," they said': the group the text met last, of that many.
  const groupSaid = GROUP_REPORTED.exec(tail);
  const counted = groupSaid ? countOf(groupSaid[0]) : undefined;
  if (groupSaid && ctx.lastGroup && ctx.lastGroup.length > 1 && (counted === undefined || ctx.lastGroup.length === counted)) return ctx.lastGroup;
  // 'Marek was blunt. "Estonia will not send troops."': a quotation that is the whole sentence, with no speaker of its
  // own, is the words of the person the paragraph's sentence before it was about.
  if (inside && /^\W*$/.test(text.slice(sentence.start, quoteStart)) && /^[\s.!?*]*$/.test(tail) && ctx.lastPerson && ctx.lastPerson.end < sentence.start && !text.slice(ctx.lastPerson.end, sentence.start).includes('\n')) {
    const previous = text.slice(Math.max(0, text.lastIndexOf('.', sentence.start - 2) + 1), sentence.start);
    if (!/["“”]/.test(previous)) return [ctx.lastPerson];
  }
  return !lead && /^[\s.!?*]*$/.test(tail) ? quotationHolder(text, sentence, pos, ctx) : undefined;
}

// "It said…", "The statement added…": a sentence reporting a document or an office, whose holders the sentence before named.
export const DOCUMENT_SUBJECT = /^\W*(?:It|The (?:joint )?(?:statement|declaration|letter|communiqu[ée]|readout))\s+(?:also\s+|again\s+)?(?:said|says|repeated|added|stated|stressed|warned|insisted|reaffirmed|declared|urged|called)\b/;
const DOCUMENT_ISSUED = /\b(?:signed|issued|released|published|put out|sent)\s+(?:a|the|their)\s+(?:joint\s+)?(?:statement|declaration|letter|communiqu[ée])\b/g;
const OFFICE_SAID = /(?:[’']s|\b(?:his|her))\s+(?:office|spokes(?:man|woman|person)|press office)\s+(?:has\s+)?said\b/g;
const SENTENCE_END = /[.!?][”"’']?\s+(?=\S)/g;

/** Who holds what "It said…" reports: the people who signed the statement the sentence before named ("A, B and C signed
 *  a joint statement with D. It said…"), or the person whose office spoke there ("…, her office said. It repeated…"). */
function documentHolders(text: string, sentence: Sentence, ctx: RelationContext): Mention[] | undefined {
  if (!DOCUMENT_SUBJECT.test(sentence.text) || !ctx.mentions) return undefined;
  // The sentence before, in the same paragraph.
  const para = text.lastIndexOf('\n', sentence.start - 1) + 1;
  const before = text.slice(Math.max(para, sentence.start - 600), sentence.start);
  const ends = matchesOf(before.trimEnd(), SENTENCE_END);
  const from = sentence.start - before.length + (ends.length ? ends[ends.length - 1].index + ends[ends.length - 1][0].length : 0);
  const previous = text.slice(from, sentence.start);
  const people = ctx.mentions.filter((m) => m.type === 'PERSON' && !m.appositive && m.start >= from && m.end <= sentence.start);
  const issued = matchesOf(previous, DOCUMENT_ISSUED).pop();
  if (issued) {
    const at = from + issued.index;
    // The signers before the verb, and those it was signed "with".
    const withAt = previous.slice(issued.index + issued[0].length).search(/^\s+with\b/) === 0 ? at + issued[0].length : -1;
    const holders = people.filter((m) => m.end <= at || (withAt >= 0 && m.start > withAt));
    return holders.length ? [...new Map(holders.map((m) => [m.key, m])).values()] : undefined;
  }
  const office = matchesOf(previous, OFFICE_SAID).pop();
  if (!office) return undefined;
  const at = from + office.index;
  const owner = /^[’']s/.test(office[0]) ? people.find((m) => m.end === at) : people[0];
  return owner ? [owner] : undefined;
}

/** The actors who hold a stance stated by a trigger at `pos`. */
/** Between a clause's subject and a trigger inside a quotation of its predicate alone: ' "strongly backs" ', ' was still
 *  "open to ' (a copula, an adverb, then the quotation opening). */
const PARTIAL_QUOTE = /^\s+(?:(?:is|was|are|were|remains?|remained|stands?|stood|would be|will be|has been|had been|have been)\s+)?(?:(?:still|now|also|already|again|fully|firmly|very)\s+)?["“][^"“”.;,]{0,30}$/;
export function subjectsAt(text: string, sentence: Sentence, ms: Mention[], pos: number, ctx: RelationContext): Mention[] {
  if (ctx.document) return documentSubjects(text, sentence, ms, pos, ctx, ctx.document);
  const quoted = quoteSpeaker(text, sentence, ms, pos, ctx);
  if (quoted) {
    // 'Germany, he said, "will contribute to the guarantees"': a country set before the speaker's parenthesis is the
    // subject of the quoted clause, and holds the stance with the one who says so.
    // Also after a colon: "Zelensky rejected it: Ukraine, he said, “will not …”".
    const colon = text.slice(sentence.start, pos).lastIndexOf(': ');
    const from = colon < 0 ? sentence.start : sentence.start + colon + 2;
    const head = ms.find((m) => m.start >= from);
    const lead = head && /^\W*$/.test(text.slice(from, head.start)) && head.type === 'COUNTRY' && !head.location && /^,\s*(?:he|she)\s+(?:has\s+)?(?:said|says|added|insisted|stressed|declared)(?:\s+(?:in|on|last|this)\s+\w+)?\s*,\s*["“]/i.test(text.slice(head.end, head.end + 50)) ? head : undefined;
    if (lead && lead.end <= pos && !quoted.some((m) => m.key === lead.key)) return [lead, ...quoted];
    // 'the envoy said Washington "strongly backs" the guarantees': a quotation of the verb alone, opened right after an
    // actor, quotes that actor's words, held with the one who says so.
    // Also past a copula and an adverb: 'said Australia was still "open to considering" a contribution'.
    const before = [...ms].reverse().find((m) => isActor(m) && !m.appositive && m.start >= sentence.start && m.end <= pos && PARTIAL_QUOTE.test(text.slice(m.end, pos)));
    return before && !quoted.some((m) => m.key === before.key) ? [before, ...quoted] : quoted;
  }
  const subjects = clauseSubjects(text, sentence, ms, pos, ctx);
  // "Ukraine, they write, must have guarantees": the group that spoke last speaks in the parenthesis, and what it says
  // a state must have is the group's demand, not that state's stance.
  const aside = ctx.lastGroup && ctx.lastGroup.length > 1 ? THEY_ASIDE.exec(text.slice(sentence.start, pos)) : null;
  if (aside) return [...(BENEFICIARY.test(text.slice(sentence.start + aside.index + aside[0].length, pos)) ? [] : subjects), ...ctx.lastGroup!];
  // "Ukraine must have guarantees, they said.": the same group named after the clause, where the clause's own subject
  // is no more than one state or body ("Britain and France will go, they said" is about those two).
  const trailing = !aside && ctx.lastGroup && ctx.lastGroup.length > 1 && subjects.length <= 1 && !subjects.some((m) => m.type === 'PERSON') ? THEY_TRAILING.exec(text.slice(pos, sentence.end).slice(text.slice(pos, sentence.end).lastIndexOf(',') + 1)) : null;
  if (trailing && text.slice(pos, sentence.end).includes(',')) return [...(subjects.length && BENEFICIARY.test(text.slice(subjects[0].end, pos)) ? [] : subjects), ...ctx.lastGroup!];
  const documented = documentHolders(text, sentence, ctx);
  if (documented) return [...subjects, ...documented.filter((m) => !subjects.some((s) => s.key === m.key))];
  // '"That is why the UK is prepared to put boots on the ground," Starmer said': a country that is the subject of a
  // quoted clause holds the stance, and so does the one who speaks for it.
  const countries = subjects.length > 0 && subjects.every((m) => m.type === 'COUNTRY');
  const introduced = introducedSpeaker(text, sentence, ctx);
  if (introduced) return countries && !subjects.some((m) => m.key === introduced[0].key) ? [...subjects, ...introduced] : introduced;
  if (countries) {
    const speaker = quoteSpeaker(text, sentence, ms, pos, ctx, true);
    // Named in this sentence, or by a title after the quotation closes in a later one.
    if (speaker?.length === 1 && (speaker[0].end <= sentence.end || speaker[0].source === 'anaphor') && !subjects.some((m) => m.key === speaker[0].key) && !foreign(subjects, speaker[0], ctx)) return [...subjects, speaker[0]];
  }
  // "BREKELMANS: … we will only take part if there is an American backstop": "I" or "we" in a transcript's turn is the
  // one whose label opens it.
  const turn = (subjects.length && !countries) || ctx.noTurn ? undefined : turnSpeaker(text, sentence, ctx);
  if (turn && !subjects.length && TURN_PRONOUN.test(text.slice(clauseStart(text, sentence, pos), pos))) return [turn];
  // A letter to the editor: what its "I" or "we" stands for, or what it says of a proposal that opens a clause ("Security
  // guarantees must be real"), is held by the writer who signs it below.
  const writer = subjects.length || turn || ctx.noTurn || !ctx.mentions ? undefined : letterWriter(text, sentence.start, ctx.mentions);
  if (writer && /^[\W]*$|\b(?:I|[Ww]e)\b/.test(text.slice(clauseStart(text, sentence, pos), pos)) && TURN_PRONOUN.test(`I ${text.slice(clauseStart(text, sentence, pos), pos)}`)) return [writer];
  // "**The Prime Minister (Keir Starmer):** … Britain is prepared to back a deal": the state whose office the turn's
  // speaker holds, as the subject of the speaker's own words, is a stance of the speaker too.
  if (turn && countries && !subjects.some((m) => m.key === turn.key) && subjects.every((m) => ctx.speaksFor?.(turn, m) === true)) return [...subjects, turn];
  const listed = subjects.length ? [] : labelSubject(text, sentence, ms, pos) ?? sourcedSubject(text, sentence, ms) ?? listedSubjects(text, sentence, ms, pos);
  if (listed.length) return listed;
  const speaker = trailingSpeaker(text, sentence, ms, pos, ctx) ?? colonSpeaker(text, sentence, ms, pos, ctx);
  // "Macron would send troops, Starmer said": a claim about another person's stance is not the speaker's own, nor one
  // about another state's ("Russia rejects the truce, Starmer said").
  // "Putin must accept the ceasefire, Macron said": what another must do is the speaker's demand alone.
  if (speaker && subjects.length && subjects.every((s) => s.key !== speaker.key && (s.type === 'PERSON' || foreign([s], speaker, ctx))) && DEMANDED.test(text.slice(subjects[subjects.length - 1].end, pos + 20))) return [speaker];
  if (!speaker || subjects.some((s) => s.key === speaker.key || s.type === 'PERSON') || foreign(subjects, speaker, ctx)) return subjects;
  return [...subjects, speaker];
}

// "I" or "we" as the subject of the stance's own clause: not one before a clause of someone else's ("I welcomed Zelensky
// to Downing Street, where the Chancellor signed a loan").
const TURN_PRONOUN = /\b(?:I|[Ww]e)\b(?![^]*\b(?:where|which|who|whom|whose|when|while|whereas|because)\b)/;

/** Whether every one of `subjects` is a state that `speaker` is known not to speak for. */
const foreign = (subjects: Mention[], speaker: Mention, ctx: RelationContext) => subjects.length > 0 && subjects.every((m) => m.type === 'COUNTRY' && ctx.speaksFor?.(speaker, m) === false);

const CAPITALS_TO_NAME = /^[\s*_]*(?:\p{Lu}[\p{Lu}.’'-]*\s+){0,3}$/u;
/** A transcript's speaker label in capitals at the head of its line ("REYES:", "ANNA REYES (ROME):", "DR PRIYA LINDQVIST:"). */
export function speakerLabel(text: string, m: { start: number; end: number; text: string }): boolean {
  if (m.text !== m.text.toUpperCase()) return false;
  const before = text.slice(text.lastIndexOf('\n', m.start - 1) + 1, m.start);
  return CAPITALS_TO_NAME.test(before) && /^[*_]*\s*(?:\([^)\n]{0,40}\))?\s*[*_]*:/.test(text.slice(m.end, m.end + 50));
}
const SPEAKER_LABEL = /^[\s*_]*\p{Lu}[\p{Lu}.’' -]*[*_]*\s*(?:\([^)\n]{0,40}\))?\s*[*_]*:/u;
/** The person whose transcript label ("BREKELMANS:", "**ANNA REYES (ROME):**") opens the sentence's line, or whose
 *  bold label in a parliamentary record opens the turn the sentence's paragraph belongs to. */
function turnSpeaker(text: string, sentence: Sentence, ctx: RelationContext): Mention | undefined {
  const line = text.lastIndexOf('\n', sentence.start - 1) + 1;
  // Most lines open with no label: looked for first, the mentions are searched only where one is.
  if (SPEAKER_LABEL.test(text.slice(line, line + 80))) {
    const labelled = ctx.mentions?.find((m) => m.start >= line && m.start < line + 30 && m.type === 'PERSON' && speakerLabel(text, m));
    if (labelled) return labelled;
  }
  return ctx.mentions ? boldTurn(text, sentence.start, ctx.mentions) : undefined;
}

// A parliamentary record's (or a transcript's) bold speaker label, in any case, opening a paragraph:
// "**Mrs Kemi Badenoch (North West Essex) (Con):**", "**The Prime Minister (Keir Starmer):**", "**The Prime Minister:**".
const BOLD_LABEL = /^[ \t]*\*\*([^*\n]{1,100}?)(?::\*\*|\*\*:)[ \t]/gmu;
// What ends a turn: a rule, a heading, a line all in bold (a time stamp: "**3.45 pm**") or all in italics.
const TURN_BREAK = /^[ \t]*(?:-{3,}|\*{3,}|#{1,6}\s|\*\*[^*\n]+\*\*[ \t]*$|\*[^*\n]+\*[ \t]*$|_[^_\n]+_[ \t]*$)/gmu;
interface Turn { start: number; speaker?: Mention }
let turnsOf: { text: string; mentions: Mention[]; turns: Turn[]; breaks: number[] } | undefined;
function labelTurns(text: string, mentions: Mention[]) {
  if (turnsOf?.text === text && turnsOf.mentions === mentions) return turnsOf;
  const turns: Turn[] = [];
  for (const label of matchesOf(text, BOLD_LABEL)) {
    const from = label.index;
    const to = from + label[0].length;
    // A title-only label ("**The Prime Minister:**") holds its holder's mention already: titles.ts reads the record's
    // labelled office as that person throughout (labelIssuer).
    const named = mentions.find((m) => m.type === 'PERSON' && m.start >= from && m.end <= to);
    turns.push({ start: from, speaker: named });
  }
  // Only a record with labels has turns: the breaks are looked for in it alone.
  const breaks = turns.length ? matchesOf(text, TURN_BREAK).map((b) => b.index) : [];
  turnsOf = { text, mentions, turns, breaks };
  return turnsOf;
}
/** The speaker of the labelled turn that `at` lies in: the last bold label before it, with no break between. */
function boldTurn(text: string, at: number, mentions: Mention[]): Mention | undefined {
  const { turns, breaks } = labelTurns(text, mentions);
  let turn: Turn | undefined;
  for (const t of turns) if (t.start <= at) turn = t; else break;
  if (!turn?.speaker) return undefined;
  const start = turn.start;
  return breaks.some((b) => b > start && b <= at) ? undefined : turn.speaker;
}

// A signature: a line all in bold that names a person, with no more than a title or letters around the name ("**Maj Gen
// (retd) Anthony Brereton**", "**Fiona Garside MP**"), then a line of address or affiliation, or nothing.
const BOLD_LINE = /^[ \t]*\*\*([^*\n]+)\*\*[ \t]*$/gm;
const TITLE_WORD = /^(?:\(?[\p{Lu}][\p{L}.’'-]*\)?,?|\(?retd\.?\)?)$/u;
const ADDRESS_LINE = /^[ \t]*(?![*#>-])[^\n]{1,100}(?<![.!?:"”])[ \t]*$/;
// Only on a letters page: one where a letter opens with "Sir," or "Dear Editor," (a bold name line alone is a heading).
const SALUTATION = /^[ \t]*(?:Sir|Madam|Dear (?:Sir|Madam|Sirs|Editor))[ \t]*[,:]/m;
let lettersOf: { text: string; mentions: Mention[]; letters: { from: number; to: number; writer: Mention }[] } | undefined;
/** The writer who signs the letter `at` lies in: a signature below it, no break (a rule, a heading, a line in bold or
 *  italics) between. */
export function letterWriter(text: string, at: number, mentions: Mention[]): Mention | undefined {
  if (lettersOf?.text !== text || lettersOf.mentions !== mentions) {
    const letters: { from: number; to: number; writer: Mention }[] = [];
    for (const line of SALUTATION.test(text) ? matchesOf(text, BOLD_LINE) : []) {
      const from = line.index;
      const to = from + line[0].length;
      const writer = mentions.find((m) => m.type === 'PERSON' && !m.appositive && m.start >= from && m.end <= to);
      if (!writer || !`${text.slice(from, writer.start)} ${text.slice(writer.end, to)}`.replace(/\*/g, ' ').split(/\s+/).every((w) => !w || TITLE_WORD.test(w))) continue;
      const next = text.slice(to + 1, text.indexOf('\n', to + 1) < 0 ? text.length : text.indexOf('\n', to + 1));
      if (next.trim() && !ADDRESS_LINE.test(next)) continue;
      const breaks = matchesOf(text.slice(0, from), TURN_BREAK);
      letters.push({ from: breaks.length ? breaks[breaks.length - 1].index : 0, to: from, writer });
    }
    lettersOf = { text, mentions, letters };
  }
  return lettersOf.letters.find((x) => at >= x.from && at < x.to)?.writer;
}

const SPEECH = String.raw`(?:said|says|stated|states|added|told|insisted|argued|stressed|noted|warned|explained|declared|assessed|underlined|emphasi[sz]ed|confirmed|announced|wrote|posted|repeated|claimed)`;
// "…, Meloni's office said", "…, her spokesman said": the office that speaks for a person states that person's stance.
const OFFICE_OF = String.raw`(?:(?:[’']s|\s+(?:his|her))\s+(?:office|spokes(?:man|woman|person)|press (?:office|secretary|service)|aides?|team))`;
const TRAILING_BEFORE = new RegExp(String.raw`^\s*(?:the\s+)?(?:[\p{L}.’'-]+\s+){0,4}$`, 'u');
const TRAILING_VERB = new RegExp(String.raw`^${OFFICE_OF}?\s+(?:has\s+|had\s+|have\s+)?${SPEECH}\b(?![^,;]*\bthat\b)[^,;"“”]{0,45}$`);
const TRAILING_INVERTED = new RegExp(String.raw`^\s*${SPEECH}\s+(?:the\s+)?(?:[\p{L}.’'-]+\s+){0,4}$`, 'u');
const TRAILING_PRONOUN = new RegExp(String.raw`^\s*(?:he|she|(?:his|her)\s+(?:office|spokes(?:man|woman|person)|press (?:office|secretary|service)|aides?|team))\s+(?:has\s+|had\s+)?${SPEECH}\b(?![^,;]*\bthat\b)[^,;"“”]{0,45}$`, 'i');

/** A speaker named in the sentence's last clause ("Warsaw will not send soldiers, Prime Minister Donald Tusk has
 *  said."; "…, assessed Tusk."; "…, he said.") holds the stance stated before it. */
function trailingSpeaker(text: string, sentence: Sentence, ms: Mention[], pos: number, ctx: RelationContext): Mention | undefined {
  const comma = text.slice(pos, sentence.end).lastIndexOf(',');
  if (comma < 0) return parentheticalSpeaker(text, sentence, ms, pos, ctx);
  const from = pos + comma + 1;
  const end = from + text.slice(from, sentence.end).replace(/[\s.!?*”"’)]+$/, '').length;
  // "…, Prime Minister X said on Sunday, a day after he joined a call…": the attribution may be an earlier segment
  // between commas, with a long aside after it.
  if (end - from > 90) return attributionSegment(text, ms, pos, from);
  const person = ms.find((m) => m.type === 'PERSON' && !m.appositive && m.start >= from && m.end <= end);
  if (person) {
    const before = text.slice(from, person.start);
    if (/\b(?:and|but|while|as|when|after|because|if|that|whom?)\b/i.test(before)) return undefined;
    const after = text.slice(person.end, end).replace(PARTY_TAG, '');
    if ((TRAILING_BEFORE.test(before) && TRAILING_VERB.test(after)) || (TRAILING_INVERTED.test(before) && !/\S/.test(after.replace(/^[^,;]{0,40}$/, '')))) return person;
    return undefined;
  }
  // "…, Prime Minister X said on Friday, a day after the leaders met in Paris.": the attribution before a short aside.
  if (!TRAILING_PRONOUN.test(text.slice(from, end))) return attributionSegment(text, ms, pos, from) ?? parentheticalSpeaker(text, sentence, ms, pos, ctx);
  return [...ms].reverse().find((m) => m.type === 'PERSON' && !m.appositive && m.end <= pos) ?? ctx.lastPerson;
}

// A party or a constituency tagged after a name: "Kristen Michal (Reform)", "Friedrich Merz (CDU)".
const PARTY_TAG = /^\s*\([^()\n]{1,30}\)/;

/** The speaker of a "…, Title Name said on Sunday, <aside>" segment between two commas after `pos`, before `last`. */
function attributionSegment(text: string, ms: Mention[], pos: number, last: number): Mention | undefined {
  const commas = [...text.slice(pos, last).matchAll(/,/g)].map((m) => pos + m.index + 1);
  for (let i = 0; i + 1 < commas.length; i++) {
    const [from, end] = [commas[i], commas[i + 1] - 1];
    const person = ms.find((m) => m.type === 'PERSON' && !m.appositive && m.start >= from && m.end <= end);
    if (person && TRAILING_BEFORE.test(text.slice(from, person.start)) && !/\b(?:and|but|while|as|when|after|because|if|that|whom?)\b/i.test(text.slice(from, person.start)) && TRAILING_VERB.test(text.slice(person.end, end).replace(PARTY_TAG, ''))) return person;
  }
  return undefined;
}

// "…, Prime Minister \uFFFC has said, though …": a title may stand before the name.
// Also inverted, as translated copy writes it: "Italy does not send soldiers, repeated premier \uFFFC, but …".
const PARENTHETICAL = new RegExp(String.raw`,\s*(?:(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,3})?(?:([Hh]e|[Ss]he)|\uFFFC${OFFICE_OF}?)\s+(?:has\s+|had\s+)?${SPEECH}(?:\s+[\w.]+){0,3}\s*,|,\s*${SPEECH}\s+(?:the\s+)?(?:(?!(?:on|about|with|to|for|by|from|at|in|against)\s)[\p{L}.’'-]+\s+){0,3}\uFFFC\s*,`, 'u');

/** "The appearance of NATO troops, he explained, changes nothing": a speaker set between commas inside the clause. */
/** Per sentence (its mentions array): where a parenthetical attribution stands, read once for all its triggers. */
const parentheticals = new WeakMap<Mention[], { at: number; person?: Mention } | null>();

function parentheticalSpeaker(text: string, sentence: Sentence, ms: Mention[], pos: number, ctx: RelationContext): Mention | undefined {
  let hit = parentheticals.get(ms);
  if (hit === undefined) {
    hit = null;
    if (/,\s*\S+(?:\s+\S+){0,4}\s+(?:has\s+|had\s+)?\w+(?:\s+[\w.]+){0,3}\s*,/.test(sentence.text)) {
      // Mask the people so one pattern reads "…, Lavrov said, …" and "…, he said, …".
      const people = ms.filter((m) => m.type === 'PERSON' && !m.appositive);
      let masked = text.slice(sentence.start, sentence.end);
      for (const m of [...people].reverse()) masked = masked.slice(0, m.start - sentence.start) + '\uFFFC' + masked.slice(m.end - sentence.start);
      const found = PARENTHETICAL.exec(masked);
      // The n-th placeholder is the n-th person.
      if (found) hit = { at: sentence.start + found.index, ...(found[1] ? {} : { person: people[masked.slice(0, found.index + found[0].indexOf('\uFFFC')).split('\uFFFC').length - 1] }) };
    }
    parentheticals.set(ms, hit);
  }
  if (!hit) return undefined;
  const at = hit.at;
  return hit.person ?? [...ms].reverse().find((m) => m.type === 'PERSON' && !m.appositive && m.end <= Math.min(at, pos)) ?? ctx.lastPerson;
}

/** Between a speaker and the subject of the clause they report: "said that", "told reporters on Monday that", "wrote in
 *  a column published on Sunday that", "has already indicated that". */
// "was equally clear that", "is adamant that": a speaker's certainty reports the clause as surely as "said" does.
const REPORTED_THAT = /\b(?:(?:is|was|are|were|has been|had been)\s+(?:\w+ly\s+)?(?:clear|adamant|firm|emphatic|categorical|insistent|explicit|unequivocal)(?=\s+that\b)|said|says|say|adding|saying|repeating|insisting|stressing|arguing|stated|states|confirmed|confirms|emphasi[sz]ed|emphasi[sz]es|stressed|stresses|added|adds|argued|argues|noted|notes|announced|announces|insisted|insists|repeated|repeats|reiterated|reiterates|underlined|underlines|indicated|indicates|signall?ed|signals|wrote|writes|made (?:it )?clear|told(?:\s+[\w-]+){1,2}?|(?:recall(?:s|ed)|pointed out|explain(?:s|ed)|admitted|acknowledged|conceded|maintain(?:s|ed)|reaffirmed|underscored|declared|affirmed|promised|pledged|vowed)(?=(?:\s+[\w.-]+){0,9}?\s+that\b))(?:(?:,?\s+[\w.-]+){0,9}?,?\s+that|(?:\s+(?:on|in)\s+[\w.-]+(?:\s+\d+)?|\s+(?:this|last|on)\s+\w+|\s+(?:earlier|yesterday|today|afterwards|later|again))?)(?:\s*,[^,.;]{1,30},)?\s+(?:the\s+)?$/;

/** A second reported clause of the same speaker: "Starmer said that any deal needs guarantees and that Britain stood
 *  ready to contribute" — the speaker of the first "that" reports the second too. */
const SECOND_THAT = /\b(?:said|says|stated|told|added|argued|insisted|stressed|repeated|reiterated|warned|wrote|confirmed|announced|recall(?:s|ed)|explain(?:s|ed)|admitted|acknowledged|maintain(?:s|ed)|reaffirmed|declared|affirmed)\b[^;]{0,200}?\bthat\b[^;]{0,200}?,?\s+(?:and|but)\s+(?:also\s+)?that\s+(?:the\s+)?$/;
const reportedThat = (gap: string) => REPORTED_THAT.test(gap) || SECOND_THAT.test(gap);

/** "according to the Kremlin", "in the Kremlin's words", "in Lind's view", "according to a spokesperson for X": the source a sentence
 *  cites holds what it states when no actor of its own does. */
function sourcedSubject(text: string, sentence: Sentence, ms: Mention[]): Mention[] | undefined {
  if (!/\b(?:according to|words\b|view\b|opinion\b|eyes\b)/i.test(sentence.text)) return undefined;
  const source = ms.find((m) => (m.type === 'PERSON' || m.type === 'COUNTRY' || m.type === 'INSTITUTION') && !m.appositive && (
    /\b(?:according to|in the words of)\s+(?:(?:a|the)\s+(?:spokesperson|spokesman|spokeswoman|statement|source|official)s?\s+(?:for|from|of)\s+)?(?:the\s+)?$/i.test(text.slice(Math.max(sentence.start, m.start - 60), m.start))
    || (/\bin\s+(?:the\s+)?$/i.test(text.slice(Math.max(sentence.start, m.start - 8), m.start)) && /^[’']s\s+(?:own\s+)?(?:words|view|opinion|eyes)\b/.test(text.slice(m.end, m.end + 12)))));
  return source ? [source] : undefined;
}

/** "- Estonia: ready to send troops if…", "**Norway** — open to a maritime role": a bullet or line labelled with an actor
 *  states that actor's stance. */
function labelSubject(text: string, sentence: Sentence, ms: Mention[], pos: number): Mention[] | undefined {
  const lineStart = text.lastIndexOf('\n', sentence.start - 1) + 1;
  const label = /^\s*(?:[-*•]\s+)?(?:\*\*)?([^*:—–\n]{2,40}?)(?:\*\*)?\s*(?::|\s[—–]\s)\s*/.exec(text.slice(lineStart, pos));
  if (!label) return undefined;
  const from = lineStart + label.index + label[0].indexOf(label[1]);
  const to = from + label[1].length;
  const actor = ms.find((m) => isActor(m) && m.start === from && m.end === to);
  if (!actor || ms.some((m) => isActor(m) && m.start >= to && m.end <= pos)) return undefined;
  return [actor];
}

/** "Five leaders rang Trump together: A, B, C and D.": a plural subject spelled out in a list after a colon. */
function listedSubjects(text: string, sentence: Sentence, ms: Mention[], pos: number): Mention[] {
  const clause = text.slice(clauseStart(text, sentence, pos), pos);
  const head = clause.slice(clause.lastIndexOf(',') + 1);
  if (!/^\W*(?:the\s+)?(?:\w+\s+){0,2}(?:leaders|ministers|presidents|heads of (?:state|government)|countries|governments|capitals|allies|officials)\b/i.test(head)) return [];
  const colon = text.indexOf(': ', pos);
  if (colon < 0 || colon >= sentence.end) return [];
  const first = ms.find((m) => m.start > colon && isActor(m) && !m.appositive);
  if (!first || !/^:\s+$/.test(text.slice(colon, first.start))) return [];
  const list = coordinated(text, ms, first, 1);
  const last = list[list.length - 1];
  return list.length > 1 && /^[\s.!?*]*$/.test(text.slice(last.end, sentence.end)) ? list : [];
}

/** "Lavrov was clear: the appearance of NATO troops … Russia will not accept it": the person who introduces the clause
 *  after a colon says it. */
function colonSpeaker(text: string, sentence: Sentence, ms: Mention[], pos: number, ctx: RelationContext): Mention | undefined {
  const colon = text.slice(sentence.start, pos).lastIndexOf(': ');
  if (colon < 0) return undefined;
  const at = sentence.start + colon;
  // "X was clear:", "X said:", and "X underlined that the Polish position has not changed: …".
  const intro = /^(?:,[^,.;]{1,60},)?\s+(?:has\s+|had\s+)?(?:also\s+)?(?:(?:was|were|is|has been)\s+(?:\w+\s+)?(?:clear|blunt|categorical|adamant|firm|unequivocal|explicit|emphatic)\s*$|(?:said|says|declared|warned|added|wrote|posted|replied|summari[sz]ed|put it(?:\s+\w+)?)(?:\s+(?:the same|so|as much)(?:\s+(?:in|on|at|to|last|this|earlier|before)\s+[^:;.,"“”]{1,30})?)?\s*$|(?:said|says|stated|declared|underlined|stressed|insisted|repeated|made (?:it )?clear)\s+that\b[^:;]*$)/;
  const named = [...ms].reverse().find((m) => m.type === 'PERSON' && !m.appositive && m.end <= at && m.start >= sentence.start && intro.test(text.slice(m.end, at)));
  if (named) return named;
  // "At the same time, he repeated that Polish soldiers would not go: Poland would run the hub": the same with a
  // pronoun for the one who introduces it, no one named after it, read as the pronoun of that clause is read.
  const pronoun = matchesOf(text.slice(sentence.start, at), COLON_PRONOUN).pop();
  if (!pronoun) return undefined;
  const after = sentence.start + pronoun.index + pronoun[0].length;
  if (!intro.test(text.slice(after, at)) || ms.some((m) => m.type === 'PERSON' && m.start >= after && m.end <= at)) return undefined;
  const antecedent = clauseSubjects(text, sentence, ms, after, ctx);
  return antecedent.length === 1 && antecedent[0].type === 'PERSON' ? antecedent[0] : undefined;
}
const COLON_PRONOUN = /\b(?:he|she)\b/gi;

// Also the antecedent of "who" ("a call with Trump, who told them that American troops would not be deployed").
const SAID_THAT = /^(?:,\s+who)?\s+(?:has\s+|had\s+)?(?:also\s+|again\s+|repeatedly\s+)?(?:said|says|stated|argued|insisted|repeated|wrote|told\s+\w+|recall(?:s|ed)|explain(?:s|ed)|admitted|acknowledged|maintain(?:s|ed)|reaffirmed|declared|affirmed)\b[^.;"“”]{0,60}?\bthat\s+[^.;,"“”]{0,80}$/;
const CLAIMED = /^\s+(?:has\s+|had\s+)?(?:said|says|told|added|claimed|insisted|believed|believes|thought|suggested)\b[^.;]*\bthat\s+$/;

// "urged Moscow on Tuesday to accept": what may stand between the one asked and what they are asked to do.
const ASKED_TO = /^(?:\s+(?:on|last|this|again|yesterday|today|earlier|repeatedly)\b(?:\s+(?:\p{Lu}\p{Ll}+|week|month|morning|evening|night))?)?\s+(?:should|must|to|would)\b/u;
// "The meeting, chaired by General X, was open to …": the one who held a gathering, named in an aside after it (a title in
// apposition before the name), is not the subject of the gathering's verb.
const GATHERING_HOLDER = /\b(?:meeting|summit|conference|videoconference|call|talks|session|gathering)\s*,\s+(?:which was\s+)?(?:co-)?(?:chaired|hosted|convened|organi[sz]ed|moderated)\s+by\s+[^,;.:"“”]{0,60}(?:,\s+(?:\p{Lu}[\p{L}.’'-]*\s+){1,3})?$/u;
// "Fiala took part in the meeting in Paris, at which twenty-six countries committed…": a relative clause on a place or
// a gathering has its own subject, not the one who was there.
const SCENE_CLAUSE = /,\s+(?:where|(?:at|in|during)\s+which)\s/i;
function clauseSubjects(text: string, sentence: Sentence, ms: Mention[], pos: number, ctx: RelationContext): Mention[] {
  const from = clauseStart(text, sentence, pos);
  const actors = ms.filter((m) => isActor(m) && !m.appositive && m.end <= pos && m.start >= from && pos - m.end < 160 && !adverbial(text, from, m, pos) && !modifierUse(text, m) && !prepositional(text, sentence.start, m) && !(m.type === 'PERSON' && SAID_ASIDE.test(text.slice(m.end, m.end + 30))) && !(CONTACTED.test(text.slice(Math.max(from, m.start - 40), m.start)) && !/^\s*,\s*(?:which|who)\b/.test(text.slice(m.end, m.end + 10))) && !FORCED.test(text.slice(Math.max(from, m.start - 20), m.start)) && !GATHERING_HOLDER.test(text.slice(Math.max(from, m.start - 130), m.start)) && !SCENE_CLAUSE.test(text.slice(m.end, pos)));
  const last = actors[actors.length - 1];
  // "He appealed that Russia should accept…", "urged Moscow to accept…": the stance is the one who asks it of them.
  // So is what one needs or wants of them ("we need the Americans to sign", "wants Germany to join").
  const asks = last && /\b(?:urg(?:e|es|ed|ing)|call(?:s|ed)? on|press(?:es|ed)|appeal(?:s|ed)(?: to)?|ask(?:s|ed)|demand(?:s|ed)|invit(?:e|es|ed)|need(?:s|ed)?|want(?:s|ed)?|expect(?:s|ed)?|encourag(?:e|es|ed)|requir(?:e|es|ed))\s+(?:that\s+)?(?:the\s+)?$/i.exec(text.slice(Math.max(from, last.start - 40), last.start));
  // Also with a time between ("urged Moscow on Tuesday to accept the truce").
  if (asks && ASKED_TO.test(text.slice(last.end, last.end + 40))) {
    return subjectsAt(text, sentence, ms, last.start - (text.slice(Math.max(from, last.start - 40), last.start).length - asks.index), ctx);
  }
  const pronoun = /\b(?:he|she)\b[^,.;]*$/i.exec(text.slice(from, pos));
  if (pronoun && (!last || last.end <= from + pronoun.index)) {
    // A transcript's speaker label ("BREKELMANS: President Putin said that he supports…") is no subject in the clause,
    // nor the one who held a gathering named in an aside.
    const named = ms.filter((m) => m.type === 'PERSON' && !m.appositive && m.end <= from + pronoun.index && m.start >= from && !speakerLabel(text, m) && !GATHERING_HOLDER.test(text.slice(Math.max(from, m.start - 130), m.start)));
    // One named in the main clause before one named inside a fronted clause ("After meeting Orlov on Monday, Lind said
    // that she…"); that one only where the pronoun opens the main clause ("When Peskov says so, he…").
    const main = named.filter((m) => !adverbial(text, from, m, from + pronoun.index));
    // Only the fronted clause's own subject ("When Peskov says so, he…"), not one it names as an object ("After
    // ringing Zelensky from the plane, he posted…": "he" is the one the text is about).
    const before = main.length || !/,\s*$/.test(text.slice(from, from + pronoun.index)) ? main : named.filter((m) => FRONTED_SUBJECT.test(text.slice(from, m.start)));
    // "Trump has tried to broker a meeting between Zelenskiy and Putin since the summit, where he met Putin": "he" is
    // the subject the sentence opened with, not the last person named as an object.
    // "A floated the idea, and Germany's B came out for it when he wrote…": the subject of a later coordinated clause.
    const clauseSubject = before.filter((m) => COORDINATED_SUBJECT.test(text.slice(Math.max(sentence.start, m.start - 60), m.start)) && !/^[’']s\b/.test(text.slice(m.end, m.end + 3))).pop();
    const subject = clauseSubject ?? before.find((m) => !prepositional(text, sentence.start, m) && !/^[’']s\b/.test(text.slice(m.end, m.end + 3)));
    // "Merz, then in opposition, was more open: he told…": else the person this sentence opened with, before the colon.
    const opener = before.length ? undefined : ms.find((m) => m.type === 'PERSON' && !m.appositive && m.start >= sentence.start && m.end <= from && /^\W*$/.test(text.slice(sentence.start, m.start)) && /:\s*$/.test(text.slice(sentence.start, from)));
    const earlier = subject ?? before[before.length - 1] ?? opener;
    const antecedent = earlier ?? ctx.lastPerson;
    if (antecedent) return [antecedent];
  }
  // "The leaders agreed that …", "the ministers rejected …" after a call or a meeting the text told: the group that
  // acted last, for a stance (a gathering's own readers keep "the leaders" for whoever the text lists).
  // Not a group of an earlier section: a heading or a rule between opens another scene (a readout of another call).
  const groupEnd = ctx.stance && ctx.lastGroup && ctx.lastGroup.length > 1 ? Math.max(...ctx.lastGroup.map((m) => m.end)) : -1;
  const leaders = groupEnd >= 0 && sentence.start - groupEnd < 1200 && !SECTION_BREAK.test(text.slice(groupEnd, sentence.start)) ? LEADERS_GROUP.exec(text.slice(from, pos)) : null;
  const group = PRONOUN_GROUP.exec(text.slice(from, pos)) ?? leaders;
  // Only a pronoun opening its clause ("Both leaders are meeting...", "; they view..."), not "leaders must decide whether they...".
  if (group && (!last || last.end <= from + group.index) && (/(?:^|,)\W*(?:(?:but|and|yet|so|where|when|after which)\s+)?$/i.test(text.slice(from, from + group.index)) || (from === sentence.start && GROUP_OPENER.test(text.slice(from, from + group.index))))) {
    // "France and the UK support X; they view Y as premature": the group earlier in the sentence, else the last one.
    const earlier = ms.filter((m) => isActor(m) && !m.appositive && m.end <= from + group.index && m.start >= sentence.start);
    // "Carney held talks with Starmer, where both leaders endorsed...": "both" names the last two people.
    const people = [...new Map(earlier.filter((m) => m.type === 'PERSON').map((m) => [m.key, m])).values()];
    // "X, and Y, travelled to Kyiv, where they met…": "they" are the people the sentence named.
    const inSentence = /^both|two/i.test(group[0].replace(/^the\s+/i, '')) && people.length >= 2 ? people.slice(-2) : /^they$/i.test(group[0].split(/\s/)[0]) && people.length >= 2 ? people.slice(-4) : earlier.length ? coordinated(text, ms, earlier[earlier.length - 1], -1) : [];
    // "The two leaders proposed…" after Zelensky, Meloni and Merz joined a call: the last two who acted together.
    const pair = /^(?:both|the two)\s/i.test(group[0]) && ctx.lastGroup?.length !== 2 ? ctx.lastPair : undefined;
    const counted = countOf(group[0]);
    // For a stance, "they" after a heading or a rule is not a group the section before told of.
    const earlierScene = ctx.stance && ctx.lastGroup !== undefined && SECTION_BREAK.test(text.slice(Math.max(...ctx.lastGroup.map((m) => m.end)), sentence.start));
    const antecedents = counted !== undefined ? (people.length >= counted ? people.slice(-counted) : ctx.lastGroup?.length === counted ? ctx.lastGroup : undefined) : inSentence.length > 1 ? inSentence : pair ?? (earlierScene ? undefined : ctx.lastGroup);
    if (antecedents?.length) return antecedents;
  }
  if (!last) {
    // "The three governments have circulated…": a numbered group opening the clause is the last that many named.
    const group = numbered(text, sentence, from, ctx);
    if (group.length) return group;
    // "Zelensky said again in Davos that joining NATO would be…": a reported clause without an actor of its own is
    // the speaker's.
    const speaker = [...ms].reverse().find((a) => a.type === 'PERSON' && !a.appositive && a.start >= from && a.end <= pos && SAID_THAT.test(text.slice(a.end, pos)));
    return speaker ? [speaker] : [];
  }
  // "Trump said he had asked the Russian leader and that Putin would accept it": a claim about another person's stance
  // states neither's.
  if (last.type === 'PERSON' && /\bthat\s+$/.test(text.slice(Math.max(from, last.start - 6), last.start)) && !REPORTED_PROPOSAL.test(text.slice(last.end, Math.min(sentence.end, last.end + 40))) && ms.some((a) => a.type === 'PERSON' && a.key !== last.key && a.end <= last.start && a.start >= from && CLAIMED.test(text.slice(a.end, last.start)))) return [];
  // "Unlike Estonia, Latvia would…": a comma does not join an actor of an introductory adverbial to the subject.
  const subjects = [...numbered(text, sentence, from, ctx), ...coordinated(text, ms, last, -1).filter((m) => m === last || !adverbial(text, from, m, pos))];
  // "The Russian delegation headed by Medinsky handed…": the state whose delegation it is acts with its head.
  const delegation = last.type === 'PERSON' ? ms.find((m) => m.type === 'COUNTRY' && m.start >= from && m.end <= last.start && HEADED_DELEGATION.test(text.slice(m.end, last.start))) : undefined;
  if (delegation && !subjects.includes(delegation)) subjects.push(delegation);
  // "Starmer said that Britain and France would…": the reported clause opens at the first of its coordinated subjects.
  const first = subjects.reduce((a, m) => (m.start >= from && m.start < a.start ? m : a), last);
  // "She and Ivo Marek backed…": a pronoun coordinated before the subjects is the person it stands for.
  const led = PRONOUN_LED.exec(text.slice(from, first.start));
  if (led && ctx.lastPerson && ctx.lastPerson.end <= sentence.start && OPENING_NAMES.test(text.slice(from + led[0].length, first.start)) && !subjects.some((m) => m.key === ctx.lastPerson!.key)) subjects.unshift(ctx.lastPerson);
  // "He repeated that Ukraine was ready for…": the person a pronoun names reports the country's stance and holds it.
  const lead = text.slice(from, first.start);
  const reporter = last.type !== 'PERSON' && /\b(?:he|she)\b/i.test(lead) && reportedThat(lead) ? /\b(?:he|she)\s+(?:has\s+|had\s+)?(?:also\s+|again\s+)?(?:said,\s+)?$/i.exec(lead.replace(REPORTED_THAT.test(lead) ? REPORTED_THAT : SECOND_THAT, '')) ?? reportingPronoun(text, ms, from, first.start) : null;
  if (reporter) {
    // "After a call with Trump, he said Ukraine…": not one named only as the object of a preposition, when a person
    // acted before.
    const named = [...ms].reverse().filter((m) => m.type === 'PERSON' && !m.appositive && m.end <= from + reporter.index);
    const antecedent = named.find((m) => !prepositional(text, sentence.start, m)) ?? (named.length && ctx.lastPerson && !named.some((m) => m.key === ctx.lastPerson!.key) ? ctx.lastPerson : named[0]) ?? ctx.lastPerson;
    if (antecedent) return [...subjects, antecedent];
  }
  // "Pistorius said that Germany may consider...": the speaker holds the stance too.
  // The nearest person before the reported clause, even the object of a preposition ("met X, who said that …").
  // "Starmer signed it with Macron in Paris and said Britain would…": the object of a preposition speaks only in a
  // relative clause of its own ("met X, who said that…").
  const objectOnly = (a: Mention) => prepositional(text, sentence.start, a) && !/^\s*,\s+who\b/.test(text.slice(a.end, a.end + 8));
  const nearest = [...ms].reverse().find((a) => a.end <= first.start && a.start >= from && a.type === 'PERSON' && !a.appositive && a !== last && !/^[’']s/.test(text.slice(a.end, a.end + 2)) && !objectOnly(a) && reportedThat(text.slice(a.end, first.start)));
  // "Macron, who spoke with Zelensky earlier, said that…": the one named in a relative clause is not the speaker.
  const relative = nearest && /,/.test(text.slice(nearest.end, first.start)) ? ms.find((a) => a.type === 'PERSON' && !a.appositive && a.start >= from && a.end < nearest.start && /^\s*,\s+who\b/.test(text.slice(a.end, a.end + 8)) && !/[.;]/.test(text.slice(a.end, nearest.start))) : undefined;
  const speaker = relative ?? nearest;
  // "Meloni told Zelensky that Italy backed…": the one told is an addressee, not a second speaker.
  const addressee = (m: Mention) => speaker && /^\s+(?:has\s+|had\s+)?(?:told|tells|assured|reassured|informed|briefed)\s+$/.test(text.slice(speaker.end, m.start));
  // "Steve Witkoff, Trump's envoy, said…": a person named only as a possessive in the speaker's apposition is no other speaker.
  const possessive = (m: Mention) => /^[’']s\b/.test(text.slice(m.end, m.end + 3));
  if (speaker && (relative || !ms.some((m) => m.type === 'PERSON' && m.start > speaker.end && m.end <= first.start && !addressee(m) && !objectOnly(m) && !possessive(m)))) {
    // "Trump told reporters that Putin would accept European peacekeepers": a claim about another person's stance
    // states neither's.
    // "Macron said Putin must accept the ceasefire": what another must do is the speaker's demand, and only the speaker's.
    const demanded = DEMANDED.test(text.slice(last.end, pos + 20));
    // "Zelensky announced that Umerov had proposed direct talks": a past act of proposing that one reports of another
    // is the other's act (not a claim about their stance), and not the reporter's.
    if (last.type === 'PERSON' && last.key !== speaker.key && REPORTED_PROPOSAL.test(text.slice(last.end, Math.min(sentence.end, last.end + 40)))) return [last];
    if (last.type === 'PERSON' && last.key !== speaker.key) return demanded ? [speaker] : [];
    // "Macron said Trump had made clear the US wanted a ceasefire": nor does what one person reports another said.
    if (!relative && ms.some((a) => a.type === 'PERSON' && a.key !== speaker.key && !a.appositive && a.start >= sentence.start && a.end <= speaker.start && RETOLD.test(text.slice(a.end, speaker.start)))) return [];
    // "Starmer said Russia had rejected the ceasefire": nor is a claim about another state's stance the speaker's;
    // what another state "must" or "should" do is the speaker's demand, though, and not that state's stance.
    if (last.type === 'COUNTRY' && foreign(subjects, speaker, ctx)) return demanded ? coordinated(text, ms, speaker, -1).filter((m) => m === speaker || m.type === 'PERSON') : subjects;
    // "Macron, Meloni and Merz say Ukraine must have…": every speaker of a joint statement holds it.
    subjects.push(...coordinated(text, ms, speaker, -1).filter((m) => m === speaker || m.type === 'PERSON'));
  }
  return subjects;
}

// "Ukraine, they write, must have guarantees": a group speaking in a parenthesis, and what a state must be given (the
// group's demand for it, not that state's own stance).
/** Right after a reported clause's subject, a past act of proposing: "had proposed", "proposed", "had already offered". */
const REPORTED_PROPOSAL = /^\s+(?:had\s+|has\s+)?(?:already\s+|also\s+|again\s+|formally\s+)?(?:proposed|floated|put forward|tabled|drafted|presented|submitted)\b/;

/** A fronted clause's subject: only its subordinator and a title before the name ("When Peskov…", "After President X…"). */
const FRONTED_SUBJECT = /(?:^|[^\p{L}])(?:[Ww]hen|[Ww]hile|[Aa]fter|[Bb]efore|[Aa]s|[Ii]f|[Oo]nce|[Aa]lthough|[Tt]hough|[Bb]ecause|[Ss]ince|[Uu]ntil|[Uu]nless)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}$/u;

const REPORTING_PRONOUN = /\b(?:he|she)\s+(?=(?:has\s+|had\s+)?(?:also\s+|again\s+)?[a-z])/gi;
/** "Speaking in Vilnius, he said the talks were a farce and called the text an ultimatum, adding that Kyiv would…": the
 *  pronoun that reports the clause, as a named speaker would ('Zelensky said …, adding that'), past the verbs between
 *  and with no one else named after it. Its offset from `from`, for the antecedent. */
function reportingPronoun(text: string, ms: Mention[], from: number, to: number): { index: number } | null {
  const pronoun = matchesOf(text.slice(from, to), REPORTING_PRONOUN).pop();
  if (!pronoun) return null;
  const at = from + pronoun.index + pronoun[0].length;
  if (ms.some((m) => m.type === 'PERSON' && m.start >= at && m.end <= to) || text.slice(at, to).includes(';')) return null;
  // The reporting verb is the pronoun's own, coordinated or a participle ("and told them that", ", adding that"), not
  // one with a subject of its own ("and the ministry insisted that").
  return reportedThat(text.slice(at, to)) && PRONOUN_VERB_REPORTS.test(text.slice(at, to)) ? { index: pronoun.index } : null;
}
const PRONOUN_VERB_REPORTS = /(?:,\s+(?:adding|saying|insisting|stressing|arguing|noting|warning|repeating)|\b(?:and|but)\s+(?:also\s+|then\s+|later\s+)?(?:added|said|insisted|stressed|argued|noted|warned|repeated|told))\b[^;.]{0,60}$/;

const THEY_ASIDE = /,\s*they\s+(?:have\s+|had\s+)?(?:say|said|write|wrote|add|added|insist|insisted|stress|stressed|argue|argued|warn|warned|declare|declared|note|noted)\s*,\s*/i;
const THEY_TRAILING = /^\s*they\s+(?:have\s+|had\s+)?(?:also\s+)?(?:say|said|write|wrote|add|added|insist|insisted|stress|stressed|argue|argued|warn|warned|declare|declared|note|noted)\b[^,;"“”]{0,40}?[\s.!?*]*$/i;
const BENEFICIARY = /^\s*["“]?(?:must|should|needs? to|has to|ought to|deserves? to)\s+(?:have|get|receive|be (?:given|offered|granted))\b/;
// "In it they committed to…", "With Zelensky they called…": a short opening phrase before "they" opening the sentence.
const GROUP_OPENER = /^\W*(?:In|On|At|With|After|Before|Later|Then|Together|Afterwards|Earlier|Now|There|Here|From)\b[^,;:"“”]{0,40}?,?\s+$/;
// "Macron called Trump and demanded…", "they met Putin and…": the one called or met, after a subject, is no subject
// (unless a relative clause of its own follows: "visited Norway, which has proposed…").
const CONTACTED = /\S\s+(?:(?:then|also|first|later)\s+)?(?:called|rang|phoned|telephoned|met|visited|hosted|welcomed|thanked|briefed|invited|received)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+){0,3}$/u;
// "would force Kyiv to give up land", "pressured Ukraine into accepting": the one pushed holds no stance by it.
const FORCED = /\b(?:forc(?:e|es|ed|ing)|compel(?:s|led|ling)?|pressur(?:e|es|ed|ing)|coerc(?:e|es|ed|ing)|bull(?:y|ies|ied|ying)|strong-arm(?:s|ed|ing)?|blackmail(?:s|ed|ing)?)\s+(?:the\s+)?$/i;

// The head of a clause coordinated with the one before: ", and Germany's Chancellor ", "; but the ".
const COORDINATED_SUBJECT = /(?:[,;]\s+(?:and|but|while|whereas)|;)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*[’']s\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}$/u;
// "Putin, Starmer said, does not want …": the one named in the parenthesis speaks; the subject is before it.
const SAID_ASIDE = /^\s+(?:has\s+|had\s+)?(?:said|says|added|noted|argued|insisted|claimed|believes|thinks)\s*,/;
const RETOLD = /^\s+(?:has\s+|had\s+)?(?:also\s+)?(?:said|says|reported|reports|told\s+(?:[\w-]+\s+){1,2}?|added|claimed|recounted|recalled|explained|noted)\s+(?:that\s+)?$/;
const DEMANDED = /^\s+["“]?(?:must|should|needs?|ought|deserves?|has to|had to|have to)\b/;

/** Between a state and the person heading its delegation: "Russian delegation headed by (presidential aide)". */
const HEADED_DELEGATION = /^\s+(?:delegation|team|negotiators|negotiating team)\s*,?\s+(?:headed|led)\s+by\s+(?:[\p{L}.’'-]+\s+){0,4}$/u;
const NUMBERS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6 };
// After a time or place opening the clause too: "On Sunday the three governments circulated …", "In Geneva, both leaders …".
const NUMBERED = /^\W*(?:(?:on|in|at|by|late|early|earlier|later|last|this|then|meanwhile|separately)\b[^,;:"“”]{0,40}?,?\s+)?(?:all|the|both|these|those)\s+(two|three|four|five|six)\s+(countries|states|governments|capitals|leaders)\b/i;

/** "All three countries, together with Finland, …": a numbered group at the head of a clause is the last that many
 *  countries (or people, for "leaders") the text named before the sentence. */
function numbered(text: string, sentence: Sentence, from: number, ctx: RelationContext): Mention[] {
  const head = NUMBERED.exec(text.slice(from, from + 60));
  if (!head || !ctx.mentions) return [];
  const n = NUMBERS[head[1].toLowerCase()];
  const type = /leaders/i.test(head[2]) ? 'PERSON' : 'COUNTRY';
  const group = new Map<string, Mention>();
  // "The ministers of Poland, Sweden and Denmark met their Ukrainian counterpart. … the three governments": a list of
  // just that many named together, nearest first, before a count of the last ones named one by one.
  let tried = 0;
  for (let k = ctx.mentions.length - 1; k >= 0 && tried < n + 2; k--) {
    const m = ctx.mentions[k];
    if (m.end > sentence.start || m.type !== type || !isActor(m) || m.appositive) continue;
    if (sentence.start - m.end > 1500) break;
    tried++;
    const listed = [...new Map(coordinated(text, ctx.mentions, m, -1).filter((x) => x.type === type).map((x) => [x.key, x])).values()];
    if (listed.length === n) return listed;
  }
  for (let k = ctx.mentions.length - 1; k >= 0 && group.size < n; k--) {
    const m = ctx.mentions[k];
    if (m.end > sentence.start || m.type !== type || !isActor(m)) continue;
    if (sentence.start - m.end > 1500) break;
    if (!group.has(m.key)) group.set(m.key, m);
  }
  return group.size === n ? [...group.values()] : [];
}

/** Two or more actors who acted together in a sentence (the sources of one claim, both sides of a meeting, or a
 *  coordinated subject opening it), for "they" / "both leaders" in the sentences after. */
const PRONOUN_LED = /^\W*(?:He|She)\s+and\s+/;
const OPENING_NAMES = /^\W*(?:[\p{Lu}][\p{L}.’'-]*\s+)*$/u;
export function actingGroup(text: string, sentence: Sentence, ms: Mention[], found: Array<{ type: string; source: string; target: string; confidence?: number }>, pronounFor?: Mention): Mention[] | undefined {
  const byKey = (key: string) => ms.find((m) => m.key === key && isActor(m));
  const met = found.find((r) => r.type === 'MET_WITH');
  const sources = new Map<string, Set<string>>();
  // Presence read in passing ("A joined from Rome, … and B dialled in") is no act of the two together.
  const together = (r: { type: string; confidence?: number }) => r.type !== 'REPRESENTS' && r.type !== 'MET_WITH' && !(r.type === 'ATTENDED' && (r.confidence ?? 1) < 0.65);
  for (const r of found) if (together(r)) sources.set(`${r.type}:${r.target}`, (sources.get(`${r.type}:${r.target}`) ?? new Set()).add(r.source));
  const shared = [...sources.values()].find((s) => s.size > 1);
  const keys = shared ? [...shared] : met ? [met.source, met.target] : [];
  const group = keys.map(byKey).filter((m): m is Mention => m !== undefined);
  if (group.length > 1 && (shared || !met)) return group;
  const opening = openingGroup(text, sentence, ms, pronounFor);
  // "A, B, C and D came by train and phoned Trump": the three or more who open the sentence acted together, not the
  // pair of one of them and the one they called.
  if (group.length > 1 && !(opening && opening.length > 2 && opening.some((m) => m.key === group[0].key))) return group;
  return opening;
}
// "On Saturday, A and B …", "It was only on Saturday that A, B and C …": a time set before the names.
const OPENING_FRAME = /^\W*(?:It was (?:only |just |not until )?(?:on|in|at|last|this)\b[^,.;:]{0,40}?\bthat\s+|(?:On|In|At|Last|This|Earlier|Later)\b[^,.;:]{0,40},\s+)/;
/** The actors coordinated at the head of the sentence ("A, B and C …"), two or more. */
function openingGroup(text: string, sentence: Sentence, ms: Mention[], pronounFor?: Mention): Mention[] | undefined {
  const first = ms.find((m) => isActor(m) && !m.appositive);
  if (!first) return undefined;
  // "She and France's Ivo Marek were among the leaders who signed…": a pronoun opening the group is the person it
  // stands for.
  const led = PRONOUN_LED.exec(text.slice(sentence.start, first.start));
  const head = led ? text.slice(sentence.start + led[0].length, first.start) : text.slice(sentence.start, first.start);
  if ((led && !pronounFor) || !OPENING_NAMES.test(head.replace(OPENING_FRAME, ''))) return undefined;
  const opening = coordinated(text, ms, first, 1);
  if (led && pronounFor && !opening.some((m) => m.key === pronounFor.key)) opening.unshift(pronounFor);
  return opening.length > 1 ? opening : undefined;
}

/** A statement and the people who signed it: what the statement says, from the sentence that names it to the end of
 *  its paragraph, is held by every signer, wherever the paragraph lists them. */
export interface Signed { from: number; to: number; members: Mention[] }

const STATEMENT = /\b(?:statement|declaration|letter|communiqu[ée])\b|\bput (?:their|its) names? to\b/i;
// "The signatories included A, B and C", "It was signed by A and B".
// Also "signed, among others, by A, B and C", "jointly signed by A and B".
const SIGNERS_BEFORE = /\b(?:signatories|signers)\s+(?:included|include|were|are)\s+$|\bsigned,?\s+(?:(?:among others|jointly|also|together)\s*,?\s+)?by\s+(?:(?:[\p{Lu}][\p{L}.’'-]*|of|the)\s+){0,4}$/iu;
const TITLE_GAP = /^\s+(?:[\p{Lu}][\p{L}.’'-]*\s+){1,3}$/u;
// Between two signers: a comma or "and", then the next one's title ("…, Canadian Prime Minister Mark Carney"), which
// TITLE_WORDS_AT_END takes off first.
const SIGNER_GAP = /^(?:,\s*|,?\s+(?:and|as well as)\s+)$/;
// "A, B and C signed, along with D and E." / "A, B and C also signed it."
const SIGNED_AFTER = /^\s+(?:all\s+|also\s+|have\s+|had\s+)?signed\b(?!\s+(?:a|an|the|their)\b)/;
const ALONG_WITH = /^\s+(?:all\s+|also\s+|have\s+|had\s+)?signed(?:\s+it)?,?\s+(?:along|together)\s+with\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+){0,3}$/u;

/** Per article: statements whose signers are listed in a sentence of their own ("After the meeting the leaders issued
 *  a joint statement. In it they committed to … The signatories included A, B and C."). */
export function signedStatements(text: string, sentences: Sentence[], mentions: Mention[]): Signed[] {
  const out: Signed[] = [];
  if (!/\bsign(?:ed|atories|ers)\b/.test(text)) return out;
  let i = 0;
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s];
    const ms: Mention[] = [];
    while (i < mentions.length && mentions[i].start < sentence.end) if (mentions[i++].start >= sentence.start) ms.push(mentions[i - 1]);
    if (!/\bsign(?:ed|atories|ers)\b/.test(sentence.text)) continue;
    const people = ms.filter((m) => m.type === 'PERSON' && !m.appositive);
    // "French President Emmanuel Macron, Italian Prime Minister Giorgia Meloni and …": a state or body that is only a
    // word of the next signer's title does not break the list.
    const listed = ms.filter((m, k) => m.type === 'PERSON' || !(ms[k + 1]?.type === 'PERSON' && TITLE_GAP.test(text.slice(m.end, ms[k + 1].start))));
    let members: Mention[] = [];
    const first = people.find((m) => SIGNERS_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 60), m.start)));
    if (first) {
      members = [first];
      for (let k = people.indexOf(first); k + 1 < people.length && SIGNER_GAP.test(text.slice(people[k].end, people[k + 1].start).replace(TITLE_WORDS_AT_END, ' ')); k++) members.push(people[k + 1]);
    }
    else {
      const last = people.find((m) => SIGNED_AFTER.test(text.slice(m.end, m.end + 30)));
      if (last) {
        members = coordinated(text, listed, last, -1);
        const along = people.find((m) => m.start > last.end && ALONG_WITH.test(text.slice(last.end, m.start)));
        if (along) members.push(...coordinated(text, listed, along, 1));
      }
    }
    members = [...new Map(members.filter((m) => m.type === 'PERSON').map((m) => [m.key, m])).values()];
    if (members.length < 2) continue;
    // The statement named in this sentence or up to three before it, in the same paragraph.
    const para = text.lastIndexOf('\n', sentence.start - 1) + 1;
    let from = -1;
    for (let k = s; k >= Math.max(0, s - 3) && sentences[k].start >= para; k--) if (STATEMENT.test(sentences[k].text)) from = sentences[k].start;
    if (from < 0) continue;
    const end = text.indexOf('\n', sentence.end);
    out.push({ from, to: end < 0 ? text.length : end, members });
  }
  return out;
}

// What a statement's text asks for a state is the issuers' demand, not that state's stance: "Ukraine needs robust
// guarantees", "Ukraine must have a seat at the table".
const NEEDED_FOR = /^\s+(?:needs?|requires?|deserves?|must (?:have|get|receive|be (?:given|offered|granted))|should (?:have|get|receive))\b/;
/** In a statement's own text, "we" and a clause with no actor of its own are its issuers; so is a state the clause
 *  says needs something. An actor that is the clause's subject ("Russia must stop …") keeps its own reading. */
function documentSubjects(text: string, sentence: Sentence, ms: Mention[], pos: number, ctx: RelationContext, issuers: Mention[]): Mention[] {
  const own = clauseSubjects(text, sentence, ms, pos, { ...ctx, document: undefined });
  const from = clauseStart(text, sentence, pos);
  const we = /\b(?:[Ww]e|[Oo]ur|[Uu]s)\b/.test(text.slice(from, pos));
  if (!own.length || we || own.every((m) => m.type === 'COUNTRY' && NEEDED_FOR.test(text.slice(m.end, m.end + 30)))) return issuers;
  return own;
}

// A block quote: consecutive lines opening with ">".
const BLOCK_QUOTE = /(?:^[ \t]*>[^\n]*(?:\n|$))+/gm;
const STATEMENT_HEADING = /^[\s>*_]*(?:(?:the\s+)?(?:full\s+)?text\s+of\s+(?:the\s+)?)?(?:joint\s+)?(?:statement|declaration|communiqu[ée]|letter)\s+(?:by|of|from)\b/i;
// "Full text of the statement", "The declaration reads:", "the text of their letter": a paragraph that sets the quote
// below it out as the statement's text.
const TEXT_OF = /\b(?:(?:full\s+)?text\s+of\s+(?:the|their|its)\s+(?:joint\s+)?(?:statement|declaration|communiqu[ée]|letter)|(?:statement|declaration|communiqu[ée]|letter)\s+(?:reads|read|says|said|in full)\b)/i;

/** Per article: statements set out in full as block quotes, with who issued them: the people (or states and bodies)
 *  its heading names ("> **Joint statement by President Macron, Chancellor Merz and Prime Minister Starmer on …**"),
 *  or, where the paragraph before the quote presents it as a statement's text, the signers the text listed before. */
export function quotedStatements(text: string, mentions: Mention[], signed: Signed[]): Signed[] {
  const out: Signed[] = [];
  if (!text.includes('>')) return out;
  for (const block of matchesOf(text, BLOCK_QUOTE)) {
    const from = block.index;
    const to = from + block[0].length;
    const firstLine = /^[ \t>]*([^\n]*)/.exec(block[0].replace(/^(?:[ \t]*>[ \t]*\n)+/, ''));
    const headStart = from + block[0].search(/[^\s>]/);
    const headEnd = text.indexOf('\n', headStart) < 0 ? to : text.indexOf('\n', headStart);
    const headed = firstLine && STATEMENT_HEADING.test(text.slice(headStart, headEnd));
    // The issuers are named before what the statement is about ("… on peace for Ukraine").
    const topicAt = headed ? text.slice(headStart, headEnd).search(/\s(?:on|about|regarding|concerning|for|after|ahead of|following)\s/) : -1;
    const namesEnd = topicAt < 0 ? headEnd : headStart + topicAt;
    const heading = headed ? mentions.filter((m) => m.start >= headStart && m.end <= namesEnd && isActor(m) && !m.appositive && m.source !== 'demonym') : [];
    // The paragraph before the quote.
    const paragraph = text.slice(0, from).trimEnd();
    const before = paragraph.slice(Math.max(0, paragraph.lastIndexOf('\n\n')));
    const presented = TEXT_OF.test(before);
    const earlier = presented || headed ? [...signed].reverse().find((x) => x.to <= from && from - x.to < 3000) : undefined;
    const members = [...new Map([...heading, ...(earlier && (!heading.length || earlier.members.some((m) => heading.some((h) => h.key === m.key))) ? earlier.members : [])].map((m) => [m.key, m])).values()];
    if (!members.length) continue;
    out.push({ from: headed ? headEnd : from, to, members });
  }
  return out;
}
