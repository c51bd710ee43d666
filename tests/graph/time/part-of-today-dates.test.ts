// Statement dates in forms a tenth outside-written set showed (sentences written for these tests; names of real
// officials, invented wording): "this morning" and "this afternoon" as the article's own day, a day in the possessive
// ("Saturday's call") that names a thing recalled within a scene, "said this morning" that is no pointer back at a
// quote, a report "said this morning that X had told Y …" whose news happened before the report, and a quoted "today"
// whose own sentence gives no day but whose paragraph has set one.
import { describe, expect, it } from 'vitest';
import { statedAt } from '@/graph/time/stated-at';

/** The date statedAt gives the sentence `sentence` of `text` (paragraphs are lines). */
function dateOf(text: string, publishedAt: string, sentence: string, speaker: string[] = [], target: string[] = []) {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`sentence not in text: ${sentence}`);
  return statedAt({ text, publishedAt }, start, start + sentence.length, speaker, { target })?.date;
}

describe('#statedAt on "this morning", "this afternoon"', () => {
  it('should date a statement made "this morning" on the article\'s day, not on a day stated earlier in the paragraph', () => {
    const text = 'The defence ministers met in Brussels on 2 June. Ruben Brekelmans said this morning that the Netherlands would send two frigates.';
    expect(dateOf(text, '2025-06-05', 'Ruben Brekelmans said this morning that the Netherlands would send two frigates.', ['Brekelmans'])).toBe('2025-06-05');
  });

  it('should prefer "earlier this afternoon" near the speaker to a month recalled at the end of the sentence', () => {
    const text = 'A government spokesman said earlier this afternoon that Denmark was still ready to send troops, as Mette Frederiksen first said in February.';
    expect(dateOf(text, '2025-04-10', text, ['Denmark'], ['troops'])).toBe('2025-04-10');
  });

  it('should set the paragraph\'s scene for the sentences after it', () => {
    const text = 'On Friday the coalition spoke by video. This afternoon Kaja Kallas met the foreign ministers. She said the mission needed a mandate.';
    expect(dateOf(text, '2025-05-12', 'She said the mission needed a mandate.', ['Kallas'])).toBe('2025-05-12');
  });

  it('should leave a quoted "this morning" to the day the words around it give', () => {
    const text = 'On Tuesday Pedro Sánchez told the Cortes: "This morning I spoke to President Zelensky. Spain will help with demining."';
    expect(dateOf(text, '2025-05-16', text, ['Sánchez'])).toBe('2025-05-13');
  });
});

describe('#statedAt on a day in the possessive', () => {
  it('should keep the scene a sentence set when the same sentence names "Saturday\'s call" after it', () => {
    const text = 'This morning Dick Schoof briefed the cabinet on Saturday\'s video call. Let me be clear. The Netherlands will contribute to the force.';
    expect(dateOf(text, '2025-03-17', 'The Netherlands will contribute to the force.', ['Netherlands'])).toBe('2025-03-17');
  });

  it('should still date what was said at "Saturday\'s call" on that Saturday when nothing else sets the scene', () => {
    const text = 'At Saturday\'s video call Keir Starmer spoke first. He said the planning would move to an operational phase.';
    expect(dateOf(text, '2025-03-17', 'He said the planning would move to an operational phase.', ['Starmer'])).toBe('2025-03-15');
  });

  it('should let a possessive day opening a paragraph set the scene of the next one', () => {
    const text = 'Keir Starmer closed Sunday\'s London summit with a plan.\nStarmer set out four steps to guarantee the peace.';
    expect(dateOf(text, '2025-03-04', 'Starmer set out four steps to guarantee the peace.', ['Starmer'])).toBe('2025-03-02');
  });
});

describe('#statedAt on a report of something that had happened', () => {
  it('should date "X said this morning that Y had told Z …" by the scene before it, when what was reported happened', () => {
    const text = 'Yesterday the leaders met in Rome before the funeral. Downing Street said this morning that the Prime Minister had told Mr Zelensky that Britain still backs the force.';
    expect(dateOf(text, '2025-04-27', 'Downing Street said this morning that the Prime Minister had told Mr Zelensky that Britain still backs the force.', ['Britain'])).toBe('2025-04-26');
  });

  it('should still date the report itself when what it reports is not told in the pluperfect', () => {
    const text = 'Yesterday the leaders met in Rome. Downing Street said this morning that Britain still backs the force.';
    expect(dateOf(text, '2025-04-27', 'Downing Street said this morning that Britain still backs the force.', ['Britain'])).toBe('2025-04-27');
  });

  it('should not take "said this morning" in the sentence after a meeting as pointing back at it', () => {
    const text = 'Yesterday Zelensky came to Rome.\nEmmanuel Macron spoke with Mr Zelensky before the service. All four then attended the Mass. Downing Street said this morning that Britain backs a force.';
    expect(dateOf(text, '2025-04-27', 'Emmanuel Macron spoke with Mr Zelensky before the service.', ['Macron'], ['Zelensky'])).toBe('2025-04-26');
  });
});

describe('#statedAt after a quoted "today" in a sentence without a day of its own', () => {
  it('should date the next sentence of the same speaker on the day the paragraph set before the quote', () => {
    const text = 'Mette Frederiksen repeated it yesterday at her press conference in Copenhagen. "Denmark will help at sea. I said it in March and I say it today," the prime minister declared. She added that any guarantee must be credible.';
    expect(dateOf(text, '2026-01-10', 'She added that any guarantee must be credible.', ['Frederiksen'])).toBe('2026-01-09');
  });

  it('should keep the day the quote\'s own sentence gives before it', () => {
    const text = 'On Monday the ministers met. On Wednesday Mette Frederiksen said: "Today Denmark is ready." She added that any guarantee must be credible.';
    expect(dateOf(text, '2026-01-10', 'She added that any guarantee must be credible.', ['Frederiksen'])).toBe('2026-01-07');
  });
});

describe('#statedAt on "the day after a ceasefire"', () => {
  it('should not count a day after a ceasefire that has not happened from the day stated before it', () => {
    const text = 'On the 10th, in Rome, Keir Starmer and Emmanuel Macron chaired a video call. Macron said the plans for a reassurance force were "ready to go the day after a ceasefire".';
    expect(dateOf(text, '2025-08-04', 'Macron said the plans for a reassurance force were "ready to go the day after a ceasefire".', ['Macron'])).toBe('2025-07-10');
  });

  it('should still count "the day after the summit" from the summit\'s day', () => {
    const text = 'The leaders met in Paris on 6 January. The day after the summit, Giorgia Meloni said Italy would not send soldiers.';
    expect(dateOf(text, '2026-01-10', 'The day after the summit, Giorgia Meloni said Italy would not send soldiers.', ['Meloni'])).toBe('2026-01-07');
  });
});

describe('#statedAt on a reporter\'s question answered in the paragraph below it', () => {
  it('should date the question by the day the answer gives, not by a day recalled paragraphs before', () => {
    const text = [
      '**BREKELMANS:** Ukraine accepted the 30-day ceasefire in Jeddah last Tuesday.',
      '**Q:** Did Mr Schoof speak to President Zelensky?',
      '**BREKELMANS:** He did. They spoke by phone on Sunday afternoon, the day after the call.',
    ].join('\n\n');
    expect(dateOf(text, '2025-03-17', '**Q:** Did Mr Schoof speak to President Zelensky?', ['Schoof'], ['Zelensky'])).toBe('2025-03-16');
  });

  it('should not take a day the answer quotes someone else giving', () => {
    const text = 'On Monday the minister took questions.\n\n**Q:** Did Mr Schoof speak to President Zelensky?\n\n**BREKELMANS:** He did. Zelensky told him: "We spoke on Friday too."';
    expect(dateOf(text, '2025-03-17', '**Q:** Did Mr Schoof speak to President Zelensky?', ['Schoof'], ['Zelensky'])).toBe('2025-03-17');
  });
});
