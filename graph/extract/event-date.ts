// Reads the date of an event from the words around it, against the article's publication date: "on 17 February",
// "on Feb. 17, 2025", "on Monday", "yesterday", "in March". A small reader for event attributes, not statement dates.
import { matchesOf } from '../match-all';
import { DATELINE, lastWeekdayBack } from '../time/stated-at';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`;
// "24 June", "24-25 June", "3 and 4 July", "3 to 4 July": a span is dated by its first day.
const DAY_MONTH = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?(?:(?:[–-]|\s+(?:and|&|to)\s+)\d{1,2}(?:st|nd|rd|th)?)?\s+(?:of\s+)?${MONTH}(?:\s+(\d{4}))?\b`);
// "24.06.2025", "24/06/2025": day first, as Europe writes it.
const NUMERIC = /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/;
// "on the 8th": a day of the month the article is written in, or of the one before.
const ORDINAL = /\bon\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of|anniversary|floor|century|day|time|round|attempt))/i;
// "on the tenth", "on the twenty-first": a day spelled out, when no noun follows it ("on the second day", "the third round").
const SPELLED_DAY: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30 };
const SPELLED_ORDINAL = /\bon\s+the\s+(?:(twenty|thirty)[-\s])?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)\b(?=\s*(?:[,.;:)—–]|$)|\s+(?:to|and|when|as|after|before|with|but|in\s+(?!the\b)\p{Lu})\b)/iu;
/** The day of the month an ordinal gives ("the 8th", "the tenth"), if any. */
function ordinalDay(words: string): number | undefined {
  const digits = ORDINAL.exec(words);
  if (digits) return +digits[1];
  const spelled = SPELLED_ORDINAL.exec(words);
  if (!spelled) return undefined;
  const tens = spelled[1] ? (spelled[1].toLowerCase() === 'twenty' ? 20 : 30) : 0;
  const unit = SPELLED_DAY[spelled[2].toLowerCase()];
  return tens && unit >= 10 ? undefined : tens + unit;
}
// "two days ago", "a week ago": counted back from the article's own day.
const AGO = /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?)\s+ago\b/i;
const NUMBER: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
// "last month", "earlier this month": only the month.
const RELATIVE_MONTH = /\b(?:(last|previous)|(?:earlier\s+)?this)\s+month\b/i;
// "on Monday of last week", "last week on Monday": that weekday of the calendar week before the article's.
const LAST_WEEK = /^\s+(?:of\s+)?(?:last|the\s+previous)\s+week\b|\b(?:last|the\s+previous)\s+week\s+on\s+$/i;
const LAST_WEEKEND = /\b(?:last|the\s+previous)\s+weekend\b/i;
const MONTH_DAY = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?`);
// "in June", "late March", and a gathering's yearly month: "the forum he hosts each June" (the last one).
const MONTH_ONLY = new RegExp(String.raw`\b(?:in|since|during|early|late|each|every|mid-?)(?:\s+|(?<=-))${MONTH}(?:\s+(\d{4}))?\b`);
// "on 17.02": day and month without the year (not "at 10.30", a time, nor "on 3.5 per cent").
const NUMERIC_NO_YEAR = /\bon\s+(\d{1,2})\.(\d{1,2})\.?(?![\d.,%]|\s*(?:per\s*cent|percent|billion|million|bn|trillion|km|points?)\b)/i;
// "on 17 February last year": the year named after the date.
const LAST_YEAR_AFTER = /^,?\s+(?:of\s+)?(?:last|previous)\s+year\b/i;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY = /\b(?:on|last|this|since)?\s*(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?:['’]s)?\b/;
const RELATIVE = /\b(the day before yesterday|the day after tomorrow|yesterday|today|this morning|this afternoon|this evening|tonight|last night|tomorrow)\b/i;
const SHIFT: Record<string, number> = { 'the day before yesterday': -2, yesterday: -1, 'last night': -1, tomorrow: 1, 'the day after tomorrow': 2 };

export interface EventDate {
  date: string;
  precision: 'DAY' | 'MONTH';
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const monthIndex = (word: string) => MONTHS.indexOf(word.slice(0, 3).toLowerCase());

/** A month without a year is the closest one at or before publication (a report looks back). */
function yearFor(month: number, published?: Date): number | undefined {
  if (!published) return undefined;
  const year = published.getUTCFullYear();
  return month > published.getUTCMonth() + 1 ? year - 1 : year;
}

/** Under a heading that names an earlier year ("What did Berlin say in February 2025?") a month is in that year. */
const inSection = (year: number | undefined, sectionYear: number | undefined) => (year !== undefined && sectionYear !== undefined && sectionYear < year ? sectionYear : year);

// Where one clause of a sentence ends and another begins: "The summit ended, and delegations fly to Riyadh tomorrow".
const CLAUSE_BREAK = /;|,\s+(?:and|but|while|whereas|as)\s|\s[—–]\s/g;

/** The clause of `words` holding offset `at`. */
function clauseAt(words: string, at: number): string {
  let from = 0;
  for (const m of matchesOf(words, CLAUSE_BREAK)) {
    if (m.index + m[0].length <= at) from = m.index + m[0].length;
    else if (m.index >= at) return words.slice(from, m.index);
  }
  return words.slice(from);
}

/**
 * `text` with a wire's dateline ("KYIV, March 12 (Reuters) - ") blanked out: it gives the day the story was filed, not
 * the day of an event the lead names ("… after talks in Jeddah", held the day before). Offsets are kept.
 */
function withoutDateline(text: string): string {
  const dateline = DATELINE.exec(text);
  return dateline && /\d/.test(dateline[0]) ? ' '.repeat(dateline[0].length) + text.slice(dateline[0].length) : text;
}

/**
 * The date `words` give, resolved against `publishedAt` (YYYY-MM-DD or YYYY-MM); undefined when none can be read.
 * With `at` (the event's offset in `words`), only the clause naming the event counts.
 */
export function readEventDate(text: string, publishedAt?: string, at?: number, ownDay?: string, sectionYear?: number): EventDate | undefined {
  const words = at === undefined ? text : clauseAt(withoutDateline(text), at);
  const published = publishedAt && /^\d{4}-\d{2}-\d{2}$/.test(publishedAt) ? new Date(`${publishedAt}T00:00:00Z`) : undefined;
  // "today" and "yesterday" count from the day the text gives itself ("Published 10 July", a dateline), when it does.
  const own = ownDay && /^\d{4}-\d{2}-\d{2}$/.test(ownDay) ? new Date(`${ownDay}T00:00:00Z`) : published;
  const dm = DAY_MONTH.exec(words);
  const md = MONTH_DAY.exec(words);
  const explicit = dm ? { day: +dm[1], month: monthIndex(dm[2]) + 1, year: dm[3] } : md ? { day: +md[2], month: monthIndex(md[1]) + 1, year: md[3] } : undefined;
  if (explicit && explicit.day >= 1 && explicit.day <= 31) {
    const after = dm ? words.slice(dm.index + dm[0].length) : md ? words.slice(md.index + md[0].length) : '';
    const lastYear = !explicit.year && published && LAST_YEAR_AFTER.test(after) ? published.getUTCFullYear() - 1 : undefined;
    const year = explicit.year ? +explicit.year : (lastYear ?? inSection(yearFor(explicit.month, published), sectionYear));
    if (year) return { date: `${year}-${pad(explicit.month)}-${pad(explicit.day)}`, precision: 'DAY' };
  }
  const numeric = NUMERIC.exec(words);
  if (numeric && +numeric[1] >= 1 && +numeric[1] <= 31 && +numeric[2] >= 1 && +numeric[2] <= 12) return { date: `${numeric[3]}-${pad(+numeric[2])}-${pad(+numeric[1])}`, precision: 'DAY' };
  const short = published ? NUMERIC_NO_YEAR.exec(words) : undefined;
  if (short && +short[1] >= 1 && +short[1] <= 31 && +short[2] >= 1 && +short[2] <= 12) {
    const [day, month] = [+short[1], +short[2]];
    const year = month < published!.getUTCMonth() + 1 || (month === published!.getUTCMonth() + 1 && day <= published!.getUTCDate()) ? published!.getUTCFullYear() : published!.getUTCFullYear() - 1;
    return { date: `${year}-${pad(month)}-${pad(day)}`, precision: 'DAY' };
  }
  const ordinal = own ? ordinalDay(words) : undefined;
  if (ordinal && own && ordinal >= 1 && ordinal <= 31) {
    const [year, month] = [own.getUTCFullYear(), own.getUTCMonth() + 1];
    const [y, m] = ordinal <= own.getUTCDate() ? [year, month] : month === 1 ? [year - 1, 12] : [year, month - 1];
    return { date: `${y}-${pad(m)}-${pad(ordinal)}`, precision: 'DAY' };
  }
  if (published) {
    const rel = RELATIVE.exec(words)?.[1].toLowerCase();
    if (rel) {
      const shift = SHIFT[rel.replace(/\s+/g, ' ')] ?? 0;
      return { date: iso(new Date(own!.getTime() + shift * 86_400_000)), precision: 'DAY' };
    }
    const ago = AGO.exec(words);
    if (ago) {
      const days = (NUMBER[ago[1].toLowerCase()] ?? Number(ago[1])) * (/^week/i.test(ago[2]) ? 7 : 1);
      return { date: iso(new Date(own!.getTime() - days * 86_400_000)), precision: 'DAY' };
    }
    const weekday = WEEKDAY.exec(words);
    if (weekday) {
      const named = WEEKDAYS.indexOf(weekday[1].toLowerCase());
      // "in Johannesburg last weekend … on Saturday": the Saturday or Sunday of the weekend before the article's week.
      if ((named === 6 || named === 0) && LAST_WEEKEND.test(words)) {
        const monday = published.getTime() - ((published.getUTCDay() + 6) % 7) * 86_400_000;
        return { date: iso(new Date(monday - (named === 6 ? 2 : 1) * 86_400_000)), precision: 'DAY' };
      }
      if (LAST_WEEK.test(words.slice(weekday.index + weekday[0].length)) || LAST_WEEK.test(words.slice(0, weekday.index + weekday[0].length - weekday[1].length - (weekday[0].match(/['’]s$/) ? 2 : 0)))) {
        const monday = published.getTime() - ((published.getUTCDay() + 6) % 7) * 86_400_000;
        return { date: iso(new Date(monday - 7 * 86_400_000 + ((named + 6) % 7) * 86_400_000)), precision: 'DAY' };
      }
      // The latest such weekday before publication: "on Monday" in Tuesday's paper is yesterday.
      // "last Thursday" in Thursday's or Friday's paper is the week before.
      const since = (published.getUTCDay() - named + 7) % 7;
      const back = /^\s*last\b/i.test(weekday[0]) ? lastWeekdayBack(since) : since;
      return { date: iso(new Date(published.getTime() - back * 86_400_000)), precision: 'DAY' };
    }
    const relativeMonth = RELATIVE_MONTH.exec(words);
    if (relativeMonth) {
      const [year, month] = [own!.getUTCFullYear(), own!.getUTCMonth() + 1];
      const [y, m] = relativeMonth[1] ? (month === 1 ? [year - 1, 12] : [year, month - 1]) : [year, month];
      return { date: `${y}-${pad(m)}`, precision: 'MONTH' };
    }
  }
  const mo = MONTH_ONLY.exec(words);
  if (mo) {
    const month = monthIndex(mo[1]) + 1;
    const year = mo[2] ? +mo[2] : inSection(yearFor(month, published), sectionYear);
    if (year) return { date: `${year}-${pad(month)}`, precision: 'MONTH' };
  }
  return undefined;
}
