import { describe, expect, it } from 'vitest';
import { statedAt } from '@/graph/time/stated-at';
import type { Article } from '@/graph/types';

// An interview written up two days after it took place; the names are invented.
const INTERVIEW: Article = {
  id: 'interview',
  title: 'A planner on the force',
  publishedAt: '2025-06-05',
  text: [
    '# A planner on the force',
    '',
    'Lena Voss drew up reinforcement plans for a decade. We met on Tuesday in her office to ask what a force would need.',
    '',
    '**Why did your country say yes so early?**',
    '',
    '"Because we know what a tripwire is. Our prime minister said so in March," said Voss.',
    '',
    'She added that the offer came with conditions.',
    '',
    '"Small countries do not get to make gestures."',
    '',
    '**Who would provide the air cover?**',
    '',
    '"We need the American backstop, full stop," said Voss.',
    '',
    '**And the numbers?**',
    '',
    '"Karl Brand said in March that his country was ready to contribute," Voss said.',
  ].join('\n'),
};

const at = (article: Article, phrase: string) => {
  const start = article.text.indexOf(phrase);
  return statedAt(article, start, start + phrase.length, ['Voss']);
};

describe('#statedAt in an interview', () => {
  it('should date answers under question headings to the day the writer says they met', () => {
    expect(at(INTERVIEW, 'We need the American backstop')?.date).toBe('2025-06-03');
  });

  it('should keep a date the answer itself gives', () => {
    expect(at(INTERVIEW, 'Karl Brand said in March')?.date).toBe('2025-03');
  });

  it('should fall back to the publication date when no meeting day is given', () => {
    const undated = { ...INTERVIEW, text: INTERVIEW.text.replace('We met on Tuesday in her office', 'We met in her office') };
    expect(at(undated, 'We need the American backstop')).toMatchObject({ date: '2025-06-05', source: 'PUBLISHED' });
  });
});
