import { describe, expect, it } from 'vitest';
import { statedAt } from '@/graph/time/stated-at';
import type { Article } from '@/graph/types';

// Written for this test; the names are invented.
const STORY: Article = {
  id: 'story',
  title: 'A pledge',
  publishedAt: '2025-02-18',
  text: [
    'The minister made the pledge in a newspaper article on Sunday night before flying to Paris.',
    '',
    'He said Norland would play its part "with our own troops if necessary" — the first time a minister has said it out loud.',
    '',
    'He has long said Norland would help.',
  ].join('\n'),
};

const at = (phrase: string) => {
  const start = STORY.text.indexOf(phrase);
  return statedAt(STORY, start, start + phrase.length);
};

describe('#statedAt and asides', () => {
  it('should keep the scene when the present perfect is only in a dashed aside', () => {
    expect(at('He said Norland would play its part')?.date).toBe('2025-02-16');
  });

  it('should still step out of the scene for a main clause in the present perfect', () => {
    expect(at('He has long said Norland would help.')).toMatchObject({ date: '2025-02-18', source: 'PUBLISHED' });
  });
});
