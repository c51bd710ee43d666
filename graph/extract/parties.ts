// Political parties named by their leaders' titles: "the AfD's co-leader", "FPÖ leader Herbert Kickl", "the leader of
// the National Rally", "leader of the opposition CDU". And the U.S. Senate by its members' ("Democratic Senator X",
// "two senators, the Republican X and the Democrat Y"). A party's own name is often an acronym or a common word ("the
// League") that the name rules leave alone; next to "leader" it names a body, which the role rules then tie its
// leader to (REPRESENTS). Only the words beside "leader" are read, so a party named nowhere near one stays unread.
import type { RawMention, Sentence } from './types';
import { matchesOf } from '../match-all';
import { lookupGazetteer } from './gazetteer';

const LEADER_WORD = /\bleader\b/;
// An acronym (AfD, CDU, FPÖ, PiS) before "leader" or "'s leader": short, opening and closing with a capital.
const ACRONYM_BEFORE = /(?<![\p{L}\p{N}-])(\p{Lu}[\p{L}]{0,3}\p{Lu})(?:['’]s)?\s+(?:(?:deputy|co-|parliamentary|party)\s*)?leader\b/gu;
// "leader of the (opposition) National Rally": up to four capitalised words, or an acronym, after "leader of the".
const OF_AFTER = /\b(?:deputy\s+|co-)?leader of the\s+(?:(?:opposition|far-right|far-left|right-wing|left-wing|populist|nationalist|ruling|governing)\s+)?((?:\p{Lu}[\p{L}-]*)(?:\s+\p{Lu}[\p{L}-]*){0,3})/gu;
// Words that make "leader of the X" an office or a place rather than a party.
const NOT_PARTY = /^(?:House|Senate|Chamber|Assembly|Council|Commission|Government|Opposition|Free|World|Pack|Kremlin|Church|Republic|Federation|Union|Coalition|Alliance)$/;

/** INSTITUTION mentions for the parties a sentence names beside the word "leader". */
export function findParties(sentence: Sentence): RawMention[] {
  if (!LEADER_WORD.test(sentence.text)) return [];
  const out: RawMention[] = [];
  const add = (start: number, name: string) => {
    const first = name.split(/\s+/)[0];
    if (NOT_PARTY.test(first) || NOT_PARTY.test(name) || lookupGazetteer(name)) return;
    out.push({ start: sentence.start + start, end: sentence.start + start + name.length, text: name, type: 'INSTITUTION', source: 'ner', name });
  };
  for (const m of matchesOf(sentence.text, ACRONYM_BEFORE)) add(m.index, m[1]);
  for (const m of matchesOf(sentence.text, OF_AFTER)) add(m.index + m[0].length - m[1].length, m[1]);
  return out;
}

// A party or "U.S." before "Senator" says which senate; a senator of another country is left alone.
// "independent" is one of them only beside a party-marked senator of the same sentence ("Republican Senator A and
// independent Senator B"): other countries' chambers have independents too.
const SENATOR = /\b(?:(?:U\.S\.|US|American|Republican|Democratic|Democrat|GOP|[Ii]ndependent)\s+)+(?:Sen\.|Senator)(?=\s+\p{Lu})|\bsenators?(?=,\s+(?:the\s+)?(?:Republican|Democrat(?:ic)?)\s+\p{Lu})/gu;
const INDEPENDENT_ONLY = /^[Ii]ndependent\s+(?:Sen\.|Senator)$/;
export const US_SENATE = 'United States Senate';

/** INSTITUTION mentions of the U.S. Senate at the title of a senator the sentence names. */
export function findSenate(sentence: Sentence): RawMention[] {
  if (!/enator/.test(sentence.text)) return [];
  const found = matchesOf(sentence.text, SENATOR);
  const marked = found.some((m) => !INDEPENDENT_ONLY.test(m[0]));
  return found.filter((m) => marked || !INDEPENDENT_ONLY.test(m[0])).map((m) => {
    const word = /(?:Sen\.|Senator|senators?)$/.exec(m[0])!;
    const start = sentence.start + m.index + word.index;
    return { start, end: start + word[0].length, text: word[0], type: 'INSTITUTION', source: 'ner', name: US_SENATE, nested: true };
  });
}

// A member of the British House of Commons by the title news gives them: "Conservative MP Sir X", "Local MP X",
// "X, Labour MP for Y", "X, Labour member for Wessex Downs" (the Westminster form), a letter's "**Name MP**". A party or a word of place before
// "MP" says it is a sitting member's title (not "former MP", not "MPs"); "member for" a constituency is one.
const MP_TITLE = /\b(?:(?:Conservative|Tory|Labour|Liberal Democrat|Lib Dem|Reform UK|Reform|SNP|Green|Plaid Cymru|DUP|Independent|[Ll]ocal|[Bb]ackbench|[Ss]enior|[Vv]eteran)\s+)(?:MP|member)\b(?=\s+(?:for\s+\p{Lu}|\p{Lu}|and\b|who\b|said\b|says\b|told\b)|\s*[,.;)])|\b(?:the\s+)?MP\s+for\s+(?=\p{Lu})|(?<=\p{Lu}\p{Ll}[\p{L}'’-]*[ \t])MP\b(?=[ \t]*(?:[*_,]|$)|\s+(?:said|says|told|who|and)\b)/gmu;
export const HOUSE_OF_COMMONS = 'House of Commons';

/** INSTITUTION mentions of the House of Commons at the title of a member the sentence names; only where the article
 *  names the Commons itself (`namesCommons`), as a title alone does not name the house. */
export function findCommons(sentence: Sentence, namesCommons: boolean): RawMention[] {
  if (!namesCommons || !/\b(?:MP|member)\b/.test(sentence.text)) return [];
  return matchesOf(sentence.text, MP_TITLE).flatMap((m) => {
    const word = /\b(?:MP|member)\b/.exec(m[0]);
    // "a member for" with a lower-case word before is no title ("a new member for the alliance").
    if (!word || (word[0] === 'member' && !/^\s+for\s+\p{Lu}/u.test(sentence.text.slice(m.index + m[0].length)))) return [];
    const start = sentence.start + m.index + word.index;
    return [{ start, end: start + word[0].length, text: word[0], type: 'INSTITUTION' as const, source: 'ner' as const, name: HOUSE_OF_COMMONS, nested: true }];
  });
}

// American English names its legislature without an article ("put its promise to Congress", "Thank you, Congress");
// another country's congress takes one ("before the Congress") or its full name ("the Congress of Deputies").
const BARE_CONGRESS = /(?<!\p{Lu}[\p{L}.]*\s|\b(?:the|its|their|party)\s)\bCongress\b(?!\s+(?:of\b|Cent(?:re|er)\b|Hall\b|Party\b)|-)/gu;
/** What makes an article's bare "Congress" the United States': the article names the United States. */
export const NAMES_UNITED_STATES = /\b(?:United States|U\.S\.|US|USA|America|American|Americans|Washington)\b/;

/** INSTITUTION mentions of the U.S. Congress where an article that names the United States writes "Congress" bare. */
export function findCongress(sentence: Sentence, namesUnitedStates: boolean): RawMention[] {
  if (!namesUnitedStates || !sentence.text.includes('Congress')) return [];
  return matchesOf(sentence.text, BARE_CONGRESS).map((m) => {
    const start = sentence.start + m.index;
    return { start, end: start + m[0].length, text: m[0], type: 'INSTITUTION' as const, source: 'ner' as const, name: 'U.S. Congress' };
  });
}
