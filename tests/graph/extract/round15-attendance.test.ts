import { describe, it, expect } from 'vitest';
import { createExtractor } from '@/graph/extract/pipeline';

// Round 15b: who was at a gathering, told by the make-up of a delegation, by an opener set off after a fronted phrase,
// and by hosting at a seat of government. Sentences written for these tests; the people and meetings are invented.
const extract = (text: string, publishedAt = '2025-03-12') => {
  const r = createExtractor([])({ id: 'snippet', title: 'Snippet', text, publishedAt });
  const all = [...r.relations, ...r.candidates];
  return {
    triples: all.map((x) => `${x.type}:${x.source}:${x.target}`),
    events: r.entities.filter((e) => e.type === 'EVENT'),
  };
};
const attendees = (r: ReturnType<typeof extract>) => [...new Set(r.triples.filter((t) => t.startsWith('ATTENDED:')).map((t) => t.split(':')[1]))].sort();

describe('the members of a delegation at the gathering just named', () => {
  it('should place those "with X and Y beside him" after "the delegation was headed by", past an apposition', () => {
    const r = extract('Negotiators met for talks in Oslo on Tuesday. Kyiv\'s delegation was headed by Anton Koval, the head of the presidential office, with Foreign Minister Ivan Petrenko and Defence Minister Oleh Marchuk beside him.');
    expect(attendees(r)).toEqual(expect.arrayContaining(['anton-koval', 'ivan-petrenko', 'oleh-marchuk']));
  });

  it('should place the people a delegation "included"', () => {
    const r = extract('The talks in Oslo lasted six hours on Tuesday. The Ukrainian delegation, which included Ivan Petrenko and Oleh Marchuk, left at night.');
    expect(attendees(r)).toEqual(['ivan-petrenko', 'oleh-marchuk']);
  });

  it('should place the one who "led the American side together with" someone, and that someone', () => {
    const r = extract('The talks in Oslo lasted six hours on Tuesday. Lena Berg led the American side together with adviser Mark Hill.');
    // The side's state is represented there too (round 17).
    expect(attendees(r).filter((k) => k !== 'united-states')).toEqual(['lena-berg', 'mark-hill']);
    expect(attendees(r)).toContain('united-states');
  });

  it('should not place a delegation still to come, one that did not include someone, or people after the list', () => {
    expect(attendees(extract('The talks in Oslo lasted six hours on Tuesday. The Russian delegation will include Ivan Petrov and Oleg Sidorov.'))).toEqual([]);
    expect(attendees(extract('The talks in Oslo lasted six hours on Tuesday. The delegation did not include Ivan Petrov.'))).toEqual([]);
    const r = extract('The talks in Oslo lasted six hours on Tuesday. The Ukrainian delegation included Ivan Petrenko, while Oleg Sidorov stayed in Kyiv.');
    expect(attendees(r)).toEqual(['ivan-petrenko']);
  });
});

describe('an opener at a gathering after a fronted place or time', () => {
  it('should give "Across the Baltic, at the Nordic summit in Riga on Friday, A and B …" both attendees', () => {
    const r = extract('Across the Baltic, at the Nordic summit in Riga on Friday, Anna Berg and Piet Maas backed the reassurance force.', '2025-05-17');
    expect(attendees(r)).toEqual(['anna-berg', 'piet-maas']);
  });

  it('should give "Two days later, on a video call of the coalition, A said …" the speaker, "on" only for a call', () => {
    const r = extract('Two days later, on a video call of the coalition of the willing, Anna Berg said the plan was ready.', '2025-11-30');
    expect(attendees(r)).toEqual(['anna-berg']);
  });

  it('should not place the speaker at a gathering named after a press briefing, nor after a fronted phrase of another kind', () => {
    expect(attendees(extract('Back in Oslo, at a press briefing on Friday, Anna Berg said the Riga summit had failed.', '2025-05-17'))).toEqual([]);
    expect(attendees(extract('On a trip to Oslo, at the Nordic summit on Friday, Anna Berg said the force was ready.', '2025-05-17'))).toEqual([]);
  });
});

describe('hours spent together in a place after a call', () => {
  it('should make "spent five hours with A and B in the Kremlin" a meeting there, not a part of the call named before', () => {
    const r = extract('On a video call of the coalition of the willing on Monday, Anna Berg said the plan was ready. Yesterday Piet Maas spent five hours with Lena Holt and Ivan Petrov in the Kremlin.', '2025-12-03');
    const kremlin = r.events.find((e) => /kremlin/.test(e.id));
    expect(kremlin).toBeDefined();
    const at = (id: string) => r.triples.filter((t) => t.startsWith('ATTENDED:') && t.endsWith(`:${id}`)).map((t) => t.split(':')[1]).sort();
    expect(at(kremlin!.id)).toEqual(['ivan-petrov', 'lena-holt', 'piet-maas']);
    expect(at(r.events.find((e) => /video-call/.test(e.id))!.id)).toEqual(['anna-berg']);
  });
});

describe('hosting at a seat of government on a day', () => {
  it('should make "After hosting A and seven leaders at the White House on 18 August, B said …" a meeting both attended', () => {
    const r = extract('After hosting Anna Berg and seven European leaders at the White House on 18 August, Piet Maas said the plan was ready.', '2025-10-19');
    expect(r.events.map((e) => e.id)).toEqual(['meeting-at-the-white-house-2025-08-18']);
    expect(attendees(r)).toEqual(['anna-berg', 'piet-maas']);
  });

  it('should give the host and both guests of "X hosted A and B at the Élysée on Thursday"', () => {
    expect(attendees(extract('Piet Maas hosted Anna Berg and Lena Holt at the Élysée on Thursday.', '2025-10-19'))).toEqual(['anna-berg', 'lena-holt', 'piet-maas']);
  });

  it('should not read a visit alone, one still ahead, one that did not happen, or one the clause does not date', () => {
    for (const text of ['On Friday Anna Berg came to the White House hoping to leave with more missiles.', 'On Thursday Anna Berg was received by Piet Maas at the Presidential Complex.', 'Piet Maas will host Anna Berg at the White House on Friday.', 'Piet Maas hosted Anna Berg at the White House in a bad mood.']) {
      const r = extract(text, '2025-10-19');
      expect(r.events).toEqual([]);
      expect(attendees(r)).toEqual([]);
    }
  });
});

describe('three or more named arriving in a city together on a day', () => {
  it('should make "A, B, C and D arrived in Riga together last Saturday" a meeting there all four attended', () => {
    const r = extract('Anna Berg, Piet Maas, Lena Holt and Ivan Petrov arrived in Riga together last Saturday, the first such trip.', '2025-05-17');
    // Named by the place, not by the verb that tells it: no alias "arrived".
    expect(r.events.map((e) => [e.id, e.aliases])).toEqual([['meeting-in-riga-2025-05-10', ['Riga meeting']]]);
    expect(attendees(r)).toEqual(['anna-berg', 'ivan-petrov', 'lena-holt', 'piet-maas']);
  });

  it('should not read two visitors, a trip still ahead, an undated one, or a group told by a number rather than names', () => {
    for (const text of ['Anna Berg and Piet Maas arrived in Riga on Saturday.', 'Anna Berg, Piet Maas and Lena Holt will travel to Riga on Saturday.', 'Anna Berg, Piet Maas and Lena Holt came to Riga with their ministers.', 'RIGA, May 17 — More than a dozen European leaders and Canada\'s prime minister came to Riga on Saturday.']) {
      const r = extract(text, '2025-05-17');
      expect(r.events).toEqual([]);
      expect(attendees(r)).toEqual([]);
    }
  });
});

describe('the leaders of countries named coming to a seat or a city on a day', () => {
  const text = 'On Monday evening the leaders of the United Kingdom, France, Italy and Poland, as well as the heads of the European Commission and NATO, came to the Federal Chancellery. Anna Berg and Piet Maas also took part in the meeting.';

  it('should make it a meeting there, dated by the day that opens the sentence, the countries and "the meeting"\'s participants at it', () => {
    const r = extract(text, '2025-12-16');
    expect(r.events.map((e) => e.id)).toEqual(['meeting-at-the-federal-chancellery-2025-12-15']);
    expect(attendees(r)).toEqual(['anna-berg', 'france', 'italy', 'piet-maas', 'poland', 'united-kingdom']);
  });

  it('should make "the leaders of the coalition gathered in Paris last Tuesday" a meeting in Paris, not an alias of Paris', () => {
    const r = extract('When the leaders of the coalition of the willing gathered in Paris last Tuesday, the talk was of troops.', '2026-01-12');
    expect(r.events.map((e) => [e.id, e.aliases])).toEqual([['meeting-in-paris-2026-01-06', ['Paris meeting']]]);
  });

  it('should not read a trip still ahead, an undated one, or countries named outside the list', () => {
    expect(extract('The leaders of Estonia and Latvia will travel to Riga on Tuesday.', '2025-12-16').events).toEqual([]);
    expect(extract('The leaders of Estonia and Latvia came to Riga with their ministers.', '2025-12-16').events).toEqual([]);
    const r = extract('On Monday the leaders of Estonia and Latvia came to Riga, while Finland stayed away.', '2025-12-16');
    expect(attendees(r)).toEqual(['estonia', 'latvia']);
  });
});

describe('a live-blog entry telling a gathering as going on, and who a participant has with them', () => {
  const blog = 'Live coverage of the summit.\n\n**Friday 15 August**\n\n**20:40** — The leaders\' meeting has begun in a small format. Anna Berg has Piet Maas and Lena Holt with her; Ivan Petrov is joined by Oleg Sidorov and Boris Orlov.';

  it('should date "The leaders\' meeting has begun" by the entry\'s day', () => {
    expect(extract(blog, '2025-08-16').events.map((e) => e.id)).toEqual(['leaders-meeting-2025-08-15']);
  });

  it('should place "A has B and C with her" at the gathering just named: all three', () => {
    expect(attendees(extract(blog, '2025-08-16'))).toEqual(['anna-berg', 'boris-orlov', 'ivan-petrov', 'lena-holt', 'oleg-sidorov', 'piet-maas']);
  });

  it('should not date a gathering going on outside a live-blog entry, nor place those someone will have with them', () => {
    expect(extract('The leaders\' meeting has begun in a small format, officials said.', '2025-08-16').events.map((e) => e.id)).toEqual(['leaders-meeting']);
    expect(attendees(extract('The summit in Riga opened on Monday. Anna Berg will have Piet Maas with her.', '2025-08-16'))).toEqual([]);
  });
});

describe('hours worked with someone, and a host greeting the delegations, at the gathering just named', () => {
  it('should place those "worked with … for more than five hours" at the talks named before', () => {
    const r = extract('The talks in Oslo began on Sunday. The delegation worked with Anna Berg and Piet Maas for more than five hours at the foreign ministry.', '2025-12-16');
    expect(attendees(r)).toEqual(['anna-berg', 'piet-maas']);
  });

  it('should place a host who "greeted the delegations" there', () => {
    const r = extract('The talks in Oslo began on Sunday. Lena Holt greeted the delegations before the start and then left the negotiators to work.', '2025-12-16');
    expect(attendees(r)).toEqual(['lena-holt']);
  });

  it('should not place someone who will work with them, or one who did not greet them, or hours with no gathering named', () => {
    expect(attendees(extract('The talks in Oslo began on Sunday. The delegation will work with Anna Berg for five hours.', '2025-12-16'))).toEqual([]);
    expect(attendees(extract('The talks in Oslo began on Sunday. Lena Holt did not greet the delegations.', '2025-12-16'))).toEqual([]);
    expect(attendees(extract('Anna Berg worked with Piet Maas for five hours on the draft.', '2025-12-16'))).toEqual([]);
  });
});

describe('"At that meeting X backed …": an opener pointing back, its subject with any verb in the past', () => {
  it('should place the subject after "At that meeting" with no comma, whatever the verb', () => {
    const r = extract('The Riga summit opened on Monday. At that meeting Anna Berg backed the ceasefire proposal.', '2025-05-14');
    expect(attendees(r)).toEqual(['anna-berg']);
  });

  it('should place no one when the opener is followed by no named subject', () => {
    const r = extract('The Riga summit opened on Monday. At that meeting the plan stalled.', '2025-05-14');
    expect(attendees(r)).toEqual([]);
  });
});

describe('a verb of taking part set off from its gathering by a long aside', () => {
  it('should place both co-chairs of "A is co-chairing, with Germany\'s Defence Minister B, the … Contact Group meeting"', () => {
    const r = extract('Today Anna Berg is co-chairing, together with the German Federal Defence Minister Piet Maas, the Ukraine Defence Contact Group meeting at NATO headquarters.', '2025-04-11');
    expect(attendees(r)).toEqual(['anna-berg', 'piet-maas']);
  });
});

describe('sitting down with someone', () => {
  it('should place those who "sat down with" people named after a dash at the gathering just named', () => {
    const r = extract('The Chevening meeting began on Friday. Yesterday morning Anna Berg and Piet Maas sat down with Kyiv\'s top men — chief of staff Ivan Petrenko and security chief Oleh Marchuk.', '2025-08-10');
    expect(attendees(r)).toEqual(['anna-berg', 'ivan-petrenko', 'oleh-marchuk', 'piet-maas']);
  });

  it('should make a sitting placed and dated in its own clause a meeting of its own, even after another gathering was named', () => {
    const r = extract('A summit in Budapest was floated on Thursday. When Anna Berg sat down with President Piet Maas for lunch in the Cabinet Room on Friday, the delegation had a clear wish.', '2025-10-19');
    const room = r.events.find((e) => /cabinet-room/.test(e.id));
    expect(room?.id).toBe('cabinet-room-meeting-2025-10-17');
    expect(r.triples.filter((t) => t.startsWith('ATTENDED:') && t.endsWith(`:${room!.id}`)).map((t) => t.split(':')[1]).sort()).toEqual(['anna-berg', 'piet-maas']);
  });

  it('should not read an interview, a sitting still ahead, or one with no gathering named', () => {
    expect(attendees(extract('The Riga summit opened on Monday. Anna Berg sat down with the BBC\'s Lena Holt for an interview.', '2025-05-14'))).toEqual([]);
    expect(attendees(extract('The Riga summit opened on Monday. Anna Berg will sit down with Piet Maas.', '2025-05-14'))).toEqual([]);
    expect(attendees(extract('Anna Berg sat down with Piet Maas to discuss the draft.', '2025-05-14'))).toEqual([]);
  });
});

describe('a group\'s meeting the text goes on about', () => {
  const text = 'The talks in Oslo ended on Monday. Far from Oslo, military chiefs from about 30 countries met in Riga on Tuesday. The meeting, chaired by General Anna Berg, was open to any contributor. Piet Maas, who addressed the chiefs, said the force had to be credible.';

  it('should make it a gathering of its own that "The meeting" then means, with its chair and whoever addressed the chiefs', () => {
    const r = extract(text, '2025-03-12');
    const riga = r.events.find((e) => /riga/.test(e.id));
    expect(riga?.id).toBe('meeting-in-riga-2025-03-11');
    expect(r.triples.filter((t) => t.startsWith('ATTENDED:') && t.endsWith(`:${riga!.id}`)).map((t) => t.split(':')[1]).sort()).toEqual(['anna-berg', 'piet-maas']);
    expect(r.triples.filter((t) => t.startsWith('ATTENDED:anna-berg:'))).toHaveLength(1);
  });

  it('should leave a group\'s meeting told in passing as no event of its own', () => {
    const r = extract('The talks in Oslo ended on Monday. Leaders of the coalition met in Riga on 4 September. Anna Berg said the force was ready.', '2025-09-12');
    expect(r.events.some((e) => /riga/.test(e.id))).toBe(false);
  });
});

describe('a gathering told by arrival or hosting is not made when the sentence names the one they came for', () => {
  it('should add no second event to "A, B and C arrived in Brussels on Thursday for the EU summit"', () => {
    const r = extract('Anna Berg, Piet Maas and Lena Holt arrived in Brussels on Thursday for the emergency summit.', '2025-03-22');
    expect(r.events.filter((e) => /meeting-in-brussels/.test(e.id))).toEqual([]);
    const r2 = extract('On Thursday the leaders of Estonia, Latvia and Lithuania came to Riga for the emergency summit.', '2025-03-22');
    expect(r2.events.filter((e) => /meeting-in-riga/.test(e.id))).toEqual([]);
  });
});

describe('an opener whose gathering is named after a place, and telling a named gathering', () => {
  it('should place "Britain\'s A" after "At the Paris emergency summit on Feb. 17," — the person, not the country qualifying them', () => {
    const r = extract('At the Paris emergency summit on Feb. 17, Britain\'s Anna Berg said she was ready to put British troops on the ground.', '2025-02-24');
    expect(attendees(r)).toEqual(['anna-berg']);
  });

  it('should place one who "told the Kyiv summit" there, as one who told "the summit", and not one who told its organisers', () => {
    expect(attendees(extract('"Europe is here to stay," Anna Berg told the Kyiv summit on Monday.', '2025-02-24'))).toEqual(['anna-berg']);
    expect(attendees(extract('Anna Berg told the Kyiv summit\'s organisers on Monday that she would not come.', '2025-02-24'))).toEqual([]);
  });
});

describe('the subject of a contrasting clause after an opener', () => {
  it('should place B in "At the summit on Monday, A said …, while Germany\'s B called the debate premature"', () => {
    const r = extract('At the emergency summit in Paris on Monday, Anna Berg said she was ready to send troops, while Germany\'s Piet Maas called the debate premature.', '2025-02-19');
    expect(attendees(r)).toEqual(['anna-berg', 'piet-maas']);
  });

  it('should not place one who will speak later or did not, nor one named in a clause that is not contrasting', () => {
    expect(attendees(extract('At the emergency summit in Paris on Monday, Anna Berg said she was ready, while Piet Maas will speak on Friday.', '2025-02-19'))).toEqual(['anna-berg']);
    expect(attendees(extract('At the emergency summit in Paris on Monday, Anna Berg said Piet Maas had called her.', '2025-02-19'))).toEqual(['anna-berg']);
  });
});
