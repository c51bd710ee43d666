import { describe, it, expect } from 'vitest';
import { extractText } from './helpers';

// Round 24 (s125): entities and REPRESENTS. Sentences written for these tests; people, seats and outlets invented.
const triples = (text: string) => extractText(text).triples;
const ids = (text: string) => extractText(text).entities.map((e) => e.id);

describe('a member of the House of Commons by the title news gives them', () => {
  it('should tie "Conservative MP" and "Labour MP" to the House of Commons the article names', () => {
    const t = triples('Dame Helen Ashby, Conservative MP and a former minister, said the House of Commons must be consulted.');
    expect(t).toContain('REPRESENTS:helen-ashby:house-of-commons');
    expect(triples('Labour MP Tom Brierley said a vote in the House of Commons was needed.')).toContain('REPRESENTS:tom-brierley:house-of-commons');
  });

  it('should read "Local MP X" and "X, Labour member for <seat>" alike, with the seat no person', () => {
    const text = 'Local MP Priya Hale, Labour member for Severn Vale, said the Commons should vote first.';
    expect(triples(text)).toContain('REPRESENTS:priya-hale:house-of-commons');
    const e = ids(text);
    expect(e).toContain('priya-hale');
    expect(e.some((id) => /local-mp|severn-vale/.test(id))).toBe(false);
  });

  it('should give no tie where the article never names the Commons', () => {
    const x = extractText('Conservative MP Sir Alan Fenwick said British troops should not go to Ukraine.');
    expect(x.triples.some((t) => t.includes('house-of-commons'))).toBe(false);
    expect(x.entities.some((e) => e.id === 'house-of-commons')).toBe(false);
  });

  it('should not read a former member or "MPs" as a member\'s title', () => {
    expect(triples('Former MP Jack Orme said the House of Commons had been misled.').some((t) => t.startsWith('REPRESENTS:jack-orme'))).toBe(false);
    expect(triples('Defence Secretary Mark Dell told MPs in the House of Commons that troops were ready.').some((t) => /REPRESENTS:[a-z-]+:house-of-commons/.test(t))).toBe(false);
  });
});

describe('an independent senator beside a party-marked one', () => {
  it('should tie both senators of "Republican Senator A and independent Senator B" to the U.S. Senate', () => {
    const t = triples('Republican Senator Dale Hoyt and independent Senator Mara Quinn told reporters in Ottawa that the plan was a draft.');
    expect(t).toEqual(expect.arrayContaining(['REPRESENTS:dale-hoyt:united-states-senate', 'REPRESENTS:mara-quinn:united-states-senate']));
  });

  it('should leave a lone "independent Senator" alone (other chambers have independents too)', () => {
    expect(triples('Independent Senator Niamh Rourke said Ireland would stay neutral.').some((t) => t.includes('senate'))).toBe(false);
  });
});

describe('an office still to come', () => {
  it('should give no REPRESENTS for "the future German chancellor, X" or "Germany\'s next chancellor, X"', () => {
    for (const text of [
      'Macron spoke at the request of the future German chancellor, Friedrich Merz.',
      'Nobody in Berlin will say whether Germany\'s next chancellor, Friedrich Merz, would send soldiers.',
      'The incoming Polish president, Karol Nawrocki, said Poland would not send troops.',
    ]) expect(triples(text).some((t) => t.startsWith('REPRESENTS:'))).toBe(false);
  });

  it('should still give the office that is held now', () => {
    expect(triples('Germany\'s chancellor, Friedrich Merz, said Germany would help.')).toContain('REPRESENTS:friedrich-merz:germany');
  });
});

describe("a transcript's questioner label", () => {
  it('should take neither the reporter nor the outlet in "Q: [Name, Outlet]" for an entity', () => {
    const text = [
      '**MODERATOR:** Next question, please.',
      '',
      '**Q: [Pavel Novak, Danube Wire Service]** Secretary General, will Hungary block the package?',
      '',
      '**SECRETARY GENERAL:** Hungary has made its views known.',
      '',
      '**Q: [Novak]** And Slovakia?',
      '',
      '**Q (Ines Duarte, Radio Atlântico):** Is Portugal ready to send troops?',
    ].join('\n');
    const e = ids(text);
    expect(e).toEqual(expect.arrayContaining(['hungary', 'portugal']));
    expect(e.some((id) => /novak|danube|duarte|atlantico/.test(id))).toBe(false);
  });
});

describe('"Congress" written bare, as American English names its legislature', () => {
  it('should name the U.S. Congress in an article about the United States', () => {
    expect(ids('Washington should send its plan to Congress before it signs anything.')).toContain('us-congress');
    expect(ids('The Ukrainian president thanked America, Congress and the American people.')).toContain('us-congress');
  });

  it('should leave "the Congress" and "the Congress of Deputies" of another country alone', () => {
    const e = ids('Spain will not send troops, and any mission abroad needs the approval of the Congress, Madrid said. The Congress of Deputies meets on Tuesday; the United States was not consulted.');
    expect(e).not.toContain('us-congress');
  });

  it('should not read it where the article never names the United States', () => {
    expect(ids('Delegates to Congress in Lima voted on Tuesday.')).not.toContain('us-congress');
  });
});
