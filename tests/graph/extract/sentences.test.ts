import { describe, it, expect } from 'vitest';
import { splitSentences } from '@/graph/extract/sentences';

describe('#splitSentences', () => {
  it('should give offsets that slice the text back exactly', () => {
    const text = 'First one here. Second one there!\nA headline without a period\nThird? Yes.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['First one here.', 'Second one there!', 'A headline without a period', 'Third?', 'Yes.']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('should not end a sentence at abbreviations such as U.S., Gen., Feb. or Jan.', () => {
    const text = 'The U.S. Defense Secretary spoke on Feb. 12 with Gen. Smith. Retired Lt. Col. Jones agreed on Jan. 18. The U.K. Prime Minister listened.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'The U.S. Defense Secretary spoke on Feb. 12 with Gen. Smith.',
      'Retired Lt. Col. Jones agreed on Jan. 18.',
      'The U.K. Prime Minister listened.',
    ]);
  });

  it('should end a sentence after an initialism when an ordinary sentence opener follows', () => {
    expect(splitSentences('Troops will not come from the U.S. The Europeans must act.').length).toBe(2);
  });

  it('should keep closing quotes with their sentence', () => {
    const [first, second] = splitSentences('“We are ready.” The minister left.');
    expect(first.text).toBe('“We are ready.”');
    expect(second.text).toBe('The minister left.');
  });
});
