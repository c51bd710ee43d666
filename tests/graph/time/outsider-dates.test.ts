// Statement dates written the way an outside writer dates them (sentences written for these tests; names of real
// officials, invented wording): a round-up's "Place — date" headings, a quoted "today" after a look back, a chain in
// apposition to the day just named, a next speaker's quote that dates nothing before it, a perfect in a clause after
// the sentence's own verb, and "at the weekend".
import { describe, expect, it } from 'vitest';
import { readEventDate } from '@/graph/extract/event-date';
import { statedAt } from '@/graph/time/stated-at';

/** The date (and precision) statedAt gives the sentence `sentence` of `text` (paragraphs are lines). */
function stated(text: string, publishedAt: string, sentence: string, speaker: string[] = []) {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`sentence not in text: ${sentence}`);
  return statedAt({ text, publishedAt }, start, start + sentence.length, speaker);
}
const dateOf = (text: string, publishedAt: string, sentence: string, speaker: string[] = []) => stated(text, publishedAt, sentence, speaker)?.date;

describe('#statedAt under a round-up\'s "Place — date" headings', () => {
  const roundup = [
    '# Where the capitals stand',
    '',
    '*By A. Writer · 12 March 2026*',
    '',
    '**Oslo — 2 March**',
    'Jonas Gahr Støre said Norway would send engineers to the force.',
    '',
    '**Vienna: Feb. 27**',
    'The chancellor said Austria would stay neutral and send no one.',
    '',
    '**Madrid — in February**',
    'Pedro Sánchez told parliament that Spain was open to a naval role.',
    '',
    '**Lisbon — on the 4th, in Brussels**',
    'Luís Montenegro said Portugal could contribute a frigate.',
    '',
    '**The bottom line**',
    'Few capitals have offered soldiers.',
  ].join('\n');

  it('should date the lines under a heading by the date after its separator', () => {
    expect(dateOf(roundup, '2026-03-12', 'Jonas Gahr Støre said Norway would send engineers to the force.')).toBe('2026-03-02');
    expect(dateOf(roundup, '2026-03-12', 'The chancellor said Austria would stay neutral and send no one.')).toBe('2026-02-27');
    expect(dateOf(roundup, '2026-03-12', 'Luís Montenegro said Portugal could contribute a frigate.')).toBe('2026-03-04');
  });

  it('should keep a month heading to the month', () => {
    const madrid = stated(roundup, '2026-03-12', 'Pedro Sánchez told parliament that Spain was open to a naval role.');
    expect(madrid?.date).toBe('2026-02');
    expect(madrid?.precision).toBe('MONTH');
  });

  it('should not read a long heading, or one whose date is not after a separator, as dating what is under it', () => {
    const text = ['*12 March 2026*', '', '**Why the 2 March offer from Oslo matters more than the rest of them put together**', 'Støre said Norway would send engineers.'].join('\n');
    expect(dateOf(text, '2026-03-12', 'Støre said Norway would send engineers.')).toBe('2026-03-12');
  });
});

describe('#statedAt inside a quote that looks back, then speaks of today', () => {
  const release = [
    'Published 9 September 2025',
    '',
    'The Defence Secretary opened the meeting in London earlier today.',
    '',
    '> "Five days ago in Paris, allies committed to secure the peace. Today we turn that into plans. The force will be ready to deploy, and Britain will play its full part."',
  ].join('\n');

  it('should date the sentences after the quoted "today" by the day the quote was given, not the day looked back to', () => {
    expect(dateOf(release, '2025-09-09', 'The force will be ready to deploy, and Britain will play its full part."')).toBe('2025-09-09');
  });

  it('should still date the look back itself', () => {
    expect(dateOf(release, '2025-09-09', '> "Five days ago in Paris, allies committed to secure the peace.')).toBe('2025-09-04');
  });
});

describe('#statedAt with a chain in apposition to the day just named', () => {
  it('should keep the day named when "a day after …" describes it, and count only what follows back from it', () => {
    const text = 'We met the minister on Tuesday at her office, a day after she came back from Kyiv. She said the force needs air cover.';
    expect(dateOf(text, '2026-01-16', 'She said the force needs air cover.')).toBe('2026-01-13');
    const eve = 'On 3 March, the day before the summit, Tusk said Poland would not send troops.';
    expect(dateOf(eve, '2025-03-10', eve, ['Tusk'])).toBe('2025-03-03');
  });

  it('should still count a chain that is not in apposition from the date before it', () => {
    const text = 'The summit met on Monday, and two days later Merz said Germany would decide later.';
    expect(dateOf(text, '2025-03-14', text, ['Merz'])).toBe('2025-03-12');
  });
});

describe('#statedAt looking ahead for the day of a quote', () => {
  it('should not take a date from the next speaker\'s own quote', () => {
    const text = 'Zakharova said Western units would be "legitimate targets". Lind shrugs. "They said that in March, and they said it again," he says.';
    expect(dateOf(text, '2026-01-16', 'Zakharova said Western units would be "legitimate targets".', ['Zakharova'])).toBe('2026-01-16');
  });

  it('should not read "spokesman" as a sentence saying when the quote was given', () => {
    const text = 'Lavrov said the troops would be "targets". Dmitry Peskov, the Kremlin spokesman, called the plan "militaristic" last Friday.';
    expect(dateOf(text, '2026-01-20', 'Lavrov said the troops would be "targets".', ['Lavrov'])).toBe('2026-01-20');
  });

  it('should still take the day from a sentence pointing back at the quote', () => {
    const text = '"Europe must be at the table." The line came from Rubio. He delivered it on Saturday morning.';
    expect(dateOf(text, '2025-02-17', '"Europe must be at the table."')).toBe('2025-02-15');
  });
});

describe('#statedAt with a perfect in a clause after the sentence\'s own verb', () => {
  const interview = ['We met on Tuesday in Vienna.', '', 'Lind is blunt about the plan some in Moscow have floated, a UN mission.'].join('\n');

  it('should keep the sentence in the scene', () => {
    expect(dateOf(interview, '2026-01-16', 'Lind is blunt about the plan some in Moscow have floated, a UN mission.')).toBe('2026-01-13');
  });

  it('should step a sentence in the present perfect out of the scene', () => {
    const text = ['On Monday, Macron spoke in Paris.', '', 'Macron has argued for the force ever since.'].join('\n');
    expect(stated(text, '2025-01-23', 'Macron has argued for the force ever since.')?.source).toBe('PUBLISHED');
  });
});

describe('#statedAt "at the weekend"', () => {
  it('should date a statement made at the weekend to its month, not to the Saturday', () => {
    const text = 'Farage also weighed in at the weekend, saying he would not send a single soldier.';
    const at = stated(text, '2025-12-29', text, ['Farage']);
    expect(at?.date).toBe('2025-12');
    expect(at?.precision).toBe('APPROXIMATE');
  });

  it('should still date "on Sunday" to the day', () => {
    const text = 'Farage said on Sunday that he would not send a single soldier.';
    expect(dateOf(text, '2025-12-29', text, ['Farage'])).toBe('2025-12-28');
  });
});

describe('#statedAt in an interview whose meeting is told in other words', () => {
  const interview = (intro: string) => [
    '# "Lines on a map": a planner on the force',
    '',
    intro,
    '',
    'She joined the OSCE in 2015 and left in March 2022.',
    '',
    '**What about the force?**',
    '',
    '"Today the zones are lines on a map," she says. "Europe must send troops."',
  ].join('\n');

  it('should date the answers by the day of the meeting, however the writer tells it', () => {
    for (const intro of ['When we spoke on Monday, she had just come back from Kyiv.', 'She received me on Monday at her office.', 'The interview took place on Monday in Vienna.', 'In an interview with this newspaper on Monday, she was blunt.']) {
      expect(dateOf(interview(intro), '2025-04-16', '"Europe must send troops."'), intro).toBe('2025-04-14');
    }
  });

  it('should not take another outlet\'s interview for the writer\'s meeting', () => {
    expect(dateOf(interview('In an interview with Le Monde on Monday, she was blunt.'), '2025-04-16', '"Europe must send troops."')).toBe('2025-04-16');
  });
});

describe('#statedAt "at the end of June", "the start of the month"', () => {
  it('should date them to the month, not to a day chrono picks', () => {
    const end = stated('Rutte said at the end of June that he backed the force.', '2025-07-11', 'Rutte said at the end of June that he backed the force.', ['Rutte']);
    expect([end?.date, end?.precision]).toEqual(['2025-06', 'MONTH']);
    expect(dateOf('Rutte said at the start of the month that he backed the force.', '2025-07-11', 'Rutte said at the start of the month that he backed the force.', ['Rutte'])).toBe('2025-07');
    expect(dateOf('Rutte said at the end of December that he backed the force.', '2026-01-11', 'Rutte said at the end of December that he backed the force.', ['Rutte'])).toBe('2025-12');
  });
});

describe('#statedAt with parts of days, holidays and italic date lines', () => {
  it('should read "the evening of 3 July" as the 3rd of July, not today\'s evening', () => {
    const text = 'Rutte said on the evening of 3 July that allies backed the force.';
    expect(dateOf(text, '2025-07-11', text, ['Rutte'])).toBe('2025-07-03');
    const morning = 'On the morning of 24 June, Rutte said allies backed the force.';
    expect(dateOf(morning, '2025-07-11', morning, ['Rutte'])).toBe('2025-06-24');
  });

  it('should date "on Boxing Day" to the 26th of December', () => {
    const text = 'Zelensky said on Boxing Day that the guarantees were nearly agreed.';
    expect(dateOf(text, '2025-12-29', text, ['Zelensky'])).toBe('2025-12-26');
  });

  it('should date what is under an italic line of nothing but a date by it, but not by the article\'s own date line', () => {
    const letter = ['# The Letter', '', '*Friday 11 July 2025*', '', '*Thursday 10 July*', '', 'Starmer said Britain would lead the force.'].join('\n');
    expect(dateOf(letter, '2025-07-11', 'Starmer said Britain would lead the force.', ['Starmer'])).toBe('2025-07-10');
    const own = ['# The Letter', '', '*Friday 11 July 2025*', '', 'We met on Tuesday in London.', '', '"We will lead the force," she said.'].join('\n');
    expect(dateOf(own, '2025-07-11', '"We will lead the force," she said.')).toBe('2025-07-08');
  });
});

describe('#readEventDate (the day an event happened) in the forms an outside writer uses', () => {
  // Friday 11 July 2025.
  const on = (words: string) => readEventDate(words, '2025-07-11');

  it('should read "on the 8th", day-first numbers and a span "3 and 4 July" by its first day', () => {
    expect(on('leaders met at the summit on the 8th')).toEqual({ date: '2025-07-08', precision: 'DAY' });
    expect(on('at the summit on the 28th')).toEqual({ date: '2025-06-28', precision: 'DAY' });
    expect(on('the meeting on 24.06.2025')).toEqual({ date: '2025-06-24', precision: 'DAY' });
    expect(on('the meeting on 3 and 4 July')).toEqual({ date: '2025-07-03', precision: 'DAY' });
  });

  it('should count "two days ago", "Monday of last week" and "last Friday" back from the article\'s day', () => {
    expect(on('the summit two days ago')).toEqual({ date: '2025-07-09', precision: 'DAY' });
    expect(on('the summit on Monday of last week')).toEqual({ date: '2025-06-30', precision: 'DAY' });
    expect(on('at last Friday\'s summit')).toEqual({ date: '2025-07-04', precision: 'DAY' });
    expect(on('at Friday\'s summit')).toEqual({ date: '2025-07-11', precision: 'DAY' });
  });

  it('should keep "last month" and "earlier this month" to the month', () => {
    expect(on('at the summit last month')).toEqual({ date: '2025-06', precision: 'MONTH' });
    expect(on('at the summit earlier this month')).toEqual({ date: '2025-07', precision: 'MONTH' });
  });
});

describe('#statedAt when the next sentence says where and when the same speaker spoke', () => {
  it('should date the statement by "Speaking in Paris on 6 January, the envoy said …" after it', () => {
    const text = 'It was Witkoff who announced the American role. Speaking in Paris on 6 January, the U.S. envoy said Washington backed the guarantees.';
    expect(dateOf(text, '2026-01-16', 'It was Witkoff who announced the American role.', ['Witkoff'])).toBe('2026-01-06');
  });

  it('should not when the next sentence names another speaker', () => {
    const text = 'Merz ruled out German troops. Speaking in Paris on 6 January, Macron said France would send some.';
    expect(dateOf(text, '2026-01-16', 'Merz ruled out German troops.', ['Merz'])).toBe('2026-01-16');
  });
});

describe('#statedAt with the speaker named in two clauses of one sentence', () => {
  it('should take the date of the clause that names what the statement is about', () => {
    const text = 'Lavrov, Russia\'s foreign minister, spoke to reporters in December, and the Kremlin spokesman said on Monday that Moscow rejects a multinational force.';
    const start = 0;
    const at = statedAt({ text, publishedAt: '2026-01-20' }, start, text.length, ['Russia', 'Moscow', 'Kremlin'], { target: ['multinational force'] });
    expect(at?.date).toBe('2026-01-19');
    // Without the target, the first clause naming the speaker speaks.
    expect(statedAt({ text, publishedAt: '2026-01-20' }, start, text.length, ['Russia', 'Moscow', 'Kremlin'])?.date).toBe('2025-12');
  });
});

describe('#statedAt "on the 10th of this month"', () => {
  it('should read the day in the month named, not only the month', () => {
    const text = 'Tusk said on the 10th of this month that Poland would not send troops.';
    expect(dateOf(text, '2025-03-16', text, ['Tusk'])).toBe('2025-03-10');
    const last = 'Tusk said on the 20th of last month that Poland would not send troops.';
    expect(dateOf(last, '2025-03-16', last, ['Tusk'])).toBe('2025-02-20');
  });
});

describe('#statedAt "the morning after", "the night before"', () => {
  it('should count them from the day stated before, like "the day after"', () => {
    const text = 'On Monday Trump met Zelensky in Washington. The morning after, Trump said no U.S. troops would go.';
    expect(dateOf(text, '2025-08-20', 'The morning after, Trump said no U.S. troops would go.', ['Trump'])).toBe('2025-08-19');
    const before = 'On Monday Trump met Zelensky in Washington. The night before, Trump said no U.S. troops would go.';
    expect(dateOf(before, '2025-08-20', 'The night before, Trump said no U.S. troops would go.', ['Trump'])).toBe('2025-08-17');
  });
});
