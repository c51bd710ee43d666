import { describe, it, expect } from 'vitest';
import { extractText } from './helpers';

// Round 19 (s85): meetings, proposals and offices in wordings found missing in the dev sets, on sentences written here.
// People invented.
const met = (text: string) => extractText(text).relations
  .filter((x) => x.type === 'MET_WITH').map((x) => [x.source, x.target].sort().join('+'));
const of = (text: string, type: string) => extractText(text).triples.filter((t) => t.startsWith(`${type}:`));

describe('a meeting told by how long two people talked, a joint press conference or a call placed', () => {
  it('should read a talk whose length is written in words', () => {
    expect(met('Anna Lind and Piet Smit talked for fifteen minutes.')).toEqual(['anna-lind+piet-smit']);
    expect(met('In the basilica, Anna Lind and Piet Smit sat on two chairs and talked for about twenty minutes.')).toEqual(['anna-lind+piet-smit']);
  });

  it('should read a joint press conference held with someone as a meeting', () => {
    expect(met('Anna Lind said on Wednesday at a joint press appearance with the Norwegian President Piet Smit in Oslo that talks had gone well.')).toEqual(['anna-lind+piet-smit']);
    expect(met('At a joint news conference with Piet Smit in Oslo, Anna Lind said the force was ready.')).toEqual(['anna-lind+piet-smit']);
    expect(met('Anna Lind held a joint press conference with Piet Smit on Friday.')).toEqual(['anna-lind+piet-smit']);
  });

  it('should not read a joint press conference still ahead, nor one given at a summit of many', () => {
    expect(met('Anna Lind will hold a joint press conference with Piet Smit on Friday.')).toEqual([]);
    expect(met('"Twenty countries are ready," Anna Lind told a joint news conference with Piet Smit, who came to Oslo for the summit.')).toEqual([]);
  });

  it('should read telephoning someone as the purpose of a journey', () => {
    expect(met('Anna Lind flew back to Oslo on Monday to telephone Piet Smit.')).toEqual(['anna-lind+piet-smit']);
    expect(met('Anna Lind plans to telephone Piet Smit.')).toEqual([]);
  });
});

describe('time spent talking to someone, and those who met someone along with the subject', () => {
  it('should read an hour spent talking to someone, or on the phone to them, as a meeting', () => {
    expect(met('Anna Lind spent more than an hour talking to Piet Smit on Sunday morning.')).toEqual(['anna-lind+piet-smit']);
    expect(met('Anna Lind spent two hours on the phone to Piet Smit.')).toEqual(['anna-lind+piet-smit']);
    expect(met('Anna Lind spent the morning talking to reporters.')).toEqual([]);
  });

  it('should give those "along with" whom the subject spoke to someone a meeting with that person, not with the subject', () => {
    expect(met('Tom Reed spoke to Anna Lind by phone on Friday along with Norway\'s Piet Smit and Sweden\'s Eva Berg.').sort()).toEqual(['anna-lind+eva-berg', 'anna-lind+piet-smit', 'anna-lind+tom-reed']);
    expect(met('Tom Reed met Anna Lind, who came along with Piet Smit.')).toEqual(['anna-lind+tom-reed']);
  });
});

describe('a guest hosted by someone', () => {
  it('should read being hosted by a person as meeting them, not a gathering hosted by one', () => {
    expect(met('Piet Smit was hosted by Anna Lind in Oslo on Monday.')).toEqual(['anna-lind+piet-smit']);
    expect(met('The summit was hosted by Anna Lind in Oslo on Monday.')).toEqual([]);
  });
});

describe('talks between two sides', () => {
  it('should read both sides when the second is given a title', () => {
    expect(met('The leaders discussed the meeting between President Anna Lind and President Piet Smit in Oslo on Friday.')).toEqual(['anna-lind+piet-smit']);
    expect(met('The talks between Anna Lind and Norwegian Foreign Minister Piet Smit lasted four hours.')).toEqual(['anna-lind+piet-smit']);
  });

  it('should read states on both sides of one table as a gathering, not pairwise meetings', () => {
    expect(met('American and Ukrainian delegations sat down with French and German officials in the margins.')).toEqual([]);
    // Several who call one person each met that person.
    expect(met('Anna Lind, Piet Smit and Tom Reed called Ivo Marek on Sunday.')).toHaveLength(3);
  });
});

describe('an apposition is not the subject of the main clause', () => {
  it('should not give the title after an opening clause to the last person named in it', () => {
    const text = 'Before sitting down with Tom Reed and Piet Smit, the Norwegian president told reporters he was ready.';
    expect(of(text, 'REPRESENTS')).not.toContain('REPRESENTS:piet-smit:norway');
  });

  it('should still read an apposition closed by a comma, and one at the end of its sentence', () => {
    expect(of('After meeting Tom Reed, Piet Smit, the Norwegian president, said he was ready.', 'REPRESENTS')).toContain('REPRESENTS:piet-smit:norway');
    expect(of('The talks were led by Piet Smit, the Norwegian foreign minister.', 'REPRESENTS')).toContain('REPRESENTS:piet-smit:norway');
  });
});

describe('a proposal put forward by a speaker or in a clause', () => {
  it('should give a proposal after ", and proposed" to the pronoun that opened the sentence', () => {
    const text = 'Anna Lind spoke in Oslo on Monday. She added that the guarantees must be credible, and proposed again her model inspired by Article 5.';
    expect(of(text, 'PROPOSED')).toContain('PROPOSED:anna-lind:article-5-style-guarantee');
  });

  it('should give what a proposer says should happen to the proposer, whoever the clause is about', () => {
    expect(of('Piet Smit proposed that Norway lead a maritime mission in the Black Sea.', 'PROPOSED')).toContain('PROPOSED:piet-smit:maritime-mission');
  });

  it('should not give a proposal to one who only reports that another made it', () => {
    expect(of('Piet Smit promised that Norway would back a maritime mission.', 'PROPOSED')).toEqual([]);
  });
});
