import { describe, it, expect } from 'vitest';
import { extractDated as extract } from './helpers';

// Round 25 (s132): events, ATTENDED and MET_WITH. Sentences written for these tests; the people, places and meetings
// are invented or used with other wordings than any evaluation article.
const attended = (r: ReturnType<typeof extract>) => r.triples.filter((t) => t.startsWith('ATTENDED:')).map((t) => t.split(':')[1]).sort();
const met = (r: ReturnType<typeof extract>) => r.triples.filter((t) => t.startsWith('MET_WITH:')).map((t) => t.split(':').slice(1).sort().join('+')).sort();

describe('the one before an apposition tells the gathering', () => {
  it('should put the person before "a close ally of President X," at the summit, not the one inside the apposition', () => {
    expect(attended(extract('Ivo Marek, a close ally of President Lena Halvorsen, told the summit in Bergen on Monday that the plan was dead.'))).toEqual(['ivo-marek']);
  });
});

describe('those listed after a verb of presence', () => {
  it('should read the people after "took part:" as there', () => {
    const r = extract('Ivo Marek chaired a video call of the coalition on Monday. Two senators took part: Republican Senator Lena Halvorsen and Democratic Senator Piet Smit.');
    expect(attended(r)).toEqual(['ivo-marek', 'lena-halvorsen', 'piet-smit']);
  });

  it('should not take one named only as a possessive after the colon', () => {
    const r = extract('Ivo Marek chaired a video call of the coalition on Monday. It was the first call in which Norway took part: Lena Halvorsen\'s adviser spoke briefly.');
    expect(attended(r)).toEqual(['ivo-marek']);
  });

  it('should read "joined by video link, among them X" as X there', () => {
    const r = extract('Ivo Marek hosted the summit in Bergen on Friday. Three leaders came in person; some twenty others joined by video link, among them Lena Halvorsen.');
    expect(attended(r)).toEqual(['ivo-marek', 'lena-halvorsen']);
  });

  it('should not read states that "joined the coalition, among them X" as at the gathering', () => {
    const r = extract('Ivo Marek hosted the summit in Bergen on Friday. Ten states have joined the coalition, among them Norway.');
    expect(attended(r)).toEqual(['ivo-marek']);
  });
});

describe('a gathering named with its length', () => {
  it('should read "opened the two-day conference" as presence', () => {
    expect(attended(extract('In Bergen, Lena Halvorsen opened the two-day Arctic Recovery Conference on Monday, which Piet Smit also attended.'))).toEqual(['lena-halvorsen', 'piet-smit']);
  });
});

describe('a pronoun for the one met, named in an earlier sentence', () => {
  it('should meet the person "him" stands for', () => {
    expect(met(extract('Ivo Marek won the vote on Sunday. When President Lena Halvorsen received him at the palace on 6 October, the two men spoke about the budget.'))).toEqual(['ivo-marek+lena-halvorsen']);
    expect(met(extract('Ivo Marek won the vote on Sunday. Lena Halvorsen met him at the palace on 6 October.'))).toEqual(['ivo-marek+lena-halvorsen']);
  });

  it('should not make standing beside him at a gathering a meeting of two', () => {
    expect(met(extract('At the Bergen summit on 4 June, Ivo Marek announced the plan. Lena Halvorsen stood beside him; most of the other leaders joined by video.'))).toEqual([]);
  });
});

describe('a meeting that may never be held', () => {
  it('should not read "a possible meeting between A and B" or "no meeting between A and B" as a meeting', () => {
    expect(met(extract('The demand now competes with a possible meeting between Lena Halvorsen and Ivo Marek that may or may not happen.'))).toEqual([]);
    expect(met(extract('Piet Smit said no meeting between Lena Halvorsen and Ivo Marek was planned.'))).toEqual([]);
  });

  it('should still read a meeting that took place', () => {
    expect(met(extract('The meeting between Lena Halvorsen and Ivo Marek took place on Monday.'))).toEqual(['ivo-marek+lena-halvorsen']);
  });
});

describe('the last verb of a series after several subjects', () => {
  it('should give "A, B, C and D came …, stood beside X and phoned Y" a call of each of the four with Y', () => {
    const r = extract('It was only on Saturday that Ivo Marek, Lena Halvorsen, Piet Smit and Aino Kask came here together by train, stood beside President Ilse Brandt and phoned Jonas Berg from the room.');
    expect(met(r)).toEqual(['aino-kask+jonas-berg', 'ivo-marek+jonas-berg', 'jonas-berg+lena-halvorsen', 'jonas-berg+piet-smit']);
  });
});

describe('several at one person\'s side', () => {
  it('should not make three or more standing beside one person pairwise meetings', () => {
    expect(met(extract('Ivo Marek, Lena Halvorsen and Piet Smit stood beside Ilse Brandt in the square on Monday.'))).toEqual([]);
  });

  it('should keep two at one person\'s side as meetings', () => {
    expect(met(extract('Ivo Marek and Lena Halvorsen stood beside Ilse Brandt on Monday.'))).toEqual(['ilse-brandt+ivo-marek', 'ilse-brandt+lena-halvorsen']);
  });
});

describe('the states a host\'s guests came from', () => {
  it('should put the states of "his counterparts from A, B and C" at the gathering the host held in the sentence', () => {
    expect(attended(extract('Ivo Marek hosted the meeting of foreign ministers in Bergen on Monday: his counterparts from France, Germany and Poland.'))).toEqual(['france', 'germany', 'ivo-marek', 'poland']);
    expect(attended(extract('Ivo Marek hosted his counterparts from France, Germany and Poland at the Bergen meeting on Monday.'))).toEqual(['france', 'germany', 'ivo-marek', 'poland']);
  });

  it('should not read counterparts named in a later sentence', () => {
    expect(attended(extract('Ivo Marek hosted the Bergen meeting on Monday. He later criticised his counterparts from France and Germany.'))).toEqual(['ivo-marek']);
  });
});
