// Named-entity recognition over capitalised word runs: countries and bodies from the gazetteer, demonyms used as
// actors, organisations by their head word, people by an office before them or by the shape of their name.
import type { RawMention, Sentence } from './types';
import { tokenize, type Token } from './tokens';
import { lookupGazetteer, GAZETTEER_MAX_WORDS, isOutlet } from './gazetteer';
import { ROLE_HEADS, ROLE_MODIFIERS, HONORIFICS, ORG_HEADS, PLACE_HEADS, PLACE_LEADS, OPERATION_LEADS, PLACE_OFFICES, PLACE_CENTRES, DEPARTMENT_HEADS, DEPARTMENT_WORDS, EVENT_HEADS, ACTOR_NOUNS, NAME_PARTICLES, isFirstName, isCommonWord, isFunctionWord, isVerb } from './lexicon';

const PROPOSAL_OF = /^\s+(?:proposal|plan|initiative|offer)\s+(?:for|to)\s/;
// "the American plan", "the American leaked draft": the nation that names a plan wrote it (proposals.ts NATION_PLAN).
const PLAN_BEFORE = /\b(?:the|an?)\s+(?:(?:leaked|original|revised|latest|new|initial|updated|amended|final|first|earlier|current)\s+)*$/i;
const PLAN_AFTER = /^\s+(?:(?:peace|draft|revised|original|new|latest|leaked|initial|updated|first|earlier|own|amended|final|current)\s+)*(?:plan|draft|proposal|blueprint|text|framework|initiative|memorandum)\b(?![-‑])(?!\s+(?:for|to|of)\b)/;
const CONNECTORS = new Set(['of', 'for', 'the', ...NAME_PARTICLES]);
/** Dates are not names: "Trump on Saturday", "Paris in February". */
const CALENDAR = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;
const ABBREVIATED = new Set(['Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Adm', 'Sgt', 'Dr', 'Mr', 'Mrs', 'Ms', 'Prof', 'Sen', 'Gov', 'St']);
const LOCATIVE = /\b(?:in|at|to|from|near|into|inside|outside|across|via|toward|towards|around|visited|visit|visiting|hosted)\s+(?:the\s+)?$/i;
// A short subhead ("**Paris and after**", "## London, then Brussels") labels where the story goes next; a bold
// sentence ("**The Kremlin says it will never accept …**", an interviewer's question) is no label.
const SUBHEAD = /^\s*(?:\*\*[^*.?!:\n]+\*\*|#{2,}\s[^.?!:\n]*)\s*$/;
const SUBHEAD_WORDS = 6;
/** Whether the line holding `at` is a short subhead. */
function inSubhead(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  if (text[start] !== '*' && text[start] !== '#') return false;
  const line = text.slice(start, (text.indexOf('\n', at) + 1 || text.length + 1) - 1);
  return SUBHEAD.test(line) && line.trim().split(/\s+/).length <= SUBHEAD_WORDS;
}
const GOVERNMENT = new Set(['government', 'administration']);
const LEGISLATURES = new Set(['congress', 'senate', 'parliament', 'bundestag', 'duma', 'rada', 'sejm', 'assembly']);
const ALL_CAPS = /^\p{Lu}[\p{Lu}'’.-]+$/u;
/** A given name written as initials ("JD Vance"); not an abbreviation that often stands before a name. */
const INITIALS = /^[A-Z]{2}$/;
const NOT_INITIALS = new Set(['PM', 'TV', 'AP', 'AI', 'HQ', 'EU', 'UK', 'US', 'UN', 'DC', 'GP', 'MP', 'OK', 'BBC', 'CNN']);
const isInitials = (run: Token[]) => run.length === 2 && INITIALS.test(run[0].text) && !NOT_INITIALS.has(run[0].text) && run[1].cap && !ALL_CAPS.test(run[1].text);

// Bodies named by their head word then "for" what they study or do: "the Institute for Northern Security", "the Leuven
// Centre for Security Policy", "the Party for Freedom" (not a force or a fund for Ukraine: those are proposals).
const FOR_HEADS = new Set(['centre', 'center', 'institute', 'foundation', 'council', 'commission', 'agency', 'committee', 'organisation', 'organization', 'association', 'university', 'movement', 'party', 'union', 'league', 'office', 'bank', 'academy', 'school']);
/** Whether a run names a body by a head word before "for": "Centre for Air and Maritime Security". */
const orgBeforeFor = (run: Token[]) => run.some((t, k) => k > 0 && k + 1 < run.length && t.text === 'for' && FOR_HEADS.has(run[k - 1].text.toLowerCase()));

/** Capitalised runs: caps joined by name particles or "of/for/the", an abbreviation keeps its period. */
function chains(tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const close = () => {
    while (run.length && !run[run.length - 1].cap) run.pop();
    if (run.length) runs.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.cap && !t.punct && !CALENDAR.test(t.text)) {
      run.push(t);
      // "the European People's Party", "People's Republic": "People's" before a capital is a word of the name.
      if (t.possessive && !(t.text === 'People' && tokens[i + 1]?.cap)) close();
    } else if (run.length && t.text === '.' && ABBREVIATED.has(run[run.length - 1].text) && tokens[i - 1]?.end === t.start) {
      run.push(t);
    } else if (run.length && CONNECTORS.has(t.text) && (tokens[i + 1]?.cap || (NAME_PARTICLES.has(tokens[i + 1]?.text ?? '') && tokens[i + 2]?.cap))) {
      run.push(t);
    } else if (run.length && t.text === 'and' && tokens[i + 1]?.cap && tokens[i + 2]?.cap && !tokens[i + 1].punct && !tokens[i + 2].punct && orgBeforeFor(run)) {
      // "the Centre for Air and Maritime Security": what a body is for may name two things.
      run.push(t);
    } else close();
  }
  close();
  return runs;
}

const words = (run: Token[]) => run.filter((t) => t.text !== '.');
const spanText = (text: string, run: Token[], base: number) => text.slice(run[0].start - base, run[run.length - 1].end - base);
const isHonorific = (t: Token) => HONORIFICS.has(t.text.toLowerCase());
/** "President-elect", "Minister-designate": the office all the same. */
/** "Ex-minister", "ex-President": a former office is an office too. */
// "Vice-President", "Deputy-Minister": a hyphenated rank is the office too.
const office = (t: Token) => t.text.toLowerCase().replace(/-(?:elect|designate)$/, '').replace(/^(?:ex|vice|deputy|acting)-/, '');
// "Local MP Claire Hollis", "Backbench MP X": a word that places a member's title is part of the title.
const TITLE_PLACERS = new Set(['local', 'backbench', 'veteran']);
const isRoleWord = (t: Token) => ROLE_HEADS.has(office(t)) || ROLE_MODIFIERS.has(t.text.toLowerCase()) || TITLE_PLACERS.has(t.text.toLowerCase()) || isHonorific(t) || t.text === '.';

/** The longest gazetteer entry at the start of the run. */
function gazetteerPrefix(run: Token[], text: string, base: number) {
  for (let n = Math.min(GAZETTEER_MAX_WORDS + 1, run.length); n >= 1; n--) {
    const hit = lookupGazetteer(spanText(text, run.slice(0, n), base));
    if (hit) return { hit, length: n };
  }
  return undefined;
}

/** Offices at the start of the run ("Defense Minister", "Secretary of State", "Gen."): their length, or 0. */
function rolePrefix(run: Token[]): number {
  let last = 0;
  for (let i = 0; i < run.length && isRoleWord(run[i]); i++) {
    const ofWhat = i > 0 && run[i - 1].text === 'of' && /^(?:State|Defen[cs]e|Staff)$/.test(run[i].text);
    if (ROLE_HEADS.has(office(run[i])) || isHonorific(run[i]) || run[i].text === '.' || ofWhat) last = i + 1;
  }
  return last;
}

const MONARCH = /^(?:King|Queen|Pope|Prince|Princess|Emperor)$/;
function looksLikePersonName(name: Token[], afterRole: boolean): boolean {
  const ws = words(name).filter((t) => t.cap);
  if (ws.length === 0 || ws.length > 5) return false;
  if (ws.some((t) => t.possessive && t !== name[name.length - 1])) return false;
  // A headline or subhead in capitals ("THE DONALD GOES IT ALONE", "ONLY WITH YANK BACKUP") founds no new person.
  if (ws.length >= 2 && ws.every((t) => ALL_CAPS.test(t.text))) return false;
  if (afterRole) return true;
  if (ws.length < 2) return false;
  if (ORG_HEADS.has(ws[ws.length - 1].text.toLowerCase()) || EVENT_HEADS.has(ws[ws.length - 1].text.toLowerCase())) return false;
  if (isFirstName(ws[0].text) || isInitials(ws)) return true;
  return ws.every((t) => !isCommonWord(t.text) && !lookupGazetteer(t.text));
}

// A label at the head of its line, in capitals (a timecode, "SOT —", "CAPTION:" may come first), then the name, then
// the label's colon or a caption's bar before the speaker's title.
const LABEL_BEFORE = /^[^\p{Ll}\n]{0,40}$/u;
const LABEL_AFTER = /^[*_]*[ \t]*(?:\([^()\n]{0,40}\)[ \t]*)?[*_]*[ \t]*(?::|\|)/;
/** Two or three words in capitals that a transcript's speaker or caption label gives as a name ("RADOSŁAW SIKORSKI:"). */
function labelName(text: string, name: Token[]): boolean {
  const ws = words(name);
  if (ws.length < 2 || ws.length > 3 || !ws.every((t) => ALL_CAPS.test(t.text) && t.text.length > 1)) return false;
  if (!(isFirstName(ws[0].text) || ws.every((t) => !isCommonWord(t.text) && !lookupGazetteer(t.text)))) return false;
  const start = ws[0].start;
  return LABEL_BEFORE.test(text.slice(text.lastIndexOf('\n', start - 1) + 1, start)) && LABEL_AFTER.test(text.slice(ws[ws.length - 1].end, ws[ws.length - 1].end + 50));
}

/** "Dick Schoof (the Netherlands)" in a list of leaders: a name with its country in brackets is a person's. */
function countryInParentheses(after: string): boolean {
  const inside = /^\s*\(\s*((?:the\s+)?[\p{Lu}][\p{L}.\s-]{1,30}?)\s*\)/u.exec(after)?.[1];
  return inside !== undefined && lookupGazetteer(inside)?.type === 'COUNTRY';
}

export interface NerResult {
  mentions: RawMention[];
  /** Single capitalised words that may turn out to be a surname met elsewhere in the article. */
  candidates: RawMention[];
}

const OWNER_BEFORE = /(?:^|[\s(])((?:the\s+)?\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3})['’]s\s+$/u;
const POSSESSIVE_END = /['’]s\s+$/;
const AND_NAME_AFTER = /^\s+and\s+\p{Lu}[\p{L}]*\s+([a-z]+)/u;
const THE_BEFORE = /\b[Tt]he\s+(?:\p{Lu}[\p{L}-]*\s+)*$/u;
/** What opens a member's seat: "member for", "MP for" (the Westminster form). */
const SEAT_BEFORE = /\b(?:MP|member|Member)\s+for\s+(?:the\s+)?$/;
const AFTER_NAME_BRACKET = /\p{Lu}[\p{L}'’-]+\s*\(\s*$/u;
const WORD_BEFORE_BRACKET = /([\p{L}-]+)\s*\(\s*$/u;
// "Honourable Members", "Dear Colleagues", "Ladies and Gentlemen": a speech's address to its audience, not a person.
const ADDRESSED_GROUP = /^(?:members|colleagues|friends|gentlemen|ladies|delegates|deputies|senators|excellencies|citizens|compatriots|representatives)$/;
const ADDRESSED_OFFICE = /^(?:Speaker|President|Chairman|Chairwoman|Chair|Chancellor|Secretary|Minister|Ambassador|Mayor)$/;
const PLACE_BASED = /^\p{Lu}[\p{L}]*-based$/u;
// Module level, not a closure per run: tsx (esbuild's keepNames) names every closure as it is made, at a cost.
/** A first word that is no part of the name: a function word before an organisation's head, else any common word. */
const stripped = (t: Token, orgName: boolean) => (orgName ? isFunctionWord(t.text) : isCommonWord(t.text));

/** Find named entities in one sentence of `text` (offsets are absolute). */
export function recognise(text: string, sentence: Sentence): NerResult {
  const base = sentence.start;
  const tokens = tokenize(sentence.text, base);
  const mentions: RawMention[] = [];
  const candidates: RawMention[] = [];
  const mention = (run: Token[], m: Omit<RawMention, 'start' | 'end' | 'text'>) =>
    // Assigned, not spread: the finds of a sentence come in many shapes, and a spread of them is several times slower.
    mentions.push(Object.assign({ start: run[0].start, end: run[run.length - 1].end, text: spanText(text, run, 0) }, m));
  const follows = (run: Token[]) => text.slice(run[run.length - 1].end + (run[run.length - 1].possessive ? 2 : 0), sentence.end);
  const precedes = (run: Token[]) => text.slice(sentence.start, run[0].start);

  for (let run of chains(tokens)) {
    // Sentence-initial and headline words ("However", "Retired", "The") are not part of a name.
    // An organisation keeps its descriptive first words ("European Policy Centre"); only verbs and function words go.
    // A known multi-word name keeps its first word even when that word is common ("United Kingdom").
    // Also a body named before "of" its leader: "the Five Star Movement of Giuseppe Conte".
    const ofAt = run.findIndex((t) => t.text === 'of');
    const orgName = (ORG_HEADS.has(run[run.length - 1].text.toLowerCase()) || (ofAt > 1 && ORG_HEADS.has(run[ofAt - 1].text.toLowerCase())) || orgBeforeFor(run)) && run.length > 1;
    const bracketed = run.length >= 2 && run.every((t) => t.cap) && countryInParentheses(follows(run));
    // Where the run began before its leading common words went ("(North West Essex)": a seat in brackets after a name).
    const opened = text.slice(sentence.start, run[0].start);
    while (run.length && (!run[0].cap || (stripped(run[0], orgName) && !bracketed && !isInitials(run) && rolePrefix(run) === 0 && !gazetteerPrefix(run, text, 0)))) run = run.slice(1);
    if (run.length > 1 && /^the$/i.test(run[0].text) && gazetteerPrefix(run.slice(1), text, 0)) run = run.slice(1);
    // "the Kyiv-based Centre for Defence Reform": where a body sits is no part of its name.
    if (run.length > 2 && orgName && PLACE_BASED.test(run[0].text)) run = run.slice(1);
    if (!run.length) continue;
    const fullText = spanText(text, run, 0);
    if (isOutlet(fullText)) continue;
    // "the BBC's Paul Adams", "Politico Europe's Jan Cienski": a reporter of the outlet, not an actor.
    // Only text that ends in a possessive is searched for its owner (the pattern scans the sentence so far from its start).
    const lead = precedes(run);
    const owner = POSSESSIVE_END.test(lead) ? OWNER_BEFORE.exec(lead)?.[1] : undefined;
    if (owner && isOutlet(owner)) continue;
    // "Eastern Europe", "Central Asia": regions, not bodies.
    if (run.length === 2 && /^(?:Eastern|Western|Central|Northern|Southern|South-?Eastern|North-?Eastern)$/.test(run[0].text) && /^(?:Europe|Asia|Africa)$/.test(run[1].text)) continue;
    // Places are scenes, not actors: palaces, rivers, resorts, the Oval Office.
    if (run.length > 1 && (PLACE_HEADS.has(run[run.length - 1].text.toLowerCase()) || PLACE_OFFICES.test(fullText) || PLACE_CENTRES.test(fullText))) continue;
    // "the River Thames", "Lake Geneva"; "Operation Spiderweb", "Exercise Zapad": scenes and operations, not actors.
    if (run.length > 1 && !lookupGazetteer(fullText) && (PLACE_LEADS.has(run[0].text.toLowerCase()) || OPERATION_LEADS.has(run[0].text.toLowerCase()))) continue;
    const whole = lookupGazetteer(fullText);
    // "the Defence Ministry", "Federal Government", "National Security and Defence Council": a department of a
    // state the words do not name is no entity of its own (with the country named, it folds into the country below).
    if (!whole && words(run).every((t) => DEPARTMENT_WORDS.has(t.text.toLowerCase()))) continue;
    if (whole && whole.kind !== 'demonym') {
      const location = whole.kind === 'seat' && (LOCATIVE.test(precedes(run)) || inSubhead(text, run[0].start));
      mention(run, { type: whole.type, source: 'gazetteer', name: whole.name, location });
      continue;
    }
    const lastWord = words(run)[words(run).length - 1].text.toLowerCase();
    const prefix = gazetteerPrefix(run, text, 0);
    let rest = prefix ? run.slice(prefix.length) : run;
    if (prefix) {
      const after = rest.length ? rest[0].text.toLowerCase() : (/^\s*(\w+)/.exec(follows(run))?.[1] ?? '').toLowerCase();
      const coordinated = AND_NAME_AFTER.exec(follows(run))?.[1];
      const { hit } = prefix;
      // "the Russian Foreign Ministry", "the Polish Army": a department or service folds into its country.
      if (rest.length && DEPARTMENT_HEADS.has(lastWord) && rolePrefix(rest) === 0 && hit.type === 'COUNTRY') {
        mention(run, { type: 'COUNTRY', source: 'demonym', name: hit.name, entity: undefined });
        continue;
      }
      // "the U.S. Congress", "Ukraine's Parliament": a country's legislature is a body of its own, like "the French Parliament".
      const legislature = hit.type === 'COUNTRY' && rest.length === 1 && LEGISLATURES.has(lastWord);
      if ((hit.kind === 'demonym' || legislature) && rest.length && ORG_HEADS.has(lastWord) && !GOVERNMENT.has(lastWord) && rolePrefix(rest) === 0) {
        mention(run, { type: 'INSTITUTION', source: 'ner', name: fullText });
        continue;
      }
      // "an American proposal for a ceasefire": the nation whose proposal it is acts too.
      const acts = hit.kind !== 'demonym' || hit.plural || ACTOR_NOUNS.has(after) || GOVERNMENT.has(after) || PROPOSAL_OF.test(follows(run)) ||
        (coordinated !== undefined && ACTOR_NOUNS.has(coordinated)) || rolePrefix(rest) > 0 || (/\bthe\s+$/i.test(precedes(run)) && !rest.length && (!/^\s+[a-z]/.test(follows(run)) || isVerb(/^\s+([a-z]+)/.exec(follows(run))![1])));
      if (hit.kind === 'demonym' && !acts) {
        // "the American plan": the nation is named as the plan's author, and does nothing else in the sentence.
        if (rest.length === 0 && PLAN_BEFORE.test(precedes(run)) && PLAN_AFTER.test(follows(run))) mention(run, { type: hit.type, source: 'demonym', name: hit.name, location: true, nested: true, planAuthor: true });
        if (rest.length === 0) continue;
      } else {
        const location = hit.kind === 'seat' && LOCATIVE.test(precedes(run));
        mention(run.slice(0, prefix.length), { type: hit.type, source: hit.kind === 'demonym' ? 'demonym' : 'gazetteer', name: hit.name, location });
      }
    }
    if (!rest.length) continue;
    const role = rolePrefix(rest);
    let name = rest.slice(role);
    // "President von der Leyen": a name led by its particle after an office is the person's whole surname.
    const particleLed = role > 0 && name.length > 1 && NAME_PARTICLES.has(name[0].text) && name.some((t) => t.cap);
    const ofBody = name.length > 0 && !name[0].cap && !particleLed;
    while (!particleLed && name.length && !name[0].cap) name = name.slice(1);
    if (!name.length) continue;
    // "President of France", "Commanding General of U.S. Army Europe": what follows "of" is the body, not a name.
    if (ofBody) {
      // "Prime Minister of Great Britain Keir Starmer", "Minister of National Defence Jan Nowak" (translated style):
      // the body, then the person's name.
      const head = gazetteerPrefix(name, text, 0);
      const given = name.findIndex((t, k) => k > 0 && isFirstName(t.text));
      const department = name.findIndex((t) => !ROLE_MODIFIERS.has(t.text.toLowerCase()));
      const split = head && head.length < name.length ? head.length : department > 0 ? department : given;
      if (split > 0 && looksLikePersonName(name.slice(split), false)) {
        if (head && head.length === split) mention(name.slice(0, split), { type: head.hit.type, source: 'gazetteer', name: head.hit.name });
        mention(name.slice(split), { type: 'PERSON', source: 'ner', name: spanText(text, name.slice(split), 0) });
        continue;
      }
      // "Official representative of the Russian Foreign Ministry Maria Zakharova": the name starts after the department's
      // head word, and the department folds into the country named before it.
      let dept = -1;
      for (let k = 1; k < name.length - 2; k++) if (DEPARTMENT_HEADS.has(name[k].text.toLowerCase())) dept = k;
      if (dept > 0 && looksLikePersonName(name.slice(dept + 1), false)) {
        if (head && head.length <= dept) mention(name.slice(0, head.length), { type: head.hit.type, source: head.hit.kind === 'demonym' ? 'demonym' : 'gazetteer', name: head.hit.name });
        mention(name.slice(dept + 1), { type: 'PERSON', source: 'ner', name: spanText(text, name.slice(dept + 1), 0) });
        continue;
      }
      const body = lookupGazetteer(spanText(text, name, 0));
      // "Minister for Foreign Affairs of Ukraine", "Minister of Defence of the Republic of Lithuania": a portfolio, then
      // the state it belongs to, which alone is the mention.
      if (!body) {
        const of = name.findIndex((t, k) => k > 0 && t.text === 'of' && name.slice(0, k).every((w) => DEPARTMENT_WORDS.has(w.text.toLowerCase())));
        const state = of > 0 ? name.slice(of + 1).filter((t, k) => k > 0 || !/^the$/i.test(t.text)) : [];
        const hit = state.length ? lookupGazetteer(spanText(text, state, 0).replace(/^(?:Republic|Federation|Kingdom|State)\s+of\s+(?:the\s+)?/, '')) : undefined;
        if (hit && (hit.type === 'COUNTRY' || hit.type === 'INSTITUTION')) {
          mention(state, { type: hit.type, source: 'gazetteer', name: hit.name });
          continue;
        }
      }
      // "Minister of National Defence", "Minister of Foreign Affairs": a portfolio, not a body of its own (the country
      // named with the office is the one it speaks for).
      if (!body && words(name).every((t) => DEPARTMENT_WORDS.has(t.text.toLowerCase()))) continue;
      // "Chief of the Defence Staff": a department with no country named is no entity of its own.
      if (!body && DEPARTMENT_HEADS.has(words(name)[words(name).length - 1].text.toLowerCase())) continue;
      if (body) mention(name, { type: body.type, source: 'gazetteer', name: body.name });
      else if (words(name).length >= 2) mention(name, { type: 'INSTITUTION', source: 'ner', name: spanText(text, name, 0) });
      continue;
    }
    // "Mark Rutte of NATO", "Ursula Berg of the European Commission": a person, then the body they serve.
    // After a title one name will do: "President Macron of France", "Chancellor Merz of Germany" (not a monarch's title:
    // "King Charles of …" is named with it below).
    const of = name.findIndex((t, k) => (k >= 2 || (k === 1 && role > 0 && !MONARCH.test(rest[role - 1].text))) && t.text === 'of');
    // "Kateryna Roe of Bloomberg": a reporter and her outlet, neither an actor.
    if (of > 0 && isOutlet(spanText(text, name.slice(of + 1), 0))) continue;
    // Also after a title: "President Volodymyr Zelenskyy of Ukraine", as press releases write it.
    if (of > 0 && looksLikePersonName(name.slice(0, of), of === 1)) {
      const body = name.slice(of + 1).filter((t, k) => k > 0 || !/^the$/i.test(t.text));
      const hit = body.length ? lookupGazetteer(spanText(text, body, 0)) : undefined;
      const org = body.length >= 2 && (ORG_HEADS.has(body[body.length - 1].text.toLowerCase()) || orgBeforeFor(body));
      if (hit || (org && role === 0)) {
        mention(name.slice(0, of), { type: 'PERSON', source: 'ner', name: spanText(text, name.slice(0, of), 0) });
        mention(body, hit ? { type: hit.type, source: 'gazetteer', name: hit.name } : { type: 'INSTITUTION', source: 'ner', name: spanText(text, body, 0) });
        continue;
      }
    }
    // "the Five Star Movement of Giuseppe Conte": a body, then the person who leads it.
    // Also a one-word body in translated copy: "the League of Matteo Rossi" (la Lega di …).
    const led = of >= 2 ? of : name.length >= 3 && name[1].text === 'of' && /^the\s+$/i.test(text.slice(Math.max(0, name[0].start - 4), name[0].start)) ? 1 : -1;
    if (led >= 1 && role === 0 && ORG_HEADS.has(name[led - 1].text.toLowerCase()) && looksLikePersonName(name.slice(led + 1), false)) {
      mention(name.slice(0, led), { type: 'INSTITUTION', source: 'ner', name: spanText(text, name.slice(0, led), 0) });
      mention(name.slice(led + 1), { type: 'PERSON', source: 'ner', name: spanText(text, name.slice(led + 1), 0) });
      continue;
    }
    // "the Russian Foreign Ministry Maria Zakharova", "Kremlin Press Office Jan Roe": a department, then the person who
    // speaks for it; the department folds into the country named before it.
    let dept = -1;
    for (let k = 0; k < name.length - 2; k++) if (DEPARTMENT_HEADS.has(name[k].text.toLowerCase())) dept = k;
    if (dept >= 0 && role === 0 && name[dept + 1].cap && looksLikePersonName(name.slice(dept + 1), false)) {
      if (prefix && !mentions.some((m) => m.start === run[0].start)) mention(run.slice(0, prefix.length), { type: prefix.hit.type, source: prefix.hit.kind === 'demonym' ? 'demonym' : 'gazetteer', name: prefix.hit.name });
      mention(name.slice(dept + 1), { type: 'PERSON', source: 'ner', name: spanText(text, name.slice(dept + 1), 0) });
      continue;
    }
    // "Fiona Hale MP": the member's title after the name (parties.ts reads it) is no part of the name.
    if (words(name).length >= 3 && name[name.length - 1].text === 'MP') name = name.slice(0, -1);
    const nameText = spanText(text, name, 0);
    const nameLast = words(name)[words(name).length - 1].text.toLowerCase();
    if (isOutlet(nameText) || EVENT_HEADS.has(nameLast) || ADDRESSED_GROUP.test(nameLast)) continue;
    // "Chief of the Defence Staff" is an office: its department is no entity of its own.
    if (DEPARTMENT_HEADS.has(nameLast) && /\b(?:chief|head|minister|secretary)\s+of\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, name[0].start - 30), name[0].start))) continue;
    if ((ORG_HEADS.has(nameLast) || orgBeforeFor(name)) && words(name).length >= 2 && role === 0) {
      mention(prefix ? run : name, { type: 'INSTITUTION', source: 'ner', name: spanText(text, prefix ? run : name, 0) });
    } else if (ORG_HEADS.has(nameLast) && words(name).length === 1 && role > 0 && !prefix) {
      // "the Democratic Party", "the Labour Party": words that title a person ("Democratic Senator") name a body here.
      mention(rest, { type: 'INSTITUTION', source: 'ner', name: spanText(text, rest, 0) });
    } else if (ORG_HEADS.has(nameLast) && words(name).length === 1 && role > 0) {
      // "the UN General Assembly", "the Russian General Staff": an office word before a body's head is part of the
      // body's name (the body named before it, if any, is already a mention), never a person called "Assembly".
    } else if (role === 0 && SEAT_BEFORE.test(precedes(run))) {
      // "Labour member for Wessex Downs", "the MP for Islington North": a constituency, not a person.
    } else if (role === 0 && (AFTER_NAME_BRACKET.test(precedes(run)) || AFTER_NAME_BRACKET.test(opened)) && !ROLE_HEADS.has(WORD_BEFORE_BRACKET.exec(AFTER_NAME_BRACKET.test(opened) ? opened : precedes(run))?.[1].toLowerCase() ?? '')) {
      // "Al Carns (Birmingham Selly Oak)": words in brackets after a name are a seat, a party or a place, not a person.
      // After an office they are its holder: "The Prime Minister (Keir Starmer):", a record's speaker label.
    } else if (labelName(text, name)) {
      // "SOT — RADOSŁAW SIKORSKI:", "CAPTION: DAVID LAMMY | Foreign Secretary": a broadcast's clip or caption label names
      // its speaker in capitals; the person is the name it spells.
      mention(name, { type: 'PERSON', source: 'ner', name: words(name).map((t) => t.text[0] + t.text.slice(1).toLowerCase()).join(' ') });
    } else if ((role > 0 || isFirstName(words(name)[0].text) || !THE_BEFORE.test(precedes(run))) && looksLikePersonName(name, role > 0 || (words(name).length >= 2 && countryInParentheses(follows(run))))) {
      // Above: "at the Bayerischer Hof", "of the European Political Community": a name after "the", with neither an
      // office nor a given name in it, is a place's or a body's, not a person's.
      // The honorific layer: "Ms Meloni", "Sir Keir", "Lt. Gen. Keith Kellogg" name the person without the title.
      const titles = rest.slice(0, role).filter((t) => isHonorific(t) && !ROLE_HEADS.has(t.text.toLowerCase()));
      const honorific = titles.length ? titles[titles.length - 1].text : undefined;
      // A monarch is named by title and given name ("King Charles"): the title stays, or only a bare first name is left.
      const monarch = role > 0 && MONARCH.test(rest[role - 1].text) && words(name).length <= 2;
      if (monarch) {
        mention([rest[role - 1], ...name], { type: 'PERSON', source: 'ner', name: spanText(text, [rest[role - 1], ...name], 0) });
        continue;
      }
      // "Mr Speaker", "Madam Chairman": an honorific before an office alone addresses its holder, who is named nowhere.
      if (honorific && words(name).length === 1 && ADDRESSED_OFFICE.test(nameText)) continue;
      mention(name, { type: 'PERSON', source: 'ner', name: nameText, ...(honorific ? { honorific } : {}) });
    } else if (words(name).length === 1 && !isCommonWord(name[0].text)) {
      candidates.push({ start: name[0].start, end: name[0].end, text: name[0].text, type: 'PERSON', source: 'surname' });
    }
  }
  return { mentions, candidates };
}
