import { describe, it, expect } from 'vitest';
import { extractText, pairs } from './helpers';

// Round 20 (s89): title-only mentions, events and attendance. People, places and sentences invented for the tests.

const BODY = 'The Prime Minister co-chaired the summit in Oslo with President Macron of France.\n\nThe Prime Minister also spoke to President Donald Trump on Saturday morning.\n\nPrime Minister Anna Lind thanked the leaders for their time.';

describe('a release issued from an office', () => {
  const release = (body: string, from = "From: Prime Minister's Office, 10 Downing Street") => `# PM meets partners\n\n*Press release. ${from}. Published 8 May 2025*\n\n${body}`;

  it('should read "the Prime Minister" anywhere in a release from the Prime Minister\'s Office as the holder it names', () => {
    const r = extractText(release(BODY));
    expect(r.triples).toEqual(expect.arrayContaining(['MET_WITH:anna-lind:donald-trump']));
    expect(r.triples.some((t) => t.startsWith('ATTENDED:anna-lind:'))).toBe(true);
  });

  it('should take the seat\'s own prime minister, not a guest given the same title', () => {
    const r = extractText(release('Prime Minister Giorgia Meloni set out her proposal.\n\nPrime Minister Keir Starmer thanked the leaders.\n\nMore leaders joined later in the day for other talks.\n\nOther matters were discussed at great length by everyone.\n\nThe Prime Minister also spoke to President Donald Trump on Saturday morning.'));
    expect(r.triples).toContain('MET_WITH:donald-trump:keir-starmer');
    expect(r.triples).not.toContain('MET_WITH:donald-trump:giorgia-meloni');
  });

  it('should read the office in "From: Office of the Defence Secretary" too', () => {
    const r = extractText(release('Defence Secretary Anna Lind hosted the meeting.\n\nMany ministers took part in the long session in the afternoon.\n\nSeveral more took part online from their capitals across Europe.\n\nThe Defence Secretary also spoke to Pete Hegseth on Saturday morning.', 'From: Office of the Defence Secretary'));
    expect(r.triples).toContain('MET_WITH:anna-lind:pete-hegseth');
  });

  it('should not read a title written before any person as anyone in an article issued from no office', () => {
    const r = extractText(`# PM meets partners\n\n${BODY}`);
    expect(r.triples.some((t) => t.startsWith('ATTENDED:anna-lind:'))).toBe(false);
  });
});

const events = (text: string) => extractText(text).entities.filter((e) => e.type === 'EVENT').map((e) => e.name);
const attendedIn = pairs('ATTENDED');

describe('a meeting named by its place', () => {
  it('should read two who met at a seat of government on a day as a meeting there, both at it', () => {
    const who = attendedIn('Anna Lind met Piet Smit at the Élysée on 4 May 2025 to discuss the force.');
    expect(who).toEqual(expect.arrayContaining(['anna-lind>meeting-at-the-elysee-2025-05-04', 'piet-smit>meeting-at-the-elysee-2025-05-04']));
  });

  it('should not read a meeting at a seat still ahead', () => {
    expect(events('Anna Lind will meet Piet Smit at the Élysée on 4 May 2025.')).toEqual([]);
  });

  it('should read a capitalised head opening the sentence ("Talks in Oslo on … brought together") as the talks there', () => {
    const who = attendedIn('Talks in Oslo on 4 May 2025 brought together Anna Lind and Piet Smit.');
    expect(who).toEqual(expect.arrayContaining(['anna-lind>talks-in-oslo-2025-05-04', 'piet-smit>talks-in-oslo-2025-05-04']));
  });

  it('should not read a capitalised head inside a sentence as a gathering', () => {
    expect(events('Anna Lind said Summit in Oslo was the title of her book.')).toEqual([]);
  });
});

describe('a bare title after another actor of its sentence', () => {
  it('should read "X met the vice president" as the one person the text gave that office', () => {
    expect(extractText('Vice President Anna Lind arrived in Oslo on Friday. Piet Smit met the vice president on Friday.').triples).toContain('MET_WITH:anna-lind:piet-smit');
  });

  it('should leave the title unread where two people hold it, and not read "vice president" as a president', () => {
    expect(extractText('President Anna Lind and President Marek Nowak spoke on Friday. Later Piet Smit met the president.').triples.filter((t) => t.startsWith('MET_WITH:'))).not.toContain('MET_WITH:anna-lind:piet-smit');
    expect(extractText('Vice President Anna Lind arrived in Oslo on Friday. Piet Smit met the president on Friday.').triples).not.toContain('MET_WITH:anna-lind:piet-smit');
  });
});

describe('the head of a state named by its seat', () => {
  it('should read "the Kremlin chief" and "the Kremlin boss" as the Russian president named before', () => {
    for (const head of ['chief', 'boss']) expect(extractText(`Russian President Vladimir Putin spoke in Moscow. Markets were calm. The Kremlin ${head} met Piet Smit on Tuesday.`).triples).toContain('MET_WITH:piet-smit:vladimir-putin');
  });

  it('should not read an army chief as the head of state', () => {
    expect(extractText('Russian President Vladimir Putin spoke in Moscow. Markets were calm. The army chief met Piet Smit on Tuesday.').triples).not.toContain('MET_WITH:piet-smit:vladimir-putin');
  });
});

describe('a gathering of several told by its verb', () => {
  it('should read those who met in a city with the ones they travelled with as at one meeting, not each meeting each other', () => {
    const r = extractText('Anna Lind and Piet Smit met in Oslo on 10 May 2025, when they travelled with Marek Nowak and Karl Weber to call for a truce.');
    expect(r.triples.filter((t) => t.startsWith('ATTENDED:')).length).toBeGreaterThanOrEqual(3);
    expect(r.triples.filter((t) => t.startsWith('MET_WITH:') && /marek-nowak|karl-weber/.test(t))).toEqual([]);
  });

  it('should keep the meeting of two who met in a city with no one along', () => {
    expect(extractText('Anna Lind met Piet Smit in Oslo on 10 May 2025.').triples).toContain('MET_WITH:anna-lind:piet-smit');
  });
});
