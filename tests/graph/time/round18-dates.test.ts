// Statement dates, round 18 (sentences written for these tests; names of real officials, invented wording): a wire's
// lead under a dateline that names a gathering dated further down ("after talks in Oslo" held the day before the
// filing day).
import { describe, expect, it } from 'vitest';
import { findEvents } from '@/graph/extract/events';
import { splitSentences } from '@/graph/extract/sentences';
import { ownDayOf, statedAt } from '@/graph/time/stated-at';
import { dateOf } from './helpers';

/** The date of `sentence`, with the article's events (as the pipeline finds them) in context. */
function withEvents(text: string, publishedAt: string, sentence: string) {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`sentence not in text: ${sentence}`);
  const events = findEvents(text, splitSentences(text), publishedAt, ownDayOf({ text, publishedAt }));
  return statedAt({ text, publishedAt }, start, start + sentence.length, [], { events })?.date;
}

describe('#statedAt in a wire lead under a dateline', () => {
  const wire = [
    '# Finland backs Nordic air patrols after Oslo talks',
    '',
    'OSLO/HELSINKI, June 5 (Wire) - Finland said it was ready to join Nordic air patrols over Ukraine after six hours of talks in Oslo, and Norway said it would host the mission headquarters.',
    '',
    'Alexander Stubb told reporters after Wednesday\'s talks in Oslo that the patrols needed a ceasefire first.',
  ].join('\n');

  it('should date the lead by the gathering it names, which the article dates further down, not by the dateline', () => {
    expect(withEvents(wire, '2025-06-05', 'Finland said it was ready to join Nordic air patrols')).toBe('2025-06-04');
  });

  it('should date the headline so too', () => {
    expect(withEvents(wire, '2025-06-05', '# Finland backs Nordic air patrols after Oslo talks')).toBe('2025-06-04');
  });

  it('should still date a lead naming no gathering by the filing day', () => {
    const plain = 'OSLO, June 5 (Wire) - Finland said it was ready to join Nordic air patrols over Ukraine once a ceasefire holds.';
    expect(withEvents(plain, '2025-06-05', 'Finland said it was ready')).toBe('2025-06-05');
  });
});

describe('#statedAt in a tabloid of one-sentence paragraphs under crossheads', () => {
  const tabloid = [
    '# TALKS FLOP: Kremlin team walks out after an hour',
    '',
    "PUTIN's envoys spent barely an hour in a Geneva hotel yesterday before walking out of the talks.",
    '',
    'The third round ended with no date for a fourth.',
    '',
    "'A WASTE OF TIME'",
    '',
    'Rustem Umerov said the Russian team had brought nothing new.',
    '',
    'He said Kyiv would come back only for a full truce.',
    '',
    'Yuri Ushakov was unmoved.',
    '',
    'Andrii Sybiha called the walkout a stunt.',
    '',
    'PRISONER SWAP',
    '',
    'Both sides agreed to swap 500 prisoners each.',
    '',
    'The swap will take weeks.',
    '',
    'Kyiv wanted more.',
    '',
    'Ignazio Cassis, who hosted the session, urged both sides to keep talking.',
  ].join('\n');

  it('should read a crosshead in capitals as a subheading that keeps the scene', () => {
    expect(dateOf(tabloid, '2025-07-09', 'Both sides agreed to swap 500 prisoners each.')).toBe('2025-07-08 DAY');
  });

  it('should keep the scene eight short paragraphs and two crossheads down', () => {
    expect(dateOf(tabloid, '2025-07-09', 'Ignazio Cassis, who hosted the session, urged both sides to keep talking.')).toBe('2025-07-08 DAY');
  });
});

describe('#statedAt for a weekday named with "the" ("on the Monday")', () => {
  // Published on a Friday; the story goes back to the Monday and Tuesday of the week before.
  const transcript = [
    'ANNA BERG: Ten days ago, on the Monday and Tuesday, Marco Rubio met Andrii Sybiha in Geneva for many hours.',
    '',
    'Then the foreign ministers of the coalition joined on the Tuesday evening, with Jean-Noël Barrot as host.',
    '',
    'Barrot called the American offer "serious".',
    '',
    'Kaja Kallas said on Friday that Europe would pay its share.',
  ].join('\n');

  it('should read it as the weekday nearest the day the story has set, not as one of the article\'s own week', () => {
    expect(dateOf(transcript, '2025-11-21', 'Then the foreign ministers of the coalition joined on the Tuesday evening, with Jean-Noël Barrot as host.')).toBe('2025-11-11 DAY');
  });

  it('should keep that day as the scene for what follows', () => {
    expect(dateOf(transcript, '2025-11-21', 'Barrot called the American offer "serious".')).toBe('2025-11-11 DAY');
  });

  it('should date "on the Monday and Tuesday" by the first of the two, near the day the story has set', () => {
    expect(dateOf(transcript, '2025-11-21', 'Marco Rubio met Andrii Sybiha in Geneva for many hours.')).toBe('2025-11-10 DAY');
  });

  it('should leave a weekday without "the" in the article\'s own week', () => {
    expect(dateOf(transcript, '2025-11-21', 'Kaja Kallas said on Friday that Europe would pay its share.')).toBe('2025-11-21 DAY');
  });
});

describe('#statedAt after a gathering talked over with its day', () => {
  const release = [
    '# Foreign Secretary call with Nordic counterparts',
    '',
    'The Foreign Secretary held a call with Nordic foreign ministers this morning.',
    '',
    'The ministers discussed the talks between Marco Rubio and Sergei Lavrov in Riyadh on Tuesday.',
    '',
    'The Foreign Secretary welcomed the readiness of Norway to host a monitoring mission.',
  ].join('\n');

  it('should not take the gathering\'s day as the scene of what the call went on to do', () => {
    expect(dateOf(release, '2025-02-21', 'The Foreign Secretary welcomed the readiness of Norway to host a monitoring mission.')).toBe('2025-02-21 DAY');
  });

  it('should still date a statement made at the gathering by its day', () => {
    const wire = 'Marco Rubio said at the talks in Riyadh on Tuesday that a ceasefire was close.';
    expect(dateOf(wire, '2025-02-21', wire)).toBe('2025-02-18 DAY');
  });
});

describe('#statedAt for what a chain in apposition counts back to', () => {
  const wire = 'OTTAWA, June 9 (Wire) - Canada is ready to send planes to a force for Ukraine, Prime Minister Mark Carney said on Monday, two days after he joined a video call of leaders hosted by France.';

  it('should date the words after "two days after" two days before the day stated before it', () => {
    const start = wire.indexOf('video call');
    expect(statedAt({ text: wire, publishedAt: '2025-06-09' }, start, start + 'video call'.length)?.date).toBe('2025-06-07');
  });

  it('should date the statement itself by the day stated', () => {
    expect(dateOf(wire, '2025-06-09', wire, ['Mark Carney'])).toBe('2025-06-09 DAY');
  });
});

describe('#statedAt with a relative clause without "that" on an earlier time', () => {
  const report = [
    'At the NATO summit in Vilnius on Wednesday, Petr Pavel repeated the offer he first made in Prague in March.',
    '',
    'Czech soldiers could train Ukrainian crews at home, he said.',
  ].join('\n');

  it('should date the repeating by the scene, not by the time the clause recalls', () => {
    expect(dateOf(report, '2025-07-10', 'Petr Pavel repeated the offer he first made in Prague in March.', ['Petr Pavel'])).toBe('2025-07-09 DAY');
  });

  it('should leave a date on the sentence\'s own verb as it was', () => {
    const plain = 'Petr Pavel made the offer in Prague in March.';
    expect(dateOf(plain, '2025-07-10', plain, ['Petr Pavel'])).toBe('2025-03 MONTH');
  });
});

describe('#statedAt after a gathering proposed with its place and day', () => {
  const wire = [
    'Late on Saturday, Recep Tayyip Erdogan proposed a new round of talks between the two delegations in Ankara on Wednesday. He said Turkey would guarantee the venue.',
  ].join('\n');

  it('should read the day as ahead, so that it sets no scene for what follows', () => {
    expect(dateOf(wire, '2025-06-01', 'He said Turkey would guarantee the venue.')).toBe('2025-05-31 DAY');
  });

  it('should keep a day that dates the proposing', () => {
    const plain = 'Recep Tayyip Erdogan proposed a new round of talks on Wednesday.';
    expect(dateOf(plain, '2025-06-01', plain)).toBe('2025-05-28 DAY');
  });
});

describe('#statedAt in a headline counting back to what its news followed', () => {
  const blog = [
    '# NATO ministers live: Rutte urges more air defence two days after Hegseth\'s warning',
    '',
    '*By Staff · Last updated 17:10 CET*',
    '',
    '**16:05** — Mark Rutte told ministers that Europe must buy more Patriots.',
  ].join('\n');
  const headline = "# NATO ministers live: Rutte urges more air defence two days after Hegseth's warning";

  it('should date the one named after the count that many days before the page\'s day', () => {
    expect(dateOf(blog, '2025-02-14', headline, ['Hegseth'])).toBe('2025-02-12 DAY');
  });

  it('should date the headline\'s own news by the page\'s day', () => {
    expect(dateOf(blog, '2025-02-14', headline, ['Rutte'])).toBe('2025-02-14 DAY');
  });
});

describe('#statedAt with "this week\'s" thing named', () => {
  const blog = [
    '# Brussels live',
    '',
    '**14:10 - Grain deal terms rejected**',
    '',
    'Several ministers rejected Moscow\'s demand, made after this week\'s talks in Riyadh, that sanctions on its fertiliser exports be lifted. Kaja Kallas said the bloc would lift nothing.',
  ].join('\n');

  it('should date what is said in the entry by the entry\'s day, not by the week of the thing named', () => {
    expect(dateOf(blog, '2025-03-20', 'Kaja Kallas said the bloc would lift nothing.', ['Kaja Kallas'])).toBe('2025-03-20 DAY');
  });

  it('should still read "this week" on its own as the week', () => {
    const plain = 'Kaja Kallas said this week that the bloc would lift nothing.';
    expect(dateOf(plain, '2025-03-20', plain, ['Kaja Kallas'])).toBe('2025-03 APPROXIMATE');
  });
});

describe('#statedAt for a sentence carried on by a pronoun and its day', () => {
  const report = 'Prime Minister Petteri Orpo is more cautious. On Tuesday evening he said on Yle that Finland would wait for a ceasefire.';

  it('should date the sentence naming the speaker by the day the next one gives', () => {
    expect(dateOf(report, '2025-03-20', 'Prime Minister Petteri Orpo is more cautious.', ['Petteri Orpo'])).toBe('2025-03-18 DAY');
  });

  it('should not reach into a next sentence about someone named', () => {
    const other = 'Prime Minister Petteri Orpo is more cautious. On Tuesday evening Ulf Kristersson said Sweden would wait.';
    expect(dateOf(other, '2025-03-20', 'Prime Minister Petteri Orpo is more cautious.', ['Petteri Orpo'])).toBe('2025-03-20 DAY');
  });
});
