// Articles hard-wrapped inside their paragraphs (as Markdown and plain-text mail often are) read as the paragraphs
// they are: a sentence broken across lines is one sentence, and a date in its first line dates it.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/graph/corpus';
import { createExtractor } from '@/graph/extract/pipeline';
import { breakLongParagraphs, joinSoftBreaks, readingOf } from '@/graph/extract/reading';
import { statedAt } from '@/graph/time/stated-at';

const WRAPPED = `---
title: Brekelmans on a Dutch role
publishedAt: 2025-03-17
---

# Brekelmans on a Dutch role

**BREKELMANS:** Good afternoon. This morning I briefed the cabinet on the video call of the coalition of the
willing, in which the Dutch prime minister, Dick Schoof, took part. Let me be clear. The Netherlands is prepared to
contribute to a peacekeeping force for Ukraine once the guns fall silent.

**Q:** Did Mr Schoof speak to President Zelensky?
`;

describe('extraction from text hard-wrapped inside its paragraphs', () => {
  it('should read a sentence broken across lines as one sentence, keeping every offset and the text as written', () => {
    const article = parseArticle(WRAPPED, 'wrapped.md');
    expect(article.text).toBe(WRAPPED.slice(WRAPPED.indexOf('\n---\n') + 5));
    const { sentences, relations } = createExtractor()(article);
    const sentence = 'The Netherlands is prepared to contribute to a peacekeeping force for Ukraine once the guns fall silent.';
    expect(sentences.map((s) => s.text)).toContain(sentence);
    expect(sentences.map((s) => s.text)).toContain('**Q:** Did Mr Schoof speak to President Zelensky?');
    // The stance is read across the break; its quote is the article's own text, line break and all.
    const stance = relations.find((r) => r.type === 'SUPPORTS' && r.source === 'netherlands');
    expect(stance?.evidence[0].quote).toBe('The Netherlands is prepared to\ncontribute to a peacekeeping force for Ukraine once the guns fall silent.');
  });

  it('should date a sentence on a later line by the day the paragraph\'s first line gives', () => {
    const article = readingOf(parseArticle(WRAPPED.replace('This morning', 'On Saturday'), 'wrapped.md'));
    const sentence = 'The Netherlands is prepared to contribute to a peacekeeping force for Ukraine once the guns fall silent.';
    const start = article.text.indexOf(sentence);
    expect(statedAt(article, start, start + sentence.length, ['Netherlands'])?.date).toBe('2025-03-15');
  });
});

describe('#joinSoftBreaks', () => {
  it('should leave one paragraph a line, with no blank lines between, as it is', () => {
    const text = 'Canada weighs air support for Ukraine while Belgium calls for a demilitarised zone\nCanadian Prime Minister Mark Carney said on Monday that Canada is open to contributing aircraft.\nBelgium\'s Defence Minister Theo Francken called for a demilitarised zone along the front line.\n';
    expect(joinSoftBreaks(text)).toBe(text);
  });

  it('should leave short subheadings, list items, captions and link lines on their own lines', () => {
    const text = [
      'The Europeans began exploring the type of force needed about a year ago, but the urgency has increased.',
      'European powers weigh the path forward',
      'In December, European leaders and ministers met with Zelenskyy at Mark Rutte\'s residence in Brussels.',
      '- Britain and France lead the planning for a force that would deploy after a ceasefire',
      '- Poland will not send soldiers',
      '![Leaders in Paris](paris.jpg)',
      '*Leaders at the Élysée on Monday. Photo: Pool*',
      'Related: Starmer\'s troop idea resurfaces as Europe braces for a long negotiation with the',
      'Related: What a 100-year treaty can and cannot promise',
    ].join('\n');
    expect(joinSoftBreaks(`Headline\n${text}`)).toBe(`Headline\n${text}`);
  });

  it('should join the wrapped lines of a paragraph set apart by blank lines, even after a full stop', () => {
    const text = 'Headline\n\nREYES: Emmanuel Macron and Keir Starmer spoke with Mr Zelensky before the service.\nAll four then attended the funeral Mass in the square.\n\nOSEI: And the Americans?\n';
    expect(joinSoftBreaks(text)).toBe('Headline\n\nREYES: Emmanuel Macron and Keir Starmer spoke with Mr Zelensky before the service. All four then attended the funeral Mass in the square.\n\nOSEI: And the Americans?\n');
  });

  it('should leave one paragraph a line as it is when a blank line follows the headline', () => {
    const paragraph = (who: string) => `${who} said on Monday that the coalition would keep planning a reassurance force for Ukraine, whatever Moscow said about it, and that the plans would be ready by the summer.`;
    const text = `Headline\n\n${paragraph('Healey')}\n${paragraph('Pistorius')}\n${paragraph('Kallas')}\n`;
    expect(joinSoftBreaks(text)).toBe(text);
  });

  it('should keep a line ending in a hard break, and a speaker label starting a new line, apart', () => {
    const text = 'Headline\n\nThe minister took questions from reporters for half an hour in The Hague.  \nQ: What would you send?\n';
    expect(joinSoftBreaks(text)).toBe(text);
  });
});

describe('#breakLongParagraphs', () => {
  const sentence = (i: number) => `Minister ${['Healey', 'Pistorius', 'Kallas'][i % 3]} said on day ${i} that the coalition would keep planning.`;
  const endless = Array.from({ length: 400 }, (_, i) => sentence(i)).join(' ');

  it('should read a line of many thousand characters as paragraphs of a few thousand, ending at sentence ends', () => {
    const read = breakLongParagraphs(`Headline\n${endless}\n`);
    expect(read.length).toBe(`Headline\n${endless}\n`.length);
    const paragraphs = read.split('\n').slice(1, -1);
    expect(paragraphs.length).toBeGreaterThan(5);
    for (const p of paragraphs) {
      expect(p.length).toBeLessThan(4200);
      expect(p).toMatch(/^Minister .*planning\.$/);
    }
    // Only spaces became line breaks.
    expect(read.replace(/\n/g, ' ')).toBe(`Headline ${endless} `);
  });

  it('should be how the extractor reads an article with no line breaks', () => {
    const article = { id: 'endless', title: 'Headline', text: `Headline\n${endless}\n` };
    expect(readingOf(article).text.split('\n').length).toBeGreaterThan(7);
    expect(article.text.split('\n').length).toBe(3);
  });

  it('should leave lines of ordinary paragraph length as they are', () => {
    const text = `Headline\n${Array.from({ length: 30 }, (_, i) => sentence(i)).join(' ')}\n${sentence(99)}\n`;
    expect(breakLongParagraphs(text)).toBe(text);
  });
});
