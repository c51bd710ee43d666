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
const SENATOR = /\b(?:(?:U\.S\.|US|American|Republican|Democratic|Democrat|GOP)\s+)+(?:Sen\.|Senator)(?=\s+\p{Lu})|\bsenators?(?=,\s+(?:the\s+)?(?:Republican|Democrat(?:ic)?)\s+\p{Lu})/gu;
export const US_SENATE = 'United States Senate';

/** INSTITUTION mentions of the U.S. Senate at the title of a senator the sentence names. */
export function findSenate(sentence: Sentence): RawMention[] {
  if (!/enator/.test(sentence.text)) return [];
  return matchesOf(sentence.text, SENATOR).map((m) => {
    const word = /(?:Sen\.|Senator|senators?)$/.exec(m[0])!;
    const start = sentence.start + m.index + word.index;
    return { start, end: start + word[0].length, text: word[0], type: 'INSTITUTION', source: 'ner', name: US_SENATE, nested: true };
  });
}
