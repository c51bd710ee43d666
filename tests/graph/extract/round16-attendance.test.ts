import { describe, it, expect } from 'vitest';
import { createExtractor } from '@/graph/extract/pipeline';

// Round 16: a gathering told only by the verb that held it, and presence told after it without naming it again
// ("X joined", "dialled in", "chaired it", "and so did Y"). Sentences written for these tests; people and meetings invented.
const extract = (text: string, publishedAt = '2025-03-12') => {
  const r = createExtractor([])({ id: 'snippet', title: 'Snippet', text, publishedAt });
  return {
    triples: [...r.relations, ...r.candidates].map((x) => `${x.type}:${x.source}:${x.target}`),
    events: r.entities.filter((e) => e.type === 'EVENT'),
  };
};
const attendees = (r: ReturnType<typeof extract>) => [...new Set(r.triples.filter((t) => t.startsWith('ATTENDED:')).map((t) => t.split(':')[1]))].sort();

describe('a gathering held by its verb', () => {
  it('should make a dated call that a group "held" an event of that day', () => {
    const r = extract('Last Thursday the coalition held another call. Anna Lind chaired it from Oslo.');
    expect(r.events.map((e) => e.date)).toEqual(['2025-03-06']);
    expect(attendees(r)).toEqual(['anna-lind']);
  });

  it('should not make an event of a meeting held with someone, nor of one the text does not date to a day', () => {
    expect(extract('On Monday Anna Lind held a meeting with Piet Smit.').events).toEqual([]);
    expect(extract('The ministers held a meeting earlier this year.').events).toEqual([]);
  });
});

describe('presence told after the gathering is named', () => {
  const call = 'On Tuesday Anna Lind hosted a video call of the northern group.';

  it('should place those who "dialled in" and those who chaired or attended "it"', () => {
    expect(attendees(extract(`${call} Piet Smit and Eva Holm dialled in from Riga.`))).toEqual(['anna-lind', 'eva-holm', 'piet-smit']);
    expect(attendees(extract(`${call} Piet Smit co-chaired it from Riga.`))).toEqual(['anna-lind', 'piet-smit']);
  });

  it('should place one who "joined" with no object, and those who "so did"', () => {
    const r = extract(`${call} Piet Smit joined, and so did two senators, Tom Reed and Eva Holm.`);
    expect(attendees(r)).toEqual(['anna-lind', 'eva-holm', 'piet-smit', 'tom-reed']);
  });

  it('should not place one who joined something else, or far from any gathering', () => {
    expect(attendees(extract(`${call} Piet Smit joined the bank's board.`))).toEqual(['anna-lind']);
    expect(attendees(extract('Piet Smit joined, and so did Eva Holm.'))).toEqual([]);
  });
});

describe('a gathering placed by travel, a named group, or its day', () => {
  it('should place one who travelled to a city for a gathering on a day the sentence gives, or was there for it', () => {
    for (const text of ["Anna Lind travelled to Oslo for Monday's summit.", 'Anna Lind flew to Oslo on Monday for the summit.', "Anna Lind was in Oslo for Monday's summit."]) {
      const r = extract(text);
      expect(r.events.map((e) => e.date)).toEqual(['2025-03-10']);
      expect(attendees(r)).toEqual(['anna-lind']);
    }
    expect(extract('Anna Lind will travel to Oslo for the summit on Monday.').events).toEqual([]);
  });

  it('should make a gathering of a group whose members are named', () => {
    expect(attendees(extract('Leaders including Anna Lind and Piet Smit gathered in Oslo on Monday for a summit.'))).toEqual(['anna-lind', 'piet-smit']);
  });

  it('should read who attended or chaired a gathering past its day and "was"', () => {
    expect(attendees(extract('The Oslo summit on Monday, attended by Anna Lind and Piet Smit, ended without a deal.'))).toEqual(['anna-lind', 'piet-smit']);
    expect(attendees(extract('The summit in Oslo on Monday was chaired by Anna Lind.'))).toEqual(['anna-lind']);
  });

  it('should make "the video call" dated in its sentence an event, unless a call was named before', () => {
    expect(attendees(extract('Anna Lind joined the video call on Monday.'))).toEqual(['anna-lind']);
    const r = extract('Anna Lind took part on Saturday in the videoconference of the northern group. Piet Smit joined the videoconference on Monday.');
    expect(r.events).toHaveLength(1);
  });
});

describe('meeting a group whose members are listed', () => {
  it('should make a gathering that those met, and the one who met them, attended, with no pairwise meetings', () => {
    const r = extract('Anna Lind hosted the second round on Monday evening, when Piet Smit met European leaders, among them Eva Holm, Tom Reed and Ola Berg.');
    expect(r.events.map((e) => e.date)).toEqual(['2025-03-10']);
    expect(attendees(r)).toEqual(expect.arrayContaining(['piet-smit', 'eva-holm', 'tom-reed', 'ola-berg']));
    expect(r.triples.filter((t) => t.startsWith('MET_WITH:') && t.includes('piet-smit') && !t.includes('anna-lind'))).toEqual([]);
  });

  it('should still read meeting named people as meetings', () => {
    const r = extract('On Monday Piet Smit met Eva Holm and Tom Reed.');
    expect(r.triples.filter((t) => t.startsWith('MET_WITH:'))).toHaveLength(2);
    expect(r.events).toEqual([]);
  });
});

describe('presence listed after the verb, and an adjective before who met', () => {
  const call = 'On Wednesday the leaders held a video conference with Tom Reed.';

  it('should place those listed after "Taking part … were, among others,"', () => {
    const r = extract(`${call} Taking part from their capitals were, among others, President Anna Lind, the Prime Minister Piet Smit and Eva Holm.`);
    expect(attendees(r)).toEqual(expect.arrayContaining(['anna-lind', 'eva-holm', 'piet-smit']));
  });

  it('should place one who "was also connected"', () => {
    expect(attendees(extract(`${call} Vice President Ola Berg was also connected.`))).toContain('ola-berg');
  });

  it('should not name "a video conference of European heads of state" after "European"', () => {
    const r = extract('On Wednesday, after a video conference of European heads of state with Tom Reed, Anna Lind spoke.');
    expect(r.events).toHaveLength(1);
    expect(r.events[0].name).not.toMatch(/European/);
  });
});

describe('delegations and names of one gathering', () => {
  it('should place those who led "the U.S. side" together with others', () => {
    const r = extract('The talks in Oslo on Sunday lasted all day. Tom Reed, who led the U.S. side together with envoy Ola Berg and Eva Holm, said they had gone well.');
    expect(attendees(r)).toEqual(expect.arrayContaining(['eva-holm', 'ola-berg', 'tom-reed']));
  });

  it('should place those a team "was led by …, and included"', () => {
    const r = extract('The talks in Oslo on Sunday lasted all day. Kyiv\'s team was led by Anton Koval, head of the office, and included Ivan Petrenko.');
    expect(attendees(r)).toEqual(expect.arrayContaining(['anton-koval', 'ivan-petrenko']));
  });

  it('should read "the Oslo meeting" as the talks in Oslo, and "talks at the U.S. mission" as no place named "U"', () => {
    const r = extract('Talks in Oslo on Sunday lasted all day. The Oslo meeting was called after a week of calls. Tom Reed spoke before the talks at the U.S. mission.');
    expect(r.events).toHaveLength(1);
  });
});
