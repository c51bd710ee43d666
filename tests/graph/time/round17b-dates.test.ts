// Round 17b statement dates (sentences written for these tests; invented people and places): mechanisms from the
// causes of realistic-17's misses, meant for text nobody has read.
import { describe, expect, it } from 'vitest';
import { statedAt } from '@/graph/time/stated-at';
import { dateOf } from './helpers';

// 2025-03-12 is a Wednesday.
const WEDNESDAY = '2025-03-12';

describe('#statedAt, round 17b', () => {
  it('should read a day after "ready to", "prepared to", "willing to" and a verb as ahead, setting no scene', () => {
    const scene = 'The northern ministers met in Oslo on Monday.';
    const said = 'Anna Berg said the force was ready.';
    for (const intent of [
      'Piet Maas said Norland was ready to halt its drills on Friday if the other side did the same.',
      'Maas said he was prepared to travel to Riga on Thursday.',
      'The opposition is willing to vote for the budget on Friday.',
    ]) {
      expect(dateOf([scene, intent, said].join('\n'), WEDNESDAY, said, ['Anna Berg', 'Berg'])).toBe('2025-03-10 DAY');
    }
    // Readiness told on the day itself is no intention: "was ready on Monday to …" keeps Monday.
    const past = ['Maas was ready on Monday to sign the text.', 'Berg said the force was ready.'].join('\n');
    expect(dateOf(past, WEDNESDAY, 'Berg said the force was ready.', ['Berg'])).toBe('2025-03-10 DAY');
  });

  it('should count "later in the day" opening a story paragraph from the day the paragraphs before told, not the publication', () => {
    const text = [
      'OSLO — The northern ministers met Anna Berg in Oslo on Monday and backed her plan.',
      'The ministers said the plan was sound.',
      'Later in the day, Berg spoke by phone with Piet Maas.',
      'Berg told reporters afterward that the talks had gone well.',
    ].join('\n');
    expect(dateOf(text, WEDNESDAY, 'Later in the day, Berg spoke by phone with Piet Maas.', ['Berg'])).toBe('2025-03-10 DAY');
    expect(dateOf(text, WEDNESDAY, 'Berg told reporters afterward that the talks had gone well.', ['Berg'])).toBe('2025-03-10 DAY');
  });

  it('should keep "later in the day" in a live-blog entry on the entry\'s day', () => {
    const text = ['**10:15**', 'Yesterday Berg met Maas in Oslo.', '', '**16:40**', 'Later in the day, Berg spoke by phone with Piet Maas.'].join('\n');
    expect(dateOf(text, WEDNESDAY, 'Later in the day, Berg spoke by phone with Piet Maas.', ['Berg'])).toBe('2025-03-12 DAY');
  });

  it('should not let a perfect in an aside about the speaker ("Maas, who has taken a hard line, said …") step out of the scene', () => {
    const text = [
      'The northern ministers met in Oslo on Monday.',
      'Piet Maas, who has taken a harder line than his predecessor, said the sanctions would be tightened.',
    ].join('\n');
    expect(dateOf(text, WEDNESDAY, text.split('\n')[1], ['Piet Maas'])).toBe('2025-03-10 DAY');
    // A perfect as the sentence's own verb still steps out.
    const own = ['The northern ministers met in Oslo on Monday.', 'Piet Maas has long said the sanctions should be tightened.'].join('\n');
    expect(dateOf(own, WEDNESDAY, own.split('\n')[1], ['Piet Maas'])).toBe('2025-03-12 DAY');
  });

  it('should read a possessive day whose thing is told in the past ("after Monday\'s call, which caught …") backward, even after "would"', () => {
    const text = "That would be the next step after Monday's call between Anna Berg and Piet Maas, which took many diplomats by surprise.";
    expect(dateOf(text, WEDNESDAY, text, ['Anna Berg'])).toBe('2025-03-10 DAY');
  });

  it('should date "X came two days after Y\'s clash with Z" with X on the scene\'s day and Y two days before', () => {
    const text = ['The northern ministers met in Oslo on Monday.', "The meeting came two days after Anna Berg's angry exchange with Piet Maas in Riga."].join('\n');
    const sentence = text.split('\n')[1];
    expect(dateOf(text, WEDNESDAY, sentence, ['Anna Berg'])).toBe('2025-03-08 DAY');
    const at = statedAt({ text, publishedAt: WEDNESDAY }, text.indexOf(sentence), text.length, ['Anna Berg'], { target: ['meeting'] });
    expect(at?.date).toBe('2025-03-10');
  });
});
