// Who a pronoun stands for across sentences: the centre of the discourse (a sentence whose subject is "he" keeps it,
// whoever else it names) and the gender the text shows for each person (honorifics, their own pronouns).
import type { Mention, Sentence } from './types';

/** "Speaking after the summit, he said it would be useful to talk to Vladimir Putin": a sentence whose main subject is
 *  "he" or "she", before anyone is named, is still about the person the pronoun stands for (the centre of the
 *  discourse); the people it names after the pronoun do not take over. A pronoun in an opening subordinate clause
 *  ("When he arrived, Merz said…") may point ahead, and leaves the named subject in charge. */
const PRONOUN_SUBJECT = /(?:^|[,;:—–]\s*|^\W*\p{Lu}[\p{L}\s]{0,60}?\s)(?:he|she|He|She)\s+(?!(?:and|or)\b)/u;
const SUBORDINATE_OPENING = /^\W*(?:When|While|After|Before|As|If|Once|Although|Though|Because|Since|Until|Unless|Whether|Whatever|Where)\b[^,]*$/;
export function pronounCentre(before: string): boolean {
  const hit = PRONOUN_SUBJECT.exec(before);
  if (!hit) return false;
  const head = before.slice(0, hit.index + hit[0].search(/\b(?:he|she|He|She)\b/));
  return !SUBORDINATE_OPENING.test(head) && !/["“”]/.test(head);
}
const HONORIFIC_BEFORE = /\b(Mr|Sir|Lord|Mrs|Ms|Miss|Dame|Lady)\.?\s+(?:\p{Lu}[\p{L}.’'-]*\s+)?$/u;
/** A person's gender as the text shows it: an honorific before the name, or the only person of a sentence followed by
 *  "he"/"his" or "she" (and not both). */
export function learnGenders(text: string, sentence: Sentence, people: Mention[], genders: Map<string, 'm' | 'f'>): void {
  for (const p of people) {
    if (genders.has(p.key)) continue;
    const title = HONORIFIC_BEFORE.exec(text.slice(Math.max(0, p.start - 24), p.start));
    if (title) genders.set(p.key, /^(?:Mr|Sir|Lord)$/.test(title[1]) ? 'm' : 'f');
  }
  const keys = new Set(people.map((p) => p.key));
  if (keys.size !== 1) return;
  const p = people[0];
  if (genders.has(p.key)) return;
  const after = text.slice(p.end, sentence.end);
  // Only the forms that point back at a subject ("him" and "her" are mostly someone else, the object).
  const m = /\b(?:he|his|himself)\b/i.test(after);
  const f = /\b(?:she|hers|herself)\b/i.test(after);
  if (m !== f) genders.set(p.key, m ? 'm' : 'f');
}

/** For a sentence whose first pronoun subject is "he" or "she": the centre when its gender agrees or is unknown, else
 *  the last person shown to be of that gender (within a few paragraphs). */
export function agreeingCentre(sentence: string, centre: Mention | undefined, genders: Map<string, 'm' | 'f'>, recent: Mention[]): Mention | undefined {
  if (!centre) return undefined;
  const pronoun = /\b(he|she)\b/i.exec(sentence)?.[1].toLowerCase();
  const want = pronoun === 'he' ? 'm' : pronoun === 'she' ? 'f' : undefined;
  const have = genders.get(centre.key);
  if (!want || !have || have === want) return undefined;
  for (let k = recent.length - 1; k >= 0 && centre.start - recent[k].end < 3000; k--) if (genders.get(recent[k].key) === want) return recent[k];
  return undefined;
}
