import { describe, it, expect } from 'vitest';
import { createExtractor } from '@/graph/extract/pipeline';

// Round 18: the day of a gathering counted from the clause's day ("a day after"), and presence told by other wordings.
// Sentences written for these tests; people and meetings invented.
const extract = (text: string, publishedAt = '2025-06-16') => {
  const r = createExtractor([])({ id: 'snippet', title: 'Snippet', text, publishedAt });
  return {
    triples: [...r.relations, ...r.candidates].map((x) => `${x.type}:${x.source}:${x.target}`),
    events: r.entities.filter((e) => e.type === 'EVENT'),
  };
};
const attendees = (r: ReturnType<typeof extract>) => [...new Set(r.triples.filter((t) => t.startsWith('ATTENDED:')).map((t) => t.split(':')[1]))].sort();

describe('a gathering counted in days from the clause\'s day', () => {
  it('should date a call "a day after" the day the clause gives to the day before it', () => {
    const r = extract('Norway is ready to help, Prime Minister Anna Lind said on Monday, a day after she joined a video call of northern leaders.');
    expect(r.events.map((e) => e.date)).toEqual(['2025-06-15']);
  });

  it('should count "two days before" forward, and leave a gathering dated in its own words alone', () => {
    expect(extract('Anna Lind spoke on Friday, two days before the Oslo summit.').events.map((e) => e.date)).toEqual(['2025-06-15']);
    expect(extract('Anna Lind spoke on Friday, two days after the 4 June summit.').events.map((e) => e.date)).toEqual(['2025-06-04']);
  });
});

describe('the sides of a gathering named with "between"', () => {
  it('should place both sides of a dated meeting or call, titles between the names and all', () => {
    const r = extract('The ministers discussed the meeting between President Anna Lind and President Piet Smit in Oslo on Friday.');
    expect(attendees(r)).toEqual(['anna-lind', 'piet-smit']);
  });

  it('should not place the sides of a meeting still sought', () => {
    expect(attendees(extract('Anna Lind proposed a meeting between President Piet Smit and President Eva Holm in Oslo on Friday.'))).toEqual([]);
    expect(attendees(extract('Anna Lind pushed for talks between Piet Smit and Eva Holm in Oslo on Friday.'))).toEqual([]);
  });
});

describe('a gathering held with others', () => {
  it('should place those a gathering was co-chaired or organised with, titles and states between the names', () => {
    const r = extract('Anna Lind co-chaired a video call of the northern group on Monday with President Holm of Norway and Chancellor Smit of Denmark.');
    expect(attendees(r)).toEqual(['anna-lind', 'holm', 'smit']);
  });

  it('should place them when the holder is not named, but not a partner of another clause', () => {
    expect(attendees(extract('The Prime Minister hosted the Oslo summit on Monday with President Piet Smit.'))).toEqual(['piet-smit']);
    expect(attendees(extract('Anna Lind spent Monday in Oslo, hosting a crunch summit on the war as Eva Holm prepared to sit down with Piet Smit.'))).toEqual(['anna-lind']);
  });

  it('should not read those it was held with as members of the coalition whose call it was', () => {
    const r = extract('Anna Lind co-chaired a video call of the coalition of the willing on Monday with Piet Smit and Eva Holm.');
    expect(attendees(r)).toEqual(['anna-lind', 'eva-holm', 'piet-smit']);
    expect(r.triples.filter((t) => t.startsWith('SUPPORTS:') && !t.startsWith('SUPPORTS:anna-lind:'))).toEqual([]);
  });
});

describe('a call joined from elsewhere', () => {
  it('should not place at the call one met where the caller joined from', () => {
    const r = extract('On Monday Anna Lind hosted a video call of the northern group. Piet Smit joined the call from Riga, where he had met Eva Holm earlier in the day.');
    expect(attendees(r)).toEqual(['anna-lind', 'piet-smit']);
  });
});

describe('presence told right after a gathering is named again', () => {
  it('should place one who joined or dialled in at the gathering a sentence just named by its day or as "the call"', () => {
    const text = 'On Thursday Anna Lind hosted a video call of the northern group. The leaders spoke about the ports and the railways, about money and about the long winter that lies ahead of them all. Nobody expected a decision, and nobody got one. The ministers will meet again in the spring, when the roads are open and the budgets are known. Until then the officials will draft papers, count the trucks and the trains, and argue about who pays for the fuel. ';
    expect(attendees(extract(`${text}Thursday's call was the first for the Americans: Piet Smit joined, as did Eva Holm.`))).toEqual(['anna-lind', 'eva-holm', 'piet-smit']);
    expect(attendees(extract(`${text}The call ran for two hours. Piet Smit also dialled in.`))).toEqual(['anna-lind', 'piet-smit']);
  });
});

describe('two gatherings in one sentence', () => {
  it('should place the subjects of a clause opened by "while" at its own gathering only', () => {
    const r = extract('At the Oslo Forum on Monday, hosted by Anna Lind, Piet Smit and Eva Holm shared a stage while Tom Reed and Ida Berg chaired a video call of the northern group from Bergen.');
    const at = (who: string) => r.triples.filter((t) => t.startsWith(`ATTENDED:${who}:`)).map((t) => t.split(':')[2]);
    expect(at('tom-reed')).toEqual([expect.stringMatching(/^video-call/)]);
    expect(at('piet-smit')).not.toContainEqual(expect.stringMatching(/^video-call/));
  });

  it('should place one who joined from elsewhere on the call, not at the gathering in the city joined from', () => {
    const r = extract('On Monday Anna Lind co-chaired a video call of the northern group from Bergen. Piet Smit joined from Oslo, where he was attending the Oslo Forum hosted by Eva Holm, and Tom Reed dialled in from the same city.');
    const call = r.events.find((e) => /call/i.test(e.name))!.id;
    expect(r.triples).toEqual(expect.arrayContaining([`ATTENDED:piet-smit:${call}`, `ATTENDED:tom-reed:${call}`]));
    expect(r.triples).not.toContain(`ATTENDED:eva-holm:${call}`);
  });
});

describe('a gathering opening its sentence, with who hosted it', () => {
  it('should read the main clause\'s subject past the host, and not those the subject speaks of', () => {
    const who = attendees(extract('At the emergency summit yesterday, hosted by Anna Lind, Piet Smit told fellow leaders that only Tom Reed could keep the ports open.'));
    expect(who).toEqual(['anna-lind', 'piet-smit']);
  });
});

describe('presence in passing is no act together', () => {
  it('should keep "the two leaders" for the pair that chaired the call, not two who joined it', () => {
    const r = extract('On Monday Anna Lind and Eva Holm co-chaired a video call of the northern group from Bergen. Piet Smit joined from Oslo, and Tom Reed dialled in from Riga. The two leaders backed new sanctions on Russia.');
    const backers = r.triples.filter((t) => t.startsWith('SUPPORTS:')).map((t) => t.split(':')[1]).sort();
    expect(backers).toEqual(['anna-lind', 'eva-holm']);
  });
});

describe('a gathering named by its kind alone', () => {
  const blog = [
    '# Live: northern leaders back new ports at Oslo summit as Holm stays out of the shipping text; Moscow lashes out at Lind',
    '*Live coverage by Kari Nes and Ola Berg in Oslo. All times CET.*',
    '**Key events**\n- Special summit on shipping opens in Oslo with Anna Lind in the room\n- Holm refuses to sign the conclusions on ports; 7 leaders sign',
    '**13:30 — Smit: "We are simply stronger"**',
    'Arriving at the summit, Polish Prime Minister Piet Smit said Europe was able to win any arms race with Russia.',
  ].join('\n\n');

  it('should be the last gathering of that kind, and one arriving at "the summit" is at it', () => {
    const r = extract(blog, '2025-03-06');
    expect(r.events.map((e) => e.name)).toEqual(['Oslo summit']);
    expect(attendees(r)).toContain('piet-smit');
  });

  it('should keep apart a gathering of that kind dated to another day', () => {
    const r = extract('Leaders met at the Oslo summit. Anna Lind recalled the emergency summit on 2 June.');
    expect(r.events).toHaveLength(2);
  });
});

describe('presence listed in a live report', () => {
  it('should place those listed "among the arrivals", the person a possessive state qualifies rather than the state', () => {
    const r = extract('Leaders gathered for the Oslo summit on Monday. Among the arrivals: Anna Lind, Norway\'s Piet Smit and Denmark\'s outgoing premier, Eva Holm.');
    expect(attendees(r)).toEqual(expect.arrayContaining(['anna-lind', 'eva-holm', 'piet-smit']));
    expect(attendees(r)).not.toContain('denmark');
  });

  it('should place one named "in the room" after "with"', () => {
    expect(attendees(extract('The Oslo summit opened on Monday with Anna Lind in the room.'))).toEqual(['anna-lind']);
  });
});

describe('a gathering at a seat of government', () => {
  it('should make the meeting "of" a group "in the Élysée Palace" a meeting there, dated by its clause', () => {
    const r = extract('Anna Lind spoke on Thursday evening, after the meeting of the so-called "northern group" in the Élysée Palace. Piet Smit, who organised the meeting together with Eva Holm, said the ports would stay open.', '2025-09-05');
    expect(r.events.map((e) => [e.name, e.date])).toEqual([['Meeting at the Élysée Palace', '2025-09-04']]);
    expect(attendees(r)).toEqual(['eva-holm', 'piet-smit']);
  });
});
