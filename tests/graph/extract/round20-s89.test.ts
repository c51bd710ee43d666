import { describe, it, expect } from 'vitest';
import { extractText } from './helpers';

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
