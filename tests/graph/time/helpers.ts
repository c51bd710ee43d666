import { statedAt } from '@/graph/time/stated-at';

/** The date and precision statedAt gives the sentence `sentence` of `text` (paragraphs are lines). */
export function dateOf(text: string, publishedAt: string, sentence: string, speaker: string[] = []) {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`sentence not in text: ${sentence}`);
  const at = statedAt({ text, publishedAt }, start, start + sentence.length, speaker);
  return at && `${at.date} ${at.precision}`;
}
