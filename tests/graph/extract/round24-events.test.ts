import { describe, it, expect } from 'vitest';
import { extractDated as extract } from './helpers';

// Round 24 (s123): events, ATTENDED and MET_WITH. Sentences written for these tests; the people, places and meetings
// are invented or used with other wordings than any evaluation article.
const attended = (r: ReturnType<typeof extract>) => r.triples.filter((t) => t.startsWith('ATTENDED:')).map((t) => t.split(':')[1]).sort();
const met = (r: ReturnType<typeof extract>) => r.triples.filter((t) => t.startsWith('MET_WITH:')).map((t) => t.split(':').slice(1).sort().join('+')).sort();

describe('a title before the next name does not break a list of people', () => {
  it('should read both senators of "Senator A and Senator B told reporters" at the forum that opens the sentence', () => {
    expect(attended(extract('On Monday, at the Tromsø Security Forum, Senator Ivo Marek and Senator Lena Halvorsen told reporters that the plan was dead.'))).toEqual(['ivo-marek', 'lena-halvorsen']);
  });

  it('should pass a qualifier of the title ("Republican Senator A and independent Senator B")', () => {
    expect(attended(extract('On Saturday, at the Bergen Defence Forum, Republican Senator Ivo Marek and independent Senator Lena Halvorsen said the draft was a wish list.'))).toEqual(['ivo-marek', 'lena-halvorsen']);
  });

  it('should meet both people of a call "to both President A and President B"', () => {
    expect(met(extract('A spokesperson said Ivo Marek had spoken by phone to both President Lena Halvorsen and President Piet Smit in the course of the evening.'))).toEqual(['ivo-marek+lena-halvorsen', 'ivo-marek+piet-smit']);
  });
});

describe('a time that opens the sentence before the gathering', () => {
  it('should read "The day before, at the forum, A said" as A there', () => {
    expect(attended(extract('Marek posted his view on Sunday. The day before, at the Halifax Arctic Forum, Lena Halvorsen told reporters the text was a Russian draft.'))).toEqual(['lena-halvorsen']);
  });

  it('should read "That evening" and "A day earlier" too', () => {
    expect(attended(extract('That evening, at the Riga Security Conference, Piet Smit said the force was ready.'))).toEqual(['piet-smit']);
    expect(attended(extract('A day earlier, at the Oslo Forum, Aino Kask warned against haste.'))).toEqual(['aino-kask']);
  });
});

describe('presence in the present tense of a diary, a caption or a live blog', () => {
  it('should read "also dials in" and "joins by video" as presence at the call just named', () => {
    const r = extract('On Monday Ivo Marek convened a video call of some 20 leaders. Lena Halvorsen joins the call and repeats her view. Piet Smit, sworn in the day before, also dials in.');
    expect(attended(r)).toEqual(['ivo-marek', 'lena-halvorsen', 'piet-smit']);
    expect(attended(extract('Ilse Brandt chaired the Bergen summit on 3 June. Piet Smit joins by video from Oslo.'))).toEqual(['ilse-brandt', 'piet-smit']);
  });

  it('should still read the past tense', () => {
    expect(attended(extract('Ilse Brandt chaired the Bergen summit on 3 June. Piet Smit dialled in from Oslo.'))).toEqual(['ilse-brandt', 'piet-smit']);
  });
});

describe('presence told to the audience ("was with us today")', () => {
  it('should put one who "was with us today" at the meeting the speaker has just finished', () => {
    const text = 'We have just finished a good meeting of Nordic defence ministers in Bergen on Monday. First, the grid. Russia keeps hitting it night after night, ahead of the winter, and we will help. I was also glad that Minister Piet Smit was with us today.';
    expect(attended(extract(text))).toEqual(['piet-smit']);
  });

  it('should not read agreement ("was with us on sanctions") as presence', () => {
    expect(attended(extract('We held a meeting of Nordic ministers in Bergen on Monday. Ivo Marek said Latvia was with us on sanctions.'))).not.toContain('latvia');
  });
});

describe('a relative clause on a gathering that names who was in it', () => {
  it('should put the subjects of "in which" and the one they spoke to at the gathering, and have them meet', () => {
    const r = extract('Within minutes of Friday\'s summit in Bergen, in which Ivo Marek and Piet Smit accused Lena Halvorsen of bad faith, the mood soured.');
    expect(attended(r)).toEqual(['ivo-marek', 'lena-halvorsen', 'piet-smit']);
    expect(met(r)).toEqual(['ivo-marek+lena-halvorsen', 'lena-halvorsen+piet-smit']);
  });

  it('should read "at which" and "during which" too, without a comma', () => {
    const r = extract('Since the summit in Bergen on 3 June, at which Ivo Marek told President Lena Halvorsen that he would stay, the mood has soured.');
    expect(attended(r)).toEqual(['ivo-marek', 'lena-halvorsen']);
    expect(attended(extract('The talks in Tallinn on 4 June during which Aino Kask pressed Piet Smit ended late.'))).toEqual(['aino-kask', 'piet-smit']);
  });

  it('should not read a clause still ahead', () => {
    expect(attended(extract('The video call on Monday, during which Ivo Marek will tell Lena Halvorsen of his plan, is awaited.'))).toEqual([]);
  });

  it('should not make a host meet each guest of a gathering', () => {
    expect(met(extract('The tour began on Monday with a meeting in Vilnius, where Ivo Marek hosted Lena Halvorsen, Piet Smit and Aino Kask.'))).toEqual([]);
  });
});

describe('a confrontation at a seat of government', () => {
  it('should make an event of a row at a seat whose parties the sentence names, one with the row the headline names', () => {
    const text = '# Leaders react to the Élysée row\n\nWithin an hour of Friday\'s shouting match in the Élysée, in which Ivo Marek and Piet Smit accused Lena Halvorsen of bad faith, leaders posted their support.';
    const r = extract(text, '2025-06-21');
    expect(r.events).toHaveLength(1);
    expect(r.events[0].date).toBe('2025-06-20');
    expect(attended(r)).toEqual(['ivo-marek', 'lena-halvorsen', 'piet-smit']);
  });

  it('should not make an event of a row recalled in passing', () => {
    expect(extract('The summit was called after last Friday\'s clash in the Oval Office and the pause of aid on Monday.').events.map((e) => e.name)).not.toContain('Clash at the Oval Office');
  });

  it('should date a row the headline names by the one row the body dates', () => {
    const text = '## Marek kicked out of the Élysée after astonishing shouting match with Smit\n\nIvo Marek was thrown out of the Élysée last night after a jaw-dropping TV row.';
    const r = extract(text, '2025-06-21');
    expect(r.events.every((e) => e.date === '2025-06-20')).toBe(true);
  });
});

describe('a readout page from an office that never writes its title before the holder\'s name', () => {
  const page = (body: string) => `# Leader calls\n\n*From: Prime Minister's Office, 10 Downing Street | Published 3 June 2025*\n\n${body}`;

  it('should read "The Prime Minister" as the first person of the seat\'s state the page names', () => {
    const r = extract(page('Keir Starmer said on Monday that talks must go on.\n\n### Call with President Marek\n\nThe Prime Minister spoke to President Ivo Marek of Latvia this morning. The leaders agreed to stay in touch.'), '2025-06-03');
    expect(met(r)).toEqual(['ivo-marek+keir-starmer']);
  });

  it('should not take one the page names with another office as the holder', () => {
    const r = extract(page('Defence Secretary John Healey said on Monday that the force was ready.\n\nThe Prime Minister spoke to President Ivo Marek of Latvia this morning.'), '2025-06-03');
    expect(met(r)).not.toContain('ivo-marek+john-healey');
  });
});

describe('those a call was held together with met the one called', () => {
  it('should read "spoke to A of X this afternoon, together with B of Y and C of Z"', () => {
    const r = extract('Ilse Brandt spoke to President Lena Halvorsen of Norway this afternoon, together with President Piet Smit of Latvia and Chancellor Aino Kask of Estonia.');
    expect(met(r)).toEqual(['aino-kask+lena-halvorsen', 'ilse-brandt+lena-halvorsen', 'lena-halvorsen+piet-smit']);
  });
});
