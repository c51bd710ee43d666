// Statement dates in forms a ninth outside-written set showed (sentences written for these tests; names of real
// officials, invented wording): "a week ago today", "on Monday the 14th", a live blog whose times stand on their own
// lines above the entry's text, a quote dated by the paragraph after it ("He said this … on Friday."), "earlier in the
// day", and an aside about the speaker that names the other side of a relation ("X, who met Y on …, said on …").
import { describe, expect, it } from 'vitest';
import { statedAt } from '@/graph/time/stated-at';

/** The date statedAt gives the sentence `sentence` of `text` (paragraphs are lines). */
function dateOf(text: string, publishedAt: string, sentence: string, speaker: string[] = [], target: string[] = []) {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`sentence not in text: ${sentence}`);
  return statedAt({ text, publishedAt }, start, start + sentence.length, speaker, { target })?.date;
}

describe('#statedAt on "a week ago today"', () => {
  it('should date the scene a week before the article, not on its day', () => {
    const text = 'A week ago today I waited outside the summit hall in the rain. Inside, Mark Rutte told Friedrich Merz that the plan was ready.';
    expect(dateOf(text, '2025-06-30', 'Inside, Mark Rutte told Friedrich Merz that the plan was ready.', ['Rutte'])).toBe('2025-06-23');
  });

  it('should still date "today" on its own as the article\'s day', () => {
    const text = 'Today Mark Rutte said the plan was ready, a week after he first saw it.';
    expect(dateOf(text, '2025-06-30', text, ['Rutte'])).toBe('2025-06-30');
  });
});

describe('#statedAt on an ordinal day with its weekday', () => {
  it('should read "on Monday the 14th" as the last 14th that was a Monday, not as the article\'s Monday', () => {
    // Published Monday 4 August 2025; 14 July 2025 was a Monday.
    const text = 'On Monday the 14th, Pedro Sánchez said Spain would not send soldiers.';
    expect(dateOf(text, '2025-08-04', text, ['Sánchez'])).toBe('2025-07-14');
  });

  it('should look back past a month whose day falls on another weekday', () => {
    // Published 20 October 2025: 14 October was a Tuesday, 14 September a Sunday, 14 August a Thursday.
    const text = 'On Thursday the 14th, Ulf Kristersson said Sweden could help at sea.';
    expect(dateOf(text, '2025-10-20', text, ['Kristersson'])).toBe('2025-08-14');
  });

  it('should count "a day later" from the weekday and ordinal stated before it', () => {
    const text = 'On Monday the 14th the envoy landed in Warsaw. A day later Donald Tusk received him and promised roads and railways.';
    expect(dateOf(text, '2025-08-04', 'A day later Donald Tusk received him and promised roads and railways.', ['Tusk'])).toBe('2025-07-15');
  });
});

describe('#statedAt in a live blog whose times stand on their own lines', () => {
  const blog = [
    '# Live: the night in New York',
    '',
    '*Oldest first. All times CEST.*',
    '',
    '**21:40**',
    '',
    'Emmanuel Macron said earlier today that France would lead the force.',
    '',
    '**23:55**',
    '',
    'Nothing more tonight from the delegations.',
    '',
    '**00:20**',
    '',
    'A short recap before we sleep.',
    '',
    '**07:45**',
    '',
    'Good morning. Maria Zakharova said earlier today that Moscow rejects any Western soldiers in Ukraine.',
    '',
    '![Zakharova at a briefing](z.jpg)',
    '*Maria Zakharova at a briefing. Photo: A. Photographer*',
    '',
    'She also said Moscow would answer any deployment.',
  ].join('\n');

  it('should count "earlier today" under an entry after midnight from the next day', () => {
    expect(dateOf(blog, '2025-09-23', 'Maria Zakharova said earlier today that Moscow rejects any Western soldiers in Ukraine.', ['Zakharova'])).toBe('2025-09-24');
  });

  it('should keep the entries before midnight on the blog\'s day', () => {
    expect(dateOf(blog, '2025-09-23', 'Emmanuel Macron said earlier today that France would lead the force.', ['Macron'])).toBe('2025-09-23');
  });

  it('should date a later paragraph of the same entry, past its picture, by the entry', () => {
    expect(dateOf(blog, '2025-09-23', 'She also said Moscow would answer any deployment.')).toBe('2025-09-24');
  });
});

describe('#statedAt on a quote dated by the paragraph after it', () => {
  const wire = [
    'OSLO, March 12 (Wire) — Norway pledged two frigates on Wednesday.',
    '',
    '"We will send engineers once the guns fall silent," Defence Minister Tore Sandvik said. "Not before."',
    '',
    'He said this in a radio interview on Saturday, before the pledge was announced.',
    '',
    '"The force needs a backstop," Prime Minister Jonas Gahr Støre said.',
    '',
    'On Monday the Storting debated the budget.',
  ].join('\n');

  it('should take the day the next paragraph gives when it points back at the quote', () => {
    expect(dateOf(wire, '2025-03-13', '"We will send engineers once the guns fall silent," Defence Minister Tore Sandvik said.', ['Sandvik'])).toBe('2025-03-08');
  });

  it('should not take the day of a next paragraph that opens a new scene', () => {
    expect(dateOf(wire, '2025-03-13', '"The force needs a backstop," Prime Minister Jonas Gahr Støre said.', ['Støre'])).not.toBe('2025-03-10');
  });
});

describe('#statedAt on "earlier in the day" and "later that evening"', () => {
  it('should date "earlier in the day" on the entry\'s day, not the next day', () => {
    const text = '**20:20**\n\nUlf Kristersson, who met Volodymyr Zelensky earlier in the day, said on Monday evening that Sweden would help at sea.';
    const sentence = 'Ulf Kristersson, who met Volodymyr Zelensky earlier in the day, said on Monday evening that Sweden would help at sea.';
    expect(dateOf(text, '2025-09-23', sentence, ['Kristersson'], ['Zelensky'])).toBe('2025-09-23');
    expect(dateOf(text, '2025-09-23', sentence, ['Kristersson'], ['help at sea'])).toBe('2025-09-22');
  });

  it('should date "later that evening" on the day stated before it', () => {
    const text = 'Keir Starmer flew to Kyiv on Saturday. Later that evening he said Britain would lead a force.';
    expect(dateOf(text, '2025-05-12', 'Later that evening he said Britain would lead a force.', ['Starmer'])).toBe('2025-05-10');
  });
});

describe('#statedAt on an aside that names the other side of a relation', () => {
  const text = 'Pedro Sánchez, who spoke with Volodymyr Zelensky by phone on Sunday, said on Tuesday that Spain backed a naval mission.';

  it('should date what concerns the one named in the aside by the aside', () => {
    expect(dateOf(text, '2025-06-12', text, ['Sánchez'], ['Zelensky'])).toBe('2025-06-08');
  });

  it('should date what the main clause says by the main clause', () => {
    expect(dateOf(text, '2025-06-12', text, ['Sánchez'], ['naval mission'])).toBe('2025-06-10');
  });
});
