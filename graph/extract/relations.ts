// Relations stated in a sentence: role appositions give REPRESENTS; trigger patterns give SUPPORTS, OPPOSES,
// PROPOSED and MET_WITH between the actor before the trigger and the proposal or actor after it.
import type { RelationType } from '../types';
import type { ExtractedRelation, Mention, Sentence } from './types';
import { DEPARTMENT_WORDS, ROLE_HEADS, ROLE_MODIFIERS } from './lexicon';
import { CONCEPTS, isDeployment } from './proposals';
import { TRIGGERS, NEGATION, HEDGE, MONTH_MAY, CONDITION, REPORTED_LEAD, VERDICT_FOR } from './triggers';
import { CLAUSE_REPORTERS, coordinated, DOCUMENT_SUBJECT, isActor, letterWriter, subjectsAt, type RelationContext } from './subjects';
import { matchesOf } from '../match-all';
import { lookupGazetteer } from './gazetteer';
import { HOUSE_OF_COMMONS, US_SENATE } from './parties';
import { PARTY_NAMES } from './gazetteer-data';

export type { RelationContext } from './subjects';

/** A relation one sentence states: an extracted relation before its evidence is attached. */
export type SentenceRelation = Omit<ExtractedRelation, 'evidence'>;

const SAID_AFTER = /\s(?:said|says|told\s+\w+|announced|wrote)\s*,\s+(?:after|following)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}$/;
// A participle that opens a sentence and tells a meeting: its subject is the main clause's, after the comma.
const PARTICIPLE_OPENING = /^(?:Sitting|Seated|Standing|Meeting|Hosting|Receiving|Visiting)\s/;
const CLOSING_PRONOUN = /^\W*(?:he|she)\b/i;
const BODY = new Set(['COUNTRY', 'INSTITUTION']);
const ACTOR_TYPES = new Set(['PERSON', 'COUNTRY', 'INSTITUTION']);
const conceptNames = new Set(CONCEPTS.map((c) => c.name));
const forces = new WeakMap<Mention[], { first: Mention; n: number } | undefined>();
/** The force an article is about: the named force it mentions most (the first of equals), if any. A force the text
 *  names only once, after the sentence that ends at `at`, is not yet what troops denied refer to ("Hungary would
 *  never send soldiers" in an opinion piece that names the Multinational Force Ukraine once, in its last paragraph). */
function articleForce(text: string, mentions: Mention[], at: number): Mention | undefined {
  const force = aboutForce(text, mentions);
  return force && (force.first.start < at || force.n > 1) ? force.first : undefined;
}
function aboutForce(text: string, mentions: Mention[]): { first: Mention; n: number } | undefined {
  if (forces.has(mentions)) return forces.get(mentions);
  const counts = new Map<string, { first: Mention; n: number }>();
  for (const x of mentions) {
    // A force named in a heading heads its passage only (sections.ts), not the article.
    const lineEnd = text.indexOf('\n', x.end);
    if (/^(?:#.*|\*\*.*\*\*\s*)$/.test(text.slice(text.lastIndexOf('\n', x.start) + 1, lineEnd < 0 ? text.length : lineEnd))) continue;
    if (x.type !== 'PROPOSAL' || x.source !== 'proposal' || !(x.name === 'Multinational Force Ukraine' || (NAMED_FORCE.test(x.name ?? '') && !conceptNames.has(x.name ?? '')))) continue;
    const c = counts.get(x.key) ?? { first: x, n: 0 };
    c.n++;
    counts.set(x.key, c);
  }
  const best = [...counts.values()].reduce<{ first: Mention; n: number } | undefined>((a, b) => (!a || b.n > a.n ? b : a), undefined);
  // How often the text names it anywhere, headings and references back included.
  const named = best && { first: best.first, n: mentions.filter((x) => x.key === best.first.key).length };
  forces.set(mentions, named);
  return named;
}
const DEFINITE = /^(?:the|this|that|any)\s/i;
/** "ceasefire monitoring", "truce violations": a proposal naming only what the noun after it is about. */
const WATCHED = /^\s+(?:monitoring|monitors|observers|verification|violations?|breaches)\b/i;
/** A verdict's own object that is no proposal: "sceptical about some of the details", not "about it" or "about the idea". */
const OTHER_OBJECT = /^["”]?\s+(?:about|over|toward|towards)\s+(?!(?:it|this|that|them|these|those|such|the (?:idea|plan|proposal|move|deployment|mission|force|initiative|offer))\b)[\w-]/i;
const COMMITTED_TO = /\b(?:committed\s+(?:themselves\s+|itself\s+)?to|agreed\s+(?:that|on|to)|signed\s+up\s+to|endorsed|called\s+for|pledged)\b/i;
/** A meeting or a clash named by a noun, which a possessive before it gives to one side: "Trump's call with". */
const OWNED_MEETING = /^(?:(?:phone |telephone )?(?:call|meeting|summit|talks|conversation)|(?:blow-up|bust-up|row|clash|showdown|shouting match|[a-z]+ exchange) with$)/i;
/** The words between the two sides of "talks between A and B" when B has a title: " and President ", " and Russian Foreign Minister ". */
// Also an office in lower case before the name ("between a Ukrainian delegation led by A and US envoy B").
const BETWEEN_SECOND = /^\s+and\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+|(?:special\s+)?(?:envoy|negotiator|adviser|minister|secretary|president|chancellor)\s+){1,5}$/u;
/** The words between the one met and those who met them along with the subject: " by phone on Friday along with ". */
// Also past the object's state and the time of day ("spoke to President A of Ukraine this afternoon, together with …").
const ALONG_WITH = /^(?:\s+(?:by|on|in|at|over|of)\s+(?:the\s+)?[\p{L}-]+|\s+(?:this|last|yesterday|today|tonight|earlier|later)(?:\s+(?:morning|afternoon|evening|night|week|today))?){0,3},?\s+(?:along|together)\s+with\s+(?:(?:[\p{Lu}][\p{L}.’'-]*|the)\s+){0,4}$/u;
/** A meeting trigger that places one at another's side ("stood beside"): the weaker reading of a meeting. */
const AT_SIDE = /\b(?:beside|next to|opposite|across from)$/i;
/** Right before a meeting noun, words that make it one that may never be held: "a possible", "no", "any future". */
const UNHELD_MEETING = /\b(?:no|any|(?:a|an|the)\s+(?:possible|potential|prospective|hypothetical|eventual|mooted|would-be))\s+(?:(?:future|new|direct|further|face-to-face|personal|bilateral|trilateral)\s+)?$/i;
const MEETING_AHEAD = /\b(?:(?:prepar(?:e|es|ed|ing)|due|set|expected|scheduled|poised|about|plan(?:s|ned|ning)?|hop(?:e|es|ed|ing)|want(?:s|ed)?|intend(?:s|ed)?|(?:is|are|was|were) (?:going|to)) to|will|shall)\s+$/i;
// A negative quantifier before a nation's troops, and what denies them after: going, being sent, or the quote closing
// before its speaker ('"Not one Hungarian soldier," he said').
const NONE_UNLESS = /\b(?:(?<!\bwith or )without|unless|until)\b/i;
/** The words between a refused object and what the refusal waits for: "… troops into Ukraine without a US backstop". */
const REFUSED_WITHOUT = /^[^.;:"“”—–()]{0,60}?(?<!\bwith or )\bwithout\s+(?:(?:a|an|the|any)\s+)?["“]?/i;
const NONE_OF = /\b(?:no|not one|not a single)\s+["“]?$/i;
const NONE_GO = /^["”]?\s*(?:(?:would|will|should|shall|must|could|can|is to|are to|(?:is|are) going to)\s+(?:ever\s+)?(?:be\s+)?(?:go|deployed|sent|stationed|set foot|fight|serve|deploy)\b|[,.!]?["”]\s*,?\s*(?:he|she|(?:\p{Lu}[\p{L}-]+\s+){1,2})\s*(?:said|says|told|wrote|insisted|declared|repeated)\b)/u;
/** "insisted that if Ukraine is not granted membership, a structure must be created": an actor in a condition is not the
 *  reported clause's subject. */
const CONDITIONAL_SUBJECT = /\b(?:if|unless|once|until|whether)\s+(?:the\s+)?$/i;
/** A relative clause on a document, right before its subject: "the plan that …", "a draft which …". */
const DOCUMENT_RELATIVE = /\b(?:the|a|an|this|that|its|their)\s+(?:[\w-]+\s+){0,2}(?:plan|proposal|text|draft|deal|document|framework|agreement|blueprint|memorandum)\s+(?:that|which)\s+(?:the\s+)?$/i;
/** A force of the debate given a name of its own ("the reassurance force", "the Multinational Force Ukraine"). */
const NAMED_FORCE = /^(?!(?:European|Western|NATO|peacekeeping|ground|combat|air|naval|post-war|postwar|planned|proposed|eventual|future|possible|potential)\b)[\p{L}-]+(?:\s+[\p{L}-]+){0,3}\s+force(?:\s+\p{Lu}[\p{L}-]*)?$/iu;

/** An office written as words ("Defense Minister", "former Commanding General"), or undefined. */
export function office(words: string): string | undefined {
  const ws = words.trim().replace(/\.$/, '').split(/\s+/).filter(Boolean);
  if (!ws.length || ws.length > 5) return undefined;
  // "Chief of the Defence Staff": an article inside an office is not a word of it.
  // "Minister for Foreign Affairs", "Secretary for Defence": "for" a portfolio reads as "of" it.
  // "Vice-President", "Deputy-Minister": a hyphenated rank reads as its two words.
  const lower = ws.flatMap((w) => w.toLowerCase().replace(/\.$/, '').replace(/^(vice|deputy)-/, '$1 ').split(' ')).filter((w, k) => k === 0 || w !== 'the').map((w, k, all) => (w === 'for' && k > 0 && k < all.length - 1 ? 'of' : w));
  if (!lower.every((w) => ROLE_HEADS.has(w) || ROLE_MODIFIERS.has(w))) return undefined;
  // "Secretary of State", "Chief of the Defence Staff", "Minister of the Armed Forces".
  const ofWhat = lower.length > 2 && /\bof (?:national )?(?:defen[cs]e )?(?:state|defen[cs]e|staff|government|armed forces|foreign affairs)$/.test(lower.join(' '));
  if (!ROLE_HEADS.has(lower[lower.length - 1]) && !ofWhat) return undefined;
  const role = words.trim();
  return role[0].toUpperCase() + role.slice(1);
}

const ENVOY_FOR = /\b(?:envoy|envoys|representative|coordinator|emissary|point man|point woman)\s+(?:for|to|on)\s+(?:the\s+)?$/i;
const SPEAKS_FOR_GAP = /^,\s+(?:who\s+(?:leads|led|heads|headed)\s+|(?:the\s+)?(?:spokes(?:man|woman|person)|press secretary)\s+(?:for|of)\s+)(?:the\s+)?$/;
const SPEAKS_FOR_TAIL = /^(?:[’']s)?\s+(?:(?:foreign|defen[cs]e|interior|finance)\s+ministry|ministry\s+of\s+[\p{L}\s]{3,30}?|government|delegation|negotiating team|diplomacy)\b/u;
// ", then leader of the opposition CDU": the office between a person and the body it is of.
const APPOSED_TAIL = /^(?:[’']s)?\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)\b/u;
const PARTY_BRANCH_TAIL = /^(?:[’']s)?\s+(?:\p{Lu}[\p{L}-]+\s+(?=(?:deputy\s+|parliamentary\s+)?leader\b))?((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)\b/u;
/** After an office and its body, the next member of a list of offices: " and the Presidents of …", ", the Secretary …". */
const LIST_GOES_ON = /^\s*(?:,\s+|\s+and\s+)the\s+\p{Lu}[\p{L}-]*s?\s+of\b/u;
const INSTITUTE_POST = /^,\s+(?:(?:the|a|an)\s+)?((?:(?:senior|junior|research|non-resident|visiting|distinguished|executive|deputy|founding|programme|program)\s+){0,2}(?:director|fellow|researcher|analyst|head|chair|chairman|chairwoman|president))\s+(?:of|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}]*-based\s+)?$/u;
const OFFICE_OF = /^,\s+(?:(?:then|now|still|currently)\s+)?(?:the\s+)?([\p{L}.\s-]+?)\s+(?:of|at)\s+(?:the\s+)?(?:opposition\s+)?$/u;

/** An adverbial clause that opens its sentence and has not closed yet: "Before sitting down with A and B". */
const FRONTED_CLAUSE = /(?:^|[.!?]\s+|\n)[\s*_"“]*(?:Before|After|When|While|Following|Since|Having|Once|Until|Although|Though)\b[^,.;:!?\n]*$/;
/** A lower-case word right after a title: the title goes on as a clause's subject ("the Ukrainian president told"). */
const VERB_AFTER = /^\s+(?!of\b|and\b|for\b|in\b|at\b|on\b|to\b|with\b|who\b|from\b)\p{Ll}/u;

/** ", national security adviser of …", ", the foreign minister of …": an office of a person's own right after their name. */
const OWN_POST_AFTER = /^,\s+(?:the\s+)?((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)\s+(?:of|to|for|at)\s/u;
/** The words between a person and the title "MP" or "member (for)" after them: ", Conservative ", ", the Labour ". */
const MEMBER_AFTER = /^,\s+(?:(?:a|the)\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,2}$|^,\s+the\s+$/u;
/** A word that makes an office one still to come ("the future German chancellor", "Germany's next chancellor"): its
 *  holder-to-be speaks for no one yet. */
const NOT_YET_WORDS = 'next|future|incoming|would-be|prospective|presumptive';
const NOT_YET = new RegExp(`^(?:${NOT_YET_WORDS})$`, 'i');
/** Whether the words before an office that ends a list of words (`words`, the office its last `n`) make it one still to
 *  come: "next chancellor", "Germany's next chancellor", "the future German chancellor". */
export const officeNotYet = (words: readonly string[], n: number): boolean => words.slice(Math.max(0, words.length - n - 2), words.length - n).some((w) => NOT_YET.test(w));
const NOT_YET_BEFORE = new RegExp(String.raw`\b(?:${NOT_YET_WORDS})\s+$`, 'i');
const ELECTED = /^\s+(?:has\s+|had\s+)?(?:elected|appointed|chose|named)\s+$/;
const ELECTED_AS_ITS = /^[^.;]*?\bas\s+its\s+(?:new\s+)?([\p{L}-]+)\b/u;
/** REPRESENTS from appositions; marks the body mentions as appositive so they are not read as subjects. */
export function roleRelations(text: string, ms: Mention[]): SentenceRelation[] {
  const out: SentenceRelation[] = [];
  // "Keith Kellogg, Trump's envoy for Ukraine and Russia, told …": the states an envoy is sent to or for are the
  // domain of the role, never the subject of the clause.
  ms.forEach((b, i) => {
    if (!BODY.has(b.type)) return;
    const lead = text.slice(Math.max(0, b.start - 40), b.start);
    const prev = ms[i - 1];
    if (ENVOY_FOR.test(lead) || (prev?.appositive && BODY.has(prev.type) && /^\s+(?:and|or)\s+(?:the\s+)?$/.test(text.slice(prev.end, b.start)))) b.appositive = true;
  });
  ms.forEach((p, i) => {
    if (p.type !== 'PERSON') return;
    const before = ms[i - 1];
    // A: "Estonia's Defense Minister Hanno Pevkur", "Polish Prime Minister Donald Tusk", "Kremlin spokesman Dmitry Peskov".
    if (before && BODY.has(before.type)) {
      // Also with a comma: "Spain's foreign minister, José Manuel Albares"; "its foreign minister, X" after a body.
      // A rank or honorific before the name is not part of the office ("…Chief of the Defence Staff, Admiral Sir Tony Radakin").
      const raw = text.slice(before.end, p.start);
      const gaps = [raw, raw.replace(/,\s+(?:[\p{Lu}][\p{L}]*\.?\s+){1,3}$/u, ' ')].map((g) => /^(?:[’']s)?\s+([\p{L}.\s-]+?),?\s+$/iu.exec(g));
      const gap = gaps.find((g) => g && office(g[1]));
      // In a list of appositions ("A, the adviser of the French president, B, national security adviser of the British
      // prime minister, …") a title before a comma closes the item before: B has an office of their own after the name.
      const own = /,/.test(raw) ? OWN_POST_AFTER.exec(text.slice(p.end, p.end + 80)) : null;
      const role = gap && !(own && office(own[1])) ? office(gap[1]) : undefined;
      if (role && NOT_YET_BEFORE.test(text.slice(Math.max(0, before.start - 20), before.start))) {
        before.appositive = true;
      } else if (role) {
        before.appositive = true;
        out.push({ type: 'REPRESENTS', source: p.key, target: before.key, role, confidence: 0.9 });
      } else if (/^[’']s\s+$/.test(text.slice(before.end, p.start)) && !PARTY_NAMES.has(before.name ?? '')) {
        // "Canada's Justin Trudeau", "NATO's Mark Rutte": the body's own person, office unsaid.
        before.appositive = true;
        out.push({ type: 'REPRESENTS', source: p.key, target: before.key, confidence: 0.75 });
      }
    }
    // G: "Democratic Senator X", "two senators, the Republican X and the Democrat Y": a member of the U.S. Senate.
    const senate = [...ms.slice(0, i)].reverse().find((x) => x.name === US_SENATE && x.start >= p.start - 160);
    if (senate && (/^\s+$/.test(text.slice(senate.end, p.start)) || /(?:^|\s)(?:the\s+)?(?:Republican|Democrat(?:ic)?)\s+$/.test(text.slice(Math.max(senate.end, p.start - 20), p.start)))) {
      out.push({ type: 'REPRESENTS', source: p.key, target: senate.key, role: 'Senator', confidence: 0.85 });
    }
    // G2: "Local MP Claire Hollis", "Sir X, Conservative MP and a member of …", "Y, Labour member for Z": a member of the
    // House of Commons (its title, a party or place word before it, is all that stands between).
    const commons = ms.find((x) => x.name === HOUSE_OF_COMMONS && x.source === 'ner' && ((x.end <= p.start && x.start >= p.start - 40 && /^\s+$/.test(text.slice(x.end, p.start))) || (x.start >= p.end && (MEMBER_AFTER.test(text.slice(p.end, x.start)) || /^[ \t]+$/.test(text.slice(p.end, x.start))))));
    if (commons && !out.some((r) => r.source === p.key && r.target === commons.key)) out.push({ type: 'REPRESENTS', source: p.key, target: commons.key, role: 'MP', confidence: 0.85 });
    // H: "Prime Minister of Great Britain Keir Starmer"; with a comma, "the leader of the National Rally, Jordan Bardella".
    // Also with the state's department between ("the official representative of the Russian Foreign Ministry Maria
    // Zakharova", "spokesman of the Russian Defence Ministry Igor Petrov"): the department is the state's.
    const department = /^\s+((?:\p{Lu}[\p{L}-]*\s+){1,3})$/u.exec(text.slice(before?.end ?? 0, p.start));
    const viaDepartment = Boolean(department && department[1].trim().split(/\s+/).every((w) => DEPARTMENT_WORDS.has(w.toLowerCase())));
    if (before && BODY.has(before.type) && (/^(?:\s+|,\s+)$/.test(text.slice(before.end, p.start)) || viaDepartment)) {
      // "The President of the Republic of Poland Andrzej Duda": the state's formal name is not part of the office.
      const lead = /([\p{L}.\s-]+?)\s+of\s+(?:the\s+)?$/u.exec(text.slice(Math.max(0, before.start - 50), before.start).replace(/\s+of\s+the\s+(?:Republic|Federation|Kingdom|State)\s+of\s+$/, ' of '));
      const role = lead && [4, 3, 2, 1].map((n) => office(lead[1].trim().split(/\s+/).slice(-n).join(' '))).find(Boolean);
      if (role) {
        before.appositive = true;
        out.push({ type: 'REPRESENTS', source: p.key, target: before.key, role, confidence: 0.85 });
      }
    }
    // "Ulf Kristersson's government has said Sweden …": the head of the government that speaks for the country.
    const government = /^[’']s\s+government\s+(?:has\s+|had\s+)?(?:said|says|announced|insists|insisted|stated)\s+(?:that\s+)?(?:the\s+)?$/;
    const spoken = ms[i + 1];
    if (spoken && spoken.type === 'COUNTRY' && !spoken.location && government.test(text.slice(p.end, spoken.start))) out.push({ type: 'REPRESENTS', source: p.key, target: spoken.key, role: 'Head of government', confidence: 0.7 });
    // "the Chamber of Deputies elected X, the leader of the Y, as its chairman": the body that elects its own head.
    if (before && BODY.has(before.type) && ELECTED.test(text.slice(before.end, p.start))) {
      const as = ELECTED_AS_ITS.exec(text.slice(p.end, p.end + 160));
      if (as && office(as[1])) out.push({ type: 'REPRESENTS', source: p.key, target: before.key, role: office(as[1]), confidence: 0.85 });
    }
    const its = /\bits\s+([\p{L}.\s-]+?),?\s+$/u.exec(text.slice(Math.max(0, p.start - 60), p.start));
    const owner = its && office(its[1]) && [...ms.slice(0, i)].reverse().find((x) => BODY.has(x.type) && !x.location);
    if (its && owner) out.push({ type: 'REPRESENTS', source: p.key, target: owner.key, role: office(its[1]), confidence: 0.8 });
    const after = ms[i + 1];
    if (!after || !BODY.has(after.type)) return;
    // A name set in bold or italics ("**Dr Maren Holt**, director of …"): the closing marks are not part of the gap.
    const gap = text.slice(p.end, after.start).replace(/^[*_]+(?=[\s,(])/, '');
    // D: "Keir Starmer (UK)" in a list of leaders; E: "Mark Rutte of NATO".
    const bracketed = /^\s*\(\s*(?:the\s+)?$/.test(gap) && /^\s*\)/.test(text.slice(after.end));
    // A party in brackets ("Friedrich Merz (CDU)") is an affiliation, which speaks for no one: the office still gives
    // the state. The party is no subject either.
    if (bracketed && PARTY_NAMES.has(after.name ?? '')) {
      after.appositive = true;
      return;
    }
    if (bracketed || /^\s+of\s+(?:the\s+)?$/.test(gap)) {
      after.appositive = true;
      out.push({ type: 'REPRESENTS', source: p.key, target: after.key, confidence: 0.8 });
      return;
    }
    // B: "Hanno Pevkur, Estonia's defense minister".
    // "Olaf Scholz, then as now Germany's chancellor", "then still Germany's chancellor": time adverbs may stand before the office.
    // Also in a relative clause: "Anna Lind, who became Norway's prime minister in May".
    // Also a caption's bar: "RADOSŁAW SIKORSKI | Polish Foreign Minister".
    if (/^(?:[’']s)?(?:,|[ \t]*\|)\s+(?:who\s+(?:became|becomes|is|was|has been|had been|serves as|served as)\s+)?(?:(?:then as now|then|now|still|at the time|currently)\s+){0,2}(?:the\s+)?$/.test(gap)) {
      // "Mark Rutte, the NATO secretary-general" has no possessive.
      // A party's leader in one of its houses ("the SNP's Westminster leader") leads the party.
      const tail = (PARTY_NAMES.has(after.name ?? '') ? PARTY_BRANCH_TAIL : APPOSED_TAIL).exec(text.slice(after.end));
      const words = tail ? [3, 2, 1].find((n) => office(tail[1].split(/\s+/).slice(0, n).join(' '))) : undefined;
      const role = tail && words ? office(tail[1].split(/\s+/).slice(0, words).join(' ')) : undefined;
      // "hosted Zelensky, French President Emmanuel Macron and …": the office is the title of the next person named.
      const next = ms[i + 2];
      const titled = next && next.type === 'PERSON' && office(text.slice(after.end, next.start).replace(/^(?:[’']s)?\s+/, ''));
      // "Before sitting down with Witkoff and Kushner, the Ukrainian president told reporters…": the comma closes an
      // opening clause, and the title that goes on to a verb is the main clause's subject, not an apposition.
      const titleEnd = tail && words ? after.end + tail[0].length - tail[1].length + tail[1].split(/\s+/).slice(0, words).join(' ').length : 0;
      const opening = role && FRONTED_CLAUSE.test(text.slice(Math.max(0, p.start - 200), p.start)) && VERB_AFTER.test(text.slice(titleEnd, titleEnd + 30));
      if (role && !titled && !opening) {
        after.appositive = true;
        out.push({ type: 'REPRESENTS', source: p.key, target: after.key, role, confidence: 0.9 });
      }
    }
    // F: "X, who leads the Norwegian delegation", "X, spokeswoman for the Norwegian foreign ministry": the one who speaks
    // or negotiates for a state's team or ministry speaks for the state.
    if (after.type === 'COUNTRY' && SPEAKS_FOR_GAP.test(gap) && SPEAKS_FOR_TAIL.test(text.slice(after.end, after.end + 60))) {
      after.appositive = true;
      out.push({ type: 'REPRESENTS', source: p.key, target: after.key, confidence: 0.8 });
      return;
    }
    // C: "Keir Starmer, Prime Minister of the United Kingdom", "Ben Hodges, the former Commanding General of U.S. Army Europe".
    // Also "Friedrich Merz, then leader of the opposition CDU", "X, Deputy Premier and leader of the League" (the office
    // next to the body is the one it gives).
    const of = OFFICE_OF.exec(gap);
    // "Dr X, director of the Riga Centre", "Y, a senior fellow at the Kyiv-based Centre for Defence Reform": a post at
    // an institute ties its holder to it.
    const post = after.type === 'INSTITUTION' ? INSTITUTE_POST.exec(gap) : null;
    const held = of ? office(of[1].split(/\s+and\s+/).pop()!) : undefined;
    const role = held ?? (post ? post[1][0].toUpperCase() + post[1].slice(1) : undefined);
    // In a list, "…, the Finnish President A, the President of the European Commission B and …": the office before a
    // name is that name's (H), not an apposition of the one before.
    const nextNamed = ms[i + 2]?.type === 'PERSON' && /^\s+$/.test(text.slice(after.end, ms[i + 2].start));
    // "…, Prime Minister Tusk and Chancellor Scholz, the Secretary General of NATO and the Presidents of …": an office
    // that a list goes on after is the list's next member, not an apposition of the name before it.
    if (role && !nextNamed && !LIST_GOES_ON.test(text.slice(after.end, after.end + 40))) {
      // An institute after a post stays a mention of its own, as before the post was read (an appositive one would leave
      // the holder the only actor of the clause: "X, a fellow at the Centre, joined online" of some other gathering).
      if (held || !post) after.appositive = true;
      out.push({ type: 'REPRESENTS', source: p.key, target: after.key, role, confidence: 0.9 });
    }
  });
  return out;
}

/** A research body: a think tank, an institute, a university ("the Vienna Institute for Ceasefire Studies"). */
const RESEARCH_BODY = /\b(?:Centre|Center|Institute|Institution|Foundation|Studies|University|College|School|Council on|Think[- ]?Tank|Programme|Program)\b/;
const POST_NOUN = String.raw`(?:(?:senior|junior|research|non-resident|visiting|distinguished|executive|deputy|founding|managing|programme|program|principal|associate|lead)\s+){0,2}(?:director|fellow|researcher|analyst|head|chair|chairman|chairwoman|president|scholar|economist|expert)`;
/** "X directs the Institute", "X, who heads the Foundation": the head of a research body, now; "Today he runs the
 *  Centre" with a pronoun for its subject. */
const HEADS_BODY = /^[*_]*\s*(?:,\s*who\s+)?(?:(?:now|today|currently|also)\s+)?(?:directs|runs|heads|leads|chairs|co-directs|co-chairs)\s+(?:the\s+)?$/i;
const PRONOUN_HEADS_BODY = /(?:^|[^\p{L}])(?:he|she)\s+(?:(?:now|today|currently|also)\s+)?(?:directs|runs|heads|leads|chairs|co-directs|co-chairs)\s+(?:the\s+)?$/iu;
/** "…joined the Centre, where she is now a senior fellow", "…, where he now leads its work on Ukraine": a post there now. */
const WHERE_POST = new RegExp(String.raw`^,\s+where\s+(?:he|she)\s+(?:(?:is|serves)\s+(?:now\s+|currently\s+)?(?:as\s+)?(?:a|an|the|its)\s+${POST_NOUN}\b|(?:now\s+|currently\s+)?(?:leads|heads|directs|runs|chairs)\b)`, 'iu');
/** "the centre's director, Dr Anneli Karvonen": a post at the research body the text named last. */
const BODY_POST_NAMED = new RegExp(String.raw`\b(?:the|The)\s+(centre|center|institute|foundation|think tank|university)['’]s\s+${POST_NOUN},\s+(?:(?:Dr|Prof|Professor|Mr|Ms|Mrs)\.?\s+)?$`, 'u');

/** A person's present post at a research body, told by a verb or a relative clause rather than an apposition: "Dr Oona
 *  Lehtinen directs the Institute for Northern Security", "Today he runs the Vienna Institute…", "…before joining the
 *  Tallinn Centre…, where she is now a senior fellow", "the centre's director, Dr Anneli Karvonen". A past post ("ran",
 *  "was a fellow") says nothing of whom they speak for now. `pronounFor`: who "he" or "she" opening the clause is. */
export function postRelations(text: string, sentence: Sentence, ms: Mention[], pronounFor?: Mention, all: readonly Mention[] = []): SentenceRelation[] {
  const out: SentenceRelation[] = [];
  const push = (p: Mention | undefined, body: Mention) => {
    if (p && p.type === 'PERSON' && !out.some((r) => r.source === p.key && r.target === body.key)) out.push({ type: 'REPRESENTS', source: p.key, target: body.key, role: 'Research post', confidence: 0.8 });
  };
  ms.forEach((b, i) => {
    if (b.type !== 'INSTITUTION' || !RESEARCH_BODY.test(b.text)) return;
    const before = [...ms.slice(0, i)].reverse().find((x) => x.type === 'PERSON');
    // The person right before the verb ("Lehtinen directs"), or the one "he" or "she" stands for: the person the
    // sentence named first, else the one the text was about.
    const first = ms.find((x) => x.type === 'PERSON' && !x.appositive && x.start < b.start);
    if (before && HEADS_BODY.test(text.slice(before.end, b.start))) push(before, b);
    else if (PRONOUN_HEADS_BODY.test(text.slice(Math.max(sentence.start, b.start - 40), b.start))) push(first ?? pronounFor, b);
    if (WHERE_POST.test(text.slice(b.end, b.end + 120))) {
      // "she" in the relative clause is the person the sentence is about: its first person, else the one before.
      push(ms.find((x) => x.type === 'PERSON' && !x.appositive && x.start < b.start) ?? pronounFor, b);
    }
  });
  // "the centre's director, Dr X": the research body named last before the sentence, or in it.
  ms.forEach((p) => {
    if (p.type !== 'PERSON' || p.source === 'anaphor') return;
    const post = BODY_POST_NAMED.exec(text.slice(Math.max(sentence.start, p.start - 80), p.start));
    if (!post) return;
    const head = post[1].toLowerCase();
    let body: Mention | undefined;
    for (const x of all.length ? all : ms) {
      if (x.start >= p.start) break;
      if (x.type === 'INSTITUTION' && x.text.toLowerCase().includes(head === 'center' ? 'center' : head)) body = x;
    }
    if (body) push(p, body);
  });
  return out;
}

const DELEGATION = /^(?:[’']s)?\s+(?:delegation|side|team|negotiators|negotiating team)\b/i;
const MEMBERSHIP = /^\s*(?:(?:was|were|is|are|had been|has been)\s+)?(?:also\s+)?(?:(?:headed|led|joined|represented)\s+by|included|includes|including|comprised|made up of)\s+|^\s+by\s+/i;
const MEMBER_GAP = /^(?:,\s*|,?\s+and\s+)((?:[\p{L}.-]+\s+){0,4})$/u;

/** "The Russian delegation was headed by presidential aide Vladimir Medinsky", "the Americans were joined by
 *  National Security Adviser Mike Waltz and special envoy Steve Witkoff": a country's delegation members represent it. */
export function delegationRelations(text: string, ms: Mention[]): SentenceRelation[] {
  const out: SentenceRelation[] = [];
  ms.forEach((c, i) => {
    if (c.type !== 'COUNTRY' || c.location) return;
    // "brought together A, B and C on the American side": the people listed just before are its delegation.
    if (/\bon the\s+$/i.test(text.slice(Math.max(0, c.start - 8), c.start)) && /^\s+side\b/.test(text.slice(c.end, c.end + 6))) {
      const side = text.slice(0, c.start).search(/\s+on the\s+$/i);
      let at = side;
      for (let k = i - 1; k >= 0 && ms[k].type === 'PERSON'; k--) {
        const p = ms[k];
        const gap = text.slice(p.end, at);
        // Between two members: a comma or "and", and the next member's office if any ("…, special envoy X").
        const member = MEMBER_GAP.exec(gap);
        if (at === side ? /\S/.test(gap) : !member || (member[1].trim() && !office(member[1]))) break;
        out.push({ type: 'REPRESENTS', source: p.key, target: c.key, context: 'delegation', confidence: 0.75 });
        at = p.start;
      }
      return;
    }
    const noun = DELEGATION.exec(text.slice(c.end, c.end + 40));
    // A plural demonym is the delegation itself ("the Americans were joined by").
    if (!noun && !(c.source === 'demonym' && /s$/.test(c.text))) return;
    const from = c.end + (noun?.[0].length ?? 0);
    const verb = MEMBERSHIP.exec(text.slice(from, from + 40));
    if (!verb) return;
    let at = from + verb[0].length;
    for (const p of ms.slice(i + 1)) {
      if (p.type !== 'PERSON') break;
      const gap = text.slice(at, p.start);
      const title = at === from + verb[0].length ? /^((?:[\p{L}.-]+\s+){0,4})$/u.exec(gap) : MEMBER_GAP.exec(gap);
      if (!title || (title[1].trim() && !office(title[1]))) break;
      out.push({ type: 'REPRESENTS', source: p.key, target: c.key, ...(title[1].trim() ? { role: office(title[1]) } : {}), context: 'delegation', confidence: 0.75 });
      at = p.end;
    }
  });
  return out;
}

/** Between a trigger and its object, a new clause: a semicolon, the end of a quotation ("…wants peace,” he said, before
 *  promising tougher sanctions"), or a second reported clause (", and that any peace deal…"). */
// Also a second verb of the same subject ("agreed only to a pause and again refused the ceasefire"): its object is its own.
const CLAUSE_BREAK = /;|”|[,.!?]"|"\s*,|,\s+(?:and|but)\s+that\b|,\s+but\s+(?:a|an|the|any)\s|\s(?:and|but)\s+(?:(?:again|also|then|later|still|instead)\s+)?(?!armed\b)[a-z]+ed\s/;

/** Relations stated by trigger patterns in one sentence. */
// "to any European force", "to its own force": any determiner before the force it serves in.
const SERVE_IN_FAR = /^(?:[^;.]{0,70}?[\s,"”])?(?:to (?:serve|take part|participate) in|to (?:join|support|reinforce|back)|(?:as|be|become|form) (?:a )?part of|within|under)\s+(?:(?:the|a|an|any|its|their|such a)\s+)?(?:(?:future|new|possible|planned|proposed|eventual)\s+)?["“]?$/;
const SETTLEMENT = /^(?:(?:a|the)\s+)?(?:peace (?:deal|agreement|settlement|accord)|cease-?fire(?: agreement| deal)?|truce)$/i;
const FORCE_HEAD = /\b(?:force|forces|mission|contingent)\b|^Multinational Force Ukraine$/i;
const SERVE_IN = /^\s+(?:to (?:serve|take part|participate) in|to join|as part of|within|under|to|for)\s+(?:(?:the|a|an|any|its|their|such a)\s+)?(?:own\s+)?/;

const PRONOUN_SPEAKER = new RegExp(String.raw`\b(?:he|she)\s+(?:has\s+|had\s+)?(?:also\s+)?(?:said|says|told|added|stressed|insisted|argued|warned|wrote|noted|repeated|${CLAUSE_REPORTERS})\b`, 'i');

const LED_BY = /^(?:[’']s)?\s+(?:delegation|team|negotiators|negotiating team|side)\s*,?\s+(?:which was\s+|was\s+)?(?:led|headed)\s+by\s+$/;
/** The person named as leading a country's or a body's delegation right after it ("a Ukrainian delegation led by X"). */
function ledBy(text: string, ms: Mention[], body: Mention): Mention | undefined {
  if (!/^(?:[’']s)?\s+(?:delegation|team|negotiat|side)/.test(text.slice(body.end, body.end + 14))) return undefined;
  return ms.find((x) => x.type === 'PERSON' && !x.appositive && x.start > body.end && x.start - body.end < 90 && LED_BY.test(text.slice(body.end, x.start).replace(/(?:\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.’'-]*|of|and|for))+\s*$/u, ' ')));
}

/** A sentence inside a quotation opened in an earlier one: its first quotation mark closes. */
function continuesQuote(sentence: string): boolean {
  const curly = sentence.search(/[“”]/);
  if (curly >= 0) return sentence[curly] === '”';
  const straight = sentence.match(/"/g)?.length ?? 0;
  return straight % 2 === 1 && !/^[\s*_-]*"/.test(sentence);
}

/** Between a headline's holder and its colon: nothing, or where it was said ("Meloni to the Chambers", "Tusk in Warsaw"). */
const LABEL_TAIL = /^(?:\s+(?:to|in|at|on|before)\s+(?:the\s+)?(?:\p{L}+\s*){1,3})?$/u;

/** Between two proposals, words that join them as objects of one verb ("A and B", "A and its plan for B"). */
const COORDINATED_OBJECT = /^\s*,?\s+(?:and|as well as)\s+(?:(?:the|a|an|its|their|his|her|new|further)\s+)?(?:(?:plans?|proposals?|idea|calls?)\s+(?:for|of)\s+(?:(?:a|an|the)\s+)?)?["“]?$/;

/** "did not rule out that the talks could agree on a truce": a possibility left open before another stance is a hedge on
 *  it, not a denial of it. */
const NOT_RULED_OUT = /\b(?:not|never)\s+(?:\w+\s+)?rul(?:e|es|ed|ing)\s+out\b|n['’]t\s+rul(?:e|es|ed|ing)\s+out\b/gi;
/** A determiner or possessive right before "demand": the noun. */
const DEMAND_NOUN_BEFORE = /\b(?:the|a|an|its|their|his|her|our|this|that|these|those|such|whose|[\p{Lu}][\p{L}-]*['’]s)\s+(?:[\p{Ll}-]+\s+)?$/u;
const UNCHANGED = /\b(?:has|have|had|is|was|were|are|did|does|do)\s+not\s+(?:changed|shifted|moved|altered|wavered|budged|change|shift|move|alter|waver|budge)\b|\b(?:has|have|had)\s+never\s+(?:changed|wavered)\b/gi;
const PROPOSAL_FOR = /^(?:[’']s)?\s+(?:proposal|plan|initiative|offer)\s+(?:for|to)\s+(?:(?:a|an|the|immediate|hold|holding|reach|agree)\s+)*$/;
const INCLUDED = /^(?:\s+for\s+(?:\p{Lu}[\p{L}-]*\s*){1,3})?\s*,\s+(?:including|among them|notably|in particular|such as)\s+(?:(?:a|an|the)\s+)?["“]?$/u;
const QUESTION = /\?[\s"”’'*_)]*$/;
/** After a proposal, a relative clause opening on its holders: ", which …", " that …", " is the force that …". */
// Also a title before the holder's name: "which his predecessor Petr Fiala set up", "which the former minister X drew up".
const RELATIVE_OPENS = /^(?:\s*,)?(?:\s+(?:is|was)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?)?\s+(?:which|that)\s+(?:(?:the|his|her|its|their)\s+(?:(?:former|then|late|new)\s+)?(?:predecessor|successor|boss|minister|president|chancellor|prime minister|envoy|leader|aide|adviser|deputy)\s+|the\s+)?/;
/** The clause's verb: m[1] a negation, m[2] proposing, m[3] opposing; else support. Not after "would" or "could":
 *  "a UN mandate, which Russia would veto" is the writer's prediction. */
const RELATIVE_STANCE = /^\s+(?:(?:has|have|had|will|also|now|already|long|strongly|firmly|still|do|does|did)\s+)*(not\s+|never\s+)?(?:(propose[sd]?|floated|drafted|drew up|put forward|came up with|suggested|tabled|mooted|unveiled|devised|designed|conceived|launched|initiated|pitched|sponsored|authored|built|set up|created|worked out|hammered out)|(oppose[sd]?|reject(?:s|ed)?|ruled? out|rules out|condemn(?:s|ed)?|veto(?:es|ed)?|block(?:s|ed)?)|back(?:s|ed)?|support(?:s|ed)?|endorse[sd]?|favou?r(?:s|ed)?|champion(?:s|ed)?|push(?:es|ed)? for|call(?:s|ed)? for|want(?:s|ed)? to (?:send|deploy|place|create|build|set up|lead|join)|plan(?:s|ned)? to (?:send|deploy|place|create|build|set up|lead|join)|(?:is|are|was|were) (?:ready|willing|prepared) to (?:join|lead|send|deploy|contribute)|lead(?:s)?|led)\b/;
/** "said his country would never accept": the speaker's own state as a clause's subject ("his government" is left to the
 *  speaker: the older gold sets do not give it to the state). */
const OWN_STATE = /\b(?:that\s+)?(?:his|her)\s+(?:own\s+)?(?:country|nation)\s+(?:[\w’']+\s+){0,4}$/;
/** "… and seven European leaders": a group named after the guests. */
const GROUP_AFTER_SUBJECTS = /^\s+and\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:leaders|ministers|heads of (?:state|government)|delegations|counterparts|officials)\s+(?:[\w-]+\s+){0,3}$/;
const STANCE_BEFORE = /\b(?:backs?|backed|backing|supports?|supported|supporting|welcom(?:e|es|ed|ing)|endors(?:e|es|ed|ing)|rejects?|rejected|rejecting|oppos(?:e|es|ed|ing)|accepts?|accepted|critici[sz](?:e|es|ed)|dismiss(?:es|ed)?)\s+$/i;
const AND_GROUP = /^\s+and\s+(?:[\w-]+\s+){0,3}(?:leaders|ministers|heads of (?:state|government)|delegations|counterparts|officials)\b/;
/** A proposal that is a text someone drew up, and the words between its author and it ("the American 28-point plan",
 *  "the US-drafted plan"). */
const PLAN_LIKE = /\b(?:plan|proposal|initiative|framework|draft|blueprint|memorandum|road ?map|formula)\b/i;
const AUTHORED_BEFORE = /^(?:-(?:drafted|authored|written|proposed|brokered))?\s+["“]?$/;
// "a plan from Oslo for a buffer zone": the words between the place and the proposal (a module constant: see match-all.ts).
const FOR_PLAN_GAP = /^\s+(?:for|to)\s+(?:\p{Ll}+\s+)?(?:(?:a|an|the)\s+)?["“]?$/u;
/** "a plan from " before its author, the proposal it is for after: 'a plan from Oslo for a buffer zone'. */
const PLAN_FROM = /\b(?:plans?|proposals?|initiatives?|offers?|ideas?)\s+from\s+(?:the\s+)?$/i;
/** A passive clause whose subject is "it" or "this": 'It was launched by', 'This was first proposed by'. */
/** The words between a passive "by" and its agent when they hold a title in lower case: " the White House envoy ",
 *  " the bloc's foreign policy chief ", " Russia's chief negotiator ": capitalised words, a possessive, and a title that
 *  ends on a role word (never a lower-case word of any other kind: "by air cover to protect Ukraine"). */
function titledAgent(gap: string): boolean {
  const words = gap.trim().split(/\s+/);
  if (!words.length || words.length > 7 || !/^\s/.test(gap) || !/\s$/.test(gap)) return false;
  let role = false;
  for (const [k, w] of words.entries()) {
    const bare = w.replace(/[’']s$/, '');
    if (k === 0 && /^the$/i.test(w)) continue;
    if (CAPITALISED_WORD.test(w)) continue;
    if (/[’']s$/.test(w) && /^[\p{L}-]+$/u.test(bare)) continue;
    const lower = w.toLowerCase();
    if (ROLE_HEADS.has(lower)) { role = true; continue; }
    if (ROLE_MODIFIERS.has(lower) && lower !== 'of') continue;
    return false;
  }
  return role;
}
const CAPITALISED_WORD = /^\p{Lu}[\p{L}.’'-]*$/u;
/** After a plan: a participle of writing it and "by" ("…, drawn up by ", " written by the "). */
const AUTHORED_AFTER = /^["”]?,?\s+(?:(?:originally|first|jointly|largely)\s+)?(?:drawn up|drafted|written|authored|devised|prepared|put together|worked out|hammered out|proposed|put forward|tabled|conceived|designed|crafted)\s+by\b/i;
/** A relative clause whose verb is one of authorship, with words after it: ' that her predecessor Piet Smit built should '. */
const RELATIVE_AUTHORED = /^,?\s+(?:which|that)\s+[^,;.]*?\b(?:propose[sd]|floated|drafted|drew up|put forward|came up with|tabled|mooted|unveiled|devised|designed|conceived|launched|initiated|pitched|sponsored|authored|built|set up|created|worked out|hammered out)(?:\s|$)/i;
const PRONOUN_PASSIVE = /^\W*(?:It|This)\s+(?:was|is|has been|had been)\s+(?:first\s+|originally\s+|jointly\s+)?$/;
/** Between a nation and the plan it names: a possessive, or only the plan's grading words ('the American [leaked] plan'). */
const NATION_BEFORE_PLAN = /^(?:[’']s)?\s+(?:[\p{Ll}-]+\s+){0,3}$/u;
const DEFINITE_BEFORE = /\b(?:the|an?)\s+$/i;
/** "the plans of London and Paris for a", "the proposal by X to": whose plan, before the proposal it is for. */
const PLAN_OF = /\b(?:plans?|proposals?|initiative)\s+(?:of|by)\s+([^;.:"“”]{1,80}?)\s+(?:for|to)\s+(?:(?:a|an|the|more|new)\s+)?["“]?$/i;

/** A fact-check's claim in bold quotation marks followed by its rating ('**"The truce held."** *Unproven.*'). */
const RATED_CLAIM = /\*\*["“][^"“”*]{1,200}["”]\*\*\s*[*_]?(?=(?:True|False|Misleading|Unproven|Mostly (?:true|false)|Half[- ]true|Partly (?:true|false)|Needs context|Missing context|Unsupported|Disputed)\b)/gi;

/** A word opening an adverbial before the subject ("After Dahl left, …", "At a meeting with X, …"). */
const OPENING_ADVERBIAL = /\b(?:After|Before|When|While|Although|Though|Since|If|Because|Once|Until|Unless|As|Despite|During|Amid|Following|At|In|On|With|Unlike|For|Like)\b/;

/** A pronoun that is a verb's whole object ("would lead them", "wants that first", "called for one since…"), not the
 *  subject of a clause after it ("support that it is…"). */
// "that" only before a stop or an adverb: "accept that if there is peace…" opens a clause.
const PRONOUN_OBJECT = /^\s+(?:(?:it|them|one)(?=\s*[.,;:!?)”"]|\s+(?:\w+ly|first|too|either|again|outright|now|instead|on|in|at|last|next|yesterday|today|tomorrow|since|before|after|until|when|if|unless|and|but)\b)|that(?=\s*[.,;:!?)”"]|\s+(?:\w+ly|first|too|either|again|outright|instead|last|yesterday|today)\b))/i;
const HYPOTHESIS_BEFORE = /\b(?:if|whether|unless)\s+(?:the\s+)?$/i;
const RENEWED = /\b(?:repeatedly|again|once more|long|continued to|continues to|still)\b/i;
const EXPECTED_TO = /\b(?:is|are|was|were|had been|has been|have been) (?:widely |also |still |generally )?expected to\s+$/i;
const WITHHELD = /^[^.;:"“]*?\b(?:not yet|stopped short of|stops short of|fell short of|neither\s+\w+\s+nor)\b/i;
const BOTH_DENIED = /\b(?:did|does|do|has|have|had|would|will)\s+not\s+(?:reject|oppose|rule out|exclude)\b[^.;]*\b(?:not|nor)\s+(?:\w+\s+)?(?:accept|support|back|endorse|commit|promise)|\b(?:did|does|do|has|have|had|would|will)\s+not\s+(?:accept|support|back|endorse|commit to|promise)\b[^.;]*\b(?:not|nor)\s+(?:\w+\s+)?(?:reject|oppose|rule out|exclude)/i;
const OPEN_QUESTION = /^[^.;:"“]*?(?<!\b(?:regardless|irrespective) of\s+|\bno matter\s+)\bwhether\b/i;
const NOT_ASSERTED = /\b(?:den(?:y|ies|ied|ying)|doubt(?:s|ed|ing)?|unclear|uncertain|not clear)\s+(?:that|whether|if)\s+(?:the\s+)?$/i;

/** A sentence that opens with "He said" or "She added": the pronoun is the speaker of all its coordinated verbs. */
const PRONOUN_SAYS = /^\W*(?:He|She)\s+(?:has\s+|had\s+)?(?:said|says|told|stated|added|insisted|argued)\b/;
const WHICH_SAID = /^,?\s+which\s+(?:he|she|(?:\p{Lu}[\p{L}’'-]*\s+){1,2})\s*(?:has\s+|had\s+)?(?:said|says)/u;
// Also an act put after "without" and a verb of its own: "without being seen to hand over territory", "without having to send troops".
const OBJECT_OF_PREPOSITION = /\b(?:with|without|about|on|(?<!no question )of|over|from|against|into)\s+$|\bwithout\s+(?:[\w-]+\s+){1,3}?to\s+$|\bwhether\s+(?:or not\s+)?(?:to\s+|(?:it|they|he|she|\p{Lu}\p{L}+)\s+(?:would|will|could|should|might|can)\s+)?$/iu;
/** A subordinate clause that states what exists or is missing: "while there is no ceasefire", "until there is no war". */
const STATE_FRAME = /\b(?:while|whilst|as long as|so long as|until|till|because|since|as|when|whereas|now that|given that|if|unless|where)\s+there\s+(?:is|are|was|were|will be|would be)\s+(?:still\s+|yet\s+)?no\s+(?:(?:[\w-]+\s+){1,3}(?:and|or|nor)\s+(?:no\s+)?)?$/i;
const NATIONAL_TROOPS = /^(?:\p{Lu}[\p{L}-]*\s+)(?:troops|forces|soldiers)$/u;
const INSTEAD_CLAUSE = /^[^]*\s(?:and|but)\s+(?:(?:would|will|shall|could|can|is|are|was|were|to)\s+)?(?:instead|rather)\s/;
const INSTEAD_AHEAD = /^(?:(?:would|will|shall|could|can|is|are|was|were|to)\s+)?(?:instead|rather)\s/;
const RELATIVE_ASIDE = /,\s+(?:who|which)\s[^,;:"“”]*,/g;
const PAN_NATIONAL = /^(?:European|Western|NATO|Nato|Allied|Foreign|International|Multinational)\s/;
const STAY = /^\s+(?:(?:would|will|should|shall|must|are to|are going to)\s+)?(?:stay|remain)\s+(?:at\s+(home)|in\s+(\p{Lu}[\p{L}-]*))\b/u;
/** Whether a nation's troops ("Polish soldiers") are said to stay at home or in their own country ("in Poland"). */
function staysHome(troops: Mention, after: string): boolean {
  const stay = STAY.exec(after);
  if (!stay) return false;
  if (stay[1]) return true;
  const nation = lookupGazetteer(troops.text.split(/\s+/)[0]);
  return nation?.kind === 'demonym' && lookupGazetteer(stay[2])?.name === nation.name;
}
/** Before a sentence's opening subject: nothing but its title ("Prime Minister ", "U.S. President "). */
const TITLE_ONLY = /^[\W]*(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}$/u;
/** A finite verb in the past right after a subject: "promised", "sent", "met" (not "and", "'s", "who"). */
/** Before the subjects of a series of verbs: nothing but capitalised words, or a clause's "that" ("It was on Saturday
 *  that A and B …", "Officials said that A and B …"). */
const SERIES_LEAD = /^[\W]*(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}$|\bthat\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}$/u;
/** After the subjects, a series of past verbs set off by commas, up to the "and" before the last one. */
const SERIES_VERB = String.raw`(?:\p{Ll}{2,}ed|sent|met|told|spoke|gave|made|took|won|set|put|went|came|held|led|wrote|spent|sought|brought|kept|left|drew|stood|sat|flew|rode)`;
const VERB_SERIES = new RegExp(String.raw`^\s+(?:\p{Ll}+ly\s+)?${SERIES_VERB}\b[^.;:"“”,]*(?:,\s+(?:\p{Ll}+ly\s+)?${SERIES_VERB}\b[^.;:"“”,]*)+\s+and\s+(?:then\s+)?$`, 'u');
const FIRST_VERB = /^\s+(?:also\s+|then\s+|first\s+)?(?:\p{Ll}{2,}ed|sent|met|told|spoke|gave|made|took|won|set|put|went|came|held|led|wrote|spent|sought|brought|kept|left|drew|threw|struck|paid|hit)\b/u;
/** A new thing of a proposal's kind named by a common noun: "a new EU package", "an offer" ("the proposal" refers back). */
const UNNAMED_THING = /\b(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:proposal|offer|package|draft|bill|invitation|initiative|resolution)\b/gi;
export function triggerRelations(text: string, sentence: Sentence, ms: Mention[], ctx: RelationContext): SentenceRelation[] {
  const out: SentenceRelation[] = [];
  // Where in the sentence the words of each stance stand (a reservation is a second trigger, not a second reading).
  const triggeredAt = new Map<SentenceRelation, number>();
  const consumed = new Set<Mention>();
  const rated = sentence.text.includes('**') ? matchesOf(sentence.text, RATED_CLAIM).map((r) => [sentence.start + r.index, sentence.start + r.index + r[0].length]) : undefined;
  const inside = (start: number, end: number) => ms.some((m) => m.start < end && start < m.end && !(m.type === 'PROPOSAL' && m.act));
  const subjectsBefore = (pos: number): Mention[] => {
    // "Lind said Denmark would consider sending instructors, but ruled out combat troops": a verb after ", but" with no
    // subject of its own shares the sentence's subject, not the reported clause's.
    // Also without the comma and past an apposition: "Zakharova, the spokeswoman, said … and warned that …".
    const shared = /(?:,\s+|\s+)(?:but|and|yet)\s+(?:also\s+|then\s+|later\s+)?$/.exec(text.slice(sentence.start, pos));
    const head = shared && ms.find((x) => isActor(x) && !x.appositive && x.start >= sentence.start);
    if (head && head.end <= sentence.start + shared.index && /^\W*$/.test(text.slice(sentence.start, head.start)) && /^(?:,[^,.;]{1,60},)?\s+(?:has\s+|had\s+)?(?:said|says|told|stated|added|insisted|argued)\b/.test(text.slice(head.end, head.end + 90))) return [head];
    // "Prime Minister Mark Carney promised Ukraine $2 billion and announced new sanctions": a second verb of the opening
    // subject's, not of the first verb's object (the subject opens the sentence, past its title, and a verb follows it).
    if (head && head.end <= sentence.start + shared.index && TITLE_ONLY.test(text.slice(sentence.start, head.start)) && FIRST_VERB.test(text.slice(head.end, head.end + 90)) && !/[,;:"“”]/.test(text.slice(head.end, sentence.start + shared.index))) return [head];
    // "A, B and C came by train, stood beside X and phoned Y": the last verb of a series after the opening subjects (past
    // a cleft's or a report's "that") is theirs, not that of the object of the verb before it.
    const series = shared && !shared[0].includes(',') && ms.find((x) => isActor(x) && !x.appositive && x.start >= sentence.start);
    if (series && series.end <= sentence.start + shared.index && SERIES_LEAD.test(text.slice(sentence.start, series.start))) {
      const group = coordinated(text, ms, series, 1);
      if (VERB_SERIES.test(text.slice(group[group.length - 1].end, pos))) return group;
    }
    // "She added that the guarantees must be credible, and proposed again…": the same with a pronoun for the speaker.
    const said = shared && PRONOUN_SAYS.exec(sentence.text);
    if (said && said[0].length <= shared.index) return subjectsAt(text, sentence, ms, sentence.start + said[0].length, ctx);
    // "Rubio and Witkoff met Macron at the Élysée, then held talks with…": a verb after ", then" with no subject of its
    // own shares the subject the sentence opens with (only capitalised words, a date or a label before it).
    const then = /,\s+(?:and\s+)?then\s+$/.exec(text.slice(sentence.start, pos));
    const opener = then && ms.find((x) => isActor(x) && !x.appositive && x.start >= sentence.start);
    const lead = opener ? text.slice(sentence.start, opener.start) : '';
    if (opener && opener.end <= sentence.start + then.index && /^\s*(?:[^\p{Ll}\s]\S*\s+)*$/u.test(lead) && !OPENING_ADVERBIAL.test(lead)) return coordinated(text, ms, opener, 1);
    const subjects = subjectsAt(text, sentence, ms, pos, ctx);
    // "He proposed an alliance, calling for ...": a participle after a comma shares the clause's subject.
    const comma = /,\s*$/.exec(text.slice(sentence.start, pos));
    if (!subjects.length && comma && /^\w+ing\b/.test(text.slice(pos, pos + 20))) return subjectsAt(text, sentence, ms, sentence.start + comma.index, ctx);
    // "Ryabkov said his country would never accept …": the state the speaker speaks for is the clause's subject too.
    const speaker = subjects.length === 1 && subjects[0].type === 'PERSON' && /\b(?:country|nation)\b/.test(sentence.text) && OWN_STATE.test(text.slice(Math.max(subjects[0].end, sentence.start), pos)) ? ctx.representedBy?.(subjects[0]) : undefined;
    return speaker && !subjects.some((x) => x.key === speaker.key) ? [...subjects, speaker] : subjects;
  };
  /** The proposal a stance without an object of its own is about: the last one before it here, else the topic. */
  // "ready to contribute to a force after a ceasefire, and Copenhagen has not ruled it out": a proposal named as the
  // time of another ("after a ceasefire", "once a deal is signed") is when, not what "it" refers back to.
  const topicBefore = (pos: number) => [...ms].reverse().find((x) => x.type === 'PROPOSAL' && x.end <= pos && !TIME_OF.test(text.slice(Math.max(sentence.start, x.start - 12), x.start))) ?? ctx.topic;
  /** The subject of the main clause after an opening "At a meeting with X, …" (only capitalised words, a date or a
   *  label before "At"): the first person right after the comma that closes the phrase. */
  const hostAfter = (pos: number) => {
    // Also "During talks with X at Chequers, Y …" (talks with no article) and a participle opening the sentence ("Sitting
    // next to X in the Oval Office, Y announced …", "Meeting X in Moscow, Y said …").
    const open = /\b(?:At|During|After|Following|On the sidelines of)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}$|\bDuring\s+$|\b(?:After|Before|Following|Since|When|While)\s+$/.exec(text.slice(sentence.start, pos)) ?? (PARTICIPLE_OPENING.test(text.slice(pos, pos + 16)) ? /^[\s*_"“]*$/.exec(text.slice(sentence.start, pos)) : null);
    if (!open || !/^\s*(?:[^\p{Ll}\s]\S*\s+)*$/u.test(text.slice(sentence.start, sentence.start + open.index))) return undefined;
    const comma = text.indexOf(',', pos);
    if (comma < 0 || comma >= sentence.end || /[.;:]/.test(text.slice(pos, comma))) return undefined;
    // The opening phrase may end on a date in apposition ("After his summit with Putin on Friday, 15 August, Trump …").
    return ms.find((x) => x.type === 'PERSON' && !x.appositive && x.start > comma && /^,\s+(?:\d{1,2}\s+\p{Lu}\p{L}+(?:\s+\d{4})?,\s+|\p{Lu}\p{L}+\s+\d{1,2}(?:,\s+\d{4})?,\s+)?(?:(?:the\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+){0,3})?$/u.test(text.slice(comma, x.start)));
  };
  /** What a pronoun object stands for: the last proposal before it in the sentence that is not only when or on what
   *  condition ("would lead them" after "military hubs … after a ceasefire" is the hubs), else the topic of the
   *  paragraph. */
  const referent = (pos: number) => [...ms].reverse().find((x) => x.type === 'PROPOSAL' && x.end <= pos && x.start >= sentence.start && !/\b(?:if|unless|after|once|until|before|following|without)\s+(?:(?:any|a|an|the)\s+)?$/i.test(text.slice(Math.max(sentence.start, x.start - 20), x.start)))
    // Not a topic that was itself only "the plan" read back to an earlier proposal: a pronoun for a pronoun.
    ?? (ctx.topic && ctx.topic.source !== 'anaphor' && !text.slice(ctx.topic.end, sentence.start).includes('\n\n') ? ctx.topic : undefined);
  const unnamedBetween = (from: number, to: number) => {
    if (to - from > 1500) return false;
    for (const x of matchesOf(text.slice(from, to), UNNAMED_THING)) {
      const at = from + x.index;
      const over = (m: Mention) => m.type === 'PROPOSAL' && m.start < at + x[0].length && at < m.end;
      if (!ctx.mentions?.some(over) && !ms.some(over)) return true;
    }
    return false;
  };
  /** Where negation cues for a stance start: after its actor, or, for a speaker named after the quote
   *  ("“We will not send troops,” the minister said"), at the start of the quotation. */
  const cueStart = (subjects: Mention[], pos: number) => {
    const before = subjects.filter((s) => s.end <= pos);
    // An actor named in an earlier sentence ("she", the topic) leaves that sentence's negations behind.
    if (before.length) {
      const from = Math.max(sentence.start, ...before.map((s) => s.end));
      // "Italy will not send its soldiers, but it wants guarantees", "Rome will not send soldiers, she said, though it will
      // keep working on guarantees": a contrasting clause leaves the negations of the one before behind.
      if (from > sentence.start) {
        // So does a clause with a subject of its own after ", and" ("…would not send soldiers, and he called the wall …").
        // And a second reported clause or a second verb of saying ("did not mention the demand, but said …",
        // "said a ceasefire would not work, and that a peace agreement should end the war").
        const contrast = matchesOf(text.slice(from, pos), /,\s*(?:(?:but|and)\s+(?:it|they|he|she|we|(?:said|says|added|stressed|insisted|argued|noted)\b)|(?:though|although|yet)\s)|\b(?:and|but)\s+that\s/g).pop();
        return contrast ? from + contrast.index + contrast[0].length : from;
      }
      // A holder named before this sentence ('A ceasefire, he wrote, "does not hold", so he no longer wants one'): the
      // negations of the trigger's own clause only.
      // So does a second reported clause ("It said the path "cannot be decided without Ukraine" and that talks …").
      const clause = matchesOf(text.slice(from, pos), /,\s*(?:but|and|so|while|although)\b|;|\b(?:and|but) that\b/g).pop();
      return clause ? from + clause.index + clause[0].length : from;
    }
    const open = Math.max(text.lastIndexOf('“', pos), text.lastIndexOf('"', pos), sentence.start);
    // "I won't get into details, but I do accept that…": a new clause leaves the negation behind.
    const clause = matchesOf(text.slice(open, pos), /,\s*(?:but|and|while|although)\b|;|\b(?:and|but) that\b/g).pop();
    return clause ? open + clause.index + clause[0].length : open;
  };
  const polarityCues = (from: number, to: number) => {
    // "Moscow's position has not changed, he recalled: it is unacceptable": a stance unchanged is no stance denied,
    // and a colon opens a clause of its own.
    // Nor is a relative clause set off by commas after the holder ("Radev, who does not run foreign policy, said…").
    // "would not deploy soldiers and would instead serve as the hub": the alternative put in the denied one's place is
    // asserted, so a negation before "and … instead" is the first clause's.
    // The trigger may open with the "would instead" itself: read on that far.
    const window = (text.slice(from, to) + (INSTEAD_AHEAD.exec(text.slice(to, to + 30))?.[0] ?? '')).replace(/^[^]*:\s/, '').replace(INSTEAD_CLAUSE, '').replace(UNCHANGED, ' ').replace(RELATIVE_ASIDE, ' ').replace(NOT_RULED_OUT, ' may ');
    const negations = matchesOf(window, NEGATION).length;
    return { flip: negations % 2 === 1, hedge: HEDGE.exec(window.replace(MONTH_MAY, ' '))?.[0] };
  };
  /** Confidence from the evidence: the pattern's strength, a hedge, and how far the actor is from the words. */
  const confidence = (strength: number, subject: Mention, at: number, hedge?: string) => {
    let c = strength;
    if (hedge) c -= 0.15;
    // The actor was named in an earlier sentence (pronoun, topic). A pronoun that is the speaker of this sentence ("…, he
    // said") is news writing's way of naming the person just quoted or described: a smaller doubt.
    // So is a quotation carried on from a sentence that named its speaker ('Marek said: "We are ready. We will go."').
    // So is the label that opens a transcript's turn ("BREKELMANS: … we will …").
    const label = subject.end <= sentence.start && !text.slice(subject.end, sentence.start).includes('\n') && /^[*_]*\s*(?:\([^)\n]{0,40}\))?\s*[*_]*:/.test(text.slice(subject.end, subject.end + 50));
    if (subject.end <= sentence.start) c -= PRONOUN_SPEAKER.test(sentence.text) || DOCUMENT_SUBJECT.test(sentence.text) || continuesQuote(sentence.text) || label ? 0.05 : 0.15;
    else if (Math.abs(at - subject.end) > 100) c -= 0.1;
    // Named only by a pronoun after a quotation closes in a later sentence ('… . …," he said'): the person is the one
    // the text is about, a small doubt.
    if (subject.source === 'anaphor' && subject.start >= sentence.end && CLOSING_PRONOUN.test(text.slice(subject.start, subject.start + 8))) c -= 0.05;
    return Math.max(0.05, Math.min(1, Math.round(c * 100) / 100));
  };
  const emit = (type: RelationType, subjects: Mention[], target: Mention, polarity: number, hedge?: string, strength = 0.8, at = target.start) => {
    // "would not send troops to serve in the Multinational Force Ukraine": the troops are the named force's.
    const within = target.type === 'PROPOSAL' && SERVE_IN.exec(text.slice(target.end, target.end + 40));
    // Troops put in place "as part of a peace deal" serve in no deal: the deal is when, not what they serve in.
    const named = within && ms.find((x) => x.type === 'PROPOSAL' && x.start === target.end + within[0].length && x.key !== target.key && !SETTLEMENT.test(x.name ?? x.text));
    if (named) target = named;
    // "sending troops to Ukraine as part of a reassurance force", 'deploy forces "to NATO territory" to support the
    // Multinational Force Ukraine': a destination or aside may stand between the troops and the force they serve in.
    // So do a nation's troops that "would be part of a future multinational force".
    else if (isDeployment(target) || (target.name === 'European peacekeeping force' && NATIONAL_TROOPS.test(target.text))) {
      const force = ms.find((x) => x.type === 'PROPOSAL' && x.key !== target.key && x.start > target.end && x.start - target.end < 110 && FORCE_HEAD.test(x.name ?? x.text) && SERVE_IN_FAR.test(text.slice(target.end, x.start)));
      if (force) target = force;
    }
    // "ruled out Polish troops", "Italian soldiers would not be sent": in a report on a named force, a nation's own
    // troops held back or offered are its part of that force, whatever the construction that carries the stance.
    if ((type === 'SUPPORTS' || type === 'OPPOSES') && target.name === 'European peacekeeping force' && !target.act && NATIONAL_TROOPS.test(target.text) && !PAN_NATIONAL.test(target.text) && ctx.mentions) {
      // Only a force the article names more than once is what it reports on ("among them a Multinational Force
      // Ukraine", once, in a list of guarantees, is not).
      const about = aboutForce(text, ctx.mentions);
      if (about && about.n > 1) target = { ...about.first, start: target.start, end: target.end };
    }
    // "also opposed the deployment" in a report on the Multinational Force Ukraine: a force only referred back to, with
    // no words of its own, is the force the article names rather than any European force ("a force" is any one).
    if (target.source === 'anaphor' && target.name === 'European peacekeeping force' && DEFINITE.test(target.text) && ctx.mentions) {
      const force = articleForce(text, ctx.mentions, sentence.end);
      if (force) target = { ...target, key: force.key, name: force.name };
    }
    // A condition after the object ("… troops only if the U.S. provides a backstop") qualifies the stance; a hedge
    // ("may", "open to") is context, not a condition.
    const tail = Math.max(at, target.end);
    const found = type === 'MET_WITH' || type === 'REPRESENTS' ? null : CONDITION.exec(text.slice(tail, sentence.end));
    const condition = found?.[0].trim();
    // "ready to deploy troops, provided the United States offers a backstop": the required thing is supported too.
    const required = found && ms.find((x) => x.type === 'PROPOSAL' && x.key !== target.key && x.start >= tail + found.index && x.end <= tail + found.index + found[0].length);
    // A time ("only once a ceasefire is in place") or a bare "if" is not a requirement the actor backs.
    // Not one whose condition is an absence ("as long as there is no ceasefire", "as long as Kyiv does not join NATO").
    if (required && /^(?:only (?:with|under|as part of)|provided|on condition|as long as|depend)/i.test(condition ?? '') && !/\b(?:no|not|never)\b|n[’']t\b/i.test(text.slice(tail + found.index, required.start))) for (const s of subjects) out.push({ type: 'SUPPORTS', source: s.key, target: required.key, confidence: confidence(strength - 0.1, s, at) });
    // "agrees with the idea of the ceasefire in principle": a hedge right after the object weakens it too.
    if (!hedge && type !== 'MET_WITH' && type !== 'REPRESENTS') hedge = /^\s*,?\s*(in principle)\b/i.exec(text.slice(target.end, sentence.end))?.[1];
    const extra = { ...(condition ? { qualifier: condition } : {}), ...(hedge ? { context: hedge } : {}) };
    let kind = type;
    if (type === 'SUPPORTS' || type === 'OPPOSES') kind = polarity > 0 ? 'SUPPORTS' : 'OPPOSES';
    else if (type === 'PROPOSED' && polarity < 0) kind = 'OPPOSES';
    // "would never send troops without a US backstop", "will not deploy without an American backstop": a refusal that
    // names what would turn it into a yes is a conditional yes, and the thing it waits for is wanted.
    const unless = kind === 'OPPOSES' && type !== 'PROPOSED' ? REFUSED_WITHOUT.exec(text.slice(tail, sentence.end)) : null;
    const needed = unless ? ms.find((x) => x.type === 'PROPOSAL' && x.key !== target.key && x.start === tail + unless.index + unless[0].length) : undefined;
    if (needed) kind = 'SUPPORTS';
    // Calling a debate premature opposes what is debated; welcoming a debate does not support it.
    if (kind !== 'OPPOSES' && /^(?:debate|discussion)$/.test(target.head ?? '')) return;
    // An object that is only the topic of earlier sentences is a weaker reading than one named here.
    const s0 = target.end <= sentence.start ? strength - 0.2 : strength;
    // "if Britain and France put troops into Ukraine, would…": a hypothesis, not a stance.
    const first = subjects.filter((s) => s.start >= sentence.start).sort((a, b) => a.start - b.start)[0];
    if (first && HYPOTHESIS_BEFORE.test(text.slice(Math.max(sentence.start, first.start - 12), first.start))) return;
    // "Would Estonia send troops?", "Marek denied that Estonia backed it", "analysts doubt that…": a question, or a clause
    // under a denial or a doubt, asserts no stance.
    if (type !== 'REPRESENTS' && QUESTION.test(sentence.text)) return;
    // "has not yet endorsed", "stopped short of endorsing", "neither rejected nor accepted", "did not reject it and did
    // not accept it": a stance withheld either way.
    // "the leaders were expected to back a loan": what others expect of them is not yet their stance.
    if ((type === 'SUPPORTS' || type === 'OPPOSES') && EXPECTED_TO.test(text.slice(Math.max(sentence.start, at - 40), at))) return;
    if ((type === 'SUPPORTS' || type === 'OPPOSES') && first && first.end <= at && (WITHHELD.test(text.slice(first.end, Math.max(at, target.start))) || BOTH_DENIED.test(sentence.text))) return;
    // "would decide later whether to join the force", "was asked whether he backed it": a question left open.
    if (type !== 'REPRESENTS' && type !== 'MET_WITH' && first && first.end <= at && OPEN_QUESTION.test(text.slice(first.end, at))) return;
    if (first && NOT_ASSERTED.test(text.slice(Math.max(sentence.start, first.start - 60), first.start))) return;
    for (const s of subjects) if (s.key !== target.key) {
      const r: SentenceRelation = { type: kind, source: s.key, target: target.key, ...extra, confidence: confidence(s0, s, at, hedge) };
      triggeredAt.set(r, at);
      out.push(r);
    }
    if (needed) for (const s of subjects) if (s.key !== needed.key) out.push({ type: 'SUPPORTS', source: s.key, target: needed.key, confidence: confidence(s0 - 0.1, s, at, hedge) });
  };

  for (const trigger of TRIGGERS) {
    if (trigger.gate && !trigger.gate.test(sentence.text)) continue;
    ctx.stance = trigger.type === 'SUPPORTS' || trigger.type === 'OPPOSES';
    for (const m of matchesOf(sentence.text, trigger.pattern)) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      if (!trigger.objectInside && !trigger.spans && inside(start, end)) continue;
      // '- **"Ukraine rejected the truce."** *Misleading.*': a claim a fact-check rates is quoted, not asserted.
      if (rated && rated.some(([a, b]) => start >= a && start < b)) continue;
      // "EU leaders failed to agree on a loan": members that could not agree state no stance of their body, for or against.
      if (trigger.polarity > 0 && /^agree/i.test(m[0]) && /\bfail(?:s|ed|ing)?\s+(?:again\s+)?to\s+$/i.test(text.slice(Math.max(sentence.start, start - 20), start))) continue;
      // "did not mention the ceasefire demand": "demand" right after a proposal's name is a noun the proposal names, not a
      // verb whose object comes later ("put a simple demand to Putin: a ceasefire" still asks for it).
      if (trigger.polarity > 0 && /^demands?$/i.test(m[0]) && DEMAND_NOUN_BEFORE.test(text.slice(Math.max(sentence.start, start - 30), start)) && ms.some((x) => x.type === 'PROPOSAL' && x.end <= start && /^\s+$/.test(text.slice(x.end, start)))) continue;
      // "before backing any deployment": a stance put off until a condition is met.
      if (!trigger.reciprocal && trigger.polarity > 0 && /\bbefore\s+$/i.test(text.slice(Math.max(sentence.start, start - 8), start))) continue;
      if (trigger.reciprocal) {
        // "will hold talks next week": a meeting to come has not happened.
        if (/\b(?:will|would|shall|to|could|may|might|are due to|is due to)\s+(?:\w+ly\s+)?$/i.test(text.slice(Math.max(sentence.start, start - 24), start))) continue;
        const subjects = subjectsBefore(start);
        // "A and B held talks", not "a group led by A and B, met": the pair is the subject itself.
        if (!subjects.length || text.slice(Math.max(...subjects.map((x) => x.end)), start).includes(',')) continue;
        const people = subjects.filter((x) => x.type === 'PERSON');
        const pair = people.length >= 2 ? people : subjects;
        // Two parties met; three or more make a gathering (ATTENDED), not pairwise meetings.
        if (new Set(pair.map((x) => x.key)).size === 2) emit('MET_WITH', [pair[0]], pair.find((x) => x.key !== pair[0].key)!, 1, undefined, 0.75, start);
        continue;
      }
      // "cancelled his Budapest summit with Putin", "called off a meeting with": a meeting that did not take place.
      if (trigger.type === 'MET_WITH' && /\b(?:cancel(?:s|l?ed|l?ing)|call(?:s|ed|ing)? off|postpon(?:e|es|ed|ing)|scrap(?:s|ped|ping))\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w’'-]+\s+){0,3}$/i.test(text.slice(Math.max(sentence.start, start - 50), start))) continue;
      // "as Trump prepared to sit down with Putin", "is due to hold talks with": a meeting ahead, not held.
      if (trigger.type === 'MET_WITH' && MEETING_AHEAD.test(text.slice(Math.max(sentence.start, start - 40), start))) continue;
      // "a possible meeting between Zelensky and Putin", "no meeting between them was planned": a meeting that may never be.
      if (trigger.type === 'MET_WITH' && UNHELD_MEETING.test(text.slice(Math.max(sentence.start, start - 30), start))) continue;
      // "ready to host a meeting between Putin and Zelenskyy": a meeting offered, not held.
      if (trigger.type === 'MET_WITH' && /\b(?:ready|willing|prepared|offer(?:s|ed)?|propos(?:e|es|ed)|wants?|plans?|hopes?) to (?:host|hold|organi[sz]e|arrange|have)\s+(?:a|an|the)?\s*$/i.test(text.slice(Math.max(sentence.start, start - 50), start))) continue;
      // "says he would like a quick second meeting with both A and B", "wants a new summit with X": a meeting wished for.
      if (trigger.type === 'MET_WITH' && /\b(?:would\s+(?:like|love|welcome|prefer)|wants?|wanted|hopes?\s+for|seeks?|sought|asked\s+for|asks\s+for)\s+(?:a|an|another)\s+(?:[\w-]+\s+){0,3}$/i.test(text.slice(Math.max(sentence.start, start - 60), start))) continue;
      // "ready for a bilateral meeting with Putin", "will travel to Washington on Monday for talks with Trump": a meeting
      // sought or ahead, told by what one is ready for or travels for.
      if (trigger.type === 'MET_WITH' && (/\b(?:ready|willing|prepared|open)\s+for\s+(?:a|an|the)?\s*(?:[\w-]+\s+)?$/i.test(text.slice(Math.max(sentence.start, start - 50), start)) || /\b(?:will|shall|(?:is|are)\s+(?:due|set|expected|scheduled)\s+to|plans?\s+to)\s+(?:\w+\s+)?(?:travel|fly|go|head|come|return)\b[^.;]*\bfor\s+$/i.test(text.slice(sentence.start, start)))) continue;
      // "co-chaired the meeting with Starmer": the one named after a meeting two chair together shares the chair.
      if (trigger.type === 'MET_WITH' && /^meeting with$/i.test(m[0]) && /\bco-?(?:chaired|chairs|chairing|hosted|hosts|hosting)\s+(?:the|a|an|this)\s+(?:[\w-]+\s+)?$/i.test(text.slice(Math.max(sentence.start, start - 30), start))) continue;
      // "trying to broker a meeting between Zelenskiy and Putin", "called for talks between…": a meeting sought, not held.
      if (trigger.type === 'MET_WITH' && /\b(?:broker(?:s|ed|ing)?|arrang(?:e|es|ed|ing)|organi[sz](?:e|es|ing)|set(?:ting)? up|push(?:es|ed|ing)? for|seek(?:s|ing)?|sought|call(?:s|ed|ing)? for|propos(?:e|es|ed|ing)|want(?:s|ed)?|hop(?:e|es|ed|ing) for)\s+(?:a|an|the)?\s*(?:[\w-]+\s+)?$/i.test(text.slice(Math.max(sentence.start, start - 50), start))) continue;
      // "every offer of talks with Moscow", "an invitation to talks with Kyiv": talks offered as a noun, not held.
      if (trigger.type === 'MET_WITH' && /\b(?:offers?|invitations?|proposals?|requests?|calls?|prospects?|chances?|hopes?|ideas?|venues?|platforms?)\s+(?:of|for|to)\s+(?:(?:direct|new|fresh|peace|further)\s+)?$/i.test(text.slice(Math.max(sentence.start, start - 40), start))) continue;
      // "…, meeting Macron and then Starmer", "received a Ukrainian team led by X": a person (or a delegation) right after.
      // A capitalised word after them must be a person named there ("received US aid" is no meeting).
      if (trigger.type === 'MET_WITH' && /^(?:meeting|received|welcomed|greeted)$/i.test(m[0]) && !/^\s+(?:(?:a|an|the)\s+(?:[\p{L}-]+\s+)?(?:delegation|team|envoys?)|him|her)\b/u.test(text.slice(end, end + 60))
        // "welcomed Zelensky's plan" welcomes a plan, not a person.
        && !ms.some((x) => x.type === 'PERSON' && x.start >= end && /^\s+(?:[\p{Lu}][\p{L}.’'-]*\s+){0,4}$/u.test(text.slice(end, x.start)) && !/^[’']s\b/.test(text.slice(x.end, x.end + 3)))) continue;
      // "the security guarantees discussed with the Americans": a participle after what was discussed is no meeting.
      if (trigger.type === 'MET_WITH' && /^discussed\b/i.test(m[0]) && ms.some((x) => x.type === 'PROPOSAL' && x.end <= start && /^\s*$/.test(text.slice(x.end, start)))) continue;
      // "A day later he called Volodymyr Zelensky": a call, only with a person right after and nothing said of them
      // ("called Putin a war criminal", "was called Operation X", "called Macron's plan" are no calls).
      if (trigger.type === 'MET_WITH' && /^called$/i.test(m[0]) && (/\b(?:is|was|were|are|be|been|being|so|also)\s+$/i.test(text.slice(start - 8, start)) || !ms.some((x) => x.type === 'PERSON' && x.start >= end && /^\s+(?:(?:President|Prime Minister|Chancellor|Mr|Ms|Mrs)\.?\s+)?$/.test(text.slice(end, x.start)) && /^(?:\s*[,.;]|\s+(?:on|to|in|after|before|last|this|earlier|later|from|and then)\b)/.test(text.slice(x.end, x.end + 12))))) continue;
      // "made a call to Putin", not "made calls to reform the army": the one called stands right after "to".
      if (trigger.type === 'MET_WITH' && /\bmade to$|\bcalls? to$/i.test(m[0]) && !ms.some((x) => isActor(x) && x.start >= end && /^\s+(?:(?:the|President|Prime Minister|Chancellor|Mr|Ms|Mrs)\.?\s+)*$/.test(text.slice(end, x.start)))) continue;
      if (trigger.type === 'MET_WITH') {
        // Not the agent of a passive after it ("met in direct talks hosted by Türkiye").
        // Nor those "along with" whom the subject joined it ("joined a call with the two presidents, along with Macron"):
        // they met the same side, not the subject.
        // Nor one named past a colon or inside a quotation ('spoke to reporters, then posted: "… Russia."').
        const after = ms.filter((x) => isActor(x) && !x.appositive && x.start >= end && x.start - end < 80 && !/\b(?:hosted|organi[sz]ed|chaired|convened|along with|together with|alongside)\b|(?<!(?:led|headed) )\bby\b|[:“"]/i.test(text.slice(end, x.start)));
        if (!after.length) {
          // "Lena Holt's office says Ivo Marek phoned her": a pronoun after the verb is the person met before the subject.
          if (!/^\s+(?:him|her)\b/i.test(text.slice(end, end + 5))) continue;
          const subjects = subjectsBefore(start).filter((x) => x.type === 'PERSON');
          const met = subjects.length ? (ctx.mentions ?? ms).filter((x) => x.type === 'PERSON' && !x.appositive && x.end <= start && start - x.end < 400 && !subjects.some((s) => s.key === x.key)).pop() : undefined;
          // "Pavel received him at the Castle": the pronoun is said here, so one it stands for in an earlier sentence is
          // no weaker than a name would be. (Standing beside someone at a gathering stays the weaker reading.)
          if (met) emit('MET_WITH', subjects, met, 1, undefined, met.end <= sentence.start && !AT_SIDE.test(m[0]) ? 0.9 : 0.75, start);
          continue;
        }
        // Meetings link the people who met, not their countries, when the people are named.
        const peopleFirst = (xs: Mention[]) => (xs.some((x) => x.type === 'PERSON') ? xs.filter((x) => x.type === 'PERSON') : xs);
        // "met a Ukrainian delegation led by Rustem Umerov": the one who leads the delegation met them.
        const objects = coordinated(text, ms, after[0], 1).map((o) => (BODY.has(o.type) && ledBy(text, ms, o)) || o);
        // "the meeting between President Trump and President Putin": a title before the second side does not end the pair.
        if (trigger.between && objects.length === 1) {
          const second = ms.find((x) => isActor(x) && !x.appositive && x.start > objects[0].end && BETWEEN_SECOND.test(text.slice(objects[0].end, x.start)));
          // "… and US envoy A and B": every one named on the second side.
          if (second) objects.push(...(second.type === 'PERSON' ? coordinated(text, ms, second, 1).filter((x) => x.type === 'PERSON' && !/^['’]s\s/.test(text.slice(x.end, x.end + 3))) : [second]));
        }
        // "Trump's phone call with Putin", "Zelensky's bruising exchange with Trump": the owner of the call or the
        // clash is its other side.
        const owner = OWNED_MEETING.test(m[0]) ? ms.find((x) => x.type === 'PERSON' && !x.appositive && /^[’']s\s+$/.test(text.slice(x.end, start))) : undefined;
        // "Carney made Paris and London his first trips, meeting Macron": a participle's subject is the sentence's.
        const opener = /^meeting$/i.test(m[0]) ? ms.find((x) => x.type === 'PERSON' && !x.appositive && x.start >= sentence.start && x.end <= start && !/\b(?:with|to|by|for|from)\s+(?:[\p{Lu}][\p{L}.’'-]*\s+)*$/u.test(text.slice(Math.max(sentence.start, x.start - 30), x.start))) : undefined;
        // "At a televised meeting with General X, Putin ordered…": the one the clause after the opening phrase is about met them.
        const host = !owner && !opener && !trigger.between && /^(?:(?:meeting|summit|talks|call|phone call|lunch|dinner|(?:[\w]+ (?:a )?)?joint (?:press|news) [\w ]+) with|meeting|hosting|receiving|visiting|calling|phoning|(?:sitting|seated|standing) (?:beside|next to|opposite|across from))$/i.test(m[0]) ? hostAfter(start) : undefined;
        // "Macron told a joint news conference with Zelensky, who came to Paris for the talks": a press conference a
        // gathering's hosts give is part of that gathering (ATTENDED), not a meeting of two.
        if (/\bjoint (?:press|news)\b/i.test(m[0]) && /\b(?:for|at|after|during|following)\s+(?:the|a|an|this|their)\s+(?:[\w-]+\s+)?(?:summit|talks|session|gathering|conference)\b/i.test(sentence.text)) continue;
        // "his summit with Putin" is someone's only as "Trump's summit with Putin" or in an opening phrase before him.
        if (/^summit with$/i.test(m[0]) && !owner && !host) continue;
        // "Trump said, following a call with Putin, that …": a meeting set off between the speech verb and what was said is
        // the speaker's.
        const aside = !owner && !opener && !host && !trigger.between && /^(?:(?:phone )?call|meeting|talks) with$/i.test(m[0]) ? SAID_AFTER.exec(text.slice(sentence.start, start)) : null;
        const said = aside ? ms.find((x) => x.type === 'PERSON' && !x.appositive && x.start >= sentence.start && /^\s*$/.test(text.slice(x.end, sentence.start + aside.index))) : undefined;
        const speaker = said ? [said] : [];
        const subjects = owner ? [owner] : opener ? [opener] : host ? [host] : speaker.length ? speaker : peopleFirst(trigger.between ? objects.slice(0, 1) : subjectsBefore(start));
        // "Starmer hosted Zelensky, Macron and Merz": a host with several guests holds a gathering (ATTENDED), not
        // pairwise meetings.
        // So does one who hosted a guest "and seven European leaders".
        if (/^(?:hosted|hosting|hosts)$/i.test(m[0]) && (new Set(peopleFirst(objects).filter((x) => x.type === 'PERSON').map((x) => x.key)).size >= 2 || AND_GROUP.test(text.slice(objects[objects.length - 1].end, sentence.end)))) continue;
        // "Starmer, Macron, Merz and Tusk stood beside Zelensky": three or more at one person's side make a gathering
        // (ATTENDED), not pairwise meetings.
        if (AT_SIDE.test(m[0]) && new Set(subjects.filter((x) => x.type === 'PERSON').map((x) => x.key)).size >= 3) continue;
        // "Starmer, Macron, Meloni and Merz signed a joint statement with von der Leyen": a text many sign is no meeting.
        if (/^signed\b/i.test(m[0]) && new Set(subjects.map((x) => x.key)).size >= 3) continue;
        // "Macron, Zelensky and the other leaders joined a call with Trump": subjects who join with a group of others take
        // part in a gathering (ATTENDED), not in pairwise meetings. (One they "held" with him still tells its event.)
        if (subjects.length && GROUP_AFTER_SUBJECTS.test(text.slice(Math.max(...subjects.map((x) => x.end)), start)) && /\bjoin(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,3}$/i.test(text.slice(Math.max(sentence.start, start - 30), start))) continue;
        // "Washington signed a minerals deal with Kyiv": states that sign with each other need not meet.
        if (/^signed\b/i.test(m[0]) && subjects.every((x) => x.type !== 'PERSON') && objects.every((x) => x.type !== 'PERSON')) continue;
        // "American and Ukrainian delegations sat down with British, French and German officials": states on both sides,
        // two or more on each, around one table make a gathering (ATTENDED), not pairwise meetings. (Several who call
        // one person each met that person: "Macron, Merz and Starmer called Trump".)
        const sides = [subjects, peopleFirst(objects)].map((xs) => new Set(xs.map((x) => x.key)).size);
        if (sides.every((n) => n >= 2) && [...subjects, ...objects].every((x) => x.type !== 'PERSON')) continue;
        for (const o of peopleFirst(trigger.between ? objects.slice(1) : objects)) emit('MET_WITH', subjects, o, 1, undefined, 0.8, start);
        // "Starmer spoke to Zelensky by phone on Friday along with Macron and Merz": those along with whom the subject
        // met someone met that person too (not the subject: they were on the same side).
        const last = objects[objects.length - 1];
        const along = !trigger.between && last.type === 'PERSON' ? ms.find((x) => x.type === 'PERSON' && !x.appositive && x.start > last.end && ALONG_WITH.test(text.slice(last.end, x.start))) : undefined;
        if (along) for (const o of peopleFirst(objects)) emit('MET_WITH', coordinated(text, ms, along, 1).filter((x) => x.type === 'PERSON' && x.key !== o.key && !subjects.some((s) => s.key === x.key)), o, 1, undefined, 0.75, start);
        // "held a trilateral meeting with Rubio and the delegation led by Umerov": the two it was held with met each other.
        const others = trigger.between ? [] : [...new Map(peopleFirst(objects).map((o) => [o.key, o])).values()];
        if (others.length === 2 && /\b(?:trilateral|three-way|tripartite)\s+$/i.test(text.slice(Math.max(sentence.start, start - 20), start))) emit('MET_WITH', [others[0]], others[1], 1, undefined, 0.75, start);
        continue;
      }
      if (trigger.passive) {
        // "It was launched by Starmer and Macron": a pronoun subject is the proposal the text was about.
        const object = [...ms].reverse().find((x) => x.type === 'PROPOSAL' && x.end <= start && start - x.end < 150) ?? (trigger.type === 'PROPOSED' && PRONOUN_PASSIVE.test(text.slice(sentence.start, start)) ? ctx.topic : undefined);
        // The agent follows "by" directly ("led by Britain", "backed by French President Macron"), not "by air cover to protect Ukraine".
        // "drawn up by the President's envoy Steve Witkoff": a possessor before the agent's title is not the agent.
        // Also past a title written in lower case: "drawn up by the White House envoy Steve Witkoff", "tabled by the
        // bloc's foreign policy chief Kaja Kallas".
        const agent = ms.find((x) => isActor(x) && !x.appositive && x.start >= end && (/^(?:\s+(?:the|[\p{Lu}][\p{L}.’'-]*|[\p{L}-]+[’']s(?:\s+[\p{Ll}-]+){1,2}))*\s+$/u.test(text.slice(end, x.start)) || titledAgent(text.slice(end, x.start))) && !/^[’']s\b/.test(text.slice(x.end, x.end + 3)));
        // "drawn up by Witkoff with Kremlin envoy Kirill Dmitriev": the one it was drawn up with is an author too.
        // Also past an apposition to the agent ("by Witkoff, Trump's envoy, together with Dmitriev").
        const partner = agent && ms.find((x) => x.type === 'PERSON' && !x.appositive && x.start > agent.end && /^(?:,[^,;]{1,60},)?\s+(?:together\s+)?with\s+(?:[\p{L}’'-]+\s+){0,4}$/u.test(text.slice(agent.end, x.start)));
        // "by Witkoff, Trump's envoy": a possessor in an apposition is whose the agent is, not an agent.
        const agents = agent ? coordinated(text, ms, agent, 1).filter((x) => x === agent || !/^[’']s\b/.test(text.slice(x.end, x.end + 3))) : [];
        // "they committed to guarantees, among them a force led by Europe and supported by the United States": a
        // participle that describes a plan others back tells what the plan is, not where its agent stands.
        const described = object && trigger.type === 'SUPPORTS' && !/\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$/i.test(text.slice(Math.max(sentence.start, start - 25), start)) && COMMITTED_TO.test(text.slice(sentence.start, object.start));
        // A pronoun names its proposal more surely than a topic carried over does (emit lowers the latter by 0.2).
        if (object && agent && !described) emit(trigger.type, [...agents, ...(partner ? [partner] : [])], object, trigger.polarity, undefined, object.end <= sentence.start ? 0.85 : 0.75, start);
        continue;
      }
      if (trigger.nominal) {
        // "strong Russian opposition", "opposition from Germany and Poland": the holders sit next to the noun.
        const from = /^\s+from\s+(?:the\s+)?$/;
        const holder = [...ms].reverse().find((x) => ACTOR_TYPES.has(x.type) && x.end <= start && /^(?:[’']s)?\s+(?:(?:strong|stiff|fierce|firm|growing|continued)\s+)?$/.test(text.slice(x.end, start)))
          ?? ms.find((x) => ACTOR_TYPES.has(x.type) && x.start >= end && from.test(text.slice(end, x.start)));
        if (!holder) continue;
        // "Belgium calls for …" is a verb: a noun of support ("support", "call") needs its holder's possessive or demonym.
        if (trigger.polarity > 0 && holder.end <= start && !/^[’']s/.test(text.slice(holder.end, holder.end + 2)) && holder.source !== 'demonym') continue;
        // "Moscow's rejection of NATO membership has not changed, he stressed": the one who states it holds it too.
        // Not for a proposal someone takes a stance on: "backs Trump's idea of a summit" tells whose idea it is, not the
        // speaker's (one who "set out Italy's proposal" puts it forward too).
        const stanceOn = trigger.type === 'PROPOSED' && STANCE_BEFORE.test(text.slice(Math.max(sentence.start, holder.start - 24), holder.start));
        const speakers = stanceOn ? [] : subjectsAt(text, sentence, ms, start, ctx).filter((x) => x.type === 'PERSON');
        const holders = [...(holder.start >= end ? coordinated(text, ms, holder, 1) : [holder]), ...speakers];
        const object = ms.find((x) => x.type === 'PROPOSAL' && x.start >= end && /^\s+(?:(?:to|against|of)\s+)?(?:an?\s+|the\s+)?(?:(?:idea|presence|deployment|stationing|sending|dispatch)\s+of\s+(?:any\s+|an?\s+|the\s+)?)?$/i.test(text.slice(end, x.start))) ?? topicBefore(start);
        if (object) emit(trigger.type, holders, object, trigger.polarity, undefined, 0.75, start);
        continue;
      }
      // "discussed how the plans would fit with X", "debated whether to…": an open question after the verb takes no
      // stance on what it asks about.
      if ((trigger.type === 'SUPPORTS' || trigger.type === 'OPPOSES') && /^\s+(?:how|whether)\b/i.test(text.slice(end, end + 10))) continue;
      // A proposal inside an "if" clause is the condition, not the object ("insisted that if Ukraine is not granted
      // NATO membership, an alternative security structure must be created").
      // "to join the talks on guarantees": the subject of talks is no stance on it.
      // "would lead the monitoring of any ceasefire": the stance is on the watch kept, not on the thing watched.
      // "ready to go the day after a ceasefire", "to deploy the moment a truce is agreed": a proposal that only dates
      // the stance is no object of it either, nor one that only names what is watched ("to lead ceasefire monitoring").
      // Nor is the alternative set aside ("ready for a compromise: instead of membership in NATO, …").
      const authoredByOther = (at: number) => {
        const by = AUTHORED_AFTER.exec(text.slice(at, Math.min(sentence.end, at + 60)));
        if (!by) return false;
        const from = at + by[0].length;
        return ms.some((x) => isActor(x) && !x.appositive && x.start >= from && x.start - from < 50 && !/[,;.]/.test(text.slice(from, x.start)));
      };
      const conditional = (x: Mention) => /\b(?:instead of|rather than|in place of)\s+(?:(?:the|a|an|any|its|their)\s+)?$/i.test(text.slice(end, x.start)) || /\b(?:if|unless)\b[^,]*$|\b(?:after|once|until|before|following|without|as soon as|the (?:moment|minute|instant|day))\s+(?:(?:any|a|an|the)\s+)?$|\b(?:monitoring|policing|verification|enforcement|supervision|observation)\s+of\s+(?:(?:any|a|an|the|that|this|such\s+a)\s+)?$|(?:^|\bto)\s+(?:help\s+)?(?:monitor|police|verify|enforce|supervise|observe|oversee)\s+(?:(?:any|a|an|the|that|this|such\s+a)\s+)?$|\b(?:day one|the first day|the first hours?|the moment|the morning after)["”]?\s+of\s+(?:(?:any|a|an|the)\s+)?$/i.test(text.slice(end, x.start)) || WATCHED.test(text.slice(x.end, x.end + 16)) || STATE_FRAME.test(text.slice(Math.max(sentence.start, x.start - 60), x.start)) || (trigger.type !== 'PROPOSED' && /\b(?:talks|discussions|negotiations|debate|meetings?|consultations)\s+(?:on|about|over)\s+(?:the\s+)?$/i.test(text.slice(end, x.start)));
      // 'would “stand behind” the guarantees': a quotation of the verb alone closes before its object, in the same clause.
      const gapFrom = /^["”]\s/.test(text.slice(end, end + 2)) && /["“][\p{L}\s-]{0,25}$/u.test(text.slice(Math.max(sentence.start, start - 30), start)) ? end + 1 : end;
      let object = trigger.objectInside
        ? ms.find((x) => x.type === 'PROPOSAL' && x.start >= start && x.end <= end)
        : ms.find((x) => x.type === 'PROPOSAL' && x.start >= end && x.start - end < 120 && !CLAUSE_BREAK.test(text.slice(gapFrom, x.start)) && !conditional(x));
      // "Britain and France would lead them", "Reform would vote against it", "He wants that first": a pronoun right
      // after the verb is its object, the proposal named before it, never one named later in the sentence.
      // Not in a relative or conditional clause ("the diplomats who signed it", "if both sides agreed to one").
      const pronounObject = !trigger.objectInside && !trigger.topical && PRONOUN_OBJECT.test(text.slice(end, end + 40)) && !/\b(?:who|which|if|unless|whether)\b[^,;]*$/i.test(text.slice(sentence.start, start));
      if (pronounObject) object = referent(start);
      // "that a new EU package was being prepared and that Berlin supported it": a thing of the kind the text names between
      // the proposal and the pronoun, but which is none of its proposals, is what the pronoun stands for.
      if (pronounObject && object && unnamedBetween(object.end, start)) object = undefined;
      // "rejected the plans of the coalition of the willing to place European contingents": whose plan it is (a body
      // named as a proposal) is not what the plan is; the act after "to" is.
      if (object && !trigger.objectInside && object.start >= end && PLAN_OWNER.test(text.slice(Math.max(sentence.start, object.start - 40), object.start))) {
        const plan = object;
        const content = ms.find((x) => x.type === 'PROPOSAL' && x.start > plan.end && x.start - plan.end < 40 && /^["”]?\s+to\s+(?:[a-z]+\s+)?$/.test(text.slice(plan.end, x.start).replace(/\s+(?:some|any|all|the|their|its)\s+$/, ' ')));
        if (content) object = content;
      }
      // "Starmer has welcomed Zelensky to Downing Street": a guest welcomed is a meeting, not a stance.
      if (trigger.type === 'SUPPORTS' && /^welcom/i.test(m[0]) && ms.some((x) => x.type === 'PERSON' && x.start >= end && /^\s+$/.test(text.slice(end, x.start)) && !/^[’']s\b/.test(text.slice(x.end, x.end + 3)))) continue;
      // A proposal after a clause break ('…is unacceptable to us", and that Moscow sees no difference between
      // "peacekeepers"…') is the next clause's, not this verdict's.
      // Nor is an earlier proposal what a verdict "about some of the details" is on: its own object is named, not a proposal.
      // "… is premature, he said, while there is no ceasefire": what a frame says is missing leaves the verdict its topic.
      if (!object && trigger.topical && !ms.some((x) => x.type === 'PROPOSAL' && x.start >= end && x.start - end < 120 && !CLAUSE_BREAK.test(text.slice(end, x.start)) && !WITHOUT_BEFORE.test(text.slice(end, x.start)) && !STATE_FRAME.test(text.slice(Math.max(sentence.start, x.start - 60), x.start))) && !OTHER_OBJECT.test(text.slice(end, end + 40))) object = topicBefore(start);
      if (object && trigger.topical && object.end <= start && /\b(?:it|them|this|that)\b/i.test(m[0]) && unnamedBetween(object.end, start)) object = undefined;
      // "a ceasefire of thirty days, which Kyiv declared itself ready to accept": a relative clause is about the
      // proposal it hangs on.
      if (!object && !trigger.objectInside) {
        // Also without a comma, and the second of two ("which the U.S. presented and which Ukraine accepted").
        // "the full ceasefire that Ukraine accepted": "that" right after the proposal opens a relative clause too.
        const rel = /(?:,\s+(?:which|that)|\s+which)\s+[^,;.]*$/.exec(text.slice(sentence.start, start)) ?? (ms.some((x) => x.type === 'PROPOSAL' && /^\s+that\s+[^,;.]*$/.test(text.slice(x.end, start)) && x.start >= sentence.start) ? /\s+that\s+[^,;.]*$/.exec(text.slice(sentence.start, start)) : null);
        const at = rel ? sentence.start + rel.index : -1;
        // "the initiative that Piet Smit built should be handed to NATO": a relative clause whose own verb is one of
        // authorship ties its subject to the proposal (read below as PROPOSED); a verb after it is the main clause's.
        if (rel && !ms.some((x) => x.type === 'PROPOSAL' && x.start >= end && x.start - end < 120) && !RELATIVE_AUTHORED.test(rel[0])) object = [...ms].reverse().find((x) => x.type === 'PROPOSAL' && x.end <= at && /^[\s\w.-]{0,60}$/.test(text.slice(x.end, at)));
      }
      // A verdict ("is premature") is on something this sentence names.
      if (!object || (trigger.holderAfter && object.start < sentence.start)) continue;
      // "promised that France would send troops", "insisted that Norway backs the force": a verb that reports a clause
      // with an actor of its own leaves the object to that clause, whose reporter holds it too.
      // Not "proposed that Ukraine be placed under a temporary administration": what a proposer says should happen is
      // the proposal, whoever the clause's subject is.
      // Also a trigger that takes the "that" in itself ("insists that Spain will not send soldiers"): the clause's own
      // negation is its stance, not the reporting verb's.
      if (!trigger.objectInside && object.start >= end && (/^\s+that\s/.test(text.slice(end, end + 7)) || /\bthat$/i.test(m[0])) && !(trigger.type === 'PROPOSED' && /^propos/i.test(m[0])) && ms.some((x) => isActor(x) && !x.appositive && x.start > end && x.end <= object.start && !CONDITIONAL_SUBJECT.test(text.slice(Math.max(end, x.start - 10), x.start)))) continue;
      // "rejected the plans to send troops": a plan as a noun is the object of the verb before it, which has read it.
      if (/^plans? to$/i.test(m[0]) && consumed.has(object) && /\b(?:the|its|their|his|her|our|these|those|such|of)\s+$/i.test(text.slice(Math.max(sentence.start, start - 8), start))) continue;
      if (trigger.consequence && !/^[^.;]{0,40}?\b(?:could|would|might|will|may)\s+(?:\w+ly\s+)?(?:lead to|provoke|trigger|escalate|risk|drag|undermine|cause|spark|damage|harm|jeopardi[sz]e|destroy|wreck|poison)\b/.test(text.slice(object.end, sentence.end))) continue;
      // "is largely dismissed", "was rejected": a passive verb does not make the actors before it its agents.
      if (/ed$/i.test(m[0]) && /\b(?:is|are|was|were|been|be|being)\s+(?:\w+ly\s+)?$/i.test(text.slice(start - 30, start))) continue;
      // "the plans discussed in Paris for a Western contingent": a participle after the noun it describes has no agent here.
      if (/^\w+ed$/i.test(m[0]) && /\b(?:the|these|those|its|their|such)\s+(?:[\w-]+\s+)?(?:plans?|proposals?|ideas?|options?|measures?|steps?|texts?|drafts?|terms)\s+$/i.test(text.slice(Math.max(sentence.start, start - 40), start))) continue;
      // "involvement in supporting European peacekeepers": a gerund after a proposal's noun belongs to that noun.
      if (/ing$/i.test(m[0].split(' ')[0]) && ms.some((x) => x.type === 'PROPOSAL' && /^\s+(?:in|of|for)\s+$/.test(text.slice(x.end, start)))) continue;
      const holder = trigger.holderAfter ? ms.find((x) => isActor(x) && x.start >= end && /^["”]?\s+(?:for|to)\s+(?:the\s+)?$/.test(text.slice(end, x.start))) : undefined;
      // "inviting Ukraine to join NATO is essential": an actor inside the proposal's own phrase does not judge it.
      const own = (x: Mention) => trigger.holderAfter && x.end <= object.start && /^(?:\s+to\s+|[’']s\s+)$/.test(text.slice(x.end, object.start));
      // "He said Norway regarded such plans as unacceptable": the actor the reported clause opens with holds it too.
      const inner = trigger.objectInside && /^(?:said|says|told|argued|insisted|replied)\b/i.test(m[0]) ? ms.filter((x) => isActor(x) && !x.appositive && x.start > start && x.end <= object.start && !/^[’']s/.test(text.slice(x.end, x.end + 2))) : [];
      const subjects = [...subjectsBefore(start).filter((x) => !own(x)), ...(holder ? [holder] : []), ...(inner.length ? coordinated(text, ms, inner[inner.length - 1], -1) : [])];
      // "Macron and Starmer say Ukraine must have guarantees": a country said to need a thing is who it is for; the
      // speakers who say so hold the stance.
      if (/^(?:need|needs|needed|must have|should have)$/i.test(m[0]) && subjects.some((x) => x.type === 'PERSON')) subjects.splice(0, subjects.length, ...subjects.filter((x) => x.type !== 'COUNTRY'));
      if (!subjects.length) continue;
      // "France and Britain lead the coalition, which has been drawing up plans for…": a relative clause on a thing
      // named after the actors has that thing for its subject, not them.
      if (!trigger.topical && !trigger.passive) {
        const from = Math.max(...subjects.map((x) => x.end));
        const which = from < start && from >= sentence.start ? /,\s+which\s+[^,;]*$/.exec(text.slice(from, start)) : null;
        if (which && which.index > 0) continue;
      }
      // "Orbán opposed the force, arguing that European troops would prolong the war": a harm given as the reason for
      // an opposition already stated is that opposition, not a second one.
      if (/\b(?:prolong|drag|fuel|perpetuat)/i.test(m[0]) && out.some((r) => r.type === 'OPPOSES' && subjects.some((x) => x.key === r.source))) continue;
      // "..., but Europeans are hesitant": a stance without an object does not reach back across a new clause.
      // Unless the object is in the new clause itself ("…, and that the U.S. guarantee remained essential").
      const from = Math.max(...subjects.map((x) => x.end));
      const clauseBreak = matchesOf(text.slice(from, start), /,\s+(?:but|and|while|although|though|yet)\s+/g).pop();
      if (trigger.topical && object.end <= start && clauseBreak && object.start < from + clauseBreak.index + clauseBreak[0].length) continue;
      // In that new clause, its own actors hold it, else the one who reports both clauses.
      if (trigger.topical && object.end <= start && clauseBreak) {
        const breakEnd = from + clauseBreak.index + clauseBreak[0].length;
        const own = subjects.filter((x) => x.start >= breakEnd);
        const reporter = ms.find((x) => x.type === 'PERSON' && !x.appositive && x.start >= sentence.start && x.end <= breakEnd && /^\s+(?:has\s+|had\s+)?(?:said|says|wrote|writes|stated|argued|added|insisted|told\s+\w+)\b/.test(text.slice(x.end, x.end + 30)));
        // "Kyiv is ready to talk, but recognising the occupation is "not up for discussion"": a verdict whose proposal
        // opens the new clause has no actor of its own there, and is the sentence subject's.
        const opensClause = object.start >= breakEnd && /^(?:(?:a|an|the|any|its|their)\s+)?(?:[\p{Ll}-]+\s+){0,2}["“]?$/u.test(text.slice(breakEnd, object.start));
        const holders = own.length ? own : reporter ? [reporter] : opensClause && trigger.polarity < 0 ? subjects : [];
        if (!holders.length) continue;
        subjects.splice(0, subjects.length, ...holders);
      }
      // "suggested that companies under the proposed minerals deal would be security enough": what a clause sits under
      // is its frame, not what the speaker proposes.
      // "would want to see the detail before backing any deployment": what is put off until a condition is met.
      if (object.start >= end && /\bbefore\s+\w+ing\b[^,;.]*$/i.test(text.slice(end, object.start))) continue;
      // Not where a thing is placed under the proposal ("proposed that Ukraine be placed under a temporary
      // administration"): being put under it is what is proposed.
      if (trigger.type === 'PROPOSED' && object.start >= end && /(?<!\b(?:placed|put|brought|come|comes|came|fall|falls|fell)\s+)\bunder\s+(?:the|a|an|its|their)\s+(?:proposed\s+)?["“]?$/i.test(text.slice(Math.max(end, object.start - 40), object.start))) continue;
      // "handed Zelensky the 28-point plan drawn up by Witkoff", "presented a draft written by the French": one who
      // carries or presents a plan that the sentence says another wrote is its messenger; the writer proposed it
      // (read by the passive trigger).
      if (trigger.type === 'PROPOSED' && object.start >= end && authoredByOther(object.end)) continue;
      // "if Moscow refused, there would be new sanctions": a hypothesis states no stance (emit drops it), and leaves its
      // object to what the rest of the sentence says of it.
      const firstSubject = subjects.filter((x) => x.start >= sentence.start).sort((a, b) => a.start - b.start)[0];
      if (firstSubject && HYPOTHESIS_BEFORE.test(text.slice(Math.max(sentence.start, firstSubject.start - 12), firstSubject.start))) continue;
      consumed.add(object);
      const cues = polarityCues(cueStart(subjects, start), start);
      if (trigger.negatable && /\bnot\b/i.test(m[0])) cues.flip = !cues.flip;
      // "a ceasefire is not necessary to reach a deal", "did not think a ceasefire was needed": a thing denied to be
      // necessary is not thereby opposed.
      if (cues.flip && trigger.negatable && /\b(?:necessary|needed|required)$/i.test(m[0])) continue;
      if (cues.flip && trigger.affirmOnly) continue;
      // "Neither Norway nor Denmark backs it": the pair is denied it.
      const firstHolder = subjects.reduce((a, x) => (x.start < a.start ? x : a), subjects[0]);
      if (firstHolder.start >= sentence.start && /\bneither\s+(?:the\s+)?$/i.test(text.slice(Math.max(sentence.start, firstHolder.start - 12), firstHolder.start))) cues.flip = !cues.flip;
      // "Russia would accept no European troops", "wants no foreign soldiers": a "no" before the object refuses it.
      if (trigger.polarity > 0 && trigger.type === 'SUPPORTS' && object.start >= end && /^\s+no\s+["“]?$/i.test(text.slice(end, object.start))) cues.flip = !cues.flip;
      let type = trigger.type;
      // "called for a demilitarised zone", "envisions a force of 100,000 troops": asking for a new thing proposes it.
      // Not a call made again ("has repeatedly called for", "again called for"): one who renews a call backs the thing.
      const asks = /^call/i.test(m[0]) ? /\b(?:an?|for)\s+["“‘']?$/.test(text.slice(end - 4, object.start)) && !RENEWED.test(`${text.slice(Math.max(sentence.start, start - 24), start)}${m[0]}`) : /^envision/i.test(m[0]);
      if (asks && trigger.type === 'SUPPORTS' && !conceptNames.has(object.name ?? '') && object.source !== 'anaphor') type = 'PROPOSED';
      // "signed a partnership with President X": the other signatory signed it too.
      const partner = /^sign/i.test(m[0]) ? ms.find((x) => x.type === 'PERSON' && !x.appositive && x.start >= object.end && /^\s+with\s+(?:[\p{Lu}][\p{L}.’'-]*\s+)*$/u.test(text.slice(object.end, x.start))) : undefined;
      // A pronoun names its proposal more surely than a topic carried over does (emit lowers the latter by 0.2).
      emit(type, partner ? [...subjects, partner] : subjects, object, trigger.polarity * (cues.flip ? -1 : 1), cues.hedge, pronounObject && object.end <= sentence.start ? 0.9 : 0.8, start);
      // "endorsed the coalition of the willing and its plan for a reassurance force": a coordinated object is one too.
      // So is a part it names: "committed to security guarantees for Ukraine, among them a Multinational Force Ukraine".
      const next = !trigger.objectInside && object.start >= end ? ms.find((x) => x.type === 'PROPOSAL' && x.start > object.end && x.start - object.end < 60 && (COORDINATED_OBJECT.test(text.slice(object.end, x.start)) || INCLUDED.test(text.slice(object.end, x.start)))) : undefined;
      if (next) {
        consumed.add(next);
        emit(type, partner ? [...subjects, partner] : subjects, next, trigger.polarity * (cues.flip ? -1 : 1), cues.hedge, 0.75, start);
      }
    }
  }
  ctx.stance = false;
  for (const object of ms) {
    if (object.type !== 'PROPOSAL' || object.source === 'anaphor') continue;
    // "an American proposal for a 30-day ceasefire", "Russia's offer to hold direct talks": the proposer of what follows.
    const offerer = [...ms].reverse().find((x) => isActor(x) && !x.appositive && x.end <= object.start && object.start - x.end < 60 && PROPOSAL_FOR.test(text.slice(x.end, object.start)));
    if (offerer && !out.some((r) => r.type === 'PROPOSED' && r.source === offerer.key && r.target === object.key)) out.push({ type: 'PROPOSED', source: offerer.key, target: object.key, confidence: 0.7 });
    // "Macron's “reassurance force”", "Meloni's Article 5-style guarantee": a person's named proposal is theirs. So is a
    // state's or a body's plan ("Washington's 28-point plan", "the American draft", "the US-drafted plan").
    const plan = PLAN_LIKE.test(object.name ?? object.text);
    const owner = ms.find((x) => (x.type === 'PERSON' || (plan && isActor(x))) && !x.appositive && (/^[’']s\s+["“]?$/.test(text.slice(x.end, object.start)) || (plan && x.type !== 'PERSON' && AUTHORED_BEFORE.test(text.slice(x.end, object.start)) && DEFINITE_BEFORE.test(text.slice(Math.max(0, x.start - 8), x.start)))));
    if (owner && !out.some((r) => r.source === owner.key && r.target === object.key)) out.push({ type: 'PROPOSED', source: owner.key, target: object.key, confidence: 0.65 });
    // "a plan from Oslo for a buffer zone", "the 12-point plan from Washington": where a plan comes from is its author.
    // (A place after "from" is read as a scene; here it is where the plan comes from.)
    const source = (x: Mention) => ACTOR_TYPES.has(x.type) && !x.appositive && !x.nested;
    const from = [...ms].reverse().find((x) => source(x) && x.end <= object.start && object.start - x.end < 40 && FOR_PLAN_GAP.test(text.slice(x.end, object.start)) && PLAN_FROM.test(text.slice(Math.max(sentence.start, x.start - 40), x.start)))
      ?? (plan ? ms.find((x) => source(x) && x.start >= object.end && x.start - object.end < 17 && /^["”]?\s+from\s+(?:the\s+)?$/.test(text.slice(object.end, x.start)) && !/^[’']s\b/.test(text.slice(x.end, x.end + 3))) : undefined);
    if (from && !out.some((r) => r.type === 'PROPOSED' && r.source === from.key && r.target === object.key)) out.push({ type: 'PROPOSED', source: from.key, target: object.key, confidence: 0.65 });
    // "the American plan", "the US draft", "Washington's leaked text": the nation that names the plan wrote it.
    const nation = object.backTo ? [...ms].reverse().find((x) => (x.type === 'COUNTRY' || x.type === 'INSTITUTION') && !x.appositive && x.end <= object.start && NATION_BEFORE_PLAN.test(text.slice(x.end, object.start))) : undefined;
    if (nation && !out.some((r) => r.type === 'PROPOSED' && r.source === nation.key && r.target === object.key)) out.push({ type: 'PROPOSED', source: nation.key, target: object.key, confidence: 0.65 });
  }
  // "the plans of London and Paris for a “coalition of the willing”", "the proposal of Ivo Marek for a buffer zone": the
  // ones whose plan it is proposed it (the people, when people are named; else the states or bodies).
  if (/\b(?:plans?|proposals?|initiative)\s+(?:of|by)\b/i.test(sentence.text)) {
    for (const object of ms) {
      if (object.type !== 'PROPOSAL' || object.source === 'anaphor') continue;
      const plan = PLAN_OF.exec(text.slice(Math.max(sentence.start, object.start - 120), object.start));
      if (!plan) continue;
      const from = object.start - plan[0].length + plan[0].indexOf(plan[1]);
      const to = from + plan[1].length;
      const owners = ms.filter((x) => isActor(x) && x.start >= from && x.end <= to);
      // Only actors, their titles and "and" between them: "the plan of the EU High Representative Kaja Kallas".
      if (!owners.length || !/^(?:\s*(?:the\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+)*\uFFFC\s*(?:,|and|,\s+and)?)+\s*$/u.test(owners.reduceRight((t, x) => t.slice(0, x.start - from) + '\uFFFC' + t.slice(x.end - from), plan[1]))) continue;
      const people = owners.filter((x) => x.type === 'PERSON');
      for (const o of people.length ? people : owners) if (!out.some((r) => r.source === o.key && r.target === object.key)) out.push({ type: 'PROPOSED', source: o.key, target: object.key, confidence: 0.7 });
    }
  }
  // "confirmed that no U.S. troops would be deployed": a denied proposal.
  for (const object of ms) {
    if (object.type !== 'PROPOSAL' || consumed.has(object)) continue;
    // Also "that Polish soldiers will not go to Ukraine".
    const denied = /\bno\s+$/i.test(text.slice(object.start - 4, object.start)) && /^\s+(?:would|will|should|could|can|are|is)\s+(?:be\s+)?(?:deployed|sent|stationed|involved|provided)/.test(text.slice(object.end, sentence.end))
      // "no American troops would go to Ukraine" (a European nation's troops that go nowhere are read below, for the force).
      || (object.name !== 'European peacekeeping force' && /\bno\s+$/i.test(text.slice(object.start - 4, object.start)) && /^\s+(?:would|will|should|could|can|are|is)\s+(?:go|set foot|serve|take part)\b/.test(text.slice(object.end, sentence.end)));
    const refused = /^\s+(?:would|will|should|shall|are|is)\s+(?:not|never)\s+(?:be\s+)?(?:go|deployed|sent|stationed|involved|take part)\b/.test(text.slice(object.end, sentence.end));
    // "said there would be no American boots on the ground": a denial in an existential clause.
    // Not a state of things that frames another clause ("premature while there is no ceasefire", "as long as there is
    // no peace agreement", "because there was no truce"): that says what is missing, not who refuses it.
    const none = /\bthere\s+(?:would|will|could|should|can|is|are)\s+(?:be\s+)?no\s+$/i.test(text.slice(Math.max(sentence.start, object.start - 40), object.start))
      && !STATE_FRAME.test(text.slice(Math.max(sentence.start, object.start - 60), object.start)) && /^(?:\s*[,.;]|\s+(?:in|on|to|for|at|from|with|while|and|but|under|until|before|after)\b|\s*$)/.test(text.slice(object.end, sentence.end));
    // 'no Italian soldiers would go to Ukraine', '"Not one Hungarian soldier," he said': a nation's troops denied.
    const noneOf = !denied && !refused && !none && object.name === 'European peacekeeping force' && NONE_OF.test(text.slice(Math.max(sentence.start, object.start - 16), object.start)) && NONE_GO.test(text.slice(object.end, sentence.end))
      // "no British soldier would deploy without a vote first": a condition, not a refusal ("with or without a
      // ceasefire" is none).
      && !NONE_UNLESS.test(text.slice(object.end, sentence.end));
    // "Polish soldiers would stay in Poland", "Polish troops would stay at home": a nation's troops kept in their own country.
    const home = !denied && !refused && !none && !noneOf && object.name === 'European peacekeeping force' && NATIONAL_TROOPS.test(object.text) && staysHome(object, text.slice(object.end, sentence.end));
    if (!denied && !refused && !none && !noneOf && !home) continue;
    const subjects = subjectsBefore(object.start);
    if (subjects.length) {
      consumed.add(object);
      // In a report on a named force, a nation's troops denied are troops denied to that force.
      const named = (noneOf || home) && ctx.mentions && articleForce(text, ctx.mentions, sentence.end);
      emit('OPPOSES', subjects, named ? { ...named, start: object.start, end: object.end } : object, -1, undefined, 0.7, object.start);
    }
  }
  // "warning that Moscow would otherwise face sweeping new sanctions", 'would keep "tightening the screws" with tougher
  // sanctions', "further sanctions would follow": sanctions held over the other side are wanted by whoever threatens them.
  if (/sanction/i.test(sentence.text)) {
    for (const object of ms) {
      if (object.type !== 'PROPOSAL' || consumed.has(object) || object.name !== 'New sanctions on Russia' || object.start < sentence.start) continue;
      const before = text.slice(Math.max(sentence.start, object.start - 80), object.start);
      const threat = SANCTIONS_THREAT.exec(before);
      if (!threat && !SANCTIONS_FOLLOW.test(text.slice(object.end, object.end + 30))) continue;
      const threatAt = threat ? object.start - before.length + threat.index : object.start;
      // "said that if Moscow refused there would be new sanctions": the one who names the condition threatens, not the
      // side the condition is on.
      const condition = /\b(?:if|unless)\s+[^,;:"“”]*$/i.exec(text.slice(sentence.start, threatAt));
      const at = condition ? sentence.start + condition.index : threatAt;
      // The one threatened ("Moscow would otherwise face") is no holder.
      const found = subjectsBefore(at);
      const threatened = found.filter((x) => x.end <= at && /^\s+(?:would|will|could|should)\s+(?:otherwise\s+|then\s+|now\s+)?$/.test(text.slice(x.end, at + 40).replace(/face\b[^]*$/, '')));
      // With the threatened side as the clause's subject, the one who warns of it ("Berg warned that Moscow would face").
      const warner = threatened.length ? ms.find((x) => x.type === 'PERSON' && !x.appositive && x.start >= sentence.start && x.end <= threatened[0].start && WARNS.test(text.slice(x.end, threatened[0].start))) : undefined;
      const rest = found.filter((x) => x.key !== object.key && !threatened.includes(x));
      // "Putin said Russia would face new sanctions whatever it did": the threatened side's own voice threatens nothing.
      const subjects = (rest.length || !warner ? rest : [warner]).filter((x) => !(x.type === 'PERSON' && threatened.some((t) => ctx.speaksFor?.(x, t) === true)));
      // A negation in the condition ("if Moscow did not agree") is not one of the threat.
      if (!subjects.length || polarityCues(condition ? threatAt : cueStart(subjects, at), object.start).flip) continue;
      consumed.add(object);
      emit('SUPPORTS', subjects, object, 1, undefined, 0.7, at);
    }
  }
  // "Zelensky said again that security guarantees must be agreed…", "the force, which he said would deploy the day
  // after…": a proposal that is the subject of a reported clause, with a favourable verdict, is backed by the speaker.
  for (const object of ms) {
    if (object.type !== 'PROPOSAL' || object.act || consumed.has(object)) continue;
    const which = WHICH_SAID.exec(text.slice(object.end, object.end + 40));
    // Also a quotation that opens with the proposal, its speaker named after it ('"Any guarantee must be backed by
    // troops," X told allies').
    const reported = which ? null : REPORTED_LEAD.exec(text.slice(Math.max(sentence.start, object.start - 90), object.start));
    // Or a letter's sentence that opens with it ("Security guarantees must be real."): its writer's verdict.
    const opens = !which && !reported && (QUOTE_OPENS.test(text.slice(sentence.start, object.start)) || (/^[\W]*$/.test(text.slice(sentence.start, object.start)) && !!ctx.mentions && !!letterWriter(text, sentence.start, ctx.mentions)));
    const lead = reported ?? (opens ? [''] : null);
    if (!which && !lead) continue;
    // "said a European force of at least 200,000 troops would be needed": the proposal's own complement may stand first.
    // Or a relative clause set off by commas ('work on a "reassurance force," which would protect its skies, was moving ahead').
    const complement = which ? null : /^\s+of\s+(?:[^,;.:"“”]|(?<=\d)[,.](?=\d)){1,40}?(?=\s+(?:would|will|could|can|must|should|has to|have to|needs? to)\b)|^["”]?,["”]?\s+which\s+[^,;:"“”]{1,120},(?=\s)/.exec(text.slice(object.end, sentence.end));
    const after = object.end + (which ? which[0].length : complement ? complement[0].length : 0);
    // "The leaders agreed that the force will have a headquarters in Paris", "…that guarantees, backed by the United
    // States, remain essential": what those agreeing settle about a proposal's future they back, whatever the verb.
    const verdict = VERDICT_FOR.exec(text.slice(after, Math.min(sentence.end, after + 80))) ?? (reported && /\bagree[sd]?\b/i.test(reported[0]) ? AGREED_FUTURE.exec(text.slice(after, Math.min(sentence.end, after + 80))) : null);
    if (!verdict) continue;
    const at = which ? object.end + which[0].length : object.start - lead![0].length;
    ctx.stance = true;
    const subjects = subjectsBefore(at).filter((x) => x.type === 'PERSON');
    ctx.stance = false;
    if (!subjects.length) continue;
    consumed.add(object);
    const cues = polarityCues(after, after + verdict[0].length);
    // "British forces were ready to deploy" in a report on the reassurance force: a country's troops serve in the force
    // the article names, as a deployment does.
    // With no force named, which one they would serve in is left open.
    // "European forces could be deployed" names no nation: it is any European force, whether or not one is named.
    const national = object.name === 'European peacekeeping force' && NATIONAL_TROOPS.test(object.text) && !PAN_NATIONAL.test(object.text);
    const named = national && ctx.mentions && articleForce(text, ctx.mentions, sentence.end);
    if (national && !named) continue;
    emit('SUPPORTS', subjects, named ? { ...named, start: object.start, end: object.end } : object, cues.flip ? -1 : 1, cues.hedge, 0.75, at);
  }
  // "Meloni to the Chambers: no Italian soldiers in Ukraine, yes to an Article 5 for Kyiv": a headline's label of who
  // says no to one thing and yes to another.
  const colon = sentence.text.indexOf(': ');
  if (colon > 0 && /\b(?:no|yes)\b/i.test(sentence.text.slice(colon))) {
    const at = sentence.start + colon;
    const holders = [...ms].reverse().filter((x) => isActor(x) && !x.appositive && x.end <= at && LABEL_TAIL.test(text.slice(x.end, at)));
    // "Holt to the Storting:": the body spoken to is where it was said, not who says it.
    const holder = holders.find((x) => !/\b(?:to|in|at|on|before)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, x.start - 12), x.start))) ?? holders[0];
    for (const object of holder ? ms : []) {
      if (object.type !== 'PROPOSAL' || object.start < at || consumed.has(object)) continue;
      // The object opens its item of the list after the colon: "no X", "yes to Y".
      const seg = text.slice(at + 1, object.start);
      const item = seg.slice(Math.max(seg.lastIndexOf(','), seg.lastIndexOf(';')) + 1);
      const verdict = /^\s*no(?:\s+to)?\s+(?:more\s+)?["“]?$/i.test(item) ? -1 : /^\s*yes\s+to\s+(?:an?\s+|the\s+)?["“]?$/i.test(item) ? 1 : 0;
      if (!verdict) continue;
      consumed.add(object);
      emit(verdict > 0 ? 'SUPPORTS' : 'OPPOSES', [holder!], object, verdict, undefined, 0.7, object.start);
    }
  }
  // "Poland does not intend to send troops": the deployment phrase is itself the act.
  for (const object of ms) {
    if (!object.act || consumed.has(object)) continue;
    // "the meetings dealt with sending troops": a deployment after a preposition is a topic, not a stance.
    // Nor is one left open ("has not decided whether to send ground troops") or left out ("without putting soldiers").
    // "there is no question of sending troops" is a refusal, though.
    // Also "has not said whether it would put soldiers on land": a question left open.
    if (OBJECT_OF_PREPOSITION.test(text.slice(Math.max(sentence.start, object.start - 35), object.start))) continue;
    const subjects = subjectsBefore(object.start);
    if (!subjects.length) continue;
    // "The plan that Washington put to both sides would recognise Crimea as Russian": an actor inside a relative clause
    // on a document is not who does the act the document would do.
    if (subjects.every((x) => DOCUMENT_RELATIVE.test(text.slice(Math.max(sentence.start, x.start - 60), x.start)))) continue;
    // "Kyiv must cede territory": an act other than sending troops, asked of its subject, is no stance of theirs.
    if (!isDeployment(object) && /\b(?:must|should|has to|have to|had to|forced to|demand\w*|insist\w*)\b/i.test(text.slice(cueStart(subjects, object.start), object.start))) continue;
    const cues = polarityCues(cueStart(subjects, object.start), object.start);
    // "Poland would not deploy soldiers to Ukraine" in a report on the Multinational Force Ukraine: soldiers sent with
    // no force named go to the force the article names.
    const named = isDeployment(object) && ctx.mentions && articleForce(text, ctx.mentions, sentence.end);
    // 'France could deploy "several thousand" soldiers': "could" before a deployment with a number offers the troops
    // (the hedge is still kept as the stance's context); "could station forces" stays a hedge.
    // So does "could send personnel to a European force": troops offered to a force named as where they would serve.
    const offer = isDeployment(object) && /\bcould\s+$/i.test(text.slice(object.start - 7, object.start)) && (/\d|\b(?:several|thousands?|hundreds?)\b/i.test(object.text) || /^\s+to\s+(?:a|an|the|any)\s+(?:[\w-]+\s+){0,3}?(?:force|mission|contingent|coalition)\b/i.test(text.slice(object.end, object.end + 60)));
    emit('SUPPORTS', subjects, named ? { ...named, start: object.start, end: object.end, act: true } : object, cues.flip ? -1 : 1, cues.hedge, offer ? 0.8 : 0.7, object.start);
  }
  // "Norway backs the force, as does Denmark", "…, and so does Finland", "…; so have Sweden's Anna Berg and Finland's
  // Piet Smit": the actors after hold the same stances.
  if (/[,;]\s+(?:as|(?:and\s+)?so)\s+(?:does|do|did|has|have|had)\s/i.test(sentence.text)) {
    for (const m of matchesOf(sentence.text, AS_DOES)) {
      const at = sentence.start + m.index + m[0].length;
      const before = new Set(ms.filter((x) => x.end <= sentence.start + m.index).map((x) => x.key));
      for (const also of sameStanceActors(text, ms, at, sentence.end)) {
        for (const r of [...out]) {
          if (!['SUPPORTS', 'OPPOSES', 'PROPOSED'].includes(r.type) || !before.has(r.source) || r.source === also.key || out.some((o) => o.type === r.type && o.source === also.key && o.target === r.target)) continue;
          out.push({ ...r, source: also.key });
        }
      }
    }
  }
  // "Kristersson spoke at a news conference, with Zelensky beside him": the one at the subject's side met them.
  if (/\b(?:beside|next to|alongside|at (?:his|her) side)\s+(?:him|her)?/.test(sentence.text)) {
    for (const m of matchesOf(sentence.text, BESIDE)) {
      const at = sentence.start + m.index;
      const guest = ms.find((x) => x.type === 'PERSON' && !x.appositive && x.start >= at + m[0].length && /^\s+(?:(?:[\p{L}.’'-]+\s+){0,4})$/u.test(text.slice(at + m[0].length, x.start)) && /^\s+(?:standing\s+|sitting\s+|seated\s+)?(?:beside|next to|alongside)\s+(?:him|her)\b|^\s+at\s+(?:his|her)\s+side\b/.test(text.slice(x.end, x.end + 30)));
      const host = guest && subjectsAt(text, sentence, ms, at, ctx).filter((x) => x.type === 'PERSON' && x.key !== guest.key);
      if (guest && host && host.length) emit('MET_WITH', host, guest, 1, undefined, 0.75, at);
    }
  }
  // "With Rutte at his side on Monday, Trump announced …": the one at the side of the main clause's subject met them.
  const fronted = /\bWith\b/.test(sentence.text) ? FRONTED_BESIDE.exec(sentence.text) : null;
  if (fronted && !NEGATION.test(sentence.text.slice(0, fronted[0].length))) {
    const from = sentence.start + fronted[0].indexOf(fronted[1]);
    const guest = ms.find((x) => x.type === 'PERSON' && x.start >= from && x.end <= from + fronted[1].length && !/^['’]s\b/.test(text.slice(x.end, x.end + 3)));
    const comma = sentence.start + fronted[0].length;
    const first = ms.find((x) => x.type === 'PERSON' && !x.appositive && x.start >= comma && /^(?:[\p{Lu}][\p{L}.’'-]*\s+){0,5}$/u.test(text.slice(comma, x.start)));
    const host = first ? coordinated(text, ms, first, 1).filter((x) => x.type === 'PERSON' && x.key !== guest?.key) : [];
    if (guest && host.length) emit('MET_WITH', host, guest, 1, undefined, 0.75, comma);
  }
  NEGATION.lastIndex = 0;
  // "could help with demining, but only with a UN mandate", 'would take part only "under the flag of the United
  // Nations"', "a buffer zone would only hold with a U.S. backstop": the one who sets a thing as the sole condition
  // of their part wants that thing, whatever verb carries the part.
  if (/\b(?:only|unless)\b/i.test(sentence.text)) {
    for (const m of matchesOf(sentence.text, REQUIRED)) {
      const at = sentence.start + m.index;
      const from = at + m[0].length;
      const object = ms.find((x) => x.type === 'PROPOSAL' && x.start >= from && /^(?:(?:the|a|an|any|some)\s+)?["“]?$/.test(text.slice(from, x.start)));
      if (!object || consumed.has(object) || out.some((r) => r.target === object.key)) continue;
      const subjects = subjectsBefore(at).filter((x) => x.key !== object.key);
      if (!subjects.length) continue;
      consumed.add(object);
      emit('SUPPORTS', subjects, object, 1, undefined, 0.7, at);
    }
  }
  // "no ceasefire without guarantees", "a guarantee without troops is only paper", "Without air support, a force would
  // be a symbol": what a thing is declared worthless or impossible without is wanted by the one who says so.
  if (/\bwithout\b/i.test(sentence.text)) {
    for (const object of ms) {
      if (object.type !== 'PROPOSAL' || consumed.has(object) || object.start < sentence.start) continue;
      const before = text.slice(Math.max(sentence.start, object.start - 70), object.start);
      if (!WITHOUT_BEFORE.test(before)) continue;
      const after = text.slice(object.end, Math.min(sentence.end, object.end + 90));
      // The thing it is needed for, named right before "without" ("a ceasefire without guarantees …").
      const needer = ms.find((x) => x.type === 'PROPOSAL' && x.end <= object.start && WITHOUT_GAP.test(text.slice(x.end, object.start)));
      const denied = NO_WITHOUT.test(before);
      const worthless = needer && WORTHLESS_AFTER.test(after);
      const opening = WITHOUT_OPENS.test(text.slice(sentence.start, object.start)) && WORTHLESS_CLAUSE.test(text.slice(object.end, sentence.end));
      if (!denied && !worthless && !opening) continue;
      // Its holder: the subject or speaker of the clause (for an opening "Without …," the main clause after it).
      const at = opening ? Math.min(sentence.end, object.end + (/,/.exec(after)?.index ?? 0) + 1) : (needer?.start ?? object.start);
      const found = (opening ? subjectsBefore(sentence.end) : subjectsBefore(at)).filter((x) => x.key !== object.key && x.key !== needer?.key);
      // "Zelensky's line was simple: no ceasefire without guarantees": whose line it is holds it.
      const owner = found.length ? undefined : ms.find((x) => isActor(x) && !x.appositive && x.end <= at && x.start >= sentence.start && LINE_OF.test(text.slice(x.end, at)));
      const subjects = owner ? [owner] : found;
      if (!subjects.length || out.some((r) => r.target === object.key && subjects.some((s) => s.key === r.source))) continue;
      consumed.add(object);
      emit('SUPPORTS', subjects, object, 1, undefined, 0.75, at);
      // "A guarantee without troops is only paper": the thing found wanting alone is wanted with it.
      if ((worthless || denied) && needer && !consumed.has(needer) && !out.some((r) => r.target === needer.key && subjects.some((s) => s.key === r.source))) emit('SUPPORTS', subjects, needer, 1, undefined, 0.7, at);
    }
  }
  // "Macron announced that London and Paris would send a “reassurance force”", "closed the summit by announcing that
  // Britain, France and others would form a coalition": announcing that a new thing will be set up proposes it, as
  // "announced a … force" does; the countries that will set it up back it, and the announcer is its author.
  if (/\bannounc/i.test(sentence.text)) {
    for (const object of ms) {
      if (object.type !== 'PROPOSAL' || object.source === 'anaphor' || object.start < sentence.start) continue;
      const gap = ANNOUNCED_NEW.exec(text.slice(Math.max(sentence.start, object.start - 200), object.start));
      if (!gap) continue;
      const at = object.start - gap[0].length;
      const announcer = [...ms].reverse().find((x) => x.type === 'PERSON' && !x.appositive && x.start >= sentence.start && x.end <= at && ANNOUNCER_GAP.test(text.slice(x.end, at)));
      if (!announcer) continue;
      for (let i = out.length - 1; i >= 0; i--) if (out[i].type === 'SUPPORTS' && out[i].source === announcer.key && out[i].target === object.key) out.splice(i, 1);
      emit('PROPOSED', [announcer], object, 1, undefined, 0.75, at);
    }
  }
  // "The reassurance force, which Norway backs, …", "the force that Britain and France want to place in Ukraine": a
  // stance in a relative clause on the proposal before it, held by the clause's own subjects.
  if (/\b(?:which|that)\s/.test(sentence.text)) {
    for (const object of ms) {
      if (object.type !== 'PROPOSAL' || object.start < sentence.start || consumed.has(object)) continue;
      const rel = RELATIVE_OPENS.exec(text.slice(object.end, Math.min(sentence.end, object.end + 60)));
      const first = rel && ms.find((x) => x.start === object.end + rel[0].length && isActor(x) && !x.nested);
      if (!first) continue;
      const holders = coordinated(text, ms, first, 1).filter(isActor);
      const verb = RELATIVE_STANCE.exec(text.slice(holders[holders.length - 1].end, sentence.end).replace(/^\s+and\s+(?:their|its)\s+(?:partners|allies)\b/, ''));
      if (!verb) continue;
      const type: RelationType = verb[2] ? 'PROPOSED' : 'SUPPORTS';
      emit(type, holders, object, (verb[3] ? -1 : 1) * (verb[1] ? -1 : 1), undefined, 0.7, holders[0].start);
    }
  }
  return settleMixed(out, triggeredAt);
}
/** "I support it, but I don't want soldiers at the line", "lifted the veto, though he still called the plan a mistake",
 *  "would consider sending instructors, but ruled out combat troops": one sentence that gives the same holder both
 *  stances on the same thing is a reservation, and the reservation is the stance it states (the support only conceded). */
function settleMixed(out: SentenceRelation[], at: Map<SentenceRelation, number>): SentenceRelation[] {
  const pair = (r: SentenceRelation) => `${r.source}\u0000${r.target}`;
  const against = out.filter((r) => r.type === 'OPPOSES');
  if (!against.length) return out;
  // The reservation comes after what it qualifies ("X, but Y", "X, though Y"); an objection read before the support
  // ('"I won't discuss numbers, but I do support the force"') is a negation reaching too far, and both are left.
  const lastFor = new Map<string, number>();
  for (const r of out) if (r.type === 'SUPPORTS') lastFor.set(pair(r), Math.max(lastFor.get(pair(r)) ?? -1, at.get(r) ?? Infinity));
  const reserved = new Set(against.filter((r) => lastFor.has(pair(r)) && (at.get(r) ?? -1) > lastFor.get(pair(r))!).map(pair));
  return reserved.size ? out.filter((r) => r.type !== 'SUPPORTS' || !reserved.has(pair(r))) : out;
}
/** A proposal named as a time: "after a ceasefire", "once the deal". */
const TIME_OF = /\b(?:after|once|until|till|before)\s+(?:(?:a|an|the|any)\s+)?["“]?$/i;
/** A threat of sanctions up to them: "would otherwise face sweeping ", "would tighten the screws with ". */
const SANCTIONS_THREAT = /\b(?:(?:would|will|could|should)\s+(?:otherwise\s+|then\s+|now\s+)?face|(?:would|will)\s+(?:keep\s+)?["“]?(?:tighten(?:ing)?|ratchet(?:ing)? up|step(?:ping)? up)\b[^.;:]{0,40}?\bwith|(?:would|will)\s+(?:impose|slap|introduce|adopt)|there\s+(?:would|will)\s+be)\s+(?:["“”]?(?:a|an|the|more|sweeping|massive|heavy|crippling|severe|serious|tough|harsh|painful)["“”]?\s+)*$/i;
/** Between a speaker and the clause of a threat: "warned that ", "said on Sunday that ". */
const WARNS = /^(?:,[^,;]{1,60},)?\s+(?:has\s+|had\s+)?(?:said|says|warned|warns|added|threatened|promised|insisted|told\s+[\w-]+(?:\s+[\w-]+)?)\b[^.;:"“”]{0,40}?\bthat\s+$/;
/** Sanctions that "would follow", "will come": a threat after them. */
const SANCTIONS_FOLLOW = /^["”]?\s+(?:would|will)\s+(?:follow|come|be imposed)\b/i;
/** A quotation opening its sentence up to a proposal: '“Any ', '"The '. */
const AGREED_FUTURE = /^["”]?(?:,[^,;.]{1,60},)?\s+(?:will|would|should|must|shall|(?:is|are|was|were)\s+to|remains?|remained)\s+(?:(?:not|never|also|only|then|now)\s+)?[a-z]+/i;
const QUOTE_OPENS = /^[\s*_]*["“]\s*(?:(?:any|a|an|the|such|these|those|our|their)\s+)?$/i;
/** "announced on Sunday that Britain and France would form a ", "announcing that London and Paris would send a “": a
 *  new thing said to be set up (up to the proposal that names it). */
const ANNOUNCED_NEW = /\bannounc(?:ed|es|ing)\s+(?:[\w.’'-]+\s+){0,4}?that\s+[^.;:"“”]{1,100}?\s(?:would|will|are to|were to|(?:are|were) going to)\s+(?:jointly\s+|together\s+|soon\s+)?(?:form|create|set up|establish|launch|build|send|deploy|put together|assemble)\s+(?:a|an)\s+["“]?(?:[\w-]+\s+){0,2}$/i;
/** Between the announcer and "announced": nothing, an apposition, or "closed the summit by" before "announcing". */
const ANNOUNCER_GAP = /^(?:,[^,;]{1,60},)?\s+(?:has\s+|had\s+)?(?:also\s+)?$|^\s+[^.;:,"“”]{1,60}?\sby\s+$/;
/** "'s line was simple: ", "'s position is clear: ": a stance that follows a colon, held by the possessor. */
const LINE_OF = /^[’']s\s+(?:[\p{L}-]+\s+)?(?:line|position|stance|message|view|answer|condition|demand|formula|refrain|mantra|argument)\s+(?:was|is|has been|remained|remains)\b[^.;:]{0,30}:\s+[^.;:]*$/u;
/** A proposal right after "without". */
const WITHOUT_BEFORE = /\bwithout\s+(?:(?:a|an|the|any|its|their|his|her)\s+)?["“]?$/i;
/** Between the thing and what it is needed with: "a ceasefire without ", "A security guarantee without the ". */
const WITHOUT_GAP = /^["”]?\s+without\s+(?:(?:a|an|the|any|its|their|his|her)\s+)?["“]?$/i;
/** "no ceasefire without", "not without an American backstop", "never a deal without": a refusal unless it comes. */
const NO_WITHOUT = /(?:^|[\s"“:,(—–-])(?:[Nn]o|[Nn]ot|[Nn]ever)\s+(?:[\p{L}-]+\s+){0,3}?without\s+(?:(?:a|an|the|any|its|their|his|her)\s+)?["“]?$/u;
/** The verdict on the thing without it: "is only paper", '"would only give Putin time"', "is an invitation to the next war". */
const WORTHLESS = String.raw`["“]?(?:(?:only|just|merely|simply|nothing but|no more than|worthless|meaningless|useless|pointless|(?:only |just )?(?:a )?(?:piece of )?paper)\b|an?\s+(?:invitation|symbol|gamble|bluff|illusion|fiction|empty)\b|(?:not|never)\s+(?:work|hold|last|deter|be enough)\b)`;
const WORTHLESS_AFTER = new RegExp(String.raw`^["”]?\s*(?:,\s*(?:he|she)\s+(?:said|says|added|warned|wrote)\s*,\s*)?["“]?\s*(?:is|are|was|were|would be|will be|would|will|remains?)\s+${WORTHLESS}`, 'i');
/** A sentence (or quotation) that opens with "Without …". */
const WITHOUT_OPENS = /^[\W_]*Without\s+(?:(?:a|an|the|any|its|their|his|her)\s+)?["“]?$/;
/** Its main clause declares the thing worthless: 'a European force "would be a symbol"', "deters nobody", "cannot work". */
const WORTHLESS_CLAUSE = new RegExp(String.raw`\b(?:is|are|was|were|would be|will be|would|will|remains?)\s+${WORTHLESS}|\b(?:would|will|could|can)(?:\s+not|n['’]t|not|\s+never)\s+(?:work|hold|last|deter|succeed)\b|\b(?:deters?|protects?|guarantees?|achieves?|stops?)\s+(?:nobody|no one|nothing)\b`, 'i');
/** ", as does", ", and so did the": the actor right after shares the stances before. */
const AS_DOES = /[,;]\s+(?:as|(?:and\s+)?so)\s+(?:does|do|did|has|have|had)\s+(?:the\s+)?(?=\S)/gi;
// Between the actors of "so have Sweden's Anna Berg and Finland's Piet Smit": a list's commas and "and", and a
// possessive nation or a title before each name.
const SAME_STANCE_GAP = /^(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+)?(?:(?:\p{Lu}[\p{L}-]*[’']s\s+)?(?:(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}))?$/u;

/** The actors right after "as does", "so have": the first at `at`, then any joined to it in a list. */
function sameStanceActors(text: string, ms: Mention[], at: number, end: number): Mention[] {
  const found: Mention[] = [];
  let from = at;
  for (const m of ms) {
    if (m.start < from || m.end > end || m.appositive) continue;
    if (!isActor(m) || !SAME_STANCE_GAP.test(text.slice(from, m.start)) || (found.length === 0 && /[,;]|\band\b/.test(text.slice(from, m.start)))) break;
    found.push(m);
    from = m.end;
  }
  return found;
}
/** "With X at his side on Monday, Y …", "With X beside her, Y …": m[1] the companion, up to the comma that opens the main
 *  clause. */
const FRONTED_BESIDE = /^\W*With\s+([^,;.]{1,80}?)\s+(?:(?:standing|sitting|seated)\s+)?(?:at\s+(?:his|her)\s+side|beside\s+(?:him|her)|next\s+to\s+(?:him|her)|alongside\s+(?:him|her))(?:\s+[^,;.]{1,30})?,\s+/;
/** ", with X beside him": a companion named in a trailing "with" phrase. */
const BESIDE = /,\s+with(?=\s+[^,;.]{1,60}?\s+(?:(?:standing|sitting|seated)\s+)?(?:beside|next to|alongside)\s+(?:him|her)\b|\s+[^,;.]{1,60}?\s+at\s+(?:his|her)\s+side\b)/g;
/** "the plans of the", "the proposal by the so-called": a plan's owner follows. */
const PLAN_OWNER = /\b(?:plans?|proposals?|ideas?|intention|offer|initiative)\s+(?:of|by)\s+(?:the\s+)?(?:so-called\s+)?["“]?$/i;
/** A sole condition named with its preposition: "only with", 'only "under', "only hold with", "unless it comes under". */
// Also "only if Washington provided intelligence, air cover and …": what the other side must provide.
const REQUIRED = /\bonly\s+(?:(?:hold|work|succeed|function|be possible|be acceptable|go ahead|happen)\s+)?["“]?(?:with|under|within)\s+|\bonly\s+if\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+){1,3}(?:provided|provides|provide|gave|gives|give|offered|offers|offer|guaranteed|guarantees)\s+(?:(?:[\p{Ll}-]+,?\s+){1,3}?(?:and\s+)?)?|\bunless\s+(?:it|they|the\s+\w+)\s+(?:comes?|is|are|were|was|operates?|acts?)\s+under\s+|\bonly\s+(?:\p{Ll}+\s+){0,3}?if\s+there\s+(?:is|are|was|were|would be)\s+/giu;
