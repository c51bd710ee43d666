import { describe, it, expect } from 'vitest';
import { extractDated as extract } from './helpers';

// Round 23 (s113): events, ATTENDED and MET_WITH. Sentences written for these tests; the people, places and meetings
// are invented or used with other wordings than any evaluation article.
const attended = (r: ReturnType<typeof extract>) => r.triples.filter((t) => t.startsWith('ATTENDED:')).sort();

describe('an adjective that opens a sentence is no event name', () => {
  it('should not make an event of "Meaningful negotiations" or "Substantive talks"', () => {
    expect(extract('Meaningful negotiations can only begin after a ceasefire.').events).toEqual([]);
    expect(extract('Substantive talks are impossible while the shelling goes on, the minister said.').events).toEqual([]);
  });

  it('should keep a place that opens a sentence, and one named inside a sentence elsewhere', () => {
    expect(extract('Vilnius talks resumed on Monday. Diplomats said the mood in Vilnius was calm.').events.map((e) => e.name)).toContain('Vilnius talks');
    // A capital the gazetteer knows.
    expect(extract('Warsaw talks resumed on Monday.').events.length).toBeGreaterThan(0);
  });

  it('should keep words that point at a gathering already told of ("Those talks", "Tomorrow\'s summit")', () => {
    expect(extract('The envoys met in Bergen on 12 June. Those talks took place on Friday, 13 June.').events.length).toBeGreaterThan(0);
  });
});

describe('presence told before the gathering is named', () => {
  it('should not put a state at a gathering that a later section, past a heading, tells of', () => {
    const text = 'Latvia was represented by its tallest man, President Ivo Marek, at the table.\n\n## The forum\n\nAt the Sigulda talks on 3 May, Marek spoke of the border. Estonia sent Lena Halvorsen to the Narva summit on 9 May.';
    expect(attended(extract(text))).not.toContain('ATTENDED:latvia:sigulda-talks');
    expect(attended(extract(text)).some((t) => t.startsWith('ATTENDED:latvia:'))).toBe(false);
  });

  it('should still read presence at the one gathering the article names, named further down', () => {
    const text = 'Around the table were Ivo Marek, Lena Halvorsen and Piet Smit.\n\n## What comes next\n\nDiplomats described the Sigulda talks as useful.';
    expect(attended(extract(text))).toEqual(['ATTENDED:ivo-marek:sigulda-talks', 'ATTENDED:lena-halvorsen:sigulda-talks', 'ATTENDED:piet-smit:sigulda-talks']);
  });
});

describe('a host receiving a group of leaders in a place', () => {
  it('should make a gathering of the day, with the host and the guests at it', () => {
    const r = extract('On Tuesday Chancellor Ilse Brandt hosted Ivo Marek and the leaders of several Nordic states in Hamburg. Lena Halvorsen, Piet Smit and Aino Kask came in person, while the others joined by video.');
    expect(r.events.map((e) => e.name)).toContain('Meeting in Hamburg');
    expect(attended(r).map((t) => t.split(':')[1])).toEqual(['aino-kask', 'ilse-brandt', 'ivo-marek', 'lena-halvorsen', 'piet-smit']);
    expect(r.dates.get(attended(r).find((t) => t.includes('ilse-brandt'))!)).toEqual(['2025-06-17']);
  });

  it('should read "welcomed the coalition of the willing at the Foreign Ministry, with A, B and C in the room"', () => {
    const r = extract('On Monday 16 June Prime Minister Ivo Marek welcomed the coalition of the willing at the Foreign Ministry, with Lena Halvorsen, Defence Minister Piet Smit and President Aino Kask in the room and a dozen leaders on video.');
    expect(r.events.map((e) => e.name)).toContain('Meeting at the Foreign Ministry');
    expect(attended(r).map((t) => t.split(':')[1])).toEqual(['aino-kask', 'ivo-marek', 'lena-halvorsen', 'piet-smit']);
  });

  it('should not read a gathering still to come, nor one with no day', () => {
    expect(extract('Next week Ivo Marek will host the leaders of the Nordic states in Hamburg.').events).toEqual([]);
    expect(extract('Ivo Marek has often hosted the leaders of the Nordic states in Hamburg.').events).toEqual([]);
  });
});

describe('presence on a day days away from the gathering named before', () => {
  it('should not put people told of in a later dated entry at an earlier gathering', () => {
    const text = '**Monday 16 June: the call.** Ivo Marek and Lena Halvorsen spoke by phone on Monday 16 June about the border.\n\n**Thursday 19 June: Riga.** The Baltic Council in Riga, chaired by Piet Smit, with Aino Kask in the room for part of it.';
    const r = extract(text);
    expect(attended(r).some((t) => t.includes('aino-kask'))).toBe(false);
  });
});

describe('a delegation and those "also at the table" at the gathering the text is about', () => {
  const opening = '# Oslo talks end without a deal\n\nBy a staff writer\n\nNorwegian and Latvian negotiators said late on Sunday that they had made progress after a long day of discussions. The mood was calm and both sides praised the hosts, who had prepared the venue for weeks and kept the press far from the building for the whole of the day. Neither side gave details of the text, and both said that the hardest questions had been left for their leaders to settle at a later meeting.\n\n';
  it('should put the one "who led the Latvian side", and Latvia, at the headline\'s gathering', () => {
    const r = extract(`${opening}Foreign Minister Ivo Marek, who led the Latvian side, called it "a useful day".`);
    expect(attended(r)).toEqual(['ATTENDED:ivo-marek:oslo-talks', 'ATTENDED:latvia:oslo-talks']);
  });

  it('should put the members of a delegation led by one "with" another there', () => {
    const r = extract(`${opening}The Norwegian delegation was led by Lena Halvorsen, the state secretary, with Piet Smit, her deputy.`);
    expect(attended(r)).toEqual(['ATTENDED:lena-halvorsen:oslo-talks', 'ATTENDED:norway:oslo-talks', 'ATTENDED:piet-smit:oslo-talks']);
  });

  it('should read "were also at the table" and "was also in the room" as presence', () => {
    const at = (r: ReturnType<typeof extract>) => attended(r).map((t) => t.replace(/-\d{4}-\d{2}-\d{2}$/, ''));
    expect(at(extract('On Monday the Oslo talks opened. Aino Kask and Piet Smit were also at the table.'))).toEqual(['ATTENDED:aino-kask:oslo-talks', 'ATTENDED:piet-smit:oslo-talks']);
    expect(at(extract('On Monday the Oslo talks opened. Aino Kask was also in the room.'))).toEqual(['ATTENDED:aino-kask:oslo-talks']);
  });

  it('should not read presence denied', () => {
    expect(attended(extract('On Monday the Oslo talks opened. Aino Kask was not at the table.'))).toEqual([]);
  });
});

describe('a group going into a seat of government, and a table fronted before its list', () => {
  it('should make a gathering of a group that filed into a room of the seat on a day, with the one they followed', () => {
    const r = extract('On the afternoon of 16 June, five ministers filed into the Green Room of the Élysée behind Ivo Marek. The talks lasted two hours.');
    expect(r.events.map((e) => e.name)).toContain('Meeting at the Élysée');
    expect(attended(r).some((t) => t.startsWith('ATTENDED:ivo-marek:meeting-at-the-elysee'))).toBe(true);
  });

  it('should put those listed after "Around the table," at it, dated to its day', () => {
    const r = extract('On the afternoon of 16 June, five ministers walked into the Oval Office behind Ivo Marek.\n\nWhen his turn came, Marek spoke of history. Latvia, he told the others, had once ended a war, "and I am sure we can find a solution in 2025 as well". Around the table, Lena Halvorsen, Piet Smit and Aino Kask listened in silence.');
    const at = attended(r).filter((t) => /lena-halvorsen|piet-smit|aino-kask/.test(t));
    expect(at).toHaveLength(3);
    expect(r.dates.get(at[0])).toEqual(['2025-06-16']);
  });

  it('should not read a visit still ahead, one with no day, nor a list of fewer than two', () => {
    expect(extract('Next week five ministers will file into the Oval Office behind Ivo Marek.').events).toEqual([]);
    expect(extract('Ministers often filed into the Oval Office behind Ivo Marek.').events).toEqual([]);
    expect(attended(extract('On Monday the Oslo talks opened. Around the table, Lena Halvorsen listened.'))).toEqual([]);
  });
});

describe('people in the city of the gathering the text is about', () => {
  it('should read "who was in Oslo in person" and a dashed list "were in Oslo for meetings"', () => {
    const r = extract('On Monday the Oslo talks opened. Aino Kask, who was in Oslo in person, called them useful. The advisers of Latvia and Estonia — Piet Smit and Lena Halvorsen — were in Oslo for separate meetings with both sides.');
    const at = attended(r).map((t) => t.split(':')[1]);
    expect(at).toEqual(expect.arrayContaining(['aino-kask', 'lena-halvorsen', 'piet-smit']));
  });

  it('should not read a stay in another city, one on another date, nor one still ahead', () => {
    expect(attended(extract('On Monday the Oslo talks opened. Aino Kask, who was in Bergen, called them useful.'))).toEqual([]);
    expect(attended(extract('On Monday the Oslo talks opened. Aino Kask was in Oslo in March.'))).toEqual([]);
    expect(attended(extract('On Monday the Oslo talks opened. Aino Kask will be in Oslo for meetings.'))).toEqual([]);
  });
});

describe('first-person attendance in a labelled turn of a speech or transcript', () => {
  const turn = (words: string) => extract(`**President Ivo Marek:** Honourable members, thank you.\n\nLet me now turn to Latvia. ${words}`);
  it('should put the turn\'s speaker, and the one named with them, at the gathering "I was at"', () => {
    const r = turn('On Thursday I was at the Riga meeting of the Coalition of the Willing, with President Aino Kask. We made progress there.');
    expect(attended(r).map((t) => t.split(':')[1])).toEqual(['aino-kask', 'ivo-marek']);
    expect(r.dates.get(attended(r)[0])).toEqual(['2025-06-19']);
  });

  it('should not read a gathering "I" will attend, nor "I" outside a labelled turn', () => {
    expect(attended(turn('Next Thursday I will be at the Riga meeting of the Coalition of the Willing.'))).toEqual([]);
    expect(attended(extract('Last Thursday I was at the Riga meeting of the Coalition of the Willing, with President Aino Kask.')).some((t) => t.includes('ivo-marek'))).toBe(false);
  });
});

describe('presence told later in the paragraph that named the gathering', () => {
  it('should keep it at the gathering, dated to its day, past a date carried from a sentence in between', () => {
    const r = extract('On the Monday afternoon of 16 June, five ministers filed into the Oval Office behind Ivo Marek. Most of them had spent the weekend on the phone trying to work out what had been said in Riga three days earlier. The smallest country at the table was represented by its foreign minister, Aino Kask.', '2025-06-28');
    const kask = attended(r).find((t) => t.startsWith('ATTENDED:aino-kask:'));
    expect(kask).toBeDefined();
    expect(r.dates.get(kask!)).toEqual(['2025-06-16']);
  });
});

describe('"the call" with no call named before', () => {
  it('should not stand for a summit named before it', () => {
    const r = extract('# Two hours, a Riga summit, and a warning\n\n*Photo: Ivo Marek during the telephone conversation. Photo: press service*\n\nThe telephone conversation between President Ivo Marek and President Aino Kask on Thursday lasted two hours.');
    expect(attended(r).filter((t) => t.includes('riga-summit'))).toEqual([]);
  });

  it('should still stand for a call named before', () => {
    const r = extract('On Thursday Ivo Marek held a video call with Aino Kask and Piet Smit. During the call, Marek spoke of the border.');
    expect(r.events.length).toBeGreaterThan(0);
  });
});

describe('a group that met in a city, when the text goes on to tell who was there', () => {
  it('should make a gathering of the day, with those the next sentence tells came or hosted', () => {
    const r = extract('On 12 June the Nordic leaders met in Riga. Ivo Marek hosted; Aino Kask, Piet Smit and the Danish prime minister came in person, others joined by video.');
    expect(r.events.map((e) => e.name)).toContain('Meeting in Riga');
    expect(attended(r).map((t) => t.split(':')[1])).toEqual(expect.arrayContaining(['aino-kask', 'ivo-marek', 'piet-smit']));
  });

  it('should count the day back from the sentence\'s own ("said on Friday, a day after leaders … met in Riga")', () => {
    const r = extract('Latvia is ready to send troops, Prime Minister Ivo Marek said on Friday, a day after leaders of the coalition of the willing met in Riga. "We are ready," he said. Marek took part in Thursday\'s meeting by video link.');
    const riga = r.events.find((e) => e.name === 'Meeting in Riga');
    expect(riga?.id).toMatch(/2025-06-19$/);
    expect(attended(r).some((t) => t.startsWith('ATTENDED:ivo-marek:meeting-in-riga'))).toBe(true);
  });

  it('should not make one of a passing mention, nor of a meeting still ahead', () => {
    expect(extract('On 12 June the Nordic leaders met in Riga. The talks were about the border.').events.filter((e) => e.name === 'Meeting in Riga')).toEqual([]);
    expect(extract('Next week the Nordic leaders will have met in Riga. Ivo Marek hosted; Aino Kask came in person.').events.filter((e) => e.name === 'Meeting in Riga')).toEqual([]);
  });
});
