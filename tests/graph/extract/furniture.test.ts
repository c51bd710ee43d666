import { describe, it, expect } from 'vitest';
import { maskFurniture } from '@/graph/extract/furniture';
import { extractText } from './helpers';

// Snippets written for these tests in the shapes of real news pages; the names are invented.
const PAGE = [
  'Ministers weigh a Baltic air mission',
  '',
  'By Jonas Ebert and Clara Wendt',
  'Updated 09:12 GMT',
  '',
  '![Two ministers shaking hands](handshake.jpg)',
  '*Ingrid Holm meets Pavel Novak in Oslo on Monday. Photo: Lars Vik/Pool via Newsphoto*',
  '',
  'Ingrid Holm, Norway’s defence minister, said Norway supports the air mission.',
  '',
  'Related: Six questions about the air mission',
  'Read more: How Karl Ostrom changed the alliance',
  '*Sign up for our weekly security newsletter.*',
  'Reporting by Jonas Ebert; Editing by Mia Sand',
].join('\n');

describe('#maskFurniture', () => {
  it('should blank bylines, timestamps, image alt text, credits, link lines and prompts, keeping offsets', () => {
    const masked = maskFurniture(PAGE);
    expect(masked.length).toBe(PAGE.length);
    expect(masked.split('\n').length).toBe(PAGE.split('\n').length);
    for (const gone of ['Jonas Ebert', 'Updated', 'Two ministers', 'Lars Vik', 'Newsphoto', 'Six questions', 'Karl Ostrom', 'Sign up', 'Mia Sand']) expect(masked).not.toContain(gone);
    // Caption words are reporting; only the credit goes.
    expect(masked).toContain('Ingrid Holm meets Pavel Novak in Oslo on Monday.');
    expect(masked.indexOf('Ingrid Holm, Norway’s')).toBe(PAGE.indexOf('Ingrid Holm, Norway’s'));
  });

  it('should keep a sentence that merely starts with "By" and a weekday', () => {
    const line = 'By Tuesday, the minister had changed her mind about the mission.';
    expect(maskFurniture(line)).toBe(line);
  });

  it('should keep bylined reporters, photographers and linked names out of the extraction', () => {
    const r = extractText(PAGE);
    expect(r.ids).toEqual(expect.arrayContaining(['ingrid-holm', 'norway']));
    for (const name of ['jonas-ebert', 'clara-wendt', 'lars-vik', 'karl-ostrom', 'mia-sand']) expect(r.ids).not.toContain(name);
    // Evidence quotes stay verbatim slices of the article.
    for (const rel of r.relations) for (const e of rel.evidence) expect(PAGE.slice(e.start, e.end)).toBe(e.quote);
  });

  it('should blank credit lines in their other shapes: bracketed, "coverage by", "by our correspondent", lower-case "· by"', () => {
    const lines = [
      '(Reporting by Jonas Ebert in Oslo and Clara Wendt in Bergen; Editing by Mia Sand)',
      '*Live coverage by Karl Ostrom and Lena Berg · Last updated 21:05 GMT*',
      '*By our correspondent at the Ministry of Defence, Anton Rask — translated from the Norwegian*',
      '*Friday 3 May 2025 · by Ida Moen · 4 min read*',
    ];
    const masked = maskFurniture(lines.join('\n'));
    expect(masked.trim()).toBe('');
    const r = extractText(['Ingrid Holm said Norway supports the air mission.', '', ...lines].join('\n'));
    expect(r.ids).toContain('ingrid-holm');
    for (const name of ['jonas-ebert', 'clara-wendt', 'mia-sand', 'karl-ostrom', 'lena-berg', 'anton-rask', 'ida-moen']) expect(r.ids).not.toContain(name);
  });

  it('should keep reporting that has "by" inside it', () => {
    for (const line of ['Coverage by state television was cut short, Ingrid Holm said.', 'The session was requested by Norway on Thursday.', '(Ingrid Holm was joined by Pavel Novak.)']) expect(maskFurniture(line)).toBe(line);
  });

  it('should blank a reading list (its heading and the linked headlines under it), not the list after it', () => {
    const text = ['**What we\'re reading**', '', '- Why the Nordic Council keeps its plans secret', '- Karl Ostrom’s first ten days, in charts', 'Ingrid Holm said Norway supports the air mission.', '- Lena Berg backed it too.'].join('\n');
    const masked = maskFurniture(text);
    for (const gone of ['reading', 'Nordic Council', 'Karl Ostrom']) expect(masked).not.toContain(gone);
    expect(masked).toContain('Ingrid Holm said Norway supports the air mission.');
    expect(masked).toContain('- Lena Berg backed it too.');
  });

  it('should blank a newsletter\'s own name wherever it appears, but not a place welcomed to', () => {
    const text = ['# Nordic Notes: a week of air missions', '', '*You\'re reading Nordic Notes. Not a subscriber yet?*', '', 'Ingrid Holm said Norway supports the air mission.', 'Welcome to The Hague, the minister said.'].join('\n');
    const masked = maskFurniture(text);
    expect(masked).not.toContain('Nordic Notes');
    expect(masked).toContain('a week of air missions');
    expect(masked).toContain('Welcome to The Hague');
    expect(extractText(text).ids).not.toContain('nordic-notes');
  });
});
