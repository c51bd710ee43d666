// The extraction pipeline: sentences → mentions (catalog names, NER, proposals) → resolution → relations with
// the sentence as evidence. Deterministic and offline; nothing in it knows any particular article.
import type { Article, Entity, StatedAt } from '../types';
import { mentionMatcher } from '../mentions';
import { splitSentences } from './sentences';
import { readingOf } from './reading';
import { maskFurniture } from './furniture';
import { recognise } from './ner';
import { conceptOf, findProposals, isDeployment, repeatedProposals, scopedTrucesBack } from './proposals';
import { findCommons, findCongress, findParties, findSenate, NAMES_UNITED_STATES } from './parties';
import { resolveMentions } from './resolve';
import { lookupGazetteer } from './gazetteer';
import { delegationRelations, postRelations, roleRelations, triggerRelations, type RelationContext } from './relations';
import { labelIssuer, noteOffices, releaseIssuer, resolveBareTitles, resolveTitles, type TitleState } from './titles';
import { attendance, findEvents, membership, type EventMention } from './events';
import { catalogIndex } from './catalog-index';
import { CONFIDENCE_THRESHOLD, combineConfidence } from './options';
import { actingGroup, CLAUSE_REPORTERS, openQuoteBefore, quotedStatements, signedStatements, speakerLabel } from './subjects';
import { echoedStances } from './echo';
import { agreeingCentre, learnGenders, pronounCentre } from './discourse';
import { officeholderBody, officeholderRelations } from './officeholders';
import { openForceSection, openSection, sectionRelations, soleParty, type Section } from './sections';
import { ownDayOf, statedAt } from '../time/stated-at';
import type { Extraction, ExtractedRelation, Mention, RawMention, ResolvedEntity, Sentence } from './types';
import type { SentenceRelation } from './relations';
import { fold as foldName } from './fold';
import { escapeRegExp } from '../match-all';

export interface ArticleExtraction {
  article: Article;
  sentences: Sentence[];
  mentions: Mention[];
  entities: ResolvedEntity[];
  /** Relations at or above the confidence threshold. */
  relations: ExtractedRelation[];
  /** Relations below it: kept for review, not added to the graph. */
  candidates: ExtractedRelation[];
}

const PRIORITY: Record<RawMention['source'], number> = { catalog: 0, proposal: 1, gazetteer: 2, demonym: 3, ner: 4, surname: 5, anaphor: 6 };
// "Officials from France said…", "delegations from Britain, France and Turkey attended": where people come from is who acts.
// Also a stance that comes from somewhere: "objections from Belgium", "pressure from Washington".
const ENVOYS_FROM = /\b(?:officials?|delegations?|ministers?|diplomats?|representatives?|envoys?|negotiators?|advisers?|advisors?|leaders?|objections?|opposition|resistance|pressure|pushback|criticism|vetoe?s?|support|backing|demands?|requests?)\s+from\s+(?:the\s+)?$/i;
// Also the sky over a country ("the drones over Poland", "jets flew over Romania"): where something flew, not an actor.
const LOCATIVE = /\b(?:in|at|from|near|inside|outside|across|via|around|(?:drones?|missiles?|jets?|aircraft|planes?|flew|flying|flown)\s+over)\s+(?:the\s+)?$/i;
// A capital joined to a place after a preposition is a place too: "officials in Berlin and Paris", "in London or Rome".
const LOCATIVE_PAIR = /\b(?:in|at|near|inside|outside|across|via|around)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?(?:\s*,\s*|\s+and\s+|\s+or\s+)(?:the\s+)?$/u;
// "After Paris, a split on troops", "the day after Paris": a capital after a word of time stands for the gathering there.
const GATHERING_CITY = /\b(?:after|before|since|until|ahead of)\s+$/i;
const isSeat = (m: RawMention) => lookupGazetteer(m.text)?.kind === 'seat';
// "in Jeddah, Saudi Arabia, on 11 March", a dateline "JEDDAH, Saudi Arabia (Reuters) —": a country after its city is
// the city's address, when nothing but punctuation follows it.
const CITY_BEFORE = /(?:\b(?:in|at|near)\s+|^[\s*_]*)\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?,\s+$/mu;
const ADDRESS_END = /^\s*(?:[,.;:)(—–]|$)/;
// "flew to Saudi Arabia on Monday", "postponed his trip to Saudi Arabia": where someone travels is a scene.
const TRAVEL_TO = /\b(?:trip|visit|flight|journey|flew|flies|fly|flying|travel(?:s|led|ed|ling|ing)?)\s+to\s+$/i;
const CLAUSE_END = /^\s*(?:[,.;:)]|$)/;

/** A country named only as where something is: a city's address or a destination; a capital paired with another place
 *  or standing for the gathering held there (a possessive capital still acts). */
function sceneOnly(m: RawMention, text: string, sentenceStart: number): boolean {
  const before = (chars: number, floor = sentenceStart) => text.slice(Math.max(floor, m.start - chars), m.start);
  const after = text.slice(m.end, m.end + 3);
  if (!isSeat(m)) return (CITY_BEFORE.test(before(40, 0)) && ADDRESS_END.test(after)) || TRAVEL_TO.test(before(20));
  return !/^['’]s\b/.test(after) && (LOCATIVE_PAIR.test(before(60)) || (GATHERING_CITY.test(before(12)) && CLAUSE_END.test(after)));
}

/** Overlapping finds: the longest wins, then the more trusted source. */
function mergeMentions(found: RawMention[]): RawMention[] {
  const sorted = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || PRIORITY[a.source] - PRIORITY[b.source]);
  const kept: RawMention[] = [];
  for (const m of sorted) {
    const over = kept.find((k) => k.start < m.end && m.start < k.end);
    if (!over) kept.push(m);
    // "join NATO", "a US backstop": a body named by name inside a proposal is named by the article (kept as a
    // scene-like mention, so it does not act), unless the proposal's name is all it is ("Coalition of the Willing").
    else if (over.type === 'PROPOSAL' && m.source === 'gazetteer' && (m.type === 'COUNTRY' || m.type === 'INSTITUTION') && m.start >= over.start && m.end <= over.end) {
      // A capital inside a proposal's name is where it sits ("a headquarters in Paris", "the Paris Declaration"): a scene.
      kept.push({ ...m, location: true, nested: !(m.type === 'COUNTRY' && isSeat(m)) });
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

const COMMONS = /\b(?:House of )?Commons\b/;
const LOWERCASE_AGGRESSOR = /(?<![\p{L}-])(?:russia|russian|russians|kremlin)(?![\p{L}-])/gu;

/** "he wrote that", "She said on Monday that": a pronoun subject reporting speech, before the sentence's first person. */
const PRONOUN_REPORTS = new RegExp(String.raw`\b(?:he|she)\s+(?:has\s+|had\s+)?(?:also\s+)?(?:said|says|wrote|writes|told\s+\w+|added|argued|insisted|warned|stressed|noted|repeated|claimed|${CLAUSE_REPORTERS})\b[^.;]*\bthat\b`, 'i');
// "compared the moment to Winston Churchill", "likened him to de Gaulle": a figure named for comparison is a bystander.
const COMPARED = /\b(?:compar|liken)\w*\b[^.;!?]{0,80}?\bto\s+$/i;
/** "before the funeral of Pope Francis", "the late John McCain": the dead are mourned, not actors of the story. */
const MOURNED = /\b(?:funeral|death|burial|memorial|mourning)\s+(?:service\s+|Mass\s+)?(?:of|for)\s+$|\bthe\s+late\s+$/i;

/** The catalog as the extractor reads it: a proposal's alias that says another of the extractor's concepts
 *  ("ceasefire" listed under a peace deal: a ceasefire stops the fighting, a deal ends the war) is not used. */
function readCatalog(catalog: readonly Entity[]): Entity[] {
  return catalog.map((e) => {
    const own = e.type === 'PROPOSAL' ? conceptOf(e.name, true) : undefined;
    if (!own) return e;
    const aliases = e.aliases.filter((a) => (conceptOf(a) ?? own) === own);
    return aliases.length === e.aliases.length ? e : { ...e, aliases };
  });
}

const PLACE_AFTER = /^\s+(?:territory|territories|soil|airspace|countr(?:y|ies)|member states?)\b/;
// "the day after the Paris meeting", "since the London summit": a place naming a gathering is where it met, not a party.
const GATHERING_AFTER = /^\s+(?:meeting|summit|talks|conference|gathering|format)\b/;
const THE_BEFORE = /\bthe\s+$/i;
const GATHERING_OF = /\b(?:meeting|summit|session|gathering)\s+of\s+(?:the\s+)?$/i;

const QUOTE_MARK = /["“]/;
const DAY_MS = 86_400_000;
const PARAGRAPH_BREAK = /\n\s*\n/;
// Also the object of a verb in an opening clause: "After hosting Zelensky at the White House, Trump said…" is about Trump.
const AFTER_PREPOSITION = /\b(?:with|to|by|for|from|of|against|between)\s+(?:\p{Lu}[\p{L}.’'-]*\s+)*$|^\W*(?:After|Before|While|Since|Having|When)\s+(?:hosting|meeting|calling|visiting|receiving|welcoming|phoning|greeting|met|hosted|called|visited|received|welcomed)\s+(?:\p{Lu}[\p{L}.’'-]*\s+)*$/u;
/** A MET_WITH between a person and a country (by the types their mentions in the sentence have). */
function personMeetsCountry(r: SentenceRelation, ms: Mention[]): boolean {
  const types = [r.source, r.target].map((key) => ms.find((m) => m.key === key)?.type);
  return types.includes('PERSON') && types.includes('COUNTRY');
}

/** A prepared extractor over one catalog (the matcher is built once, not per article). */
export function createExtractor(fullCatalog: readonly Entity[] = [], threshold = CONFIDENCE_THRESHOLD) {
  const catalog = readCatalog(fullCatalog);
  const known = catalog.filter((e) => e.type !== 'EVENT');
  const matcher = mentionMatcher(known);
  const types = new Map(known.map((e) => [e.id, e.type]));
  const index = catalogIndex(catalog.filter((e) => e.type === 'EVENT'));

  return function extractArticle(article: Article): ArticleExtraction {
    // Every stage reads the text with its soft breaks joined and its page furniture blanked out; offsets stay those of
    // the article, and quotes are cut from the article as it was written.
    const reading = readingOf(article);
    const text = maskFurniture(reading.text);
    const sentences = splitSentences(text);
    // Tabloid capitals ("AMERICA'S Vice President") read as the name they spell; same length, so offsets hold.
    const nerText = text.replace(/\b([A-Z])([A-Z]{2,})(?=['’]S\b)(['’])S\b/g, (_, a: string, b: string, q: string) => `${a}${b.toLowerCase()}${q}s`)
      // Ukrainian outlets write the aggressor in lower case ("russia", "russian troops"): read as the name it is.
      .replace(LOWERCASE_AGGRESSOR, (w) => w[0].toUpperCase() + w.slice(1));
    const catalogMentions = matcher.find(text);
    // Compared once: two long texts that differ only far in are compared up to there (per sentence, quadratic).
    const sameNerText = nerText === text;
    const raw: RawMention[] = [];
    const candidates: RawMention[] = [];
    let c = 0;
    // A member's title names the House of Commons only where the article names the house itself.
    const namesCommons = COMMONS.test(text);
    const namesUnitedStates = NAMES_UNITED_STATES.test(text);
    for (const sentence of sentences) {
      const found: RawMention[] = [];
      while (c < catalogMentions.length && catalogMentions[c].start < sentence.start) c++;
      for (let i = c; i < catalogMentions.length && catalogMentions[i].end <= sentence.end; i++) {
        const m = catalogMentions[i];
        found.push({ start: m.start, end: m.end, text: text.slice(m.start, m.end), type: types.get(m.entity) as RawMention['type'], source: 'catalog', entity: m.entity });
      }
      const ner = recognise(nerText, sameNerText ? sentence : { ...sentence, text: nerText.slice(sentence.start, sentence.end) });
      found.push(...ner.mentions, ...findProposals(sentence), ...findParties(sentence), ...findSenate(sentence), ...findCommons(sentence, namesCommons), ...findCongress(sentence, namesUnitedStates));
      candidates.push(...ner.candidates);
      for (const m of mergeMentions(found)) {
        if (m.type === 'COUNTRY' && LOCATIVE.test(text.slice(sentence.start, m.start)) && !ENVOYS_FROM.test(text.slice(Math.max(sentence.start, m.start - 40), m.start))) m.location = true;
        if (m.type === 'COUNTRY' && sceneOnly(m, text, sentence.start)) m.location = true;
        // "to neighbouring NATO territory", "a NATO country": a body named as the place's modifier does not act.
        if ((m.type === 'COUNTRY' || m.type === 'INSTITUTION') && PLACE_AFTER.test(text.slice(m.end, m.end + 20))) Object.assign(m, { location: true, nested: true });
        if (m.type === 'COUNTRY' && GATHERING_AFTER.test(text.slice(m.end, m.end + 14)) && THE_BEFORE.test(text.slice(Math.max(0, m.start - 5), m.start))) m.location = true;
        // "co-hosted the 30th meeting of the Ukraine Defence Contact Group": the body whose meeting it is is named, but
        // the hosts do not meet it.
        if (m.type === 'INSTITUTION' && GATHERING_OF.test(text.slice(Math.max(sentence.start, m.start - 30), m.start))) Object.assign(m, { location: true, nested: true });
        raw.push(m);
      }
    }
    // A proposal named once ('a "drone wall"') is the same proposal where its words recur ("the drone wall").
    const again = repeatedProposals(text, raw);
    if (again.length) raw.push(...again), raw.sort((a, b) => a.start - b.start);
    scopedTrucesBack(text, raw);
    planAntecedents(text, raw);
    // A bare "Security Council" is the UN's only where the article names the UN; else it is a state's own council
    // (the Kremlin's, Kyiv's National Security and Defence Council), which folds into its country.
    const namesUN = /\b(?:UN|U\.N\.|United Nations)\b/.test(text);
    if (!namesUN) for (let k = raw.length - 1; k >= 0; k--) if (raw[k].type === 'INSTITUTION' && /^(?:the\s+)?Security Council$/i.test(raw[k].text)) raw.splice(k, 1);
    const { mentions, entities } = resolveMentions(raw, candidates, catalog);

    // A meeting sought ("proposed a Zelensky–Putin meeting") is a proposal, not a gathering that took place.
    const sought = mentions.filter((m) => m.type === 'PROPOSAL' && /^(?:Meeting|Summit|Talks) between /.test(m.name ?? ''));
    const events = linkEvents(findEvents(text, sentences, article.publishedAt, ownDayOf(reading)), index).filter((ev) => !sought.some((m) => m.start < ev.end && ev.start < m.end));
    // Attending happened when the event did: the first date given for each event.
    const eventDates = new Map<string, string>();
    for (const ev of events) if (ev.date && !eventDates.has(ev.key)) eventDates.set(ev.key, ev.date);
    const relations = new Map<string, ExtractedRelation>();
    const titles: TitleState = { people: [], represents: new Map(), offices: new Map(), issuer: releaseIssuer(reading.text, text, mentions) ?? labelIssuer(text, mentions) };
    const namesOf = (key: string) => { const e = entities.get(key); return e ? [e.name, ...e.aliases] : []; };
    // Whether a person speaks for a state: the office the text gave them or the one a reader knows they hold (Merz,
    // "then leader of the opposition CDU", speaks for Germany as well).
    const speaksFor = (person: Mention, body: Mention) => {
      // A post at an institute (a think tank, a party) says nothing of which state a person speaks for.
      const tied = entities.get(titles.represents.get(person.key) ?? '')?.type === 'COUNTRY' ? titles.represents.get(person.key) : undefined;
      const known = officeholderBody(namesOf(person.key));
      if (tied === body.key || (known !== undefined && namesOf(body.key).some((n) => foldName(n) === foldName(known)))) return true;
      return tied === undefined && known === undefined ? undefined : false;
    };
    const representedBy = (person: Mention) => {
      const body = titles.represents.get(person.key);
      return body === undefined ? undefined : mentions.find((m) => m.key === body && m.type === 'COUNTRY');
    };
    // Every field there from the start: one shape for the whole article, so the many places reading it stay fast.
    const ctx: RelationContext = { mentions, speaksFor, representedBy, agreeing: undefined, lastPerson: undefined, lastGroup: undefined, lastPair: undefined, topic: undefined, document: undefined, stance: undefined };
    // Countries a bare title points at ("the German chancellor said…").
    const titled = new Set<string>();
    // Entities some other reading ties to a relation.
    const held = new Set<string>();
    let i = 0;
    let e = 0;
    let section: Section | undefined;
    let forceSection: ReturnType<typeof openForceSection>;
    let party: Mention | undefined;
    // States and bodies the article names (not only as an adjective or a scene), for the offices of known people.
    const namedBodies = new Map<string, string>();
    for (const m of mentions) if ((m.type === 'COUNTRY' || m.type === 'INSTITUTION') && m.source !== 'demonym' && !m.location) for (const n of [entities.get(m.key)?.name ?? m.text, ...(entities.get(m.key)?.aliases ?? [])]) namedBodies.set(foldName(n), m.key);
    // Offices of known people count only where no reading of the text ties the person to another body.
    const fromOffice = new WeakSet<SentenceRelation>();
    const officeOnly = new Set<string>();
    const tiedTo = new Map<string, Set<string>>();
    const dated = new Map<string, StatedAt | undefined>();
    let previousStances: SentenceRelation[] = [];
    // What the text shows of each person's gender (honorifics, their own pronouns), and the people in reading order.
    const genders = new Map<string, 'm' | 'f'>();
    const recent: Mention[] = [];
    ctx.agreeing = (later) => agreeingCentre(later, ctx.lastPerson, genders, recent);
    // Statements whose signers the text lists: "they" and "it" in them are the signers.
    const signed = signedStatements(text, sentences, mentions);
    // Statements set out in full as block quotes: their "we" is those who issued them.
    const documents = quotedStatements(text, mentions, signed);
    const documentDates = new Map<(typeof documents)[number], StatedAt | undefined>();
    for (const sentence of sentences) {
      const ms: Mention[] = [];
      while (i < mentions.length && mentions[i].start < sentence.end) ms.push(mentions[i++]);
      const signers = signed.find((x) => sentence.start >= x.from && sentence.start < x.to);
      if (signers) ctx.lastGroup = signers.members;
      const document = documents.find((x) => sentence.start >= x.from && sentence.start < x.to);
      ctx.document = document?.members;
      // A statement is issued once: its stances all take the day its text opens on.
      if (document && !documentDates.has(document)) documentDates.set(document, statedAt(reading, sentence.start, sentence.end, []));
      section = openSection(text, sentence, ms) ?? (section && sentence.start < section.end ? section : undefined);
      resolveBareTitles(text, sentence, ms, titles);
      const byTitle = resolveTitles(text, sentence.start, ms, titles);
      for (const r of byTitle) titled.add(r.target);
      // "Meloni … He said": the pronoun's person is the last one of its gender the text has shown, for this sentence.
      const centre = ctx.lastPerson;
      ctx.lastPerson = agreeingCentre(sentence.text, centre, genders, recent) ?? centre;
      const pronounFor = ctx.lastPerson;
      const found = [...byTitle, ...roleRelations(text, ms), ...delegationRelations(text, ms), ...postRelations(text, sentence, ms, pronounFor, mentions)];
      // The offices this sentence gives tell whom its speakers speak for.
      for (const r of found) if (r.type === 'REPRESENTS' && !titles.represents.has(r.source)) titles.represents.set(r.source, r.target);
      const represented = (key: string) => titles.represents.has(key);
      found.push(...sectionRelations(text, sentence, ms, section, represented, party), ...triggerRelations(text, sentence, ms, ctx));
      for (const r of officeholderRelations(text, sentence, ms, (key) => entities.get(key), namedBodies)) {
        fromOffice.add(r);
        found.push(r);
      }
      // "X repeated the position": the stances of the sentence before, now X's too.
      found.push(...echoedStances(text, sentence, ms, ctx, previousStances));
      previousStances = found.filter((r) => r.type === 'SUPPORTS' || r.type === 'OPPOSES');
      party = soleParty(text, sentence, ms);
      forceSection = openForceSection(text, sentence, ms) ?? (forceSection && sentence.start < forceSection.end ? forceSection : undefined);
      if (forceSection) for (const r of found) if ((r.type === 'SUPPORTS' || r.type === 'OPPOSES') && ms.some((m) => isDeployment(m) && m.key === r.target)) r.target = forceSection.force.key;
      while (e < events.length && events[e].end < sentence.start - 3000) e++;
      let f = e;
      while (f < events.length && events[f].start < sentence.end) f++;
      // The next event named after the sentence too: "Meloni, present in Paris, …" may come before "the Paris summit".
      const near = events.slice(e, f < events.length && events[f].start - sentence.end < 3000 ? f + 1 : f);
      const attended = attendance(text, sentence, ms, near, found, ctx, events);
      found.push(...attended, ...membership(text, ms, near.filter((x) => x.start >= sentence.start && x.end <= sentence.end), attended));
      // A person meets people or bodies: a country on the other side is a delegation or a host nation ("held talks with
      // a Russian delegation", "met Ukraine's minister"), and the people it stands for are named where the text says who.
      for (let k = found.length - 1; k >= 0; k--) if (found[k].type === 'MET_WITH' && personMeetsCountry(found[k], ms)) found.splice(k, 1);
      // Those at a gathering of listed members ("met European leaders, among them A, B and C") or of several told by its
      // verb ("A and B met in Kyiv, when they travelled with C") attended it; they did not each meet each other.
      const gathered = new Set(attended.filter((r) => near.some((ev) => ev.key === r.target && (ev.members !== undefined || ev.together))).map((r) => r.source));
      if (gathered.size) for (let k = found.length - 1; k >= 0; k--) if (found[k].type === 'MET_WITH' && gathered.has(found[k].source) && gathered.has(found[k].target)) found.splice(k, 1);
      for (const r of found) if (!byTitle.includes(r)) held.add(r.source).add(r.target);
      for (const r of found) {
        if (r.type === 'REPRESENTS' && !titles.represents.has(r.source)) titles.represents.set(r.source, r.target);
        if (r.type === 'REPRESENTS' && r.role && !byTitle.includes(r) && !titles.offices.has(r.source)) titles.offices.set(r.source, r.role);
        const [source, target] = r.type === 'MET_WITH' ? [r.source, r.target].sort() : [r.source, r.target];
        const key = `${r.type}:${source}:${target}`;
        if (r.type === 'REPRESENTS' && fromOffice.has(r)) {
          if (!relations.has(key)) officeOnly.add(key);
        } else if (r.type === 'REPRESENTS') {
          officeOnly.delete(key);
          tiedTo.set(r.source, (tiedTo.get(r.source) ?? new Set()).add(r.target));
        }
        const eventDate = r.type === 'ATTENDED' ? eventDates.get(r.target) : undefined;
        const speaker = ms.filter((m) => m.key === r.source).map((m) => m.text);
        const about = ms.filter((m) => m.key === r.target).map((m) => m.text);
        // The event attended, as the sentence names it (events are not among its entity mentions).
        const attending = r.type === 'ATTENDED' ? near.filter((ev) => ev.key === r.target && ev.start >= sentence.start && ev.end <= sentence.end).map((ev) => ev.text) : [];
        // A sentence's relations mostly share their speaker and what they are about: dated once for each.
        const asked = `${sentence.start}\u0000${speaker.join('\u0001')}\u0000${about.join('\u0001')}\u0000${eventDate ?? ''}\u0000${attending.join('\u0001')}`;
        const issued = document && r.type !== 'ATTENDED' && document.members.some((m) => m.key === r.source) ? documentDates.get(document) : undefined;
        const stated = issued ?? (dated.has(asked) ? dated.get(asked) : dated.set(asked, statedAt(reading, sentence.start, sentence.end, speaker, { events, target: about, ...(eventDate && { eventDate }), ...(attending.length && { attended: attending }) })).get(asked));
        // Presence told in a sentence that does not name the gathering, on a day days away from the gathering's own (a
        // show's next entry, "Friday 24 October: …"), is at another gathering, one the text has not named.
        // Not when the paragraph itself named the gathering before: it goes on about it ("… filed into the White House on 18
        // August. Most had spent the weekend on the phone … three days earlier. The smallest country at the table …").
        const sameParagraph = () => near.some((ev) => ev.key === r.target && ev.end <= sentence.start && !PARAGRAPH_BREAK.test(text.slice(ev.end, sentence.start)));
        if (r.type === 'ATTENDED' && !attending.length && eventDate?.length === 10 && stated?.source === 'TEXT' && stated.precision === 'DAY' && Math.abs(Date.parse(stated.date) - Date.parse(eventDate)) > DAY_MS && !sameParagraph()) continue;
        const evidence = { article: article.id, quote: article.text.slice(sentence.start, sentence.end), start: sentence.start, end: sentence.end, ...(stated && { statedAt: stated }) };
        const existing = relations.get(key);
        if (existing) {
          if (!existing.evidence.some((e) => e.start === evidence.start)) {
            existing.evidence.push(evidence);
            existing.confidence = combineConfidence(existing.confidence, r.confidence);
          } else existing.confidence = Math.max(existing.confidence, r.confidence);
          for (const field of ['role', 'qualifier', 'context'] as const) if (r[field] && !existing[field]) existing[field] = r[field];
        } else {
          relations.set(key, { type: r.type, source, target, ...(r.role ? { role: r.role } : {}), ...(r.qualifier ? { qualifier: r.qualifier } : {}), ...(r.context ? { context: r.context } : {}), confidence: r.confidence, evidence: [evidence] });
        }
      }
      noteOffices(text, ms, titles);
      // A person named inside a quotation is not the one a later bare title ("…," the Prime Minister said) refers to
      // (still one whose office the quotation gives, for a later "the Kremlin spokesman").
      const quoted = (m: Mention) => QUOTE_MARK.test(text.slice(Math.max(m.start - 1500, text.lastIndexOf('\n', m.start) + 1), m.start)) && openQuoteBefore(text, m.start);
      const unquoted = ms.filter((m) => m.type === 'PERSON' && !m.appositive && !quoted(m));
      titles.people.push(...ms.filter((m) => m.type === 'PERSON' && !m.appositive && m.source !== 'anaphor'));
      titles.subject = unquoted[0] ?? titles.subject;
      titles.speaker = unquoted[unquoted.length - 1] ?? titles.speaker;
      // The person the sentence is about: not one named after a preposition ("after his summit with Putin, Trump told…").
      // Nor a transcript's or an interview's speaker label ("REYES: Yes."): "he" in their turn is someone else.
      const people = ms.filter((m) => m.type === 'PERSON' && !m.appositive && !speakerLabel(text, m));
      // Nor one named inside a quotation ('… broke ranks: "Today President Trump stood bravely for peace."'): the
      // speaker stays the person the paragraph is about.
      const person = people.find((m) => !AFTER_PREPOSITION.test(text.slice(Math.max(sentence.start, m.start - 40), m.start)) && !quoted(m)) ?? people.find((m) => !quoted(m));
      // "Yesterday he wrote that … perhaps Mr Putin …": a sentence whose subject is "he" or "she" reporting speech goes on
      // about the person the pronoun stands for; a person named inside what was reported does not take over.
      const reportedByPronoun = person && PRONOUN_REPORTS.test(text.slice(sentence.start, person.start));
      ctx.lastPerson = centre;
      learnGenders(text, sentence, people, genders);
      for (const p of people) recent.push(p);
      if (person && !reportedByPronoun && !pronounCentre(text.slice(sentence.start, person.start))) ctx.lastPerson = person;
      const group = actingGroup(text, sentence, ms, found, pronounFor);
      if (group) ctx.lastGroup = group;
      if (group?.length === 2 && group.every((m) => m.type === 'PERSON')) ctx.lastPair = group;
      const topic = [...ms].reverse().find((m) => m.type === 'PROPOSAL');
      if (topic) ctx.topic = topic;
    }
    for (const key of officeOnly) if (tiedTo.has(key.split(':')[1])) relations.delete(key);
    // Places only used as scenes ("talks in Saudi Arabia"), people only named in a comparison ("saw themselves as
    // Churchill") and proposals only described by common nouns ("the logistics hub") are bystanders: not entities
    // unless a relation involves them.
    const incidental = (m: Mention) => (m.location && !m.nested) || Boolean(m.described) || (m.type === 'PERSON' && (/\b(?:as|like)\s+$/i.test(text.slice(Math.max(0, m.start - 6), m.start)) || COMPARED.test(text.slice(Math.max(0, m.start - 100), m.start)) || MOURNED.test(text.slice(Math.max(0, m.start - 30), m.start))));
    // A figure only ever named for comparison ("compared the moment to Churchill") takes part in nothing.
    const compared = new Set(mentions.filter((m) => m.type === 'PERSON' && COMPARED.test(text.slice(Math.max(0, m.start - 100), m.start))).map((m) => m.key));
    for (const m of mentions) if (compared.has(m.key) && !COMPARED.test(text.slice(Math.max(0, m.start - 100), m.start))) compared.delete(m.key);
    // A country met only as the adjective of a bare title ("The new German chancellor said…", "the French president")
    // is not named by the article: neither it nor the title's REPRESENTS is extracted. One that acts ("French officials
    // said…", "the Russian Foreign Ministry warned…") or is written before a name ("German Defence Minister Boris
    // Pistorius") stays.
    const named = new Set(mentions.filter((m) => m.source !== 'demonym').map((m) => m.key));
    // Unless the adjective names the country elsewhere too ("British troops" beside "the British prime minister").
    // Each adjective's occurrences counted once (not once for each of its mentions: quadratic in a long text).
    const occurrences = new Map<string, number>();
    const timesWritten = (word: string) => occurrences.get(word) ?? occurrences.set(word, text.match(new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, 'gu'))?.length ?? 0).get(word)!;
    const adjectiveAgain = (key: string) => mentions.some((m) => m.key === key && m.source === 'demonym' && timesWritten(m.text) >= 2);
    const titleOnly = new Set([...titled].filter((key) => !named.has(key) && !held.has(key) && !adjectiveAgain(key)));
    const all = [...relations.values()].filter((r) => !compared.has(r.source) && !compared.has(r.target) && !titleOnly.has(r.target));
    const used = new Set([...mentions.filter((m) => !incidental(m) && !titleOnly.has(m.key)).map((m) => m.key), ...all.flatMap((r) => [r.source, r.target])]);
    return {
      article,
      sentences,
      mentions,
      entities: [...[...entities.values()].filter((e) => used.has(e.id)), ...eventEntities(events, index)],
      relations: all.filter((r) => r.confidence >= threshold),
      candidates: all.filter((r) => r.confidence < threshold),
    };
  };
}

const PLAN_WORD = /\b(?:plan|draft|proposal|blueprint|framework|initiative|memorandum)\b/i;
const NATION_THEN_PLAN = /^(?:[’']s)?\s+(?:[\p{Ll}-]+\s+){0,3}$/u;
const GENERIC_HEAD = /^(?:plan|proposal|framework|initiative)$/i;
/** "the American plan", "the US draft": a plan named by its author's nation refers back to the plan-like proposal the
 *  article named last (within a few paragraphs), and the nation, named only as its author, does not act in the
 *  sentence. With no such plan before it, a plan named by an adjective stays a proposal of its own ("the Turkish
 *  plan"), with no author read into it, and one named by a possessive or a bare noun ("America's proposal", "the US
 *  text") is no mention. */
function planAntecedents(text: string, raw: RawMention[]): void {
  for (let k = 0; k < raw.length; k++) {
    const m = raw[k];
    if (!m.backTo) continue;
    let plan: RawMention | undefined;
    for (let j = k - 1; j >= 0 && raw[j].start >= m.start - 4000; j--) {
      const x = raw[j];
      if (x.type === 'PROPOSAL' && !x.backTo && !x.described && (x.source === 'proposal' || x.source === 'catalog') && PLAN_WORD.test(x.name ?? x.text) && !/counter/i.test(x.name ?? x.text)) { plan = x; break; }
    }
    const nation = [...raw.slice(Math.max(0, k - 3), k)].reverse().find((x) => (x.type === 'COUNTRY' || x.type === 'INSTITUTION') && NATION_THEN_PLAN.test(text.slice(x.end, m.start)));
    if (plan) {
      m.planAt = plan.start;
      if (nation) Object.assign(nation, { location: true, nested: true });
      continue;
    }
    m.backTo = false;
    const adjective = nation?.planAuthor && GENERIC_HEAD.test(m.text.split(/\s+/).pop() ?? '');
    if (adjective && nation) {
      // As the rule for "a/the <modifiers> plan" names it: "Turkish plan", the adjective a word of its name.
      Object.assign(m, { start: nation.start, text: text.slice(nation.start, m.end) });
      raw.splice(raw.indexOf(nation), 1);
      k--;
    } else {
      if (nation?.planAuthor) raw.splice(raw.indexOf(nation), 1), k--;
      raw.splice(raw.indexOf(m), 1);
      k--;
    }
  }
}

/** Events the catalog knows keep its id. */
function linkEvents(events: EventMention[], index: ReturnType<typeof catalogIndex>): EventMention[] {
  const ids = new Map<string, string>();
  for (const e of events) {
    const known = index.byName(e.text.replace(/^(?:the|a|an)\s+/i, ''), 'EVENT') ?? index.byName(e.name, 'EVENT');
    if (known && !e.anaphor) ids.set(e.key, known.id);
  }
  return events.map((e) => (ids.has(e.key) ? { ...e, key: ids.get(e.key)! } : e));
}

/** One EVENT entity per event key: its first name, the other surface forms as aliases, and its date. */
function eventEntities(events: EventMention[], index: ReturnType<typeof catalogIndex>): ResolvedEntity[] {
  const byKey = new Map<string, ResolvedEntity>();
  for (const e of events) {
    if (e.anaphor) continue;
    const have = byKey.get(e.key);
    // "a video call" dated to the day is named by its day: its bare kind would stand for any other call.
    // Nor is a place or a verb that tells it ("White House", "arrived") its name.
    const surface = e.unnamed || e.bare ? e.name : e.text.replace(/^(?:the|a|an)\s+/i, '');
    if (!have) {
      const known = index.byName(e.name, 'EVENT') ?? index.byName(surface, 'EVENT');
      const aliases = [...new Set([surface, ...(e.alias ? [e.alias] : [])])].filter((a) => a !== e.name);
      byKey.set(e.key, { id: e.key, type: 'EVENT', name: known?.name ?? e.name, aliases, known: Boolean(known), ...(e.date ? { date: e.date } : {}) });
    } else {
      for (const a of [surface, ...(e.alias ? [e.alias] : [])]) if (a !== have.name && !have.aliases.includes(a)) have.aliases.push(a);
      if (!have.date && e.date) have.date = e.date;
    }
  }
  return [...byKey.values()];
}

/** Extract from several articles and merge: one entity per id (aliases united), one relation per type and ends;
 *  evidence from several articles raises a relation's confidence, and the threshold is applied to the merged one. */
export function extractArticles(articles: readonly Article[], catalog: readonly Entity[] = [], threshold = CONFIDENCE_THRESHOLD): Extraction & { perArticle: ArticleExtraction[] } {
  const extract = createExtractor(catalog, threshold);
  const perArticle = articles.map((a) => extract(a));
  const entities = new Map<string, ResolvedEntity>();
  const relations = new Map<string, ExtractedRelation>();
  for (const result of perArticle) {
    for (const e of result.entities) {
      const have = entities.get(e.id);
      if (!have) entities.set(e.id, { ...e, aliases: [...e.aliases] });
      else for (const a of e.aliases) if (!have.aliases.includes(a)) have.aliases.push(a);
    }
    for (const r of [...result.relations, ...result.candidates]) {
      const key = `${r.type}:${r.source}:${r.target}`;
      const have = relations.get(key);
      if (!have) relations.set(key, { ...r, evidence: [...r.evidence] });
      else {
        have.evidence.push(...r.evidence);
        have.confidence = combineConfidence(have.confidence, r.confidence);
      }
    }
  }
  const all = [...relations.values()];
  return {
    entities: [...entities.values()].sort((a, b) => a.id.localeCompare(b.id)),
    relations: all.filter((r) => r.confidence >= threshold),
    candidates: all.filter((r) => r.confidence < threshold),
    articles: articles.map((a) => ({ id: a.id, title: a.title })),
    perArticle,
  };
}
