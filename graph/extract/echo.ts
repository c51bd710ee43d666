// A stance taken over from the sentence before: "Defence Minister X repeated the position", "Y had said the same". The
// one who echoes holds the stances the sentence before stated, on the same things; so does "Z repeated it". ("Z agreed
// on this" is left out: what "this" is may lie further back.)
import type { Mention, Sentence } from './types';
import type { SentenceRelation } from './relations';
import { subjectsAt, type RelationContext } from './subjects';

/** Cheap gate: every sentence is tested with it before anything else runs. */
const ANCHOR = /\b(?:same|position|stance|line|view|(?:repeated|reiterated|restated|echoed) it)\b/;
// "said the same" but not "said the same evening that…"; "repeated the position".
const ECHO = /\b(?:(?:has\s+|had\s+)?(?:said|says|argued|declared|stated|added) (?:much )?the same(?! (?:day|evening|morning|afternoon|night|week|month|year|time|thing about|way)\b)|(?:repeated|reiterated|restated|echoed|shared|took|takes|holds|held) (?:the|that|this|a similar) (?:same )?(?:position|stance|line|view)|(?:has\s+|had\s+)?(?:repeated|reiterated|restated|echoed) it(?! (?:to|with|for)\b)(?=[\s,.;:]))/;

export function echoedStances(text: string, sentence: Sentence, ms: Mention[], ctx: RelationContext, before: readonly SentenceRelation[]): SentenceRelation[] {
  if (!before.length || !ANCHOR.test(sentence.text)) return [];
  const echo = ECHO.exec(sentence.text);
  if (!echo) return [];
  // "Not every capital agreed": only a named (or pronoun) holder echoes, never a quantified group.
  if (/\b(?:not|no|never|every|all|some|few|many|nobody)\b[^,.;]*$/i.test(sentence.text.slice(0, echo.index))) return [];
  const holders = subjectsAt(text, sentence, ms, sentence.start + echo.index, ctx).filter((m) => m.type !== 'PROPOSAL');
  if (!holders.length) return [];
  // What the sentence before stated, one stance per thing (none where it stated both for and against).
  const stances = new Map<string, SentenceRelation['type'] | null>();
  for (const r of before) if (r.type === 'SUPPORTS' || r.type === 'OPPOSES') stances.set(r.target, stances.has(r.target) && stances.get(r.target) !== r.type ? null : r.type);
  const out: SentenceRelation[] = [];
  for (const [target, type] of stances) {
    if (!type) continue;
    for (const h of holders) if (!before.some((r) => r.source === h.key && r.target === target)) out.push({ type, source: h.key, target, confidence: 0.65 });
  }
  return out;
}
