// When a statement was made: a date read from the quote, its sentence or its paragraph, resolved against the
// article's publication date (past preferred), else the publication date itself. Pure and deterministic.
import * as chrono from 'chrono-node';
import type { DatePrecision, StatedAt } from '../types';

interface Day {
  year: number;
  month?: number;
  day?: number;
}

/** A date found in the paragraph, at paragraph offsets [start, end). */
interface Found {
  start: number;
  end: number;
  at: StatedAt;
  /** A day named relative to the publication ("on Wednesday", "yesterday"): news sets a scene with these. */
  scene?: boolean;
}

/**
 * The date of the statement quoted at text[start, end); undefined when neither the text nor the publication date
 * tells. `speaker` (the names of who made it) picks among several dates in one quote: "A said on Jan. 18 …, while
 * B confirmed on Jan. 16 …" is Jan. 16 for B: the date nearest the speaker's name.
 */
export function statedAt(article: { text: string; publishedAt?: string }, start: number, end: number, speaker: readonly string[] = []): StatedAt | undefined {
  const published = parsePublished(article.publishedAt);
  const [from, to] = paragraphAround(article.text, start);
  const paragraph = article.text.slice(from, to);
  const found = datesOf(article, from, to, published);
  const [quoteStart, quoteEnd] = [start - from, Math.min(end, to) - from];
  const [sentenceStart, sentenceEnd] = sentenceAround(paragraph, quoteStart, quoteEnd);
  // In the quote first, then elsewhere in its sentence (nearest), then the dated scene: the last date before it.
  const inQuote = found.filter((f) => f.start >= quoteStart && f.end <= quoteEnd);
  const said = speakerAt(paragraph, quoteStart, quoteEnd, speaker);
  const quoted = said === undefined ? inQuote[0] : [...inQuote].sort((a, b) => distance(a, said, said) - distance(b, said, said))[0];
  const inSentence = found
    .filter((f) => f.start >= sentenceStart && f.end <= sentenceEnd)
    .sort((a, b) => distance(a, quoteStart, quoteEnd) - distance(b, quoteStart, quoteEnd))[0];
  // A sentence in the present perfect ("has expressed") or saying "previously" steps out of the scene.
  const inScene = !OUT_OF_SCENE.test(paragraph.slice(sentenceStart, sentenceEnd));
  const before = inScene ? found.filter((f) => f.end <= sentenceStart).at(-1) : undefined;
  const picked = quoted ?? inSentence ?? before;
  if (picked) return picked.at;
  const scene = inScene ? sceneBefore(article, from, published) : undefined;
  if (scene) return scene;
  if (!published) return undefined;
  return { date: format(published), precision: precisionOf(published), source: 'PUBLISHED' };
}

/** Where in the quote the first of `names` is mentioned (whole words), if any. */
function speakerAt(paragraph: string, start: number, end: number, names: readonly string[]): number | undefined {
  const quote = paragraph.slice(start, end);
  let first: number | undefined;
  for (const name of names) {
    if (name.length < 2) continue;
    const match = new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).exec(quote);
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
const OUT_OF_SCENE = /\b(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?[a-z]+(?:ed|en|un|wn|ne|id|ld|ht)\b|\bpreviously\b/i;
// Dates relative to the one stated before them, not to the publication date.
const ANCHORED = /\b(?:later|after(?:wards)?|(?:the )?(?:next|following) (?:day|week|month)|earlier|before)\b/i;
const COMPONENTS = ['year', 'month', 'day', 'weekday'] as const;
// Words chrono reads as dates that say nothing about when: "now", "currently".
const IGNORED = /^(?:now|right now|currently|present)$/i;
// Lowercase "sat", "may", "sun" are words, not Saturday or May.
const LOWERCASE_NAME = /^(?:on )?(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)$/;

// Every evidence of an article asks about the same few paragraphs: parse each once (the last article's only).
let parsed: { text: string; publishedAt?: string; paragraphs: Map<number, Found[]> } | undefined;

function datesOf(article: { text: string; publishedAt?: string }, from: number, to: number, published: Day | undefined): Found[] {
  if (parsed?.text !== article.text || parsed.publishedAt !== article.publishedAt) parsed = { text: article.text, publishedAt: article.publishedAt, paragraphs: new Map() };
  let found = parsed.paragraphs.get(from);
  if (!found) parsed.paragraphs.set(from, (found = datesIn(article.text.slice(from, to), published)));
  return found;
}

function datesIn(paragraph: string, published: Day | undefined): Found[] {
  const found: Found[] = [];
  // Absolute dates resolve against the end of the published period, so "in December" written in February 2025
  // is December 2024; relative ones ("on Thursday", "yesterday") only as finely as the publication date is known.
  const ref = published ? referenceDate(published) : undefined;
  const results = chrono.en.casual.parse(paragraph, ref ? { instant: ref, timezone: 0 } : undefined, { forwardDate: false });
  for (const result of results) {
    const text = result.text.replace(/[,\s]+$/, '');
    if (IGNORED.test(text) || LOWERCASE_NAME.test(text)) continue;
    const known = new Set<string>(COMPONENTS.filter((c) => result.start.isCertain(c)));
    if (!known.has('year') && !known.has('month') && !known.has('day') && !known.has('weekday')) continue; // a time alone
    // "two days later" counts from the date stated before it; without one it says nothing.
    const at = ANCHORED.test(text) && result.tags().has('result/relativeDate') ? anchored(text, found.at(-1)?.at) : resolve(result, known, published, ref);
    if (at) found.push({ start: result.index, end: result.index + result.text.length, at, scene: !known.has('month') || [...result.tags()].some((t) => t.startsWith('casualReference')) });
  }
  for (const pattern of [PART_OF_YEAR, BARE_YEAR]) {
    for (const match of paragraph.matchAll(pattern)) {
      const start = match.index;
      if (found.some((f) => f.start < start + match[0].length && start < f.end)) continue;
      const precision: DatePrecision = pattern === PART_OF_YEAR ? 'APPROXIMATE' : 'YEAR';
      found.push({ start, end: start + match[0].length, at: { date: match[1], precision, source: 'TEXT' } });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A chrono result as a statement date, past preferred. */
function resolve(result: chrono.ParsedResult, known: Set<string>, published: Day | undefined, ref: Date | undefined): StatedAt | undefined {
  const isRelative = !known.has('year') && !known.has('month') ? true : result.tags().has('result/relativeDate') || [...result.tags()].some((t) => t.startsWith('casualReference'));
  if (!ref || !published) {
    // Without a publication date only a date that names its year can be placed.
    if (!known.has('year')) return undefined;
  }
  let date = new Date(Date.UTC(result.start.get('year')!, result.start.get('month')! - 1, result.start.get('day')!));
  if (ref && date > ref && !known.has('year')) {
    // Past preferred: a weekday goes back a week, a month and day a year.
    if (known.has('month')) date = new Date(Date.UTC(date.getUTCFullYear() - 1, date.getUTCMonth(), date.getUTCDate()));
    else date = new Date(date.getTime() - 7 * 86_400_000);
  }
  const day: Day = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  if (known.has('day') || known.has('weekday')) {
    // "on Thursday" in an article dated only to the month: somewhere in that month.
    if (isRelative && published && !published.day) return { date: format({ year: published.year, month: published.month }), precision: 'APPROXIMATE', source: 'TEXT' };
    const approximate = result.tags().has('result/relativeDate') && /\bweek|month|year\b/i.test(result.text);
    return { date: format(day), precision: approximate ? 'APPROXIMATE' : 'DAY', source: 'TEXT' };
  }
  if (known.has('month')) return { date: format({ year: day.year, month: day.month }), precision: 'MONTH', source: 'TEXT' };
  return { date: String(day.year), precision: 'YEAR', source: 'TEXT' };
}

/** "two days later": counted from the date stated before it, as precisely as that one is known. */
function anchored(text: string, anchor: StatedAt | undefined): StatedAt | undefined {
  if (!anchor || anchor.precision !== 'DAY') return undefined;
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
const SENTENCE_END = /[.!?]["”’)]*\s+(?=["“‘(]?[A-Z0-9])/g;
const ABBREVIATION = /(?:\b[A-Z]\.(?:[A-Z]\.)*|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|St|Sen|Rep|Gov|Prof|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|vs)\.)["”’)]*\s+$/;

function sentenceAround(paragraph: string, start: number, end: number): [number, number] {
  let from = 0;
  let to = paragraph.length;
  for (const match of paragraph.matchAll(SENTENCE_END)) {
    const boundary = match.index + match[0].length;
    if (ABBREVIATION.test(paragraph.slice(Math.max(0, match.index - 12), boundary))) continue;
    if (boundary <= start) from = boundary;
    else if (match.index >= end - 1) {
      to = match.index + 1;
      break;
    }
  }
  return [from, to];
}

/** Paragraphs (blank lines count) looked back through for a scene. */
const SCENE_PARAGRAPHS = 8;

/**
 * A story told "on Wednesday" stays on Wednesday in the paragraphs that follow: the day named relative to the
 * publication in the nearest earlier paragraph that names a date, up to a heading. An absolute date ("in 2022",
 * "on December 7, 2024") there is background, not a scene, and ends the search.
 */
function sceneBefore(article: { text: string; publishedAt?: string }, paragraphStart: number, published: Day | undefined): StatedAt | undefined {
  const { text } = article;
  let end = paragraphStart - 1;
  for (let hops = 0; end > 0 && hops < SCENE_PARAGRAPHS; hops++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const paragraph = text.slice(start, end);
    if (/^\s*(?:#|\*\*[^*]+\*\*\s*$)/.test(paragraph)) return undefined;
    const found = datesOf(article, start, end, published);
    if (found.length) return found.at(-1)!.scene ? found.at(-1)!.at : undefined;
    end = start - 1;
  }
  return undefined;
}
