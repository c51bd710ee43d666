// When a statement was made: a date read from the quote, its sentence or its paragraph, resolved against the day
// the article gives itself (a byline or dateline, else its publication date; past preferred unless the verb is future),
// else the time-stamped live-blog entry, the dated event it is about, the scene set in earlier paragraphs, or the
// publication date itself. Pure and deterministic.
import * as chrono from 'chrono-node';
import type { DatePrecision, StatedAt } from '../types';
import { escapeRegExp, matchesOf } from '../match-all';
import { remembered } from '../remember';

interface Day {
  year: number;
  month?: number;
  day?: number;
  /** The publication day, when it falls after the day the text gives itself: weekdays count back from it. */
  latest?: Day;
}

/** A date found in the paragraph, at paragraph offsets [start, end). */
interface Found {
  start: number;
  end: number;
  at: StatedAt;
  /** A day named relative to the publication ("on Wednesday", "yesterday"): news sets a scene with these. */
  scene?: boolean;
  /** After the article's own day ("will meet on Thursday", "tomorrow"): when something will happen, not when it was said. */
  future?: boolean;
  /** "today" inside quotation marks or reported speech: the speaker's day, which the words around it tell better. */
  quotedDeictic?: boolean;
  /** "since 2022", "since Monday": where a period began, not when anything in it was said. */
  since?: boolean;
  /** "until Thursday", "by Friday": a deadline set, not when anything was said. */
  deadline?: boolean;
  /** "aid for this year": the period a thing is for, not when anything was said. */
  period?: boolean;
  /** "said the plans agreed in Paris on 6 January …": the day of a thing the statement names, not of the statement. */
  attributive?: boolean;
  /** "Commenting on the remarks made by Putin earlier this week, the minister said …": attributive, but Putin's own day;
   *  where the words answered are named ("the remarks made by Putin in Beijing"). */
  answered?: number;
  /** "X said on Friday that Y had told her …": attributive only for what the pluperfect reports, not for X's saying it. */
  reportsEarlier?: boolean;
  /** In an aside about someone ("Carney, sworn in on March 14, met …"): background to the main clause. */
  aside?: boolean;
  /** An aside about a person ("Merz, who took office last week, …"), not about an event ("the call, which took place on Tuesday, …"). */
  personAside?: boolean;
  /** "two days later", "the day before": counted from another date stated before it. */
  chained?: boolean;
  /** "five years ago", "a year ago this month": a look back from the story, which sets no scene for what follows. */
  lookBack?: boolean;
  /** "a day after Peskov told …": the day of what follows the chain, counted the other way from the same anchor. */
  complement?: StatedAt;
  /** "on the 24th" without its month: the month of the date stated before it, when there is one. */
  ordinal?: boolean;
  /** "Saturday's call": the day of a thing named, which after a scene's day is that thing recalled, not a new scene. */
  possessive?: boolean;
  /** In a sentence told in the pluperfect ("He had already said as much on Sunday"): a look back from the scene, which sets none. */
  pluperfect?: boolean;
  /** "on the Monday": a weekday of the days the story has set, not of the article's own week. */
  definite?: boolean;
}

/** Whether a date found can date a statement: not ahead, not a quoted "today", not the start of a period. */
const stating = (f: Found) => !f.future && !f.quotedDeictic && !f.since && !f.deadline && !f.period && !f.attributive;

/** What else the article knows about when things happened. */
export interface DateContext {
  /** Event mentions (article offsets) with the day each happened: "After the talks, X said …" was said then. */
  events?: ReadonlyArray<{ start: number; end: number; date?: string; key?: string }>;
  /** The day of the event an ATTENDED relation points to: attending happened when the event did. */
  eventDate?: string;
  /** The names of what the statement is about (a relation's target): picks the speaker's clause that names it. */
  target?: readonly string[];
  /** How the sentence names the event an ATTENDED relation points to, when it does (events are no entity mentions). */
  attended?: readonly string[];
}

/**
 * The date of the statement quoted at text[start, end); undefined when neither the text nor the publication date
 * tells. `speaker` (the names of who made it) picks among several dates in one quote: "A said on Jan. 18 …, while
 * B confirmed on Jan. 16 …" is Jan. 16 for B: the date nearest the speaker's name.
 */
export function statedAt(article: { text: string; publishedAt?: string }, start: number, end: number, speaker: readonly string[] = [], context: DateContext = {}): StatedAt | undefined {
  const published = anchorOf(article);
  const [from, to] = paragraphAround(article.text, start);
  const paragraph = article.text.slice(from, to);
  // Future dates and a quoted "today" never date a statement; an aside's date only when the sentence has no other.
  const all = datesOf(article, from, to, published);
  const [quoteStart, quoteEnd] = [start - from, Math.min(end, to) - from];
  const [sentenceStart, sentenceEnd] = sentenceAround(paragraph, quoteStart, quoteEnd);
  // In the quote first, then elsewhere in its sentence (nearest), then the dated scene: the last date before it.
  // A speaker named by a pronoun opening the sentence ("He appealed that …") speaks from the sentence's start.
  // A speaker named in two clauses ("Lavrov, Russia's foreign minister, told …, and the Kremlin said … that Moscow
  // rejects the force") speaks in the one that names what the statement is about.
  const named = speakerAt(paragraph, quoteStart, quoteEnd, speaker);
  const said = (named !== undefined && context.target?.length ? speakerInTargetClause(paragraph, sentenceStart, sentenceEnd, speaker, context.target) : undefined) ?? named ?? (/^["“]?(?:He|She|They|We)\b/.test(paragraph.slice(sentenceStart)) ? sentenceStart : undefined);
  // "Anna Berg said on Friday that Piet Maas had told her …": Friday is when Berg said it, though not when Maas told her.
  const saidThen = (f: Found) => named !== undefined && f.start > named && SAID_THEN.test(paragraph.slice(named, f.start));
  // "Commenting on the remarks made by Putin earlier this week, …": the day of Putin's words, when it is Putin's statement.
  const answeredBy = (f: Found) => f.answered !== undefined && stating({ ...f, attributive: false }) && speakerAt(paragraph, f.answered, f.start, speaker) !== undefined;
  const found = all.filter((f) => stating(f) || (f.reportsEarlier && stating({ ...f, attributive: false }) && saidThen(f)) || answeredBy(f));
  // "… talks on the 28-point plan that Washington put to Kyiv last week": what the statement is about, followed by a
  // relative clause whose subject is the speaker, is told with the speaker's own day in that clause.
  const relative = context.target?.length && speaker.length ? speakersRelativeClause(paragraph, sentenceStart, sentenceEnd, speaker, context.target, found) : undefined;
  if (relative) return relative.at;
  // "He urged Russia to accept the truce, which Ukraine accepted on 11 March": that date is Ukraine's, not his.
  const theirs = (f: Found) => said !== undefined && inOthersClause(paragraph, sentenceStart, f, said);
  const inSpan = found.filter((f) => f.start >= quoteStart && f.end <= quoteEnd && !theirs(f));
  // An aside about a person ("Carney, sworn in the day before, also dials in"; "X, who had called it a bluff the night
  // before, asks …") tells their background, never when the main clause's statement was made: the scene does. (Not
  // one telling when they spoke: "Starmer, who spoke on Monday, backed the plan".)
  const background = (f: Found) => Boolean(f.personAside) && BACKGROUND_ASIDE.test(paragraph.slice(Math.max(0, f.start - 200), f.start));
  const inQuote = mainClause(inSpan.filter((f) => !background(f)));
  // "Lavrov told reporters in January, and Peskov said a fortnight ago …": Peskov's date is in his own clause.
  // "He spoke in New York on September 24, and on Thursday he asked for troops": the clause naming what he asked for.
  const aim = said === undefined || !context.target?.length ? undefined : continuedClause(paragraph, sentenceStart, sentenceEnd, said, context.target);
  const own = said === undefined ? inQuote : ownClause(paragraph, sentenceStart, sentenceEnd, aim ?? said, inQuote);
  // "Macron, who spoke with Zelensky earlier in the day, said on Monday …": what is about Zelensky is the aside's, on its day.
  const targetAt = context.target?.length && inSpan.some((f) => f.aside) ? speakerAt(paragraph, sentenceStart, sentenceEnd, context.target) : undefined;
  const aboutTarget = targetAt === undefined ? undefined : inSpan.find((f) => f.aside && targetAt < f.start && (ASIDE.exec(paragraph.slice(sentenceStart, f.start))?.index ?? Infinity) + sentenceStart < targetAt);
  // "… called the restrictions, announced by the U.S. Treasury a day earlier, an unfriendly act": the speaker named as
  // the agent of a participle aside did what the aside tells, on its day.
  const bySpeaker = speaker.length ? inSpan.find((f) => {
    const opener = f.aside ? ASIDE.exec(paragraph.slice(sentenceStart, f.start)) : null;
    const agent = opener ? BY_AGENT.exec(opener[0]) : null;
    return agent !== null && speakerAt(paragraph, sentenceStart + opener!.index + agent[0].length, sentenceStart + opener!.index + agent[0].length + 60, speaker) === sentenceStart + opener!.index + agent[0].length;
  }) : undefined;
  // "After the summit on Friday, 15 August, Trump wrote the next morning …": a date right after the speaker's verb of
  // saying is when they said it, ahead of a fronted one nearer the name; not for attending or meeting what the fronted
  // words name ("After his summit with Putin …": the summit's day).
  const verbDate = said === undefined || context.eventDate ? undefined : own.find((f) => f.start > said && SAID_THEN.test(paragraph.slice(said, f.start)));
  const afterVerb = verbDate && !(context.target?.length && speakerAt(paragraph, sentenceStart, said!, context.target) !== undefined) ? verbDate : undefined;
  const quoted = sharpened(aboutTarget ?? bySpeaker ?? afterVerb ?? (said === undefined ? inQuote[0] : [...own].sort((a, b) => distance(a, said, said) - distance(b, said, said))[0]), said === undefined ? inQuote : own);
  const sentenceDates = mainClause(found.filter((f) => f.start >= sentenceStart && f.end <= sentenceEnd && !theirs(f) && !background(f)));
  const inSentence = sharpened(sentenceDates.sort((a, b) => distance(a, quoteStart, quoteEnd) - distance(b, quoteStart, quoteEnd))[0], sentenceDates);
  // A sentence in the present perfect ("has expressed") or saying "previously" steps out of the scene.
  // An aside between dashes or in brackets ("— the first time a PM has said it —") does not step out.
  const inScene = inSceneSentence(withoutAsides(paragraph.slice(sentenceStart, sentenceEnd)));
  // A quoted "today" brings the quote back to the day it is given: "Five days ago in Paris … Today we turn that into
  // plans. The force will be ready …" is said on the speaker's day, not five days ago.
  const deictic = all.findLast((f) => f.quotedDeictic && f.end <= sentenceStart);
  const speakersDay = deictic?.end ?? -1;
  // The speaker's day is the one the quote was given on, when the sentence quoting it says so: "Yesterday evening he
  // said that a decision 'is not on the table today'. First there must be a ceasefire …" is yesterday evening.
  const givenOn = deictic && givenDay(paragraph, found, deictic);
  // A sentence itself in the pluperfect goes on with the look back the one before it began.
  const lookingBack = PLUPERFECT.test(paragraph.slice(sentenceStart, sentenceEnd));
  const earlier = found.filter((f) => f.end <= sentenceStart && f.start > speakersDay && !background(f));
  const plain = inScene ? sceneInParagraph(earlier.filter((f) => lookingBack || !f.pluperfect)) : undefined;
  // With only a look back before it in its paragraph, the sentence is in the scene the paragraphs before set, when
  // there is one the look back is from; else in the look back's day.
  const back = inScene && !plain ? sceneInParagraph(earlier) : undefined;
  // A speaker's turn in a transcript ("**President von der Leyen:** … Last Thursday I was in Paris. We made progress
  // there, and the Union will play its part"): what they say they will do is said as they speak, on the record's day,
  // not on the day their own words looked back to (nor that of the gathering they named).
  const speaking = inScene && WILL.test(paragraph.slice(sentenceStart, sentenceEnd)) && FIRST_PERSON.test(paragraph) && !/["“”]/.test(withoutStageDirections(paragraph)) && inTurn(article.text, from);
  const before = speaking ? undefined : plain ?? (back && !lookedBackFrom(back.at, sceneBefore(article, from, published)) ? back : undefined) ?? (inScene ? givenOn : undefined);
  // A quote whose speaker is dated after it: "… ." The line came from Rubio. He delivered it on Saturday.
  // Only a quote, or a sentence pointing at one ("The line came from Rubio."), looks ahead for its day.
  // So does a stance the next sentence points back at as words spoken: "Tusk ruled out troops. He was speaking in Warsaw
  // on Tuesday."
  const quote = () => /["“”]/.test(paragraph.slice(sentenceStart, sentenceEnd)) || REPORTED_SPEECH.test(paragraph.slice(sentenceStart, sentenceEnd)) || BACK_REFERENCE.test(paragraph.slice(sentenceStart, sentenceEnd)) || continues(paragraph, sentenceEnd) || quotedByPronoun(paragraph, sentenceEnd) || pointedBackAt(paragraph, sentenceEnd) || SPOKEN_BACK.test(paragraph.slice(sentenceEnd).trimStart());
  const after = !(quoted ?? inSentence ?? before) && inScene && quote() ? toldAfter(paragraph, sentenceEnd, found, speaker) : undefined;
  // "Stocker is more careful. Yesterday evening he said …": a sentence naming the speaker, carried on by the next one
  // through a pronoun and a verb of saying, is dated by the day that one gives.
  const carried = !(quoted ?? inSentence ?? before ?? after) && inScene && named !== undefined ? carriedOn(paragraph, sentenceEnd, found) : undefined;
  // A quote closing its paragraph whose day opens the next: "… ," Jonson said. ¶ "He said this in an interview on Friday."
  const next = !(quoted ?? inSentence ?? before ?? after) && inScene && quote() && !found.some((f) => f.start >= sentenceEnd) ? toldInNext(article, to, published) : undefined;
  // A question closing its paragraph (a reporter's "Q: Did Schoof speak to Zelensky?") is dated by the answer below it.
  const asked = !(quoted ?? inSentence ?? before ?? after ?? next) && /\?["”’)*]*$/.test(paragraph.slice(sentenceStart, sentenceEnd)) && !paragraph.slice(sentenceEnd).trim() ? answeredInNext(article, to, published) : undefined;
  // A timeline entry opening with its day in bold ("- **April 19, Saturday.** … Putin ordered a halt until midnight
  // after Easter Sunday") tells what happened that day: another date in it is not when, unless counted from it ("Later").
  const label = labelOf(paragraph, found);
  const first = quoted ?? inSentence ?? before ?? after ?? carried ?? next ?? asked;
  const picked = label && first && first !== label && !first.chained && first.start >= label.end ? label : first;
  // An interview's or a recording's guest speaking in the present ("Tomasz explains why …, and says he would go
  // further", "Lea: 'Not dead, parked.'"): said when the writer met them ("Recorded on Saturday afternoon"), not on the
  // day the section is about.
  const speakingNow = named !== undefined && !context.eventDate && PRESENT_SAYING.test(paragraph.slice(named, sentenceEnd)) ? interviewDay(article, start, published) : undefined;
  if (speakingNow) return speakingNow;
  // "Tusk had said the same in Paris": said before the scene, where a gathering the article dates took place.
  const recalledAt = (!picked || picked.start < sentenceStart) && PAST_PERFECT_SAID.test(paragraph.slice(sentenceStart, sentenceEnd)) ? venueAbout(article.text, context.events?.filter((e) => e.date && (!published || e.date <= format(published.latest ?? published).slice(0, e.date.length))), from + sentenceStart, from + sentenceEnd, true) : undefined;
  if (recalledAt) return recalledAt;
  // "The day before the Paris summit, X told radio …": counted from the summit's day, not from a date stated before.
  const onEvent = (!picked || picked.chained || picked.start < sentenceStart || picked.start >= sentenceEnd) ? chainOnEvent(article.text, from + sentenceStart, from + sentenceEnd, context.events, context.eventDate) : undefined;
  if (onEvent) return onEvent;
  // "On the day of the panel the EU adopted …": the day the write-up's own gathering took place.
  const dayOf = (!picked || picked.start < sentenceStart || picked.start >= sentenceEnd) ? DAY_OF_GATHERING.exec(paragraph.slice(sentenceStart, sentenceEnd)) : null;
  const gathered = dayOf ? gatheringDay(article, dayOf[1], published) : undefined;
  if (gathered) return gathered;
  // "The words came a day after Peskov told reporters …": Peskov spoke a day before the words, not after.
  // A speaker named in the complement ("… comes three days after Macron met Trump on Monday") is its actor, whoever
  // else the sentence names first.
  const inComplement = picked?.complement && picked.start >= sentenceStart ? speakerAt(paragraph, picked.end, sentenceEnd, speaker) : undefined;
  // Not what the news itself is about ("The summit came two days after Zelensky's clash …": attending the summit).
  // The target as the main clause's subject, that is: not its object ("EU leaders … approved a package of sanctions on
  // Russia, a day after the United States imposed its own": the United States' sanctions, a day before).
  const targetNamed = inComplement !== undefined && context.target?.length ? speakerAt(paragraph, sentenceStart, picked!.start, context.target) : undefined;
  const targetFirst = targetNamed !== undefined && !VERB_BEFORE.test(paragraph.slice(sentenceStart, targetNamed));
  if (picked?.complement && inComplement !== undefined && !targetFirst && !/[,;:—–]/.test(paragraph.slice(picked.end, inComplement))) return picked.complement;
  // "Albanese said on Sunday, a day after he joined a video call": an event the relation points to, named in the
  // complement of a chain, took place on the complement's day (a day before the saying), not on the sentence's.
  const attendedNames = context.attended?.length ? context.attended : context.target;
  const eventComplement = attendedNames?.length && context.events?.length ? found.find((f) => {
    if (!f.complement || f.start < sentenceStart || f.end > sentenceEnd) return false;
    const at = speakerAt(paragraph, f.end, sentenceEnd, attendedNames);
    return at !== undefined && !/[,;:.!?—–]/.test(paragraph.slice(f.end, at)) && context.events!.some((e) => e.start <= from + at && from + at < e.end);
  }) : undefined;
  if (eventComplement) return eventComplement.complement;
  // Words inside the complement ("… said on Sunday, a day after he joined a video call"): the call is a day before.
  if (picked?.complement && picked.start >= sentenceStart && quoteStart >= picked.end && !/[,;:—–]/.test(paragraph.slice(picked.end, quoteStart))) return picked.complement;
  // "**19 May and 4 June — more calls** ¶ After a two-hour call in May, Trump says …": the heading's day in that month.
  // Attending a gathering dated to the day, told in a sentence with no date of its own: the gathering's day, not a
  // coarser year or month carried from the sentences before that holds it ("… in 2025 as well." "Around the table, A, B
  // and C listened …").
  // So too any date carried from before when the paragraph itself named the gathering, dated to that day, before the
  // sentence ("… filed into the White House on 18 August. … three days earlier. The smallest country at the table was
  // represented by X").
  const attendedDay = context.eventDate?.length === 10 && (!published || context.eventDate <= format(published.latest ?? published).slice(0, 10)) ? context.eventDate : undefined;
  const carriedOver = picked !== undefined && (picked.start < sentenceStart || picked.start >= sentenceEnd);
  if (attendedDay && carriedOver && ((picked!.at.precision !== 'DAY' && attendedDay.startsWith(picked!.at.date)) || (!context.attended?.length && context.events?.some((e) => e.date === attendedDay && e.start >= from && e.end <= from + sentenceStart)))) return eventStated(attendedDay);
  if (picked) return picked.at.date.length === 7 && picked.at.precision !== 'DAY' ? (headingDayIn(article, from, published, picked.at.date) ?? picked.at) : picked.at;
  // An event still to come dates nothing said about it.
  const past = (date: string) => !published || date <= format(published.latest ?? published).slice(0, date.length);
  // A headline tells the lead's news: "Hegseth tells allies no U.S. troops" happened on the lead's day. Attending a
  // summit the headline names happened when the summit did, though.
  const lead = HEADLINE.test(paragraph) && !article.text.slice(0, from).trim() && !(context.eventDate && past(context.eventDate)) ? leadDay(article, to, published) : undefined;
  // "Zelensky calls for an army of Europe a day after Vance's broadside": who the count names after it acted that many
  // days before the lead's day.
  const headlineDay = HEADLINE.test(paragraph) && !article.text.slice(0, from).trim() && !(context.eventDate && past(context.eventDate)) ? (lead ?? (published?.day ? { date: format(published), precision: 'DAY' } : undefined)) : undefined;
  const counted = headlineDay?.precision === 'DAY' ? HEADLINE_AFTER.exec(paragraph) : null;
  if (counted && speakerAt(paragraph, counted.index + counted[0].length, paragraph.length, speaker) !== undefined) {
    const days = (NUMBERS[counted[1].toLowerCase()] ?? Number(counted[1])) * (/^week/i.test(counted[2]) ? 7 : 1);
    return { date: new Date(Date.parse(`${headlineDay!.date}T12:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10), precision: 'DAY', source: 'TEXT' };
  }
  if (lead) return lead;
  // A live-blog entry ("**19:48** —") happened on the blog's day: no scene reaches across entries. Attending an event
  // the blog has dated happened that day, though, even in the next morning's recap.
  const entry = ENTRY_START.test(paragraph);
  if (entry && !(context.eventDate?.length === 10 && past(context.eventDate))) return entryDate(article, from, published);
  // A "Key events" bullet ("- 23:40: Trump says …") tells the entry of that time below it, on that entry's day.
  const keyEvent = KEY_EVENT.exec(paragraph);
  const told = keyEvent ? entryAt(article.text, to, keyEvent[1]) : undefined;
  if (told !== undefined) return entryDate(article, told, published);
  if (context.eventDate && past(context.eventDate)) {
    // An event known only to the month: the scene's day within it, when the story gives one.
    const scene = context.eventDate.length === 7 && inScene ? sceneBefore(article, from, published) : undefined;
    return scene?.precision === 'DAY' && scene.date.startsWith(context.eventDate) ? scene : ((context.eventDate.length === 7 ? headingDayIn(article, from, published, context.eventDate) : undefined) ?? eventStated(context.eventDate));
  }
  // The dated event the sentence, or its paragraph before it, is about: "After the talks, Medinsky said …".
  // An event named in a clause about others ("…, which Ukraine accepted during talks in Jeddah") is theirs, not the speaker's.
  // (Only those in the paragraph up to the sentence's end count: checked first, so a long article's every event is not
  // read again for each statement.)
  // A mention without a date of its own ("after talks in Jeddah") has its event's, from where the article dates it.
  const ownEvents = context.events?.filter((e) => e.start >= from && e.end <= from + sentenceEnd).map((e) => (e.date || e.key === undefined ? e : { ...e, date: context.events!.find((o) => o.key === e.key && o.date)?.date })).filter((e) => e.date && past(e.date) && !(e.start >= from + sentenceStart && theirs({ start: e.start - from, end: e.end - from, at: eventStated(e.date) })));
  // '"We have said this many times, and we say it again today," she stressed': a quoted "today" keeps the sentence in
  // the speaker's scene, whatever its perfect tense says.
  const today = inScene || all.some((f) => f.quotedDeictic && f.start >= sentenceStart && f.end <= sentenceEnd && QUOTED_TODAY.test(paragraph.slice(f.start, f.end)));
  const event = today && !speaking ? eventAbout(ownEvents, from, from + sentenceEnd) : undefined;
  if (event) return event;
  // A speaker's turn in a record of a debate ("**The Prime Minister (Keir Starmer):** … ¶ Yesterday I hosted leaders …
  // ¶ The UK and France will work …"): what they say they will do is said as they speak, on the record's day, not on
  // the day their own words looked back to.
  const spoken = speaking || (today && FUTURE_CUE.test(paragraph.slice(sentenceStart, sentenceEnd)) && FIRST_PERSON.test(paragraph) && !/["“”]/.test(withoutStageDirections(paragraph)) && inTurn(article.text, from));
  const scene = today && !spoken ? sceneBefore(article, from, published, speaker) : undefined;
  if (scene) return scene;
  // "Zelensky said again in Davos": said where a dated event named earlier took place.
  const venue = today ? venueAbout(article.text, context.events?.filter((e) => e.date && past(e.date)), from + sentenceStart, from + sentenceEnd) : undefined;
  if (venue) return venue;
  // An interview's answers were given on the day the writer says they met ("We met on Tuesday …").
  const interview = today ? interviewDay(article, start, published) : undefined;
  if (interview) return interview;
  if (!published) return undefined;
  return { date: format(published), precision: precisionOf(published), source: 'PUBLISHED' };
}

// A speaker's label opening a turn of a transcript or a record: "**The Prime Minister (Keir Starmer):** With permission …".
const TURN_LABEL = /^\s*\*\*[^*\n]{2,80}?:\*\*\s/;
// What the speaker says will be done (not a state such as "is prepared to", which held on the day looked back to too).
const WILL = /\b(?:will|shall|won['’]t)\b|['’]ll\b/;
// A transcript's stage direction in square brackets: "[Applause]", "[Interjection from the benches: "Peace, not war!"]".
const STAGE_DIRECTION = /\[[^\[\]\n]*\]/g;
const withoutStageDirections = (paragraph: string) => (paragraph.includes('[') ? paragraph.replace(STAGE_DIRECTION, ' ') : paragraph);
const FIRST_PERSON = /\b(?:I|[Ww]e|[Oo]ur|[Mm]y|me|us)\b/;
/** Paragraphs of a turn looked back through for its speaker's label. */
const TURN_PARAGRAPHS = 6;

/** Whether the paragraph at `paragraphStart` is in a speaker's turn: a bold label ending in a colon opens it or one above it. */
function inTurn(text: string, paragraphStart: number): boolean {
  let end = text.indexOf('\n', paragraphStart) < 0 ? text.length : text.indexOf('\n', paragraphStart);
  let start = paragraphStart;
  for (let hops = 0; hops < TURN_PARAGRAPHS; ) {
    const paragraph = withoutStageDirections(text.slice(start, end));
    if (TURN_LABEL.test(paragraph)) return true;
    if (paragraph.trim()) {
      if (HEADING.test(paragraph) || ENTRY_START.test(paragraph) || /["“”]/.test(paragraph)) return false;
      hops++;
    }
    if (start === 0) return false;
    end = start - 1;
    start = text.lastIndexOf('\n', end - 1) + 1;
  }
  return false;
}

// A verb before a name, which is then no subject: "approved a package of sanctions …".
const VERB_BEFORE = /\b(?:\p{Ll}{3,}ed|came|met|made|took|gave|held|won|set|sent|was|were|is|are|has|have|had)\b/u;
// A bold label opening a paragraph or bullet: "- **April 19, Saturday.** …", "**3 March:** …".
const ENTRY_LABEL = /^\s*(?:[-*•]\s+)?\*\*([^*\n]{3,40}?)\*\*/;

/** The day a paragraph's opening bold label names, when it is one: the date of a timeline's entry. */
function labelOf(paragraph: string, found: Found[]): Found | undefined {
  const label = ENTRY_LABEL.exec(paragraph);
  if (!label) return undefined;
  const end = label.index + label[0].length;
  return found.find((f) => f.end <= end && f.at.precision === 'DAY' && !f.chained);
}

/**
 * The date outside quotes stated before `deictic` (a quoted "today") in its own sentence, else the scene the paragraph
 * has set before that sentence ("Meloni repeated it yesterday. 'I say it today,' she declared."): the day the quote
 * was given.
 */
function givenDay(paragraph: string, found: Found[], deictic: Found): Found | undefined {
  const [from] = sentenceAround(paragraph, deictic.start, deictic.end);
  const outside = found.filter((f) => !insideQuotes(paragraph, f.start));
  return outside.findLast((f) => f.start >= from && f.end <= deictic.start && f.scene) ?? sceneInParagraph(outside.filter((f) => f.end <= from && !f.lookBack));
}

/**
 * The day a chain in [start, end) names when a dated event follows it: "the day before the Paris summit", "two days
 * after the talks". Attending the event the chain counts from (`attended`, its day) happened on its own day: "the
 * morning after the White House meeting" dates what was said then, not the meeting.
 */
function chainOnEvent(text: string, start: number, end: number, events: DateContext['events'], attended?: string): StatedAt | undefined {
  // Only "before", "after", "prior" and "the eve of" reach forward to an event.
  if (!events?.length || !/\b(?:before|after|prior|eve)\b/i.test(text.slice(start, end))) return undefined;
  const named = events.filter((e) => e.start >= start && e.start < end);
  if (!named.length) return undefined;
  // A mention without a date of its own has its event's, from where the article dates it.
  const dateOf = (e: (typeof named)[number]) => e.date ?? (e.key === undefined ? undefined : events!.find((o) => o.key === e.key && o.date)?.date);
  for (const chain of matchesOf(text.slice(start, end), CHAIN)) {
    if (/\bago$/i.test(chain[0])) continue;
    const after = start + chain.index + chain[0].length;
    const event = named.find((e) => e.start >= after && /^\s+(?:the\s+)?$/i.test(text.slice(after, e.start)));
    const date = event && dateOf(event);
    if (date?.length === 10) return date === attended ? eventStated(date) : chained(chain, eventStated(date));
  }
  return undefined;
}

/**
 * The date the paragraph has set by this point: the last one stated, unless it is vaguer than and takes in an earlier
 * one ("On Thursday … Russia this week made … Macron said …": still Thursday).
 */
function sceneInParagraph(found: Found[]): Found | undefined {
  // "…called the restrictions, announced a day earlier, an unfriendly act. He stressed…": an aside's date is no scene.
  const before = withoutRecalled(mainClause(found.filter((f) => !f.lookBack)));
  const last = before.at(-1);
  if (!last || last.at.precision === 'DAY') return last;
  return before.findLast((f) => f.at.precision === 'DAY' && f.at.date.startsWith(last.at.date)) ?? last;
}

/**
 * Whether `f`, a date that sets no scene of its own, lies within the year before the day `scene` or takes it in
 * (2025-02 or 2025-04 from 2025-04-26): a recent event recalled from it. A date further back (a biography's "left in
 * March 2022") is history.
 */
const recalledFrom = (f: Found, scene: StatedAt) => {
  const [date, upTo] = [f.at.date, scene.date.slice(0, f.at.date.length)];
  return (!f.scene || Boolean(f.possessive)) && date <= upTo && date >= `${Number(upTo.slice(0, 4)) - 1}${upTo.slice(4)}`;
};

/**
 * `found` without the dates recalled in passing after a scene's day: "Yesterday they sat down together. It was their
 * first meeting since the row in February." stays yesterday; February is a look back from it, not a new scene.
 */
function withoutRecalled(found: Found[]): Found[] {
  let scene: StatedAt | undefined;
  return found.filter((f) => {
    if (scene && recalledFrom(f, scene)) return false;
    if (f.scene && f.at.precision === 'DAY') scene = f.at;
    return true;
  });
}

// The place in an event's name ("the Istanbul talks", "the Lancaster House summit") or right after it ("the World
// Economic Forum in Davos", "talks in Jeddah").
const PLACE_AFTER = /^\s+(?:in|at)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})/u;
const PLACE_IN = /\b(?:in|at)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})/u;
const PLACE_BEFORE = /^(?:the\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+(?:summit|talks|meeting|conference|forum)\b/iu;
/** A statement told in the past perfect: "had said", "had already told". */
const PAST_PERFECT_SAID = /\bhad\s+(?:already\s+|also\s+|earlier\s+)?(?:said|told|stated|declared|announced|warned|argued|insisted|repeated)\b/;
/** A statement made at a place: "said again in", "told reporters at". */
const SAID_IN = String.raw`\b(?:said|says|told|spoke|stated|declared|announced|warned|argued|insisted|added|repeated|reiterated|pledged|promised)(?:\s+[\p{L}'’-]+){0,3}?\s+(?:in|at)\s+`;
/** Words in an event's name that are not its place. */
const NOT_PLACE = /^(?:The|Emergency|Extraordinary|Leaders|Coalition|Defence|Defense|Foreign|Ministers|Peace|Security|NATO|EU|G7|G20|World|European|Economic|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)$/;

/** The date of the last dated event before `start` whose place the sentence [start, end) names as "in/at <place>". */
function venueAbout(text: string, events: DateContext['events'], start: number, end: number, ahead = false): StatedAt | undefined {
  const sentence = text.slice(start, end);
  let last: string | undefined;
  for (const e of events ?? []) {
    // `ahead`: a gathering named later in the article may be the place too, when none named before is.
    if (e.end > start && !(ahead && !last && e.start >= end)) break;
    const name = text.slice(e.start, e.end);
    const place = PLACE_AFTER.exec(text.slice(e.end, e.end + 60))?.[1] ?? PLACE_IN.exec(name)?.[1] ?? PLACE_BEFORE.exec(name)?.[1];
    if (!place || NOT_PLACE.test(place.split(/\s+/)[0])) continue;
    if (new RegExp(`${SAID_IN}(?:the\\s+)?${escapeRegExp(place)}\\b`, 'u').test(sentence)) last = e.date;
  }
  return last ? eventStated(last) : undefined;
}

// A speaker's name and a verb of saying or thinking in the present, or a speaker's label before a quote: "Tomasz
// explains", "Lea Brandt says", "Lea: “Not dead, parked.”".
const PRESENT_SAYING = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}(?:\s+(?:also|still|now|then|again))?\s+(?:says|explains|argues|thinks|believes|insists|warns|adds|reckons|doubts|expects|suspects|notes|points\s+out|recalls|admits|concedes|tells\s+(?:me|us|the\s+(?:podcast|programme|show)))\b|^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}:\s*["“]/u;
// A write-up's own gathering, by its kind.
const GATHERING = String.raw`(?:panel|event|discussion|debate|seminar|round\s?table|webinar|symposium|workshop|lecture|conference)`;
/** The writer meeting the interviewee: "We met on Tuesday in Tallinn", "I spoke to him by phone on 3 June". */
// Also "When we spoke on Monday", "She received me on Monday", "The interview took place on Monday", "in an interview
// with this newspaper on Monday" (not "in an interview with Le Monde": another outlet's interview is a statement).
// An event write-up's own gathering, too: "The panel took place in Riga on Tuesday, 20 May": what its speakers said, then.
const INTERVIEW_MEETING = new RegExp(String.raw`\b(?:(?:[Tt]he|[Tt]his|[Oo]ur|[Tt]oday['’]s)\s+${GATHERING}\s+(?:took place|was held|was hosted|convened)|(?:[Ww]e|I)\s+(?:met|spoke|talked|sat down|caught up|visited)|(?:met|received|welcomed|spoke to|talked to|told)\s+(?:me|us)|(?:[Tt]he|[Oo]ur|[Tt]his)\s+(?:interview|episode|conversation|programme|podcast|discussion)\s+(?:took place|was (?:conducted|recorded|taped|held))|Recorded(?=\s+(?:on|last|this|yesterday)\b)|(?:interview|spoke|speaking|talking)\s+(?:with|to)\s+(?:this|our)\s+(?:newspaper|paper|magazine|website|site|programme|podcast|reporter|correspondent))\b[^.!?\n]*`, 'gu');

const HEADLINE = /^#\s/;
// A headline's count back to what its news followed: "… a day after Vance's broadside", "… two days after talks".
const HEADLINE_AFTER = /\b(a|an|one|two|three|four|five|six|seven|\d{1,2})\s+(days?|weeks?)\s+after\s+/i;
// Lines between a headline and its lead that are not the lead: bylines, notes, pictures, boxes, lists, rules.
const NOT_LEAD = /^\s*(?:[*_!#>|-]|\d+[.)]\s|by\s|updated|published|posted|last updated|translated)/i;
/** Lines looked through after the headline for its lead. */
const LEAD_LINES = 6;
const RULE = /^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/;
// A lead is prose: its line ends a sentence (not a label's line, "Guest: Dr Maren Holt, director of the Bergen Centre").
const SENTENCE_CLOSE = /[.!?]["”’')\]]*\s*$/;

/**
 * The day the lead (the first paragraph of news after the headline ending at `headlineEnd`) tells: the last day named
 * relative to the publication ("on Monday", "yesterday") in its first sentence that names one. Not a chained day ("two
 * days after …"), "the weekend", or a live blog's first entry.
 */
function leadDay(article: { text: string; publishedAt?: string }, headlineEnd: number, published: Day | undefined): StatedAt | undefined {
  const { text } = article;
  let start = headlineEnd + 1;
  for (let lines = 0; start < text.length && lines < LEAD_LINES; ) {
    const end = text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start);
    const line = text.slice(start, end);
    // Pictures, their captions and rules stand beside the lead: they are not counted.
    if (line.trim() && !FIGURE.test(line) && !RULE.test(line)) {
      lines++;
      // A live blog's first entry is one moment of the story, not its news.
      if (ENTRY_START.test(line)) return undefined;
      // A transcript's first turn, after its speaker's label ("**PRESENTER:** … spoke to Putin yesterday"), is its lead.
      const words = line.slice(TURN_LABEL.exec(line)?.[0].length ?? 0);
      if (!NOT_LEAD.test(words) && words.split(/\s+/).length >= 12 && SENTENCE_CLOSE.test(words)) {
        const days = datesOf(article, start, end, published).filter((f) => stating(f) && f.scene && !f.chained && !f.lookBack && !f.possessive && f.at.precision === 'DAY' && !/weekend/i.test(line.slice(f.start, f.end)));
        if (!days.length) return undefined;
        const [from, to] = sentenceAround(line, days[0].start, days[0].end);
        return days.filter((f) => f.start >= from && f.end <= to).at(-1)!.at;
      }
    }
    start = end + 1;
  }
  return undefined;
}

// "on the day of the panel", "the same day as the seminar": a day named by the write-up's own gathering.
const DAY_OF_GATHERING = new RegExp(String.raw`\b(?:the\s+(?:very\s+)?day\s+of|the\s+same\s+day\s+as)\s+(?:the|our|this)\s+(${GATHERING})\b`, 'i');

/** The day the article says its own gathering called `noun` ("The panel took place … on Tuesday, 20 May") took place. */
function gatheringDay(article: { text: string; publishedAt?: string }, noun: string, published: Day | undefined): StatedAt | undefined {
  const word = noun.toLowerCase().replace(/\s+/g, ' ');
  for (const m of matchesOf(article.text, INTERVIEW_MEETING)) {
    if (!m[0].toLowerCase().replace(/\s+/g, ' ').includes(word)) continue;
    const [from, to] = paragraphAround(article.text, m.index);
    const day = datesOf(article, from, to, published).find((f) => stating(f) && f.start >= m.index - from && f.end <= m.index + m[0].length - from && f.at.precision === 'DAY');
    if (day) return day.at;
  }
  return undefined;
}

// The article's meetings, found once: every undated statement asks for the ones before it (quadratic otherwise).
let meetings: { text: string; found: Array<{ start: number; end: number }> } | undefined;

/** The day of the interview the text before `before` says the writer met the speaker, when it gives one. */
function interviewDay(article: { text: string; publishedAt?: string }, before: number, published: Day | undefined): StatedAt | undefined {
  if (meetings?.text !== article.text) meetings = { text: article.text, found: matchesOf(article.text, INTERVIEW_MEETING).map((m) => ({ start: m.index, end: m.index + m[0].length })) };
  else meetings.text = article.text; // (see datesOf)
  for (const m of meetings.found) {
    if (m.start >= before) break;
    const [from, to] = paragraphAround(article.text, m.start);
    // What the text before `before` says: a meeting running past it is cut there.
    const [start, end] = [m.start - from, Math.min(m.end, before) - from];
    const day = datesOf(article, from, to, published).find((f) => stating(f) && f.start >= start && f.end <= end && f.at.precision === 'DAY');
    if (day) return day.at;
  }
  return undefined;
}

// Clauses of one sentence, each with its own subject: "A said …, and B said …", "…; B …", "…, while B …".
const CLAUSE_BREAK = /,\s+(?:and|but|while|whereas)\s+|;\s+/g;

// A relative clause opening right after a name, up to the clause's end: "that Washington put to Kyiv last week".
const RELATIVE_OPENER = /^\s*,?\s*(?:that|which|whom)\s+/;
const CLAUSE_END = /[,;:!?"“”()—–]|\.(?:\s|$)/;

/**
 * The date in a relative clause on `targets` whose subject is the speaker ("the plan that Washington put to Kyiv last
 * week", "the truce which Putin proposed on Friday"), when the sentence has one.
 */
function speakersRelativeClause(paragraph: string, sentenceStart: number, sentenceEnd: number, speaker: readonly string[], targets: readonly string[], found: Found[]): Found | undefined {
  const sentence = paragraph.slice(sentenceStart, sentenceEnd);
  if (!/\b(?:that|which|whom)\b/.test(sentence)) return undefined;
  for (const name of targets) {
    if (name.length < 2) continue;
    const match = wholeWord(name).exec(sentence);
    if (!match) continue;
    const after = match.index + match[0].length;
    const opener = RELATIVE_OPENER.exec(sentence.slice(after));
    if (!opener) continue;
    const subject = sentenceStart + after + opener[0].length;
    if (speakerAt(paragraph, subject, subject + 40, speaker) !== subject) continue;
    const close = sentence.slice(subject - sentenceStart).search(CLAUSE_END);
    const end = close < 0 ? sentenceEnd : subject + close;
    const date = found.find((f) => f.start > subject && f.end <= end && !f.future && !f.aside);
    if (date) return date;
  }
  return undefined;
}

/** Where `speaker` is named in the clause of [sentenceStart, sentenceEnd) that first names one of `targets`, if it is. */
function speakerInTargetClause(paragraph: string, sentenceStart: number, sentenceEnd: number, speaker: readonly string[], targets: readonly string[]): number | undefined {
  const breaks = matchesOf(paragraph.slice(sentenceStart, sentenceEnd), CLAUSE_BREAK);
  if (!breaks.length) return undefined;
  const target = speakerAt(paragraph, sentenceStart, sentenceEnd, targets);
  if (target === undefined) return undefined;
  let [from, to] = [sentenceStart, sentenceEnd];
  for (const m of breaks) {
    const [at, after] = [sentenceStart + m.index, sentenceStart + m.index + m[0].length];
    if (after <= target) from = after;
    else if (at >= target) {
      to = at;
      break;
    }
  }
  return speakerAt(paragraph, from, to, speaker);
}

/** The dates of `found` in the clause of [sentenceStart, sentenceEnd) that holds `at`, or all of them when it has none. */
function ownClause(paragraph: string, sentenceStart: number, sentenceEnd: number, at: number, found: Found[]): Found[] {
  let [from, to] = [sentenceStart, sentenceEnd];
  for (const m of matchesOf(paragraph.slice(sentenceStart, sentenceEnd), CLAUSE_BREAK)) {
    const [start, end] = [sentenceStart + m.index, sentenceStart + m.index + m[0].length];
    if (end <= at) from = end;
    else if (start >= at) {
      to = start;
      break;
    }
  }
  // A date chrono read with the comma that ends its clause ("in January, and …") is still in it.
  const inClause = found.filter((f) => f.start >= from && f.start < to);
  return inClause.length ? inClause : found;
}

// A clause carrying on the speaker of the one before: ", and on Thursday he asked …", "; she added …".
const SAME_SPEAKER = /^(?:[^,;]{0,40}?,?\s+)?(?:he|she|they)\b/i;

/**
 * Where `targets` is first named, when that lies in a later clause of the sentence that carries on the speaker at
 * `said` through a pronoun ("…, and on Thursday he asked …"); undefined when it is in the speaker's own clause or another's.
 */
function continuedClause(paragraph: string, sentenceStart: number, sentenceEnd: number, said: number, targets: readonly string[]): number | undefined {
  const breaks = matchesOf(paragraph.slice(sentenceStart, sentenceEnd), CLAUSE_BREAK).map((m) => sentenceStart + m.index + m[0].length).filter((end) => end > said);
  // Only a sentence whose next clause hands on to the same speaker is worth looking for the target in.
  if (!breaks.length || !SAME_SPEAKER.test(paragraph.slice(breaks[0], sentenceEnd))) return undefined;
  const target = speakerAt(paragraph, said, sentenceEnd, targets);
  if (target === undefined || target < breaks[0]) return undefined;
  // Every break between the speaker and the target must hand the clause on to the same speaker.
  return breaks.filter((end) => end <= target).every((end) => SAME_SPEAKER.test(paragraph.slice(end, sentenceEnd))) ? target : undefined;
}

// A speaker's name and verb of saying, up to a date right after them: "Donald Trump wrote ", "Merz told reporters ".
// Reported speech ("Starmer said Britain was ready …"): a later "He made the remarks on Sunday" dates it as it dates a quote.
const REPORTED_SPEECH = /\b(?:said|says|told|wrote|argued|insisted|stressed|warned|added|stated|declared|announced|underlined|emphasi[sz]ed|noted|explained|confirmed)\b/;
const SAID_THEN = /^\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:of|for|the|and)\s+)*\p{Lu}[\p{L}.'’-]*)*(?:,\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)?,?\s+(?:said|says|wrote|writes|posted|told\s+(?:\p{Ll}+|\p{Lu}[\p{L}.'’-]*)|added|announced|replied|answered|declared|warned|insisted)\s+$/u;
// A sentence that points back at a statement just quoted: "He was speaking on …", "delivered it on …", "the remarks came …".
const BACK_REFERENCE = /\b(?:(?:was|were)\s+speaking|spoke\b|delivered\s+(?:it|them|the\s+\w+)|made\s+(?:it|them|the|these|those|his|her|their)|said\s+(?:so|it|this)\b(?!\s+(?:morning|afternoon|evening|week|month|year)\b)|(?:remarks|comments|words|line|statement|speech)\b|(?:was|were)\s+(?:addressing|answering|briefing)\b|\bdid\s+so\b|^\s*(?:That|This)\s+was\s+(?:on|last|yesterday|earlier)\b|\b(?:interview|post|message|letter|address)\s+(?:was|were)\s+(?:broadcast|aired|published|posted|released|issued|given|recorded|conducted)\b)/i;
// The next sentence telling where and when the same speaker spoke, naming them by a title or pronoun: "Witkoff
// announced the American role. Speaking in Paris on 6 January, the U.S. envoy said …" (not "…, Macron said": another).
const CONTINUED = /\s*(?:Speaking|Writing|Addressing|Talking)\b[^.!?"“]*?,\s+(?:(?:he|she|they)\b|the\s+[^,;"“]{1,40}?\s+(?:said|told|added|wrote|warned|insisted|argued|stressed|declared|announced))/uy;
/** Whether the sentence starting at `at` (after its space) is such a continuation. */
const continues = (paragraph: string, at: number) => {
  CONTINUED.lastIndex = at;
  return CONTINUED.test(paragraph);
};
// The next sentence quoting the same speaker by a pronoun: "Kickl rejected it. Soldiers there would be 'a break with
// neutrality', he wrote on Monday evening." tells when the rejection was made.
const QUOTED_BY_PRONOUN = /[^.!?]*?["”],?\s+(?:he|she|they)\s+(?:said|wrote|told\s+\p{L}+|added|posted|insisted|declared|warned|stressed)\b/uy;
/** Whether the sentence starting at `at` (after its space) is such a quote. */
const quotedByPronoun = (paragraph: string, at: number) => {
  QUOTED_BY_PRONOUN.lastIndex = at;
  return QUOTED_BY_PRONOUN.test(paragraph);
};
// The next sentence opening on the words just reported: "Starmer backed the force. His comments, made in Paris on
// Monday, …" dates the backing.
const POINTED_BACK = /\s*(?:His|Her|Their|The|These|Those)\s+(?:remarks|comments|words)\b/y;
const pointedBackAt = (paragraph: string, at: number) => {
  POINTED_BACK.lastIndex = at;
  return POINTED_BACK.test(paragraph);
};
// A sentence whose subject is a pronoun saying something, within its first words: "Yesterday evening he said …", "In
// an interview published on 12 March she said …".
const PRONOUN_SAID = /^[^.!?"“”]{0,60}?\b(?:he|she|they)\s+(?:said|told|wrote|added|argued|warned|insisted|stressed|declared|announced)\b/;

/** The date the sentence after `end` gives before its pronoun's verb of saying, when it opens so. */
function carriedOn(paragraph: string, end: number, found: Found[]): Found | undefined {
  const next = paragraph.slice(end).search(/\S/);
  if (next < 0) return undefined;
  const start = end + next;
  const said = PRONOUN_SAID.exec(paragraph.slice(start));
  if (!said) return undefined;
  return found.find((f) => f.start >= start && f.end <= start + said[0].length && !f.lookBack && !f.chained && !f.aside);
}

/** Sentences looked ahead through for the day a quote was given. */
const AHEAD_SENTENCES = 2;

/** The date given, in one of the next sentences of the paragraph after `end`, to the statement just before it. */
// Words someone else owns: "He repeated the Prime Minister's words in last week's statement" points at another's.
const OWNED_WORDS = /(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)['’]s\s+(?:remarks|comments|words|line|statement|speech)\b/u;

const LONG_WORD = /\p{L}{3,}/u;
const LETTER_FIRST = /^\p{L}/u;
const A_LETTER = /\p{L}/u;
const NAMES_THEN_COMMA = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*(?:,|\s[—–]|\s\()\s*$/u;
function toldAfter(paragraph: string, end: number, found: Found[], speaker: readonly string[] = []): Found | undefined {
  let at = end;
  for (let i = 0; i < AHEAD_SENTENCES; i++) {
    const next = paragraph.slice(at).search(/\S/);
    if (next < 0) return undefined;
    const [start, stop] = sentenceAround(paragraph, at + next, at + next + 1);
    // A date inside the next speaker's quote ("'They said that in March,' he says") is what that speaker talks about.
    const dated = found.find((f) => f.start >= start && f.end <= stop && !f.lookBack && !insideQuotes(paragraph, f.start));
    if (dated) {
      // "On Monday, Merz said …" opens a new scene; "He delivered it on Monday" dates the one before.
      const opens = !LONG_WORD.test(paragraph.slice(start, dated.start).replace(/\b(?:on|in|at|by|and|then)\b/gi, ''));
      const owner = OWNED_WORDS.exec(paragraph.slice(start, stop))?.[1];
      if (owner && speaker.length && !speaker.some((name) => owner.includes(name) || name.includes(owner))) return undefined;
      return !opens && (BACK_REFERENCE.test(paragraph.slice(start, stop)) || (i === 0 && (continues(paragraph, end) || quotedByPronoun(paragraph, end)))) ? dated : undefined;
    }
    at = stop;
  }
  return undefined;
}

// A paragraph opening by pointing back at the quote before it: "He said this …", "Her remarks came …".
// Also by title or name: "The Head of State said this during a press conference on Monday".
const NEXT_BACK_REFERENCE = /^(?:(?:He|She|They|The\s+(?:(?:\p{Lu}[\p{L}-]*|of|the)\s+){1,5}|\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,2}\s+)\s*(?:said\s+(?:this|so|it|that)|made\s+(?:the|these|those|his|her|their)\s+(?:remarks|comments)|(?:was|were)\s+speaking|spoke)\b|(?:His|Her|Their|The|These|Those)\s+(?:remarks|comments|words)\b)/u;

/** A sentence telling the words before it were spoken, by a pronoun or a title: "He was speaking …", "The prime minister
 *  made the remarks …", "He did so in an interview …", "That was on Tuesday", "The interview was broadcast …" (not "He
 *  spoke to Macron": a call of its own). */
const SPOKEN_BACK = /^(?:(?:He|She|They|The(?:\s+[\p{L}-]+){1,4})\s+(?:(?:was|were)\s+(?:speaking|addressing|answering|briefing)|made\s+(?:the|these|those|his|her|their)\s+(?:remarks|comments)|said\s+(?:this|so|it)|did\s+so)\b|(?:That|This)\s+was\s+(?:on|last|yesterday|earlier)\b|(?:The|His|Her|Their)\s+(?:[\p{L}-]+\s+)?(?:remarks|comments|statement|interview|post|speech|address|message)\s+(?:was|were|came)\b)/u;

/** The date the paragraph after the one ending at `paragraphEnd` gives, in a first sentence pointing back at the quote before it. */
function toldInNext(article: { text: string; publishedAt?: string }, paragraphEnd: number, published: Day | undefined): Found | undefined {
  const { text } = article;
  const start = paragraphEnd + (text.slice(paragraphEnd).search(/\S/) >>> 0);
  if (start >= text.length) return undefined;
  const end = text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start);
  const paragraph = text.slice(start, end);
  if (!NEXT_BACK_REFERENCE.test(paragraph)) return undefined;
  const [, stop] = sentenceAround(paragraph, 0, 1);
  const dated = datesOf(article, start, end, published).find((f) => stating(f) && !f.lookBack && f.end <= stop && !insideQuotes(paragraph, f.start));
  // Its offsets are the next paragraph's: only the date comes back.
  return dated && { start: dated.start, end: dated.end, at: dated.at, scene: dated.scene };
}

/** Sentences of an answer looked through for the day it gives the question above it. */
const ANSWER_SENTENCES = 2;

/** The day the first sentences of the paragraph after the one ending at `paragraphEnd` give, outside quotes: an answer's. */
function answeredInNext(article: { text: string; publishedAt?: string }, paragraphEnd: number, published: Day | undefined): Found | undefined {
  const { text } = article;
  const start = paragraphEnd + (text.slice(paragraphEnd).search(/\S/) >>> 0);
  if (start >= text.length) return undefined;
  const end = text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start);
  const paragraph = text.slice(start, end);
  let stop = 0;
  for (let i = 0; i < ANSWER_SENTENCES && stop < paragraph.length; i++) stop = sentenceAround(paragraph, stop + (paragraph.slice(stop).search(/\S/) >>> 0), stop + (paragraph.slice(stop).search(/\S/) >>> 0) + 1)[1];
  const dated = datesOf(article, start, end, published).find((f) => stating(f) && f.scene && !f.lookBack && !f.chained && f.end <= stop && !insideQuotes(paragraph, f.start));
  // Its offsets are the next paragraph's: only the date comes back.
  return dated && { start: dated.start, end: dated.end, at: dated.at, scene: dated.scene };
}

/** A sentence without its dashed or bracketed asides. */
const withoutAsides = (sentence: string) => sentence.replace(/\s[—–]\s[^—–]*?(?=\s[—–]\s|$)(?:\s[—–]\s)?/g, ' ').replace(/\([^()]*\)/g, ' ');

/** The dates outside asides, when there are any. */
const mainClause = (found: Found[]) => (found.some((f) => !f.aside) ? found.filter((f) => !f.aside) : found);

const eventStated = (date: string): StatedAt => ({ date, precision: date.length > 7 ? 'DAY' : 'MONTH', source: 'TEXT' });

/** The last dated event named in the paragraph before `end` (article offsets), if any. */
function eventAbout(events: DateContext['events'], from: number, end: number): StatedAt | undefined {
  let last: string | undefined;
  for (const e of events ?? []) if (e.date && e.start >= from && e.end <= end) last = e.date;
  return last ? eventStated(last) : undefined;
}

// "which", "who", and "that" opening a clause about someone named: "the truce that Ukraine accepted last week"
// (not "said that Ukraine …", where "that" opens what was said).
// One pass finds the openers; a "that" after a verb of saying is then set aside (checked on the words before it: a
// lookbehind of this size, tried at every character, cost a fifth of all extraction time).
const RELATIVE = /\b(?:which|who|whom|whose)\b|\s+that(?=\s+\p{Lu}\p{Ll})/gu;
const SAYING_BEFORE = /\b(?:said|says|say|told\s+\p{L}+|warned|argued|added|stressed|insisted|declared|wrote|agreed|agrees|believes?|believed|thinks?|thought|noted|claimed|announced|confirmed|hoped|hopes|suggested|signall?ed|clear|knows?|knew|acknowledged|admitted|repeated|reiterated|recalled|explained|emphasi[sz]ed|underlined|promised|pledged|vowed|assured|reminded|shows?|showed|means?|meant|so|such|now|ensured?|insists|warns|argues|adds|stresses|writes|notes|claims|announces|confirms|suggests|recalls|explains|promises|pledges|vows|demanded|demands|proposed|proposes|hinted|hints|predicted|predicts|accepted|accepts|feared|fears|expected|expects|understood|understands|learned|learnt|heard|told\s+\p{L}+\s+\p{L}+)$/u;

/**
 * Whether date `f` sits in a relative clause about someone other than the speaker (at `said`): one opened after the
 * speaker's name by "which"/"who" that the speaker is not part of. "Starmer, who spoke on Monday, …" is his own.
 */
function inOthersClause(paragraph: string, sentenceStart: number, f: Found, said: number): boolean {
  const clause = paragraph.slice(sentenceStart, f.start);
  const opener = matchesOf(clause, RELATIVE).filter((m) => !m[0].endsWith('that') || !SAYING_BEFORE.test(clause.slice(Math.max(0, m.index - 100), m.index))).at(-1);
  if (!opener) return false;
  const at = sentenceStart + opener.index!;
  if (said > at) return false;
  return !NAMES_THEN_COMMA.test(paragraph.slice(said, at));
}

// Names recur across an article's evidence: each one's pattern is compiled once.
// Not \b at its end: a name ending in a full stop ("U.S.") is a whole word before a space too.
const wholeWord = remembered((name: string) => new RegExp(`\\b${escapeRegExp(name)}(?!\\w)`), 5000);

/** Where in the quote the first of `names` is mentioned (whole words), if any. */
function speakerAt(paragraph: string, start: number, end: number, names: readonly string[]): number | undefined {
  const quote = paragraph.slice(start, end);
  let first: number | undefined;
  for (const name of names) {
    if (name.length < 2) continue;
    const match = wholeWord(name).exec(quote);
    if (match && (first === undefined || match.index < first)) first = match.index;
  }
  return first === undefined ? undefined : start + first;
}

/** `2025-02-14`, `2025-02` or `2025`; undefined when absent or unreadable. */
export function parsePublished(value: string | undefined): Day | undefined {
  const match = value?.match(/^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/);
  if (!match) return undefined;
  const [, year, month, day] = match;
  return { year: Number(year), ...(month && { month: Number(month) }), ...(day && { day: Number(day) }) };
}

const format = ({ year, month, day }: Day): string =>
  [String(year).padStart(4, '0'), month && pad(month), month && day && pad(day)].filter(Boolean).join('-');
const pad = (n: number) => String(n).padStart(2, '0');
const precisionOf = (d: Day): DatePrecision => (d.day ? 'DAY' : d.month ? 'MONTH' : 'YEAR');
const distance = (f: Found, start: number, end: number) => (f.end <= start ? start - f.end : f.start - end);

// "early 2024", "mid-2023", "the end of 2024": chrono reads none of these.
const PART_OF_YEAR = /\b(?:(?:early|mid|late)[- ]|the (?:start|beginning|middle|end) of |(?:spring|summer|autumn|fall|winter) (?:of )?)((?:19|20)\d{2})\b/gi;
// A bare year: "in 2022", "since 2014".
const BARE_YEAR = /\b(?:in|since|during|of|by) ((?:19|20)\d{2})\b(?![-–/]| ?(?:troops|soldiers|km|people))/gi;
/**
 * Whether a sentence stays in the scene: not in the present perfect or saying "previously", unless the perfect sits
 * in a clause after the sentence's own verb ("Lind is blunt about the plan some in Moscow have floated", "Merz said
 * Germany has ruled it out"): then the sentence's verb tells the time.
 */
function inSceneSentence(told: string): boolean {
  const sentence = /\bwho\s+(?:has|have)\b/i.test(told) ? told.replace(WHO_HAS_ASIDE, ' ') : told;
  const perfect = OUT_OF_SCENE.exec(sentence);
  if (!perfect) return true;
  return !/\bpreviously\b/i.test(sentence) && (MAIN_VERB.test(sentence.slice(0, perfect.index)) || RELATIVE_BEFORE.test(sentence.slice(0, perfect.index)));
}
// "Merz, who has taken a harder line than his predecessor, said …": a perfect in an aside about the speaker, closed
// before the sentence's verb of saying, is background; the verb tells the time.
const WHO_HAS_ASIDE = /,\s+who\s+(?:has|have)\s[^,;:.!?]*,(?=\s+(?:\p{Ll}+ly\s+)?(?:said|told|added|warned|argued|insisted|stressed|wrote|urged|replied|called|announced|declared)\b)/giu;
// A perfect in a relative clause about a place or thing ("went to Mont-Valérien, where the headquarters has been
// prepared"): the clause's tense, not the sentence's.
const RELATIVE_BEFORE = /\S[^.!?]*?,?\s(?:where|which|whose)\s[^,;:.!?]*$/i;
// A simple tense of "be" or of a verb of saying: the sentence's own verb, ahead of a perfect in a clause after it.
const MAIN_VERB = /\b(?:is|are|was|were|said|says|told|tells|added|argued|warned|insisted|stressed|replied|answered)\b/i;
const OUT_OF_SCENE = /(?<!\bto\s)\b(?:has|have)\s+(?:\w+ly\s+|long\s+)?(?:been\s+)?[a-z]+(?:ed|en|un|wn|ne|id|ld|ht|de|nt|ft)\b|\bpreviously\b/i;
// Dates relative to the one stated before them, not to the publication date.
const LEAD_UP = /(?:^|[.!?]["”’)]*\s+)(?:Before|Ahead of|In the run-up to|In the days before)\s+[^,;.!?]{1,80}$/;
const ANCHORED = /\b(?:later|after(?:wards)?|(?:the )?(?:next|following) (?:day|week|month)|earlier|before)\b/i;
const COMPONENTS = ['year', 'month', 'day', 'weekday'] as const;
// A verb looking ahead in the clause before a date.
const FUTURE_CUE = /\b(?:will|shall|won['’]t|would(?!\s+(?:not\s+)?have\b)|(?:should|must)(?!\s+(?:not\s+)?have\b)|due\s+to\s+(?:meet|visit|travel|arrive|attend|hold|host|speak|address|sign|vote|decide|announce|present|fly|return|begin|start|open|join|chair|report|hold)\b|(?:is|are|was|were) (?:due|set|expected|scheduled|going) to|(?:is|are) (?:due|expected|scheduled) (?:at|in|back|for)|plans? to|(?:ready|prepared|willing|poised)\s+to\s+(?!(?:do\s+so|that|this)\b)\p{Ll}+|to be held|next|upcoming|coming(?!\s+(?:back|home|from|out|under|together)\b))\b|['’]ll\b/iu;
// A clause whose verb, in the present, tells a date on the calendar ahead: "He faces an election on Sunday", "The summit
// opens in Brussels on Thursday", "Lavrov is travelling to Alaska on Thursday" (news writes arrangements so; in a
// caption, a headline or a bullet the present tells what happened, so those lines are not read this way). The verb comes
// within the clause's first words, after its subject: "the heads of state on Monday" is no verb.
const SCHEDULED_PRESENT = /^\s*(?:[\p{L}'’.-]+\s+){0,5}?(?:faces|opens|travels|holds|hosts|visits|flies|begins|starts|convenes|reconvenes|resumes|chairs|goes\s+to\s+the\s+polls|takes\s+office|(?:is|are)\s+(?:travell?ing|meeting|visiting|hosting|heading|flying|going|holding|attending|chairing|convening|returning))\b/iu;
/** Lines whose present tense is no arrangement: headings, captions and italic notes, bullets, pictures. */
const NOT_PROSE = /^\s*(?:#|[*_]|[-•]\s|!\[)/;
// A gathering proposed with its place and day: "proposed direct talks between Russia and Ukraine in Istanbul on
// Thursday", "invited the leaders to a summit in Rome on 3 July": when it would be held, ahead of the proposing.
const PROPOSED_GATHERING = /\b(?:propos(?:ed|es|ing)|suggest(?:ed|s|ing)|offer(?:ed|s|ing)|invit(?:ed|es|ing)\s+[^,;.!?]{1,40}?\s+to|call(?:ed|s|ing)\s+for)\s+(?:[\p{L}-]+\s+){0,4}?(?:talks|meeting|summit|negotiations|conference)\b[^,;.!?"“”]{0,60}?\s+in\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+(?:on\s+)?$/u;
// "If the talks fail on Friday": a condition in the present is still to come ("If he said so on Friday" is not).
const CONDITION_AHEAD = /\b(?:if|unless)\s+(?![^,;]*\b(?:was|were|had|did|said|met|told|made|took|gave|came|went|held|spoke|wrote|left|sent|began|ran|saw|\p{Ll}+ed)\b)[^,;]*$/iu;
// "days after the summit on", "weeks before the vote of": a thing's day, and a span of days or weeks from it.
const SOME_DAYS_FROM = /\b(days|weeks)\s+(after|before)(?=\s)/gi;
const COUNTED = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+$/i;
const PLUPERFECT_CUE = /\bhad\s/;
const LATER_THIS = /\blater\s+this\s+(?:week|month|year)\b[,.;:!?)"”’\s]*$/i;
// A possessive day's thing followed by a relative clause in the past: "'s call with Putin, which caught many by surprise".
const TOLD_IN_PAST = /^['’]s\s[^.!?;:,]{0,100},\s+(?:which|that)\s+(?:\p{Ll}+ly\s+)?(?:was|were|\p{Ll}{2,}ed|caught|took|left|came|went|made|saw|brought|drew|gave|broke|fell|met|spoke|told|said|sent|held|began|won|lost|ran|shook|struck|threw|led|produced|yielded)\b/u;
// A verb in the pluperfect: "had already said", "had been agreed", "had rejected".
const PLUPERFECT = /\bhad\s+(?:(?:already|also|earlier|previously|just|not|never|long|once|even|first)\s+)*(?:been\s+)?\p{Ll}{2,}(?:ed|en|ld|ht|id|wn|ne|de|nt|ft|ok|ew|ung|ood|ame|ut|et|ad|un|ld)\b/u;
// What makes a pluperfect after it no look back of the sentence's own: a verb of saying or "that" before it (reported
// speech), or a subordinating word ("after he had landed", "when she had gone", "which he had signed").
const LOOK_BACK_BLOCKED = /\b(?:said|says|told|tells|wrote|writes|added|announced|stressed|insisted|argued|warned|declared|recalled|noted|explained|confirmed|that|after|before|when|once|until|since|because|as|if|which|who|whom|whose|where|while|though|although)\b/i;
// "the day before yesterday": counted from the writer's day, like "yesterday", not from the date stated before.
const DEICTIC_WORD = /\b(?:yesterday|today|tomorrow|tonight|last\s+night)\b/i;
// Words for the day a speaker speaks.
const DEICTIC = /^(?:today|tonight|this (?:morning|afternoon|evening)|now)$/i;
const QUOTED_TODAY = /^(?:today|tonight)$/i;
// An aside opened by a comma: "X, sworn in as prime minister on March 14, …", "Y, who met him on Monday, …".
const ASIDE = /,\s*(?:who|which|sworn|elected|re-elected|appointed|named|installed|inaugurated|born|announced|imposed|unveiled|introduced|published|released|issued|presented)\b(?:[^,.;]|(?<=\b[a-z])\.|\.(?=\S))*$/i;
// A participle aside naming its agent: ", announced by (the) ", ", imposed by ".
const BY_AGENT = /^,\s*(?:announced|imposed|unveiled|introduced|published|released|issued|presented|appointed|named|elected)\s+by\s+(?:the\s+)?/i;
// Reported speech running up to a word: "He said that today Europe must …" is the speaker's today.
/** Characters looked back from a "today" for the verb of saying it is reported under: a long sentence of reported speech. */
const REPORTED_REACH = 300;
const REPORTED = /\b(?:said|says|told [\p{L} ]{2,30}?|warned|argued|added|stressed|insisted|declared|wrote)\s+that\b[^.;!?]*$/iu;
const SINCE = /\bsince\s+(?:the\s+)?$/i;
const SINCE_CLAUSE = /\bsince\s+(?:(?:he|she|they|it|\p{Lu}[\p{L}'’-]+)\s+)?(?:took|taking|was|were|became|becoming|entered|assumed|returned|returning)\b[^,.;!?"“”]{0,40}?(?:\s(?:on|in)\s+(?:the\s+)?|\s+)$/u;
// "a truce starting on Monday", "ready for the truce from Monday": when a period begins, not when anything was said.
const STARTING = /\b(?:starting|beginning|effective|from|as of)\s+(?:on\s+|at\s+)?(?:the\s+)?$|^from\s+$/i;
// A date on a decision or document named inside what was said: "said the plans agreed in Paris on 6 January would …",
// "argued that the deal signed on 3 March …" (not "an interview published on Sunday" or "the meeting held on Monday":
// when and where the statement itself was made).
const DECIDED = /\b(?:agreed|signed|adopted|reached|struck|drafted|approved|endorsed|ratified|concluded)\b/;
const ATTRIBUTIVE = /\b(?:said|says|told|argued|warned|insisted|recalled|stressed|added|noted|explained|reminded)\b[^.;!?"“”]*?\b(?:the|a|an|its|their|his|her|this|that|these|those)\s+(?:[\p{L}-]+\s+){0,3}?(?:agreed|signed|adopted|reached|struck|drafted|approved|endorsed|ratified|concluded)\s+(?:(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+)?(?:(?:on|in)\s+(?:the\s+)?)?$/u;
// What was said is told in the pluperfect: "said on Monday that he had agreed …".
const REPORTS_EARLIER = /^[^.;!?"“]{0,30}?\bthat\s+[^.;!?"“]{1,80}?\bhad\s+(?:(?:already|earlier|previously|not|never)\s+)?(?!been\b)\p{Ll}+(?:ed|en|ld|ht|id|wn|ne|de|nt|ft|ok|ew|ung|ood|ame)\b/u;
// A gathering talked over, with its day: "The leaders discussed the meeting between Trump and Putin in Alaska on
// Friday", "welcomed the talks in Geneva on Sunday": the gathering's day, not the day of the discussing.
const TALKED_OVER = /\b(?:discuss(?:ed|es)|welcom(?:ed|es)|not(?:ed|es)|prais(?:ed|es)|hail(?:ed|s)|critici[sz](?:ed|es)|condemn(?:ed|s)|review(?:ed|s)|debat(?:ed|es)|assess(?:ed|es)|(?:briefed|reflected|reported|commented|spoke|talked)\s+(?:\p{L}+\s+)?(?:on|about))\s+(?:the|last|this)\s+(?:[\p{L}-]+\s+){0,2}?(?:summit|meeting|talks|call|conference|visit|vote|speech|attack|strike|negotiations)\b[^.;!?"“”,]{0,80}?\s(?:(?:on|of)\s+(?:the\s+)?)?$/u;
// A relative clause without its "that", on an earlier time the object was said or done: "repeated the line he already
// defended in Paris in February", "stood by the plan she first presented on Monday": that time, not the repeating.
const CONTACT_CLAUSE = /\b(?:the|a|an|this|that|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?\p{Ll}{3,}\s+(?:he|she|they|we|I)\s+(?:had\s+)?(?:already|first|previously|earlier|once)\s+\p{Ll}+(?:ed|en|ld|ht|id|wn|ne|de|nt|ft|ut)\b[^,.;:!?"“”]{0,50}?\s$/u;
// Words of another answered, with their day: "Commenting on the remarks made by Putin in Beijing earlier this week, the
// minister said …", "Responding to Trump's comments on Sunday, …", "dismissed the offer made by the Kremlin on Friday":
// the day those words were said, not the answering.
const ANSWERED_WORDS = /\b(?:[Cc]omment(?:ing|ed|s)?\s+on|[Rr]espond(?:ing|ed|s)?\s+to|[Rr]eact(?:ing|ed|s)?\s+to|[Ii]n\s+(?:response|reply|reaction)\s+to|[Rr]epl(?:ying|ied|ies)\s+to|[Aa]nswer(?:ing|ed|s)?|[Aa]sked\s+about|[Dd]ismiss(?:ing|ed|es)?|[Rr]eject(?:ing|ed|s)?|[Rr]ebuff(?:ing|ed|s)?|[Ww]elcom(?:ing|ed|es)|[Mm]ock(?:ing|ed|s)?|[Cc]riticis(?:ing|ed|es)|[Cc]riticiz(?:ing|ed|es)|[Cc]ondemn(?:ing|ed|s)?)\s+((?:the|a|an|these|those|his|her|their|its|(?:\p{Lu}[\p{L}.'’-]*\s+)*\p{Lu}[\p{L}.'’-]*['’]s?)\s+(?:[\p{L}-]+\s+){0,2}?(?:remarks|comments|statement|words|invitation|offer|proposal|announcement|ultimatum|threat|claims?)\b(?:\s+(?:made|given|delivered|issued|extended|voiced|repeated|published|posted))?(?:\s+by\s+[^,.;:!?"“”]{1,60}?)?(?:\s+(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})?\s+(?:(?:on|in|of)\s+(?:the\s+)?)?)$/u;
const SAYING_BEFORE_DATE = /\b(?:said|told\s+[\p{L} ]{2,30}?|announced|confirmed|revealed|disclosed)\s+$/u;
// A day's words or deeds in the possessive: "by Monday's statement", "by Tuesday's strikes".
const AGENT_POSSESSIVE = /^['’]s\s+(?:[\p{L}-]+\s+)?(?:statement|speech|remarks|comments|announcement|decision|address|interview|post|letter|words|attacks?|strikes?|vote|result|ruling|move|threats?)\b/u;
// "The decision was pushed to December", "postponed until next week": the day a thing was put off to, still to come.
const DEFERRED_TO = /\b(?:pushed|put\s+off|postponed|delayed|deferred|adjourned|moved|shifted)\s+(?:back\s+)?(?:to|until|till|into)\s+(?:the\s+)?(?:start\s+of\s+|end\s+of\s+|middle\s+of\s+)?$/i;
const LAST_WEEKEND = /\b(?:last|the\s+previous)\s+weekend\b/i;
// "Military chiefs are to meet in London on Thursday": the British news future of a thing scheduled.
const SCHEDULED_TO = /\b(?:is|are)\s+(?:also\s+|now\s+)?to\s+(?:meet|visit|travel|arrive|attend|hold|host|speak|address|sign|vote|decide|announce|present|fly|return|begin|start|open|join|chair|report|resume|gather|convene|be\s+held)\b/i;
const DOTTED_DATE = /\b(on|of|since|by|until|till|before|after|from)\s+(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b(?![.,]\d)/gi;
const DEADLINE = /\b(?:until|till|by|deadline\s+of)\s+(?:the\s+)?$/i;
const PERIOD_FOR = /\bfor\s+$/i;
// How far back a bare year may still date a statement in a news report.
const HISTORY_YEARS = 15;
const THIS_WEEK = /\b(?:earlier |later )?this week\b/gi;
// Lengths of time chrono reads as dates counted from now: "for more than two hours", "talks lasting three days".
const DURATION = /\b(?:hours?|minutes?|seconds?)\b/i;
const DURATION_BEFORE = /\b(?:for|lasting|lasted|within|over)\s+(?:(?:more|less|fewer)\s+than|about|around|nearly|almost|some|just|up\s+to|roughly)?\s*$/i;
// Words chrono reads as dates that say nothing about when: "now", "currently".
const IGNORED = /^(?:now|right now|currently|present)$/i;
// "a deal that lasts": chrono reads "last s(econd)" in one word; a unit glued to its modifier is no date.
const GLUED = /^(?:this|last|past|next)\p{L}+$/iu;
// "The Sun", "Sat": a short day or month name standing alone is a word or a title, not a date.
const SHORT_NAME = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/i;
// Lowercase "sat", "may", "sun" are words, not Saturday or May.
const LOWERCASE_NAME = /^(?:on )?(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)$/;

// Every evidence of an article asks about the same few paragraphs: parse each once (the last article's only).
let parsed: { text: string; publishedAt?: string; paragraphs: Map<number, Found[]>; scenes?: Map<number, SceneWalk> } | undefined;

function datesOf(article: { text: string; publishedAt?: string }, from: number, to: number, published: Day | undefined): Found[] {
  if (parsed?.text !== article.text || parsed.publishedAt !== article.publishedAt) parsed = { text: article.text, publishedAt: article.publishedAt, paragraphs: new Map() };
  // The same text in another string (the masked text the event rules read, the reading the statements are dated in):
  // kept, so later calls compare it by reference, not character by character (that made long articles quadratic).
  else parsed.text = article.text;
  let found = parsed.paragraphs.get(from);
  if (!found) {
    // A live-blog entry's "this morning", "yesterday" and "on Friday" count from the entry's day, not the page's.
    const paragraph = article.text.slice(from, to);
    const entryAt = ENTRY_START.test(paragraph) ? from : entryAbove(article.text, from);
    const entry = entryAt === undefined ? undefined : entryDate(article, entryAt, published);
    const day = entry?.precision === 'DAY' ? parsePublished(entry.date) : published;
    // Under a heading giving a calendar day (a readout's "### Call with the Chancellor: 24 November 2025", a diary's
    // "**Monday 10 March**") "this afternoon", "today" and "yesterday" are that day's: the section was written then.
    // (Weekdays and months stay the writer's: a ledger's "**Moscow — Jan 8**" may go on "… last Friday".)
    const headed = entry === undefined && !HEADING.test(paragraph) ? sectionDay(article, from, published) : undefined;
    parsed.paragraphs.set(from, (found = datesIn(paragraph, day, (dayOnly?: boolean) => lastDateBefore(article, from, published, dayOnly), () => sectionYear(article.text, from), entry === undefined, headed && parsePublished(headed.date))));
  }
  return found;
}

/**
 * What the sentence at `offset` counts dates from besides the article's own day: the day of the live-blog entry it is
 * in, and the year its section's heading names (for event dates, read apart from statements).
 */
export function dayContextAt(article: { text: string; publishedAt?: string }, offset: number): { day?: string; year?: number } {
  const published = anchorOf(article);
  const [from, to] = paragraphAround(article.text, offset);
  const entryAt = ENTRY_START.test(article.text.slice(from, to)) ? from : entryAbove(article.text, from);
  const entry = entryAt === undefined ? undefined : entryDate(article, entryAt, published);
  const section = sectionYear(article.text, from);
  return { ...(entry?.precision === 'DAY' && { day: entry.date }), ...(section && { year: section.year }) };
}

/** Paragraphs of a section looked back through for its heading. */
const SECTION_PARAGRAPHS = 12;

// A calendar day written out: "23 November", "Nov. 23", "23.11.".
const CALENDAR_DAY = /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\.\d{1,2}\./i;

/**
 * The day the heading over the paragraph at `paragraphStart` gives its section, when it is a heading naming a calendar
 * day ("**Monday 10 March**", "### PM call with President Trump: 23 November 2025") on or before the article's own
 * day; undefined under any other heading (a question, a title, a weekday alone) or none. Not the article's headline.
 */
function sectionDay(article: { text: string; publishedAt?: string }, paragraphStart: number, published: Day | undefined): StatedAt | undefined {
  const { text } = article;
  let end = paragraphStart - 1;
  for (let hops = 0; end > 0 && hops < SECTION_PARAGRAPHS; ) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const paragraph = text.slice(start, end);
    if (HEADING.test(paragraph)) {
      if (HEADLINE.test(paragraph) || QUESTION.test(paragraph) || !CALENDAR_DAY.test(paragraph)) return undefined;
      const day = dateHeading(article, start, end, published) ?? labelledDateHeading(article, start, end, published);
      return day?.precision === 'DAY' && (!published?.day || day.date <= format(published.latest ?? published)) ? day : undefined;
    }
    if (paragraph.trim() && !FIGURE.test(paragraph) && !RULE.test(paragraph)) hops++;
    end = start - 1;
  }
  return undefined;
}

/** Paragraphs of an entry's body looked back through for its time line. */
const ENTRY_BODY_PARAGRAPHS = 4;

/**
 * Where the live-blog entry starts whose body holds the paragraph at `paragraphStart`, when its time stands on a line
 * above ("**08:10**", then "Good morning. The Kremlin said earlier today …"): that "today" is the entry's day.
 */
function entryAbove(text: string, paragraphStart: number): number | undefined {
  let end = paragraphStart - 1;
  for (let hops = 0; end > 0 && hops < ENTRY_BODY_PARAGRAPHS; ) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (ENTRY_START.test(line)) return start;
    if (HEADING.test(line)) return undefined;
    // Pictures and captions sit inside an entry.
    if (line.trim() && !FIGURE.test(line)) hops++;
    end = start - 1;
  }
  return undefined;
}

/** The last date stated in the paragraphs before `paragraphStart`, up to a heading: what "Two days later, …" counts from. */
// A markdown subheading of a few words ("## Tea in Downing Street"), not a bold line, which may be a label or a lead-in.
const STORY_SUBHEADING = /^\s*(?:#{2,4}\s+[^\n]{1,80}|['‘"“]?\p{Lu}[\p{Lu} '‘’"“”&!?,.:-]{2,40})$/u;

// A bold line giving a label and its value ("**Verdict: Misleading**", "**Status: confirmed**"): a fact-check's or a
// form's field inside its entry, not a heading that starts another; "The next day" under it counts from the day above.
const LABEL_LINE = /^\s*\*\*[^*\n:]{2,30}:\s+[^*\n]{1,40}\*\*\s*$/;

/**
 * The day in `month` (YYYY-MM) that the dated heading over the paragraph at `paragraphStart` names, when it names one:
 * a timeline's entry "**19 May and 4 June — more calls**" dates "the June call" under it on 4 June.
 */
function headingDayIn(article: { text: string; publishedAt?: string }, paragraphStart: number, published: Day | undefined, month: string): StatedAt | undefined {
  const { text } = article;
  let end = paragraphStart - 1;
  for (let hops = 0; end > 0 && hops < SCENE_PARAGRAPHS; ) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const paragraph = text.slice(start, end);
    if (HEADING.test(paragraph)) {
      if (QUESTION.test(paragraph) || !(dateHeading(article, start, end, published) ?? labelledDateHeading(article, start, end, published))) return undefined;
      return datesOf(article, start, end, published).find((f) => stating(f) && f.at.precision === 'DAY' && f.at.date.startsWith(month))?.at;
    }
    if (paragraph.trim() && !FIGURE.test(paragraph)) hops++;
    end = start - 1;
  }
  return undefined;
}

/** Days lastDateBefore read from a dated heading over the paragraph: the entry's own day. */
const FROM_HEADING = new WeakSet<StatedAt>();

function lastDateBefore(article: { text: string; publishedAt?: string }, paragraphStart: number, published: Day | undefined, dayOnly = false): StatedAt | undefined {
  const { text } = article;
  let end = paragraphStart - 1;
  for (let hops = 0; end > 0 && hops < SCENE_PARAGRAPHS; ) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const paragraph = text.slice(start, end);
    // As for sceneBefore, pictures and their captions stand beside the story, and blank lines and subheadings do not count.
    if (FIGURE.test(paragraph)) {
      end = start - 1;
      continue;
    }
    if (paragraph.trim() && !HEADING.test(paragraph)) hops++;
    // A story's subheading ("## Tea in Downing Street") goes on with its scene, as for sceneBefore: "The next day"
    // under it counts from the day told above it. A question (an explainer's) or a dated heading starts anew.
    // A timeline's entry heading ("**11 April and 25 April — St Petersburg**") is the day its entry counts from: "Two
    // weeks later he is back" under it.
    const headed = HEADING.test(paragraph) && !QUESTION.test(paragraph) ? (dateHeading(article, start, end, published) ?? labelledDateHeading(article, start, end, published)) : undefined;
    if (headed?.precision === 'DAY') {
      const at = { ...headed };
      FROM_HEADING.add(at);
      return at;
    }
    if (HEADING.test(paragraph) && (QUESTION.test(paragraph) || !(STORY_SUBHEADING.test(paragraph) || LABEL_LINE.test(paragraph)) || datesOf(article, start, end, published).length)) return undefined;
    const last = withoutRecalled(mainClause(datesOf(article, start, end, published).filter(stating))).filter((f) => !dayOnly || f.at.precision === 'DAY').at(-1);
    if (last) return last.at;
    end = start - 1;
  }
  return undefined;
}

// A heading that names a month of a year, or a year: "**What did Berlin say in February 2025?**", "## In 2025".
const HEADING_YEAR = /\b(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?|in|of|during)\s+((?:19|20)\d{2})\b/i;
/** Lines looked back through for the heading of a paragraph's section. */
const SECTION_LINES = 12;

/**
 * The year the heading over the paragraph at `paragraphStart` names, as a month and year or "in 2025": an explainer
 * looking back ("What did Berlin say in February 2025?") dates "on 17 February" under it in that year.
 */
function sectionYear(text: string, paragraphStart: number): { year: number; from: string } | undefined {
  let end = paragraphStart - 1;
  for (let lines = 0; end > 0 && lines < SECTION_LINES; lines++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (HEADING.test(line)) {
      const m = HEADING_YEAR.exec(line);
      if (!m) return undefined;
      const month = LETTER_FIRST.test(m[0]) && !/^(?:in|of|during)\s/i.test(m[0]) ? MONTH_NAMES.findIndex((n) => n.startsWith(m[0].slice(0, 3).toLowerCase())) + 1 : 0;
      return { year: Number(m[1]), from: month ? `${m[1]}-${pad(month)}` : m[1] };
    }
    end = start - 1;
  }
  return undefined;
}

// What a chain names before that thing's day: " the Oslo summit on ", " the vote of ", " talks in Geneva on ".
const NAMED_THING_ON = /^\s+(?:(?:the|a|an|its|their|his|her|this|that)\s+|\p{Lu}[\p{L}.'’-]*['’]s\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:summit|talks|meeting|conference|forum|call|vote|election|referendum|visit|trip|ceremony|parade|speech|address|debate|session|council|attack|strike|invasion|funeral|inauguration|announcement|signing|hearing|gathering|rally|negotiations|interview|deadline)s?(?:\s+(?:in|at|with)\s+[^,.;:!?—–()"“”]{1,30}?)?\s(?:on|of)\s+$/u;
// "on the Monday", "on the Sunday and Monday": a weekday the story has set, named with the article.
const DEFINITE_WEEKDAY = /\bthe\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:and|or|&)\s+)?$/i;
const FOLLOWING_WEEKDAY = /\bthe\s+following\s+(mon|tues|wednes|thurs|fri|satur|sun)day\b/gi;
const WEEKDAY_STEMS = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'];
const NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
// A day counted from the one stated before: "two days later", "the following day", "the day before", "a week later".
// What follows "the day after" when that day has not come: "a ceasefire", "any peace deal".
const HYPOTHETICAL_AFTER = /^\s+(?:a|an|any)\s+(?:[\p{L}-]+\s+)?(?:ceasefire|truce|peace|deal|agreement|settlement|armistice)\b/iu;
const CHAIN = /\b(?:(?:the\s+)?(?:next|following)\s+(day|morning|afternoon|evening|night|week)|(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?|fortnights?)\s+(later|after(?:wards)?|before|earlier|ago)|the\s+(?:day|morning|evening|night)\s+(before|after|prior)(?!\s+(?:yesterday|tomorrow|last))|the\s+(previous|preceding)\s+(?:day|morning|afternoon|evening|night|week)|(?:on\s+)?the\s+(eve)(?:\s+of\b|(?=\s*,))|\b(?:the\s+same|that\s+same|(?<!\b(?:said|says|say|told|warned|argued|added|insisted|stressed|wrote|hoped|believed|noted|claimed)\s+)that)\s+(day|morning|afternoon|evening|night|week)\b|\b(?:(?:earlier|later)\s+(?:in\s+the|that)|in\s+the\s+course\s+of\s+the)\s+(day|morning|afternoon|evening))/gi;

// What runs from a date to a chain closing its clause: " approved a 19th package of sanctions on Russia, " (no
// sentence end, quote or other clause between).
const CLAUSE_THEN_CHAIN = /^\s[^,.;:!?—–"“”()]{1,100},\s*$/;
// The verb of "X came a day after Y": X is the news, Y what it followed.
const CAME_BEFORE = /\b(?:came|comes|come|arrived|arrives)\s+(?:just\s+|only\s+|barely\s+|exactly\s+)?$/i;

/**
 * The day of an event named right after a chain that ends `before` ("… the morning after the White House meeting", "two
 * days before the summit"), in a sentence that happened on `day`: counted back from that day. Undefined when `before`
 * ends in no such chain ("a week ago, the summit …", "the next day the summit …").
 */
export function countedBackFrom(before: string, day: StatedAt | undefined): StatedAt | undefined {
  const tail = before.slice(-80);
  const chain = [...matchesOf(tail, CHAIN)].at(-1);
  if (!chain || !/\b(?:after|before|prior|of)$/i.test(chain[0]) || !/^\s+(?:to\s+)?(?:the\s+)?$/i.test(tail.slice(chain.index + chain[0].length))) return undefined;
  return chained(chain, day, true);
}

/** The date `match` of CHAIN names, counted from `anchor` (a day). */
function chained(match: RegExpMatchArray, anchor: StatedAt | undefined, reverse = false): StatedAt | undefined {
  if (!anchor || anchor.precision !== 'DAY') return undefined;
  // "earlier in the day", "later that evening": the same day as the one stated before (chrono reads "in the day" as tomorrow).
  const [, nextUnit, count, unit, direction, dayBefore, previous, eve, sameDayUnit, inDay] = match;
  const sameUnit = sameDayUnit ?? inDay;
  // "a week later" is seven days on, "a fortnight ago" fourteen days back; "the following week" only somewhere in it.
  // "the previous week": seven days back, and only somewhere in that week.
  const previousWeek = Boolean(previous) && /week$/i.test(match[0]);
  const week = nextUnit === 'week' || /^week/i.test(unit ?? '') || previousWeek;
  const perUnit = /^fortnight/i.test(unit ?? '') ? 14 : week ? 7 : 1;
  // "the same day" is the day stated before; "the same week" only somewhere in it.
  const vague = nextUnit === 'week' || sameUnit?.toLowerCase() === 'week' || previousWeek;
  const days = sameUnit ? 0 : previousWeek ? -7 : previous || eve ? -1 : dayBefore ? (/^(?:before|prior)$/i.test(dayBefore) ? -1 : 1) : nextUnit ? perUnit : (NUMBERS[count!.toLowerCase()] ?? Number(count)) * perUnit * (/^(?:before|earlier|ago)$/i.test(direction!) ? -1 : 1);
  const date = new Date(Date.parse(`${anchor.date}T12:00:00Z`) + (reverse ? -days : days) * 86_400_000).toISOString();
  return vague ? { date: date.slice(0, 7), precision: 'APPROXIMATE', source: 'TEXT' } : { date: date.slice(0, 10), precision: 'DAY', source: 'TEXT' };
}

// Every date chrono reads has a digit, a month or weekday name, a unit of time or a word such as "today" in it, as a
// word of its own ("minister" and "security" hold no "min" or "sec"); most of a news page's paragraphs have none of
// these, and chrono costs more than everything else the paragraph needs.
export const DATE_CUE =
  /\d|\b(?:now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|(?:mid)?night|morning|afternoon|evening|midday|noon|secs?|seconds?|mins?|minutes?|hours?|hrs?|days?|weekends?|weekdays?|weeks?|fortnights?|months?|mos?|years?|yrs?|decades?|quarters?|qtrs?|ago|later|mon(?:day)?|tues?(?:day)?|wed(?:nesday)?|thu(?:rs?)?(?:day)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|end\s+of/i;
// "the evening of 3 July", "the night of 3 to 4 July": chrono reads only "evening" (today); the date follows "of".
// "each June", "every February": a month of a yearly gathering.
const EACH_BEFORE = /\b(?:each|every)\s+$/i;
// What joins a weekday to the date that names the same day: a bracket, a comma, "of" ("Monday afternoon of 18 August").
const WEEKDAY_THEN_DATE = /^\s*(?:[([]|,|of)\s*$/i;
const PART_OF_DAY_OF = /^(?:morning|afternoon|evening|night)\s+of\s+/i;

/** A chrono result for "evening of 3 July" read again from its date: the 3rd of July, at the same place in the text. */
function partOfDayOf(result: chrono.ParsedResult, ref: Date | undefined): chrono.ParsedResult {
  const part = PART_OF_DAY_OF.exec(result.text);
  if (!part || result.start.isCertain('day') || result.start.isCertain('weekday')) return result;
  const [date] = chrono.en.casual.parse(result.text.slice(part[0].length), ref ? { instant: ref, timezone: 0 } : undefined, { forwardDate: false });
  return date?.index === 0 ? Object.assign(Object.create(Object.getPrototypeOf(date)), date, { index: result.index + part[0].length }) : result;
}

const YEAR_AFTER = /^,?\s+(?:of\s+)?(last|previous|this)\s+year\b/i;

// "On 6 January, 35 leaders met": chrono reads the count after the comma as the year ('35).
const COUNT_AS_YEAR = /,\s*\d{1,2}$/;

/** A chrono result whose year is a number after a comma, read again without it. */
function withoutCount(result: chrono.ParsedResult, ref: Date | undefined): chrono.ParsedResult {
  if (!COUNT_AS_YEAR.test(result.text) || !result.start.isCertain('year')) return result;
  const [date] = chrono.en.casual.parse(result.text.replace(COUNT_AS_YEAR, ''), ref ? { instant: ref, timezone: 0 } : undefined, { forwardDate: false });
  return date?.index === 0 ? Object.assign(Object.create(Object.getPrototypeOf(date)), date, { index: result.index }) : result;
}

// "Good morning. Yesterday in The Hague …": chrono reads across the full stop as one date and loses "Yesterday".
// (Not after an abbreviation: "Aug. 15", "Sat. 16".)
const SENTENCE_IN_DATE = /(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mon|Tues?|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|St|[A-Z]))[.!?]["”’)]*\s+(?=["“]?[A-Z0-9])/;

/** A chrono result that runs over a sentence's end, read again as the dates on either side of it. */
function bySentence(result: chrono.ParsedResult, ref: Date | undefined): chrono.ParsedResult[] {
  const end = SENTENCE_IN_DATE.exec(result.text);
  if (!end) return [result];
  const rest = end.index + end[0].length;
  const reread = (text: string, offset: number) =>
    chrono.en.casual.parse(text, ref ? { instant: ref, timezone: 0 } : undefined, { forwardDate: false }).map((r) => Object.assign(Object.create(Object.getPrototypeOf(r)), r, { index: result.index + offset + r.index }) as chrono.ParsedResult);
  return [...reread(result.text.slice(0, end.index), 0), ...reread(result.text.slice(rest), rest)];
}

/** "last month", "yesterday": counted from the article's day, not a calendar date. */
const isRelativeResult = (result: chrono.ParsedResult) => result.tags().has('result/relativeDate') || [...result.tags()].some((t) => t.startsWith('casualReference'));

function datesIn(paragraph: string, published: Day | undefined, previous: (dayOnly?: boolean) => StatedAt | undefined = () => undefined, section: () => { year: number; from: string } | undefined = () => undefined, story = false, speaking?: Day): Found[] {
  const found: Found[] = [];
  const chains = matchesOf(paragraph, CHAIN);
  const followingDays = matchesOf(paragraph, FOLLOWING_WEEKDAY);
  // News phrases chrono misreads or does not read ("over Christmas", "at the end of last month"): they come first.
  const phrases = published?.day ? newsPhrases(paragraph, published, speaking) : [];
  // A dateline's date ("KYIV, Dec 9 (Wire) —") is the filing day: background to a day the lead itself names.
  const dateline = DATELINE.exec(paragraph)?.[0].length ?? 0;
  // Absolute dates resolve against the end of the published period, so "in December" written in February 2025
  // is December 2024; relative ones ("on Thursday", "yesterday") only as finely as the publication date is known.
  // A wire filed "KYIV, May 10" and published on the 11th: "today" is the 10th, "on Sunday" the 11th.
  const latest = published ? referenceDate(published.latest ?? published) : undefined;
  // "today", "yesterday": the section's day when its heading gives one, else the article's own.
  const own = speaking?.day ? referenceDate(speaking) : published ? referenceDate(published) : undefined;
  const results = DATE_CUE.test(paragraph) ? chrono.en.casual.parse(paragraph, latest ? { instant: latest, timezone: 0 } : undefined, { forwardDate: false }).flatMap((r) => bySentence(r, latest)).map((r) => partOfDayOf(withoutCount(r, latest), latest)) : [];
  // The year the story is in by this point: "In February 2025 … On 17 February" is 2025 even when written in 2026.
  let stated: { year: number; from: string } | undefined;
  // "on Monday (3 March)": the weekday and the date in brackets after it are one day, which the date tells. So is
  // the weekday with its date after "of" or a comma, where chrono reads them apart: "on the Monday afternoon of 18
  // August", "on Tuesday evening, 9 September".
  const bracketed = (r: chrono.ParsedResult, i: number) => r.start.isCertain('weekday') && !r.start.isCertain('day') && results[i + 1]?.start.isCertain('day') && results[i + 1].start.isCertain('month') && !isRelativeResult(results[i + 1]) && WEEKDAY_THEN_DATE.test(paragraph.slice(r.index + r.text.length, results[i + 1].index));
  // The end of a year named after a date ("on 13 March this year"), which is no date of its own.
  let yearNamedUntil = -1;
  for (const parsedResult of results.filter((r, i) => !bracketed(r, i))) {
    if (parsedResult.index < yearNamedUntil) continue;
    const deictic = [...parsedResult.tags()].some((t) => t.startsWith('casualReference')) || DEICTIC_WORD.test(parsedResult.text);
    const ref = deictic ? own : latest;
    const reread = deictic && (published?.latest || speaking?.day) ? (chrono.en.casual.parse(parsedResult.text, { instant: own!, timezone: 0 }, { forwardDate: false })[0] ?? parsedResult) : parsedResult;
    // "overnight from Tuesday to Wednesday": what happened overnight is dated by the morning it ended.
    const overnight = reread.end && /\bovernight\b/i.test(paragraph.slice(Math.max(0, parsedResult.index - 25), parsedResult.index) + reread.text);
    const result: chrono.ParsedResult = overnight ? Object.assign(Object.create(Object.getPrototypeOf(reread)), reread, { start: reread.end }) : reread;
    const text = result.text.replace(/[,\s]+$/, '');
    if (IGNORED.test(text) || LOWERCASE_NAME.test(text) || SHORT_NAME.test(text) || GLUED.test(text)) continue;
    if (result.tags().has('result/relativeDate') && /^(?:past|last)\s/i.test(text) && /\bthe\s+$/i.test(paragraph.slice(Math.max(0, parsedResult.index - 5), parsedResult.index))) continue;
    if (result.tags().has('result/relativeDate') && (DURATION.test(text) || /^(?:for|lasting|within|over)\s/i.test(text) || DURATION_BEFORE.test(paragraph.slice(Math.max(0, parsedResult.index - 30), parsedResult.index)))) continue;
    const known = new Set<string>(COMPONENTS.filter((c) => result.start.isCertain(c)));
    if (!known.has('year') && !known.has('month') && !known.has('day') && !known.has('weekday')) continue; // a time alone, or "this week"
    const start = parsedResult.index;
    const end = start + result.text.length;
    if (chains.some((c) => c.index! < end && start < c.index! + c[0].length)) continue;
    if (followingDays.some((c) => c.index < end && start < c.index + c[0].length)) continue;
    if (phrases.some((f) => f.start < end && start < f.end)) continue;
    // "a week ago today": the day of the look back, not a second date.
    if (/^today$/i.test(text) && /\bago\s+$/i.test(paragraph.slice(Math.max(0, start - 8), start))) continue;
    // "will meet on Thursday": a future verb (or "next", "tomorrow") reads the date forward, and it dates no statement.
    // The clause runs back to a comma or the sentence's start: "… from coming back. On Sunday he said" looks at nothing.
    const clause = paragraph.slice(Math.max(0, start - 60), start).split(/[,;:—–(]|[.!?]["”’)]*(?:[*_]{1,3}["”’)]*)?\s+(?=[*_]{0,3}["“‘(]?[A-Z0-9]|$)/).at(-1)!;
    // "That would be the next step after Wednesday's call, which caught allies by surprise": a thing named in the
    // possessive that its own clause tells in the past has happened, whatever the verb before it looks ahead to.
    const toldPast = /^['’]s\s/.test(paragraph.slice(end, end + 3)) && TOLD_IN_PAST.test(paragraph.slice(end, end + 160));
    // "the forum he hosts each June": a month that comes round every year is the last one, however present the verb.
    const recurring = known.has('month') && !known.has('day') && EACH_BEFORE.test(paragraph.slice(Math.max(0, start - 8), start));
    const ahead = !toldPast && !recurring && (FUTURE_CUE.test(clause) || DEFERRED_TO.test(clause) || SCHEDULED_TO.test(clause) || /\b(?:next|tomorrow|coming)\b/i.test(text) || CONDITION_AHEAD.test(clause) || (!NOT_PROSE.test(paragraph) && SCHEDULED_PRESENT.test(clause)) || PROPOSED_GATHERING.test(paragraph.slice(Math.max(0, start - 140), start)));
    const forward = ahead && !known.has('year') && ref ? chrono.en.casual.parse(result.text, { instant: ref, timezone: 0 }, { forwardDate: true })[0] : undefined;
    const dated = forward ?? result;
    // "two days later" counts from the date stated before it; without one it says nothing.
    const anchor = found.filter((f) => !f.future).at(-1)?.at;
    const at = ANCHORED.test(text) && !DEICTIC_WORD.test(text) && dated.tags().has('result/relativeDate') ? anchored(text, anchor) : forward ? resolve(forward, known, published, ref, true) : resolve(result, known, published, ref);
    if (!at) continue;
    // "last Thursday" written on a Friday: chrono reads the day before.
    if (ref && at.precision === 'DAY' && known.has('weekday') && !known.has('day') && /^last\s/i.test(text)) {
      const since = Math.round((Date.parse(isoDay(ref)) - Date.parse(at.date)) / 86_400_000);
      at.date = isoDay(new Date(ref.getTime() - lastWeekdayBack(since) * 86_400_000));
    }
    // "in Johannesburg last weekend … for most of Saturday": the Saturday or Sunday of that weekend, not this one.
    if (ref && at.precision === 'DAY' && known.has('weekday') && !known.has('day') && (result.start.get('weekday') === 6 || result.start.get('weekday') === 0) && LAST_WEEKEND.test(paragraph.slice(Math.max(0, start - 200), start).split(/[.!?]\s+/).at(-1)!)) {
      const monday = ref.getTime() - ((ref.getUTCDay() + 6) % 7) * 86_400_000;
      at.date = isoDay(new Date(monday - (result.start.get('weekday') === 6 ? 2 : 1) * 86_400_000));
    }
    // "on 27 March last year", "in June of this year": the year named after the date.
    const named = known.has('month') && !known.has('year') && published ? YEAR_AFTER.exec(paragraph.slice(end, end + 20)) : null;
    if (named) at.date = `${published!.year - (/last|previous/i.test(named[1]) ? 1 : 0)}${at.date.slice(4)}`;
    if (named) yearNamedUntil = end + named[0].length;
    if (known.has('year') && known.has('month')) stated = { year: result.start.get('year')!, from: at.date };
    // "Before an emergency summit on 17 February, Starmer wrote…": the day is the summit's; what was said came earlier
    // that month, as far as the text tells.
    if (at.precision === 'DAY' && LEAD_UP.test(paragraph.slice(Math.max(0, start - 90), start))) Object.assign(at, { date: at.date.slice(0, 7), precision: 'MONTH' });
    // "In February 2024 … A year later … on 17 February": a step counted from a stated date moves the story's year too.
    else if (ANCHORED.test(text) && !DEICTIC_WORD.test(text) && anchor && at.source === 'TEXT') stated = { year: Number(at.date.slice(0, 4)), from: at.date };
    else if (known.has('month') && !forward && !isRelativeResult(result)) {
      // A month (and day) without its year, read in the publication's year, after a year stated before it in the
      // paragraph or in the section's heading: that year, when the story moves forward in it.
      const context = stated ?? section();
      const candidate = context && context.year < Number(at.date.slice(0, 4)) ? `${context.year}${at.date.slice(4)}` : undefined;
      if (candidate && candidate >= context!.from.slice(0, candidate.length)) at.date = candidate;
    }
    // "on 14 and 15 December": chrono reads the last day only; a span is dated by its first.
    const before = paragraph.slice(Math.max(0, start - 16), start);
    const firstDay = at.precision === 'DAY' && known.has('day') ? /\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:and|&)\s+$/.exec(before)?.[1] : undefined;
    if (firstDay && Number(firstDay) < Number(at.date.slice(8))) at.date = `${at.date.slice(0, 8)}${firstDay.padStart(2, '0')}`;
    // "on Sunday and Monday": the first of the two weekdays, counted back from the second.
    const firstWeekday = at.precision === 'DAY' && known.has('weekday') && !known.has('day') ? /\b(mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:and|&)\s+$/i.exec(before)?.[1] : undefined;
    if (firstWeekday) {
      const back = (result.start.get('weekday')! - WEEKDAY_STEMS.indexOf(firstWeekday.toLowerCase()) + 7) % 7 || 7;
      at.date = new Date(Date.parse(`${at.date}T12:00:00Z`) - back * 86_400_000).toISOString().slice(0, 10);
    }
    // "would keep up its aid this year", "will decide this month": a period still running, looked ahead to, is the time
    // of what is to come, not of the saying.
    const running = ahead && at.precision !== 'DAY' && Boolean(ref) && at.date === isoDay(ref!).slice(0, at.date.length);
    const future = (Boolean(ref) && at.date > isoDay(ref!).slice(0, at.date.length)) || running;
    // "at the weekend", "the weekend of 22–23 November" name two days, not one: only the month is known (chrono reads
    // the Saturday, or the first date).
    if ((/\bweekend\b/i.test(text) || WEEKEND_OF.test(paragraph.slice(Math.max(0, start - 30), start))) && at.precision === 'DAY') Object.assign(at, { date: at.date.slice(0, 7), precision: 'APPROXIMATE' });
    const quotedDeictic = DEICTIC.test(text) && (insideQuotes(paragraph, start) || REPORTED.test(paragraph.slice(Math.max(0, start - REPORTED_REACH), start)));
    // The dateline's date is the filing day, which the article's own day already is: no date of anything in the lead.
    if (end <= dateline) continue;
    const aside = inAside(paragraph, start, start + text.length);
    const personAside = aside && PERSON_ASIDE.test(paragraph.slice(Math.max(0, start - 200), start));
    // "from Tuesday to Wednesday" is a span the thing happened in, not the start of one.
    const span = /^\s*(?:to|until|till|into|[-–])\s/i.test(paragraph.slice(end, end + 8)) || /\s(?:to|until|till|into)\s/i.test(text);
    // "his first trip since he took office on Tuesday": the day a span starts from, told by a clause.
    const since = SINCE.test(paragraph.slice(Math.max(0, start - 12), start)) || SINCE_CLAUSE.test(paragraph.slice(Math.max(0, start - 70), start)) || (!span && STARTING.test(paragraph.slice(Math.max(0, start - 16), start + (/^from\b/i.test(text) ? 5 : 0))));
    // Where the words answered are named, with whose they are: "the remarks made by Putin in Beijing ".
    const answeredWords = ANSWERED_WORDS.exec(paragraph.slice(Math.max(0, start - 200), start));
    const answered = answeredWords ? start - answeredWords[1].length : undefined;
    const attributive = (DECIDED.test(paragraph.slice(Math.max(0, start - 60), start)) && ATTRIBUTIVE.test(paragraph.slice(Math.max(0, start - 120), start))) || TALKED_OVER.test(paragraph.slice(Math.max(0, start - 160), start)) || CONTACT_CLAUSE.test(paragraph.slice(Math.max(0, start - 100), start)) || answered !== undefined;
    // "unmoved by Monday's statement": "by" before a day's words or deeds is their agent, not a deadline.
    const deadline = DEADLINE.test(paragraph.slice(Math.max(0, start - 16), start)) && !/(?:^|[.!?]["”]?\s+)By\s+$/.test(paragraph.slice(Math.max(0, start - 16), start)) && !AGENT_POSSESSIVE.test(paragraph.slice(end, end + 40));
    const lookBack = result.tags().has('result/relativeDate') && /\b(?:years?|decades?)\s+ago\b/i.test(text);
    // "briefed the cabinet on Saturday's call": a day in the possessive names when a thing happened.
    const possessive = /^['’]s\b/.test(paragraph.slice(end, end + 3));
    // "this year", "last year": a year alone sets no scene for the days after it, and "aid for this year" is the
    // period the aid is for.
    const yearOnly = !known.has('month') && !known.has('day') && !known.has('weekday');
    const period = yearOnly && PERIOD_FOR.test(paragraph.slice(Math.max(0, start - 8), start));
    const definite = at.precision === 'DAY' && known.has('weekday') && !known.has('day') && !future && DEFINITE_WEEKDAY.test(paragraph.slice(Math.max(0, start - 24), start));
    found.push({ start, end, at, lookBack, deadline, attributive, answered, personAside, possessive, period, definite, scene: !lookBack && !future && !since && !deadline && !yearOnly && (!known.has('month') || [...result.tags()].some((t) => t.startsWith('casualReference')) || DEICTIC_WORD.test(text)), future, quotedDeictic, aside, since });
  }
  found.push(...phrases);
  // "Downing Street said this morning that the Prime Minister had told him …": the day of the report, not of what it
  // reports, which happened before it.
  for (const f of found) if (!f.attributive && REPORTS_EARLIER.test(paragraph.slice(f.end, f.end + 160)) && SAYING_BEFORE_DATE.test(paragraph.slice(Math.max(0, f.start - 40), f.start))) Object.assign(f, { attributive: true, reportsEarlier: true });
  // "At the 24-25 June summit … Merz spoke on the 24th": an ordinal day is in the month of the date stated before it.
  for (const f of phrases) {
    if (!f.ordinal || f.future) continue;
    // With no date before it in its paragraph, the month the paragraphs before it set ("On 11 March … ¶ … on the 15th").
    const prior = found.filter((g) => g.end <= f.start && !g.future && !g.lookBack && !g.since && !g.deadline && !g.period && (g.at.precision === 'DAY' || g.at.precision === 'MONTH')).sort((a, b) => a.end - b.end).at(-1)?.at ?? previous();
    if (!prior || (prior.precision !== 'DAY' && prior.precision !== 'MONTH') || prior.date.slice(0, 7) === f.at.date.slice(0, 7)) continue;
    const date = `${prior.date.slice(0, 7)}-${f.at.date.slice(8)}`;
    const valid = new Date(`${date}T12:00:00Z`).toISOString().slice(0, 10) === date;
    if (valid && (prior.precision === 'MONTH' || date >= prior.date) && (!latest || date <= isoDay(latest))) f.at = { ...f.at, date };
  }
  // "a week ago" counts back from the article's own day; "the previous day", with no date stated before it, too.
  const today: StatedAt | undefined = published?.day ? { date: format(published), precision: 'DAY', source: 'TEXT' } : undefined;
  for (const chain of chains) {
    // "will update MPs next week": "next week" without "the" is the writer's next week, still to come (not counted
    // from a day the story told, as "the next week" is).
    if (/^next\s+week$/i.test(chain[0]) && !/\b(?:the|that)\s+$/i.test(paragraph.slice(Math.max(0, chain.index! - 5), chain.index!))) {
      if (latest) found.push({ start: chain.index!, end: chain.index! + chain[0].length, at: { date: isoDay(new Date(latest.getTime() + 7 * 86_400_000)).slice(0, 7), precision: 'APPROXIMATE', source: 'TEXT' }, future: true });
      continue;
    }
    // "ready to go the day after a ceasefire": a day after something that has not happened is no date.
    if (HYPOTHETICAL_AFTER.test(paragraph.slice(chain.index! + chain[0].length, chain.index! + chain[0].length + 40))) continue;
    const ago = /\bago$/i.test(chain[0]);
    const backward = Boolean(chain[6]) || /\b(?:before|prior)$/i.test(chain[0]);
    // "the day before the Oslo summit on 6 March", "on the eve of the vote on Thursday", "a day after the talks on
    // 3 March": counted from the day of the thing the chain names, which is that thing's day, not the statement's.
    const chainEnd = chain.index! + chain[0].length;
    const named = !ago && (chain[7] || /\b(?:after|before|prior)$/i.test(chain[0])) ? found.find((f) => f.start >= chainEnd && !f.future && f.at.precision === 'DAY' && NAMED_THING_ON.test(paragraph.slice(chainEnd, f.start).concat(/^(?:on|of)\s/i.test(paragraph.slice(f.start, f.end)) ? 'on ' : ''))) : undefined;
    const fromNamed = named && chained(chain, named.at);
    if (named && fromNamed) {
      named.attributive = true;
      found.push({ start: chain.index!, end: chainEnd, at: fromNamed, scene: true, chained: true, future: Boolean(latest) && fromNamed.date > isoDay(latest!).slice(0, fromNamed.date.length) });
      continue;
    }
    // "on the eve of the summit": the day before the one the story has set, never before the article's own day.
    if (chain[7] && !found.some((f) => !f.future && f.end <= chain.index!) && !previous()) continue;
    // A vaguer date that takes in the day before it ("on 10 May … from 12 May", read as May) leaves that day the anchor.
    // Not where a period starts or ends ("a ceasefire from Monday 12 May … In the early hours of the next day"): no day
    // the story has told.
    const priors = found.filter((f) => !f.future && !f.since && !f.deadline && f.end <= chain.index!).sort((a, b) => a.end - b.end);
    const last = priors.at(-1);
    const prior = last && last.at.precision !== 'DAY' ? (priors.findLast((f) => f.at.precision === 'DAY' && f.at.date.startsWith(last.at.date)) ?? last) : last;
    // "earlier in the day" with nothing stated before it in the paragraph: the paragraph's own day (a live-blog entry's);
    // in a story outside a live blog, the day its paragraphs before have told ("… in Kyiv on Saturday. ¶ Later in the day …").
    // A month told last before its paragraph ("floated the idea in September") is no day to count from: the last day
    // told before it is ("Last Thursday the summit postponed it. … ¶ The day after the summit, …").
    // Only for days counted ("the day after"): "since the previous week" after a month is no day either way.
    const before = () => { const last = previous(); return last?.precision === 'DAY' || /week|fortnight/i.test(chain[0]) ? last : (previous(true) ?? last); };
    const anchor = ago ? today : (prior?.at ?? (chain[9] ? (story ? previous() : undefined) ?? today : undefined) ?? before() ?? (backward ? today : undefined));
    // "a day after" or "the day before" followed by what happened then ("… after Peskov told …") also dates that.
    const takesComplement = !ago && /\b(?:after|before)$/i.test(chain[0]) && /^\s+[\p{L}]/u.test(paragraph.slice(chain.index! + chain[0].length));
    // In apposition to the date just stated ("We met on Tuesday, a day after he came back"; "On 3 March, the day before
    // the summit, …") the chain names that same day, and only what follows it is counted away from it.
    // (chrono may read the comma with the date: "on Sunday,").
    // So does a chain closing the clause the date is in: "EU leaders on Thursday approved a 19th package of sanctions,
    // a day after the United States imposed its own" (Thursday; the United States a day before).
    const appositive = takesComplement && prior !== undefined && (/^[^,.;:!?—–]{0,40},\s*$/.test(paragraph.slice(prior.end, chain.index!)) || (/^\s*$/.test(paragraph.slice(prior.end, chain.index!)) && /,\s*$/.test(paragraph.slice(prior.start, prior.end))) || (prior.at.precision === 'DAY' && CLAUSE_THEN_CHAIN.test(paragraph.slice(prior.end, chain.index!))));
    // "Her comments came a day after Maas said on Sunday …": with no date before it in its paragraph, a chain whose
    // complement names its own day counts from that day (what the complement tells is on it, and what came after, a day on).
    const told = takesComplement && !prior && !chain[7] ? found.find((g) => g.start >= chainEnd && g.start - chainEnd <= 80 && !g.future && !g.since && !g.deadline && g.at.precision === 'DAY' && !/[,;:.!?—–()"“”]/.test(paragraph.slice(chainEnd, g.start))) : undefined;
    // "The summit came two days after Zelensky's clash with Trump": with no day before it in its paragraph or in its
    // complement, what "came" after is the story's own news, on the scene's day (else the article's); the complement is
    // counted back from it.
    // "**13 March**  ¶ Two days after Ukraine accepted the proposal, Witkoff meets Putin": an entry opening on a chain
    // with its complement tells its heading's news on the heading's day; the complement is counted back from it.
    const headed = takesComplement && !prior && !told && !appositive && anchor !== undefined && FROM_HEADING.has(anchor) && /^[\s*_]*$/.test(paragraph.slice(0, chain.index!));
    const came = headed || (takesComplement && !prior && !told && !appositive && /after$/i.test(chain[0]) && CAME_BEFORE.test(paragraph.slice(Math.max(0, chain.index! - 30), chain.index!)));
    const cameOn = came ? (anchor ?? today) : undefined;
    // "The head of state spoke at the Cotroceni Palace, one day after a Russian drone entered …": a chain set off by a
    // comma tells when its clause happened, on the day the story has set; what follows it, that many days before.
    const setOff = takesComplement && !told && !appositive && !cameOn && /after$/i.test(chain[0]) && /,\s*$/.test(paragraph.slice(Math.max(0, chain.index! - 3), chain.index!)) && anchor?.precision === 'DAY' ? anchor : undefined;
    const at = appositive ? prior.at : told ? chained(chain, told.at) : (cameOn ?? setOff) ?? chained(chain, anchor);
    const complement = told ? told.at : (cameOn ?? setOff) ? chained(chain, (cameOn ?? setOff)!, true) : takesComplement ? chained(chain, anchor, true) : undefined;
    // "Macron, who spoke with him earlier in the day, said …": the chain sits in an aside about the speaker.
    const aside = inAside(paragraph, chain.index!, chain.index! + chain[0].length);
    if (at) found.push({ start: chain.index!, end: chain.index! + chain[0].length, at, scene: true, chained: !ago, ...(aside && { aside, personAside: PERSON_ASIDE.test(paragraph.slice(Math.max(0, chain.index! - 200), chain.index!)) }), future: Boolean(latest) && at.date > isoDay(latest!).slice(0, at.date.length), ...(complement && { complement }) });
  }
  // "the following Monday": the first such weekday after the date stated before it.
  for (const m of followingDays) {
    const anchor = found.filter((f) => !f.future && f.end <= m.index).sort((a, b) => a.end - b.end).at(-1)?.at ?? previous();
    if (anchor?.precision !== 'DAY') continue;
    const from = new Date(`${anchor.date}T12:00:00Z`);
    const ahead = (WEEKDAY_STEMS.indexOf(m[1].toLowerCase()) - from.getUTCDay() + 7) % 7 || 7;
    const date = new Date(from.getTime() + ahead * 86_400_000).toISOString().slice(0, 10);
    found.push({ start: m.index, end: m.index + m[0].length, at: { date, precision: 'DAY', source: 'TEXT' }, scene: true, chained: true, future: Boolean(latest) && date > isoDay(latest!) });
  }
  // "A week ago, on the Sunday and Monday …", "on the Tuesday evening": the weekday nearest the day stated before it (in
  // its paragraph, else the paragraphs before), three days either way, not the one of the article's own week.
  for (const f of found.filter((g) => g.definite).sort((a, b) => a.start - b.start)) {
    const anchor = found.filter((g) => !g.future && g.end <= f.start && g.at.precision === 'DAY').sort((a, b) => a.end - b.end).at(-1)?.at ?? previous();
    if (anchor?.precision !== 'DAY') continue;
    const from = Date.parse(`${anchor.date}T12:00:00Z`);
    const shift = ((new Date(`${f.at.date}T12:00:00Z`).getUTCDay() - new Date(from).getUTCDay() + 10) % 7) - 3;
    const date = new Date(from + shift * 86_400_000).toISOString().slice(0, 10);
    if (!latest || date <= isoDay(latest)) f.at = { ...f.at, date };
  }
  // "this week", "earlier this week": chrono knows no part of it; somewhere in the anchor's month.
  const ref = latest;
  if (ref) {
    for (const match of matchesOf(paragraph, THIS_WEEK)) {
      if (found.some((f) => f.start < match.index + match[0].length && match.index < f.end)) continue;
      // "Moscow's demand, made after this week's talks": only the week of a thing named, which dates nothing said.
      const named = /^['’]s\s/.test(paragraph.slice(match.index + match[0].length, match.index + match[0].length + 3));
      const answeredWords = ANSWERED_WORDS.exec(paragraph.slice(Math.max(0, match.index - 200), match.index));
      const answered = answeredWords ? match.index - answeredWords[1].length : undefined;
      found.push({ start: match.index, end: match.index + match[0].length, at: { date: isoDay(ref).slice(0, 7), precision: 'APPROXIMATE', source: 'TEXT' }, ...((named || answeredWords) && { attributive: true }), ...(answered !== undefined && { answered }) });
    }
  }
  for (const pattern of [PART_OF_YEAR, BARE_YEAR]) {
    for (const match of matchesOf(paragraph, pattern)) {
      const start = match.index;
      if (found.some((f) => f.start < start + match[0].length && start < f.end)) continue;
      const precision: DatePrecision = pattern === PART_OF_YEAR ? 'APPROXIMATE' : 'YEAR';
      // "compared the moment to Churchill in 1940": a year long before the article is history, not when anything was said.
      const history = published !== undefined && Number(match[1]) < published.year - HISTORY_YEARS;
      // "to spend 5% by 2035": a year after the article's is still to come, and dates nothing said.
      const future = published !== undefined && Number(match[1]) > published.year;
      found.push({ start, end: start + match[0].length, at: { date: match[1], precision, source: 'TEXT' }, aside: inAside(paragraph, start, start + match[0].length), since: history || /^since\b/i.test(match[0]) || SINCE.test(paragraph.slice(Math.max(0, start - 12), start)), ...(future && { future, scene: false }) });
    }
  }
  // "at the European Council later this month", "later this year": the rest of the article's own week, month or year,
  // still to come (chrono reads the whole month or year, which takes in the article's day).
  for (const f of found) {
    const words = paragraph.slice(Math.max(0, f.start - 6), f.end);
    if (LATER_THIS.test(words) && !f.chained) Object.assign(f, { future: true, scene: false });
  }
  // "Days after the Oslo summit on 6 March, X said …": the day is the summit's; what was said came some days on from it,
  // which the text gives only to about the month (weeks: about a fortnight on). Hours after it is still its day.
  for (const f of [...found]) {
    if (f.at.precision !== 'DAY' || f.future || f.attributive) continue;
    const window = paragraph.slice(Math.max(0, f.start - 100), f.start);
    const m = matchesOf(window, SOME_DAYS_FROM).at(-1);
    // Only a thing named ("the Oslo summit on"), not a clause ("after Macron met Trump on Monday": the meeting's day),
    // and not a count ("three days after": counted as a chain).
    if (!m || COUNTED.test(window.slice(0, m.index)) || !NAMED_THING_ON.test(window.slice(m.index + m[0].length).concat(/^(?:on|of)\s/i.test(paragraph.slice(f.start, f.end)) ? 'on ' : ''))) continue;
    const shift = (/^weeks$/i.test(m[1]) ? 14 : 3) * (/^after$/i.test(m[2]) ? 1 : -1);
    const date = new Date(Date.parse(`${f.at.date}T12:00:00Z`) + shift * 86_400_000).toISOString().slice(0, 7);
    const start = Math.max(0, f.start - 100) + m.index;
    f.attributive = true;
    found.push({ start, end: start + m[1].length + 1 + m[2].length, at: { date, precision: 'APPROXIMATE', source: 'TEXT' }, scene: false, future: Boolean(latest) && date > isoDay(latest!).slice(0, 7) });
  }
  // "He had already said as much in a newspaper article on Sunday": a date in a sentence told in the pluperfect looks
  // back from the story's time and sets no scene for what follows. Not a pluperfect reported after a verb of saying
  // ("said on Monday that she had spoken to him"), nor one in a subordinate clause ("After he had landed on Monday, …").
  // The paragraph's sentence ends are found once (a long paragraph with many dates would otherwise be read per date).
  const looksBack = PLUPERFECT_CUE.test(paragraph);
  const ends = looksBack ? sentenceEnds(paragraph) : [];
  for (const f of looksBack ? found : []) {
    const [from, to] = sentenceOf(ends, paragraph.length, f.start, f.end);
    const sentence = paragraph.slice(from, to);
    const had = PLUPERFECT.exec(sentence);
    // The date's own words ("the day before") are not what blocks it.
    const lead = sentence.slice(0, had?.index).replace(paragraph.slice(f.start, f.end), ' ');
    if (had && !LOOK_BACK_BLOCKED.test(lead)) Object.assign(f, { pluperfect: true, scene: false });
  }
  return found.sort((a, b) => a.start - b.start);
}

// "the weekend of 22–23 November", "over the weekend of the 8th": the two days of a weekend, named by their dates.
const WEEKEND_OF = /\bweekend\s+of\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s*(?:and|&|[–-])\s*)?$/i;

// "over Christmas", "on Christmas Eve", "since New Year's Day": after a preposition, so "a Christmas truce" is a name.
const HOLIDAY = /\b(over|at|on|during|around|after|before|since|by|until)\s+(?:the\s+)?(Christmas|New\s+Year['’]s|Boxing(?=\s+Day))(?:\s+(Day|Eve|holidays?|break))?\b/gi;
// "in the new year": the January after the turn of the year the article was written in.
const NEW_YEAR = /\b(in|since|after)\s+the\s+new\s+year\b/gi;
// "last autumn", "this spring": a season without its year.
const SEASON = /\b(last|this|next)\s+(spring|summer|autumn|fall)\b/gi;
const SEASON_END: Record<string, number> = { spring: 5, summer: 8, autumn: 11, fall: 11 };
// "at the end of last month", "the start of this month": chrono reads a day; it is only the month.
const PART_OF_MONTH = /\b(?:(by|before|until|till)\s+)?(?:the\s+)?(?:start|beginning|middle|end)\s+of\s+(last|this|the)\s+month\b/gi;
// "at the end of June", "the start of March 2025": only the month (chrono reads the 30th, or the 1st).
const PART_OF_NAMED_MONTH = /\b(?:start|beginning|middle|end)\s+of\s+(January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+((?:19|20)\d{2}))?\b/g;
// "from 8 to 10 May", "between 3 and 5 June": the span of a truce, a visit, an exercise (chrono reads "8 to 10 May" as
// hours of a day in May).
const DAY_SPAN = /\b(?:from|between)\s+(\d{1,2})(?:st|nd|rd|th)?\s*(?:to|until|till|and|[-–])\s*(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+((?:19|20)\d{2}))?\b/gi;
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
// "this morning", "earlier this afternoon": the article's own day (chrono reads only a time of day, no date).
const PART_OF_TODAY = /\b(?:(?:earlier|later)\s+)?this\s+(?:morning|afternoon|evening)\b/gi;
// "on Thursday of last week", "last week on Thursday": that weekday in the calendar week before the article's.
const WEEKDAY_LAST_WEEK = /\b(?:on\s+)?(mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:of\s+)?(?:last|the\s+previous)\s+week\b|\b(?:last|the\s+previous)\s+week\s+on\s+(mon|tues|wednes|thurs|fri|satur|sun)day\b/gi;
// "on the 14th": a day of the month the article is written in, or the one before.
// "on 17.02", "on 17.02.": a day and month written the European way, without the year (not "at 10.30", a time).
const NUMERIC_DAY = /\bon\s+(\d{1,2})\.(\d{1,2})(?:\.(?![\d.%])|(?![\d.,%]))(?!\s*(?:per\s*cent|percent|billion|million|bn|trillion|km|points?)\b)/gi;
// "on Monday the 14th": the weekday picks the month when the day alone would fall on another weekday.
const ORDINAL_DAY = /\bon\s+(?:(mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)\b(?:\s+of\s+(this|last)\s+month\b)?(?!\s+(?:of|anniversary|floor|century|day|time|round|attempt))/gi;

// "at the end of last year", "the start of this year": only the year (chrono reads the 31st of December, or nothing).
const PART_OF_RELATIVE_YEAR = /\b(?:(by|before|until|till)\s+)?(?:the\s+)?(start|beginning|middle|end)\s+of\s+(last|this|the|next)\s+year\b/gi;
// "at the start of the week", "the end of last week": somewhere in that week's month (chrono reads today, or nothing).
const PART_OF_WEEK = /\b(?:(by|before|until|till)\s+)?(?:the\s+)?(start|beginning|end)\s+of\s+(last|this|the)\s+week\b/gi;
// "a few days ago", "several weeks ago": no day is told (chrono counts three, or seven), only about when.
const FEW_AGO = /\b(?:a\s+few|several|some|a\s+couple\s+of)\s+(days|weeks)\s+ago\b/gi;

// "in the night to Friday", "on the night into Sunday" (as German and Slavic news write it): dated by the morning it
// ended, like "overnight into Friday" (chrono reads no date in "to Friday").
const NIGHT_TO = /\b(?:in|on|during)\s+the\s+night\s+(?:to|into)\s+(mon|tues|wednes|thurs|fri|satur|sun)day\b/gi;

/** Dates in news phrases chrono does not read as news means them, resolved against the article's day `published`. */
function newsPhrases(paragraph: string, published: Day, speaking?: Day): Found[] {
  const out: Found[] = [];
  const [year, month, day] = [published.year, published.month!, published.day!];
  const add = (m: RegExpMatchArray, at: StatedAt | undefined, flags: Partial<Found> = {}) => {
    if (at) out.push({ start: m.index!, end: m.index! + m[0].length, at, scene: true, ...flags });
  };
  const ymd = (y: number, mo: number, d?: number) => format({ year: y, month: mo, ...(d && { day: d }) });
  for (const m of matchesOf(paragraph, HOLIDAY)) {
    const [, preposition, name, part] = m;
    const newYear = /^new/i.test(name);
    const [mo, d] = newYear ? (/eve/i.test(part ?? '') ? [12, 31] : [1, 1]) : /^boxing/i.test(name) ? [12, 26] : /eve/i.test(part ?? '') ? [12, 24] : /day/i.test(part ?? '') ? [12, 25] : [12, undefined];
    // The last one on or before the article's day; "by Christmas" or "until New Year's Day" is a deadline, not a day.
    const y = mo < month || (mo === month && (d ?? 1) <= day) ? year : year - 1;
    const exact = newYear || /day|eve/i.test(part ?? '');
    add(m, { date: ymd(y, mo, exact ? d : undefined), precision: exact ? 'DAY' : 'MONTH', source: 'TEXT' }, { since: /^(?:since|by|until|before|after)$/i.test(preposition) });
  }
  // "On 14.12.2025": the day first, as a translated European text writes it (chrono does not read it).
  for (const m of matchesOf(paragraph, DOTTED_DATE)) {
    const [, preposition, d, mo, y] = m;
    const date = ymd(Number(y), Number(mo), Number(d));
    if (Number(mo) > 12 || Number(d) > 31 || new Date(`${date}T12:00:00Z`).toISOString().slice(0, 10) !== date) continue;
    const future = date > ymd(year, month, day);
    add(m, { date, precision: 'DAY', source: 'TEXT' }, { future, ...(future && { scene: false }), since: /^(?:since|after|from)$/i.test(preposition), deadline: /^(?:by|until|till|before)$/i.test(preposition) });
  }
  for (const m of matchesOf(paragraph, NEW_YEAR)) {
    // Written in the last months of a year, "in the new year" is still to come.
    const future = month >= 10;
    add(m, { date: ymd(future ? year + 1 : year, 1), precision: 'APPROXIMATE', source: 'TEXT' }, { future, since: /^(?:since|after)$/i.test(m[1]) });
  }
  for (const m of matchesOf(paragraph, SEASON)) {
    const [, which, season] = m;
    const end = SEASON_END[season.toLowerCase()];
    const y = /^last$/i.test(which) ? (end < month ? year : year - 1) : /^next$/i.test(which) ? year + 1 : year;
    add(m, { date: String(y), precision: 'APPROXIMATE', source: 'TEXT' }, { future: /^next$/i.test(which) });
  }
  for (const m of matchesOf(paragraph, PART_OF_MONTH)) {
    const back = /^last$/i.test(m[2]);
    add(m, { date: back ? (month === 1 ? ymd(year - 1, 12) : ymd(year, month - 1)) : ymd(year, month), precision: 'APPROXIMATE', source: 'TEXT' }, { deadline: Boolean(m[1]) });
  }
  for (const m of matchesOf(paragraph, PART_OF_RELATIVE_YEAR)) {
    const [, by, part, which] = m;
    const y = /^last$/i.test(which) ? year - 1 : /^next$/i.test(which) ? year + 1 : year;
    // The middle or end of the article's own year is still to come before June, or December.
    const future = /^next$/i.test(which) || (y === year && ((/^end$/i.test(part) && month < 12) || (/^middle$/i.test(part) && month < 6)));
    add(m, { date: String(y), precision: 'YEAR', source: 'TEXT' }, { future, deadline: Boolean(by), scene: false });
  }
  for (const m of matchesOf(paragraph, PART_OF_WEEK)) {
    const [, by, part, which] = m;
    const today = Date.UTC(year, month - 1, day);
    const at = new Date(today - (/^last$/i.test(which) ? 7 : 0) * 86_400_000).toISOString().slice(0, 7);
    // The end of the article's own week is still to come before its Friday.
    const future = !/^last$/i.test(which) && /^end$/i.test(part) && new Date(today).getUTCDay() >= 1 && new Date(today).getUTCDay() <= 4;
    add(m, { date: at, precision: 'APPROXIMATE', source: 'TEXT' }, { future, deadline: Boolean(by), scene: false });
  }
  for (const m of matchesOf(paragraph, NIGHT_TO)) {
    // The last such weekday on or before the article's day.
    const today = Date.UTC(year, month - 1, day);
    const back = (new Date(today).getUTCDay() - WEEKDAY_STEMS.indexOf(m[1].toLowerCase()) + 7) % 7;
    add(m, { date: new Date(today - back * 86_400_000).toISOString().slice(0, 10), precision: 'DAY', source: 'TEXT' });
  }
  for (const m of matchesOf(paragraph, FEW_AGO)) {
    const back = /^weeks$/i.test(m[1]) ? 21 : 3;
    add(m, { date: new Date(Date.UTC(year, month - 1, day) - back * 86_400_000).toISOString().slice(0, 7), precision: 'APPROXIMATE', source: 'TEXT' }, { scene: false });
  }
  for (const m of matchesOf(paragraph, PART_OF_NAMED_MONTH)) {
    const named = MONTH_NAMES.indexOf(m[1].toLowerCase()) + 1;
    // The last such month at or before the article's; a year written with it is kept.
    const y = m[2] ? Number(m[2]) : named <= month ? year : year - 1;
    const deadline = /\b(?:by|before|until|till)\s+(?:the\s+)?$/i.test(paragraph.slice(Math.max(0, m.index! - 14), m.index));
    add(m, { date: ymd(y, named), precision: 'MONTH', source: 'TEXT' }, { deadline, scene: false });
  }
  for (const m of matchesOf(paragraph, DAY_SPAN)) {
    const [d, named] = [Number(m[1]), MONTH_NAMES.indexOf(m[3].toLowerCase()) + 1];
    if (d < 1 || d > 31) continue;
    // The nearest such month: a span is as often ahead ("a truce from 8 to 10 May" announced in April) as behind.
    const y = m[4] ? Number(m[4]) : named < month - 6 ? year + 1 : named > month + 6 ? year - 1 : year;
    const date = ymd(y, named, d);
    // A span still ahead dates nothing said; one behind is dated by its first day, as a gathering over two days is.
    add(m, { date, precision: 'DAY', source: 'TEXT' }, { future: date > ymd(year, month, day) });
  }
  for (const m of matchesOf(paragraph, PART_OF_TODAY)) {
    // Like a quoted "today": inside quotes or reported speech it is the speaker's day, which the words around it tell.
    const quotedDeictic = insideQuotes(paragraph, m.index) || REPORTED.test(paragraph.slice(Math.max(0, m.index - REPORTED_REACH), m.index));
    add(m, { date: speaking?.day ? format(speaking) : ymd(year, month, day), precision: 'DAY', source: 'TEXT' }, { quotedDeictic });
  }
  for (const m of matchesOf(paragraph, WEEKDAY_LAST_WEEK)) {
    const weekday = WEEKDAY_STEMS.indexOf((m[1] ?? m[2]).toLowerCase());
    const today = Date.UTC(year, month - 1, day);
    // Written on a Sunday, the week just ending is "last week" (its Monday six days back), as the story's own week is
    // over by then and the calendar's next one starts with it.
    const mondayThisWeek = new Date(today).getUTCDay() === 0 ? today + 86_400_000 : today - ((new Date(today).getUTCDay() + 6) % 7) * 86_400_000;
    const counted = mondayThisWeek - 7 * 86_400_000 + ((weekday + 6) % 7) * 86_400_000;
    const date = new Date(counted >= today ? counted - 7 * 86_400_000 : counted);
    add(m, { date: date.toISOString().slice(0, 10), precision: 'DAY', source: 'TEXT' });
  }
  for (const m of matchesOf(paragraph, NUMERIC_DAY)) {
    const [d, mo] = [Number(m[1]), Number(m[2])];
    if (d < 1 || d > 31 || mo < 1 || mo > 12) continue;
    // The last such day on or before the article's.
    const y = mo < month || (mo === month && d <= day) ? year : year - 1;
    add(m, { date: ymd(y, mo, d), precision: 'DAY', source: 'TEXT' });
  }
  for (const m of matchesOf(paragraph, ORDINAL_DAY)) {
    const [, weekday, dayOf, which] = m;
    const d = Number(dayOf);
    if (d < 1 || d > 31) continue;
    // "on the 10th of last month" is in the month before; "of this month", or no month, the last such day.
    const back = which?.toLowerCase() === 'last' || (!which && d > day);
    let [y, mo] = !back ? [year, month] : month === 1 ? [year - 1, 12] : [year, month - 1];
    // "on Monday the 14th": the last month, up to a year back, whose 14th is a Monday.
    const onWeekday = weekday ? WEEKDAY_STEMS.indexOf(weekday.toLowerCase()) : -1;
    for (let tries = 0; onWeekday >= 0 && !which && tries < 12 && new Date(Date.UTC(y, mo - 1, d)).getUTCDay() !== onWeekday; tries++) [y, mo] = mo === 1 ? [y - 1, 12] : [y, mo - 1];
    add(m, { date: ymd(y, mo, d), precision: 'DAY', source: 'TEXT' }, which?.toLowerCase() === 'this' && d > day ? { future: true, scene: false } : which ? {} : { ordinal: onWeekday < 0 });
  }
  return out;
}

// A person aside telling their background: a look back ("who had called it …") or an office or birth ("sworn in …").
// "who was appointed only last week", "who took office in May": the same told in the passive or as taking office.
const BACKGROUND_ASIDE = /,\s*(?:who\s+had|(?:who\s+(?:was|were)\s+(?:only\s+|just\s+|recently\s+)?)?(?:sworn|elected|re-elected|appointed|named|installed|inaugurated|born)|who\s+took\s+office)\b[^,.;]*$/u;
/** Whether [start, end) closes an aside opened by a comma: "Zelensky, who has argued since 2022 that … failed in 2014, said …". */
const PERSON_ASIDE = /,\s*(?:who|sworn|elected|re-elected|appointed|named|installed|inaugurated|born)\b[^,.;]*$/u;
// The same aside between dashes or in brackets: "Berg — who took office in January — said …", "Berg (sworn in on 3 March) said …".
const DASH_ASIDE = /(?:\s[—–]|\()\s*(?:who|which|sworn|elected|re-elected|appointed|named|installed|inaugurated|born)\b[^—–()]*$/i;
const inAside = (paragraph: string, start: number, end: number) =>
  (ASIDE.test(paragraph.slice(Math.max(0, start - 200), start)) && /^\s*,/.test(paragraph.slice(end))) || (DASH_ASIDE.test(paragraph.slice(Math.max(0, start - 200), start)) && /^[^—–()]{0,40}?[—–)]/.test(paragraph.slice(end, end + 41)));

/** A chrono result as a statement date, past preferred. */
function resolve(result: chrono.ParsedResult, known: Set<string>, published: Day | undefined, ref: Date | undefined, forward = false): StatedAt | undefined {
  const isRelative = !known.has('year') && !known.has('month') ? true : result.tags().has('result/relativeDate') || [...result.tags()].some((t) => t.startsWith('casualReference'));
  if (!ref || !published) {
    // Without a publication date only a date that names its year can be placed.
    if (!known.has('year')) return undefined;
  }
  let date = new Date(Date.UTC(result.start.get('year')!, result.start.get('month')! - 1, result.start.get('day')!));
  if (ref && date > ref && !known.has('year') && !forward) {
    // Past preferred: a weekday goes back a week, a month and day a year.
    if (known.has('month')) date = new Date(Date.UTC(date.getUTCFullYear() - 1, date.getUTCMonth(), date.getUTCDate()));
    else date = new Date(date.getTime() - 7 * 86_400_000);
  }
  const day: Day = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  if (known.has('day') || known.has('weekday')) {
    // "on Thursday" in an article dated only to the month: somewhere in that month.
    if (isRelative && published && !published.day) return { date: format({ year: published.year, month: published.month }), precision: 'APPROXIMATE', source: 'TEXT' };
    // "last week": somewhere in that week's month.
    if (result.tags().has('result/relativeDate') && /\bweeks?\b/i.test(result.text)) return { date: format({ year: day.year, month: day.month }), precision: 'APPROXIMATE', source: 'TEXT' };
    const approximate = result.tags().has('result/relativeDate') && /\bmonth|year\b/i.test(result.text);
    return { date: format(day), precision: approximate ? 'APPROXIMATE' : 'DAY', source: 'TEXT' };
  }
  if (known.has('month')) return { date: format({ year: day.year, month: day.month }), precision: 'MONTH', source: 'TEXT' };
  return { date: String(day.year), precision: 'YEAR', source: 'TEXT' };
}

/** "two days later": counted from the date stated before it, as precisely as that one is known. */
function anchored(text: string, anchor: StatedAt | undefined): StatedAt | undefined {
  if (!anchor) return undefined;
  // "In February 2024 … A year later": a step of years or months from a month keeps the month's precision.
  const step = anchor.precision === 'MONTH' ? /^(a|one|two|three|\d+)\s+(year|month)s?\s+(later|after(?:wards)?|on|earlier|before)$/i.exec(text) : null;
  if (step) {
    const months = (step[2].toLowerCase() === 'year' ? 12 : 1) * (NUMBERS[step[1].toLowerCase()] ?? Number(step[1])) * (/^(?:earlier|before)$/i.test(step[3]) ? -1 : 1);
    const at = new Date(Date.UTC(Number(anchor.date.slice(0, 4)), Number(anchor.date.slice(5, 7)) - 1 + months, 1));
    return { date: at.toISOString().slice(0, 7), precision: 'MONTH', source: 'TEXT' };
  }
  if (anchor.precision !== 'DAY') return undefined;
  const ref = new Date(`${anchor.date}T12:00:00Z`);
  const [result] = chrono.en.casual.parse(text, { instant: ref, timezone: 0 }, { forwardDate: /later|after|next|following/i.test(text) });
  if (!result?.start.isCertain('day')) return undefined;
  const date = new Date(Date.UTC(result.start.get('year')!, result.start.get('month')! - 1, result.start.get('day')!));
  return { date: date.toISOString().slice(0, 10), precision: 'DAY', source: 'TEXT' };
}

/** Noon UTC of the publication day, or of the last day of its month or year. */
function referenceDate({ year, month, day }: Day): Date {
  if (month && day) return new Date(Date.UTC(year, month - 1, day, 12));
  if (month) return new Date(Date.UTC(year, month, 0, 12));
  return new Date(Date.UTC(year, 11, 31, 12));
}

/** The line (paragraph) holding `at`. */
function paragraphAround(text: string, at: number): [number, number] {
  const from = text.lastIndexOf('\n', at - 1) + 1;
  const to = text.indexOf('\n', at);
  return [from, to < 0 ? text.length : to];
}

// A sentence ends at . ! ? (and a closing quote) before a capital, unless the period ends an abbreviation
// ("U.S.", "Jan.", "Mr.").
// A bold or italic sentence closes its emphasis after the full stop: "**… next week.** On Tuesday …" is two sentences.
const SENTENCE_END = /[.!?]["”’)]*(?:[*_]{1,3}["”’)]*)?\s+(?=[*_]{0,3}["“‘(]?[A-Z0-9])/g;
const ABBREVIATION = /(?:\b[A-Z]\.(?:[A-Z]\.)*|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|St|Sen|Rep|Gov|Prof|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|vs)\.)["”’)]*\s+$/;

/** Each sentence end of `paragraph` as [where its punctuation is, where the next sentence starts], as sentenceAround reads them. */
function sentenceEnds(paragraph: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const match of matchesOf(paragraph, SENTENCE_END)) {
    const boundary = match.index + match[0].length;
    if (!ABBREVIATION.test(paragraph.slice(Math.max(0, match.index - 12), boundary))) out.push([match.index, boundary]);
  }
  return out;
}

/** sentenceAround for [start, end), from the sentence ends `ends` of a paragraph `length` long (a binary search). */
function sentenceOf(ends: Array<[number, number]>, length: number, start: number, end: number): [number, number] {
  let [lo, hi] = [0, ends.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid][1] <= start) lo = mid + 1;
    else hi = mid;
  }
  const from = lo > 0 ? ends[lo - 1][1] : 0;
  for (let i = lo; i < ends.length; i++) if (ends[i][0] >= end - 1) return [from, ends[i][0] + 1];
  return [from, length];
}

// Each statement, and each look at the sentences after it, asks for sentences of the same few paragraphs: their ends
// are found once for each (the last few paragraphs' only).
const paragraphEnds = new Map<string, Array<[number, number]>>();

function sentenceAround(paragraph: string, start: number, end: number): [number, number] {
  let ends = paragraphEnds.get(paragraph);
  if (!ends) {
    if (paragraphEnds.size >= 64) paragraphEnds.clear();
    paragraphEnds.set(paragraph, (ends = sentenceEnds(paragraph)));
  }
  return sentenceOf(ends, paragraph.length, start, end);
}

/** Paragraphs (not counting blank lines) looked back through for a scene: tabloids and wires write one a sentence. */
const SCENE_PARAGRAPHS = 10;
const QUESTION = /^\s*#.*\?\s*$/;
const FIGURE = /^\s*(?:!\[|[*_].*\b(?:Photo|Picture|Image|Photograph|Credit)s?\s*:)/i;
// A live-blog entry opens with its time: "**19:48** —", "14:32 GMT", "9.15am:".
const ENTRY_START = /^\s*[*_]{0,2}(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?:\s*(?:GMT|BST|CET|CEST|EET|EEST|UTC|MSK|ET|EST|EDT|PT))?[*_]{0,2}\s*(?:[—–:|-]|$)/i;
// Also a tabloid's crosshead, a short line in capitals ("SWAP DEAL", "'NOT SERIOUS'"): a subheading, not a paragraph.
const HEADING = /^\s*(?:#|\*\*[^*]+\*\*\s*$|['‘"“]?\p{Lu}[\p{Lu} '‘’"“”&!?,.:-]{2,40}$)/u;
const ITALIC_LINE = /^\s*([*_])[^*_\n]+\1\s*$/;
/** Paragraphs looked back through for the date heading above a live-blog entry. */
const ENTRY_PARAGRAPHS = 200;

// Every statement of a paragraph asks for the same scene (a walk back through up to ten paragraphs): walked once for
// each paragraph, as the article's dates are read once (statedAt's `published` is the article's own). Only where the
// walk ends on a scene does the speaker matter: that end is kept, and each speaker's later scene read from it.
interface SceneWalk {
  at: StatedAt | undefined;
  /** Where the walk ended on a scene: the paragraph that set it, the scene, and a vague scene met before. */
  start?: number;
  end?: number;
  scene?: StatedAt;
  vague?: StatedAt;
}

/**
 * A story told "on Wednesday" stays on Wednesday in the paragraphs that follow: the day named relative to the
 * publication in the nearest earlier paragraph that names a date, across a story's subheadings but up to a question
 * heading (an explainer's) or a date heading ("## Monday 17 February", which dates what is
 * under it), or the start of a live-blog entry (which dates its own). An
 * absolute date ("in 2022", "on December 7, 2024") there is background, not a scene, and ends the search.
 */
function sceneBefore(article: { text: string; publishedAt?: string }, paragraphStart: number, published: Day | undefined, speaker: readonly string[] = []): StatedAt | undefined {
  if (parsed?.text !== article.text || parsed.publishedAt !== article.publishedAt) return walkedSceneBefore(article, paragraphStart, published, speaker);
  const walks = (parsed.scenes ??= new Map());
  const walk = walks.get(paragraphStart);
  if (!walk) {
    const ended: Omit<SceneWalk, 'at'> = {};
    const at = walkedSceneBefore(article, paragraphStart, published, speaker, ended);
    walks.set(paragraphStart, { at, ...ended });
    return at;
  }
  if (walk.start === undefined || walk.end === undefined) return walk.at;
  const day = (walk.scene && speaker.length ? speakersLaterScene(article, walk.start, walk.end, walk.scene, published, speaker) : undefined) ?? walk.scene;
  return walk.vague && !(day?.precision === 'DAY' && day.date.startsWith(walk.vague.date)) ? walk.vague : day;
}

function walkedSceneBefore(article: { text: string; publishedAt?: string }, paragraphStart: number, published: Day | undefined, speaker: readonly string[], ended?: Omit<SceneWalk, 'at'>): StatedAt | undefined {
  const { text } = article;
  let end = paragraphStart - 1;
  const recalled: Found[] = [];
  // A day told in the pluperfect ("She had said as much on Sunday") looks back from a scene set further back; with
  // none there, it is the only day the story has given.
  let lookedBack: StatedAt | undefined;
  // The paragraph last walked through (first, the one asking): the first under a heading, when one is reached.
  let under = text.slice(paragraphStart, text.indexOf('\n', paragraphStart) < 0 ? text.length : text.indexOf('\n', paragraphStart));
  // Whether the paragraph asking is in a transcript's turn itself (found when first needed).
  let askingInTurn: boolean | undefined;
  // A scene told only to the week or month ("updated leaders on the talks at the weekend") goes on with the day it takes
  // in that the story set before it (the section's heading, "on Tuesday"), as within a paragraph.
  let vague: StatedAt | undefined;
  const settled = (day: StatedAt | undefined) => (vague && !(day?.precision === 'DAY' && day.date.startsWith(vague.date)) ? vague : day);
  for (let hops = 0; end > 0 && hops < SCENE_PARAGRAPHS; ) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const paragraph = text.slice(start, end);
    // Pictures and their captions stand beside the story, not in its sequence.
    if (FIGURE.test(paragraph)) {
      end = start - 1;
      continue;
    }
    // A vague scene takes in no day across a heading other than its own section's dated one.
    if (vague && HEADING.test(paragraph)) return settled(dateHeading(article, start, end, published) ?? labelledDateHeading(article, start, end, published));
    // Subheadings do not count: a newsletter's numbered sections all tell the same day.
    if (paragraph.trim() && !HEADING.test(paragraph)) hops++;
    // A subheading in a story goes on with its scene; a question (an explainer's) or a date heading starts anew.
    // An explainer's question that names a day ("What happened in Geneva on Sunday?") sets the scene of its answer.
    // An answer opening on the people the answer before it named ("The two leaders proposed …") goes on with its scene.
    const continued = HEADING.test(paragraph) && QUESTION.test(paragraph) && BACK_TO_THEM.test(under) && !dateHeading(article, start, end, published) && !datesOf(article, start, end, published).some(stating);
    // So does one that names a day outright: "What did the leaders agree in Paris on 6 January?".
    if (HEADING.test(paragraph) && QUESTION.test(paragraph) && !continued) return settled(dateHeading(article, start, end, published) ?? datesOf(article, start, end, published).filter(stating).find((f) => f.scene || (f.at.precision === 'DAY' && /\bon\s+$/i.test(paragraph.slice(0, f.start) + paragraph.slice(f.start, f.start + 3))))?.at ?? lookedBack);
    if (paragraph.trim() && !HEADING.test(paragraph)) under = paragraph;
    if (HEADING.test(paragraph) && dateHeading(article, start, end, published)) return settled(dateHeading(article, start, end, published));
    const labelled = HEADING.test(paragraph) ? labelledDateHeading(article, start, end, published) : undefined;
    if (labelled) return settled(labelled);
    // A line of nothing but a date in italics ("*Thursday 10 July*") heads a newsletter's section like a bold one;
    // the article's own date line at the top tells nothing more than the publication.
    const italic = ITALIC_LINE.test(paragraph) ? dateHeading(article, start, end, published) : undefined;
    if (italic && italic.date !== ownDayOf(article)) return settled(italic);
    // An aside's date about a person ("Merz, who took office last week, said …") is background, not the paragraph's scene.
    const found = withoutRecalled(datesOf(article, start, end, published).filter((f) => stating(f) && !f.lookBack && !f.personAside));
    // A speaker's turn in a transcript tells the days their own words look back to ("Last Thursday I was in Paris"):
    // the narration after the transcript ("**After the speech** ¶ Weber told reporters …") is not set on them.
    if (found.length && !HEADING.test(paragraph) && FIRST_PERSON.test(paragraph) && !(askingInTurn ??= inTurn(text, paragraphStart)) && inTurn(text, start)) {
      end = start - 1;
      continue;
    }
    if (ENTRY_START.test(paragraph)) return settled(found.at(-1)?.scene ? found.at(-1)!.at : entryDate(article, start, published));
    // The paragraph's last date, or the day within it stated before ("On Tuesday … 'true last week'": Tuesday).
    const last = sceneInParagraph(found);
    // The lead's own calendar day, a few days before the article's ("On Thursday 17 April, Rubio and Witkoff sat …" in
    // the paper of the 18th), sets the story's scene as "on Thursday" would; elsewhere such a date is background.
    const news = last && !last.scene && !last.pluperfect && start === leadStart(article) && recentDay(last.at, published) ? last : undefined;
    if (last?.scene || news) {
      const scene = recalled.every((f) => recalledFrom(f, last!.at)) ? last!.at : lookedBack;
      if (!vague && scene && scene.precision !== 'DAY' && scene.precision !== 'YEAR' && scene.date.length === 7 && !HEADING.test(paragraph)) {
        vague = scene;
        end = start - 1;
        continue;
      }
      if (ended) Object.assign(ended, { start, end, scene, vague });
      return settled((scene && speaker.length ? speakersLaterScene(article, start, end, scene, published, speaker) : undefined) ?? scene);
    }
    // A paragraph recalling an earlier event ("the plans agreed in Paris on 6 January") between the scene's day and
    // the sentence does not end the scene, when that day, further back, comes after it.
    // A year alone ("In 2015 we had none of that") is history, and ends the search.
    if (last && last.at.date.length === 4) return vague ?? lookedBack;
    if (last?.pluperfect) lookedBack ??= last.at;
    if (last) recalled.push(last);
    end = start - 1;
  }
  return vague ?? lookedBack;
}

/** A person's or body's name as a later paragraph may name them: the whole, and a person's surname alone. */
const FULL_NAME = /^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+)+$/u;
const namesOf = (speaker: readonly string[]) => speaker.filter((n) => /^\p{Lu}/u.test(n) && n.length > 2).flatMap((n) => (FULL_NAME.test(n) ? [n, n.split(/\s+/).at(-1)!] : [n]));

// Someone named without their name, who may be the speaker: a pronoun, or a title after "the" ("The head of state
// spoke on Thursday", "the Premier described …"); not "the leaders", who are many.
const ONE_REFERRED_TO = /\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b|\b[Tt]he\s+(?:(?:new|former|outgoing|incoming|[Uu]krainian|[Rr]ussian|[Aa]merican|[Ff]rench|[Gg]erman|[Bb]ritish|[Ii]talian|[Pp]olish)\s+)?(?:[Pp]rime\s+[Mm]inister|PM|[Pp]remier|[Cc]hancellor|(?:[Vv]ice[- ])?[Pp]resident|(?:[Ff]oreign|[Dd]efen[cs]e|[Ii]nterior|[Ff]inance)\s+(?:[Mm]inister|[Ss]ecretary)|[Mm]inister|[Ss]ecretary(?:[- ][Gg]eneral)?|[Hh]ead\s+of\s+(?:[Ss]tate|[Gg]overnment)|[Ss]pokes(?:man|woman|person)|[Ee]nvoy|[Aa]mbassador|[Ll]eader|[Cc]ommissioner|[Ss]enator|[Gg]eneral|[Mm]ayor|[Pp]ope|[Kk]ing|[Qq]ueen)\b/;

/**
 * The day of the nearest paragraph before [start, end) that names the speaker and sets a scene, when that day comes
 * after `scene`, the day [start, end) sets without naming them: a paragraph of background stepping back from the news
 * ("Today, Tsahkna held a call with Sybiha … ¶ Michal took part in the Paris meeting on Thursday … ¶ '…,' Tsahkna
 * said") is not where the speaker, back in the story, speaks.
 */
function speakersLaterScene(article: { text: string; publishedAt?: string }, start: number, end: number, scene: StatedAt, published: Day | undefined, speaker: readonly string[]): StatedAt | undefined {
  const names = namesOf(speaker);
  const { text } = article;
  if (!names.length || scene.precision !== 'DAY' || speakerAt(text, start, end, names) !== undefined || ONE_REFERRED_TO.test(text.slice(start, end))) return undefined;
  let to = start - 1;
  for (let hops = 0; to > 0 && hops < SCENE_PARAGRAPHS; ) {
    const from = text.lastIndexOf('\n', to - 1) + 1;
    const paragraph = text.slice(from, to);
    if (HEADING.test(paragraph) && !STORY_SUBHEADING.test(paragraph)) return undefined;
    if (paragraph.trim() && !HEADING.test(paragraph) && !FIGURE.test(paragraph)) {
      hops++;
      const own = sceneInParagraph(withoutRecalled(datesOf(article, from, to, published).filter((f) => stating(f) && !f.lookBack && !f.personAside)));
      if (own && speakerAt(text, from, to, names) !== undefined) return own.scene && own.at.precision === 'DAY' && own.at.date > scene.date ? own.at : undefined;
    }
    to = from - 1;
  }
  return undefined;
}

// How many days before the article's own day a calendar date in its lead still tells the news.
const NEWS_DAYS = 7;
/** Whether `at` is a day within the news days before the article's own day `published` (on that day, the paper's date says as much). */
function recentDay(at: StatedAt, published: Day | undefined): boolean {
  if (!published?.day || at.precision !== 'DAY') return false;
  const back = (Date.parse(`${format(published)}T12:00:00Z`) - Date.parse(`${at.date}T12:00:00Z`)) / 86_400_000;
  return back >= 1 && back <= NEWS_DAYS;
}

// The article's lead, found once per text.
let lead_: { text: string; start: number | undefined } | undefined;
/** Lines looked through from the top for the lead. */
const TOP_LINES = 12;

/** Where the lead starts: the first line of prose of a dozen words or more, past the headline and the page's furniture. */
function leadStart(article: { text: string }): number | undefined {
  if (lead_?.text === article.text) {
    lead_.text = article.text; // (see datesOf)
    return lead_.start;
  }
  let start: number | undefined;
  let lines = 0;
  for (const line of matchesOf(article.text, /[^\n]+/g)) {
    if (!line[0].trim()) continue;
    if (++lines > TOP_LINES) break;
    if (HEADLINE.test(line[0]) || NOT_LEAD.test(line[0]) || ENTRY_START.test(line[0]) || line[0].split(/\s+/).length < 12 || !SENTENCE_CLOSE.test(line[0])) continue;
    start = line.index;
    break;
  }
  lead_ = { text: article.text, start };
  return start;
}

/**
 * `f`, or the day it takes in that `among` also names: "a weekend in which Kellogg told the conference on Saturday",
 * "met him earlier in April and again last Friday", "said earlier this month, and again on Monday": the day, which says
 * more (the nearest to `f` when there are several). Not a day in the possessive ("Monday's meeting"), a thing named.
 */
function sharpened(f: Found | undefined, among: Found[]): Found | undefined {
  if (!f || (f.at.precision !== 'APPROXIMATE' && f.at.precision !== 'MONTH') || f.at.date.length !== 7) return f;
  const days = among.filter((g) => g !== f && g.at.precision === 'DAY' && !g.possessive && g.at.date.startsWith(f.at.date));
  return days.sort((a, b) => distance(a, f.start, f.end) - distance(b, f.start, f.end))[0] ?? f;
}

// A paragraph opening on people named before it: "The two leaders …", "Both men …", "The pair …".
const BACK_TO_THEM = /^\s*(?:(?:The\s+(?:two|three|four)|Both)\s+(?:leaders|men|women|presidents|prime\s+ministers|ministers|chancellors|governments|countries|capitals|sides|allies)|The\s+(?:pair|trio)|Both\s+of\s+them)\b/;

/** Whether `scene`, set before a look back told in the pluperfect on `day`, is on or after that day: the look back is from it. */
const lookedBackFrom = (day: StatedAt, scene: StatedAt | undefined) => {
  if (!scene) return false;
  const n = Math.min(day.date.length, scene.date.length);
  return scene.date.slice(0, n) >= day.date.slice(0, n);
};

/** The day a heading paragraph names ("**Monday 17 February**"), when it names nothing else. */
function dateHeading(article: { text: string; publishedAt?: string }, start: number, end: number, published: Day | undefined): StatedAt | undefined {
  const [found] = datesOf(article, start, end, published);
  const rest = article.text.slice(start, end).slice(0, found?.start).concat(article.text.slice(start + (found?.end ?? 0), end));
  return found && found.at.precision === 'DAY' && !LONG_WORD.test(rest.replace(/\b(?:on|updated|GMT|BST|CET|UTC)\b/gi, '')) ? found.at : undefined;
}

// A short heading that pairs a label with a date: "**London — 6 January**", "**Moscow: Jan 8**", "**Rome | Friday 9 January**".
const LABEL_SEPARATOR = /\s[—–|-]\s|:\s/g;
const HEADING_WORDS = 12;

/**
 * The date a round-up's entry heading gives what is under it: "**Paris — Jan. 7**", "**Budapest — in December**".
 * The date must follow the separator, with at most a preposition between, in a heading of a few words.
 */
function labelledDateHeading(article: { text: string; publishedAt?: string }, start: number, end: number, published: Day | undefined): StatedAt | undefined {
  const heading = article.text.slice(start, end);
  if (heading.split(/\s+/).filter((w) => A_LETTER.test(w)).length > HEADING_WORDS) return undefined;
  const separators = matchesOf(heading, LABEL_SEPARATOR).map((m) => m.index + m[0].length);
  if (!separators.length) return undefined;
  // Or open it, before the separator: "**March: the first no**", "**17 February — Paris**".
  // Two days joined open it too: "**11 April and 25 April — St Petersburg, then Moscow**" (the first is the entry's).
  const all = datesOf(article, start, end, published);
  const joined = (from: number, to: number) => all.filter((g) => g.start >= from && g.end <= to).reduceRight((t, g) => t.slice(0, g.start - from) + t.slice(g.end - from), heading.slice(from, to));
  const opening = (f: Found) => separators.some((at) => f.end <= at && /^[\s*#_]*(?:(?:on|in|during)\s+)?$/i.test(heading.slice(0, f.start)) && /^[\s*]*(?:(?:and|&)[\s*]*)?$/.test(joined(f.end, at).replace(LABEL_SEPARATOR, '')));
  const found = all.find((f) => stating(f) && !f.lookBack && (opening(f) || separators.some((at) => at <= f.start && /^\s*(?:(?:on|in|at|during)\s+)?$/i.test(heading.slice(at, f.start)))));
  return found && found.at.precision !== 'YEAR' ? found.at : undefined;
}

// The page's own clock at its top: "*Updated 19 August 2025, 00:40 BST*", "Last updated 9.15am".
const UPDATED_AT = /^[*_]*\s*(?:last\s+)?updated\b[^\n]{0,40}?\b(\d{1,2})[:.](\d{2})\b(?:\s*([ap])\.?m\.?)?/im;
const UPDATED_SPAN = 800;
/** Minutes after midnight of a clock time matched as hours, minutes and an optional a/p. */
const minutesOf = (m: RegExpMatchArray) => ((Number(m[1]) % 12) + (m[3]?.toLowerCase() === 'p' ? 12 : m[3] ? 0 : Number(m[1]) >= 12 ? 12 : 0)) * 60 + Number(m[2]);

/** A live-blog entry's day: the date heading above it, else the article's own day. */
const KEY_EVENT = /^\s*[-*•]\s+[*_]{0,2}(\d{1,2}[:.]\d{2})\b/;

/** Where the live-blog entry stamped `time` starts, after `from`; undefined when there is none. */
function entryAt(text: string, from: number, time: string): number | undefined {
  const [h, m] = time.split(/[:.]/);
  const at = new RegExp(String.raw`\n[^\S\n]*[*_]{0,2}0?${Number(h)}[:.]${m}\b`).exec(text.slice(from));
  return at ? from + at.index + 1 : undefined;
}

function entryDate(article: { text: string; publishedAt?: string }, paragraphStart: number, published: Day | undefined): StatedAt | undefined {
  const { text } = article;
  let end = paragraphStart - 1;
  let base: StatedAt | undefined;
  let top = 0;
  for (let hops = 0; end > 0 && hops < ENTRY_PARAGRAPHS; hops++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const heading = HEADING.test(text.slice(start, end)) ? dateHeading(article, start, end, published) : undefined;
    if (heading) {
      base = heading;
      top = end;
      break;
    }
    end = start - 1;
  }
  base ??= published?.day ? { date: format(published), precision: 'DAY', source: 'PUBLISHED' } : undefined;
  if (!base || base.precision !== 'DAY') return base;
  // Entries run across midnight: a jump of more than twelve hours between neighbours is a day boundary, back a day
  // in a newest-first blog, on a day in an oldest-first one.
  const times = matchesOf(text.slice(top, text.indexOf('\n', paragraphStart) + 1 || text.length), /^[^\S\n]*[*_]{0,2}(\d{1,2})[:.](\d{2})(?:\s*([ap])\.?m\.?)?[*_]{0,2}\s*(?:[A-Z]{2,4}\b)?[*_]{0,2}\s*(?:[—–:|-]|$)/gim)
    .map(minutesOf);
  let newestFirst = 0;
  for (let i = 1; i < times.length; i++) if (Math.abs(times[i] - times[i - 1]) <= 12 * 60) newestFirst += Math.sign(times[i - 1] - times[i]);
  // A newest-first page "Updated 19 August, 00:40" over entries of 22:15 and 19:05 dated by its publication day: the
  // update is the newest moment, so entries later in the day than it were written the day before.
  const updated = top === 0 && base.source === 'PUBLISHED' && newestFirst >= 0 ? UPDATED_AT.exec(text.slice(0, UPDATED_SPAN)) : null;
  if (updated) times.unshift(minutesOf(updated));
  let shift = 0;
  for (let i = 1; i < times.length; i++) {
    const step = times[i] - times[i - 1];
    if (Math.abs(step) > 12 * 60) shift += newestFirst >= 0 ? (step > 0 ? -1 : 0) : step < 0 ? 1 : 0;
  }
  if (!shift) return base;
  const date = new Date(Date.parse(`${base.date}T12:00:00Z`) + shift * 86_400_000).toISOString().slice(0, 10);
  return { date, precision: 'DAY', source: 'TEXT' };
}

/** Whether `at` lies inside quotation marks in `paragraph`. */
function insideQuotes(paragraph: string, at: number): boolean {
  const before = paragraph.slice(0, at);
  const curly = (before.match(/“/g)?.length ?? 0) - (before.match(/”/g)?.length ?? 0);
  return curly > 0 || (before.match(/"/g)?.length ?? 0) % 2 === 1;
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** How many days back "last <weekday>" lies from a page written `since` days after that weekday's latest occurrence:
 *  that day is "today" and the day before "yesterday" or "on Thursday", so "last" names the week before. */
export const lastWeekdayBack = (since: number) => (since <= 1 ? since + 7 : since);

// The article's own day, from the lines above its body: a byline ("By A · 1 March 2025", "Published 10 July",
// "Monday 3 March 2025 · Compiled by …", "Translated from Polish. 16.03.2025") or a dateline ("MOSCOW, February 19 —").
// Also a place written in title case ("Kyiv, 3 March 2025 —"), and a wire's date with no place ("March 3 (Reuters) -").
export const DATELINE = /^(?:(?:[\p{Lu}][\p{Lu} .'’/-]+|\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?),\s+([^—–]{3,30}?)\s*(?:\([^)]*\))?|((?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8})(?:,?\s+\d{4})?)\s*\([^)]*\))\s*[—–-]\s/u;
const OWN_DATE_LINES = 8;
const MONTH_NAME = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?/gi;
// Page furniture that carries the article's date, not the story's: bylines, "Published …", "Updated …", a clock time.
const BYLINE = /^[*_]*\s*(?:by\s|published|updated|posted|last updated|first published|from:|translated|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)|[·|]|\b\d{1,2}[:.]\d{2}\b/i;
const BODY = 200;
// A line that opens with a full date and a dash before a label: "10 July 2025 — Press release", "July 10, 2025 - Statement".
const DATED_LABEL = /^[*_]*\s*(?:\d{1,2}\s+\p{L}{3,}\.?|\p{L}{3,}\.?\s+\d{1,2},?)\s+\d{4}\s*[—–-]\s*\p{L}[^.!?]{0,40}$/u;
let anchored_: { text: string; publishedAt?: string; day: Day | undefined } | undefined;

/**
 * The day relative dates count from: the day the text gives itself when the publication date agrees with it (the
 * same month, or within a week), so "today" in a release "Published 10 July" and filed on the 11th is the 10th;
 * else the publication date.
 */
/** The day the article gives itself (a dateline, "Published 10 July"), else its publication day: YYYY-MM-DD or undefined. */
export function ownDayOf(article: { text: string; publishedAt?: string }): string | undefined {
  const day = anchorOf(article);
  return day?.day ? format(day) : undefined;
}

export function anchorOf(article: { text: string; publishedAt?: string }): Day | undefined {
  if (anchored_?.text === article.text && anchored_.publishedAt === article.publishedAt) {
    anchored_.text = article.text; // (see datesOf)
    return anchored_.day;
  }
  const published = parsePublished(article.publishedAt);
  const own = ownDate(article.text, published);
  const agrees = own && (!published || (published.day ? Math.abs(dayNumber(own) - dayNumber(published)) <= 7 : own.year === published.year && (!published.month || own.month === published.month)));
  const day = agrees ? (published?.day && dayNumber(published) > dayNumber(own) ? { ...own, latest: published } : own) : published;
  anchored_ = { text: article.text, publishedAt: article.publishedAt, day };
  return day;
}

const dayNumber = (d: Day) => Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1) / 86_400_000;

function ownDate(text: string, published: Day | undefined): Day | undefined {
  const ref = published ? referenceDate(published) : new Date();
  let lines = 0;
  let updated: Day | undefined;
  for (const line of matchesOf(text, /[^\n]+/g)) {
    const body = line[0].trim();
    if (!body || body.startsWith('#') || body.startsWith('!') || /^-{3,}$/.test(body)) continue;
    if (++lines > OWN_DATE_LINES) break;
    const dateline = DATELINE.exec(body);
    // A line that is nothing but a date ("22 March 2025") is the article's too.
    const bare = body.length <= 40 && !LONG_WORD.test(body.replace(MONTH_NAME, ''));
    const words = body.length <= BODY && (BYLINE.test(body) || bare || DATED_LABEL.test(body)) && !ENTRY_START.test(body) ? body : (dateline?.[1] ?? dateline?.[2]);
    if (words) {
      // "Updated 25 November · First published 24 November": the page's update is not its day; the first publication is.
      const first = UPDATED_PART.test(words) ? words.replace(UPDATED_PART, ' | ') : words;
      const day = dayIn(first, ref, published);
      if (day) return day;
      // A line giving only the update: the day of the first publication may follow on a line below.
      updated ??= first === words ? undefined : dayIn(words, ref, published);
    }
    if (body.length > BODY) break;
  }
  return updated;
}

// The part of a byline telling when the page was updated: "· Updated Nov. 25, 2025, 9:10 a.m. ET", "Last updated: 25.11.2025".
const UPDATED_PART = /(?:^|[·|•]|\s[—–-]\s)\s*[*_]*\s*(?:last\s+)?(?:updated|modified|edited|amended)\b[^·|•]*/i;

/** The first calendar day (with its month and day) the byline words give. */
function dayIn(words: string, ref: Date, published: Day | undefined): Day | undefined {
  const result = chrono.en.casual.parse(words, { instant: ref, timezone: 0 }, { forwardDate: false }).find((r) => r.start.isCertain('month') && r.start.isCertain('day') && /\d/.test(r.text) && !r.tags().has('result/relativeDate'));
  if (!result) return undefined;
  let year = result.start.get('year')!;
  if (!result.start.isCertain('year') && published && Date.UTC(year, result.start.get('month')! - 1, result.start.get('day')!) > ref.getTime()) year--;
  return { year, month: result.start.get('month')!, day: result.start.get('day')! };
}
