import { describe, it, expect } from 'vitest';
import { maskFurniture } from '@/graph/extract/furniture';
import { findProposals } from '@/graph/extract/proposals';
import { extractText } from './helpers';

// Word gates skip a costly pattern in text that holds none of the words every match of it holds. They must skip
// nothing the pattern finds, in any letter case the pattern accepts. Snippets written for these tests; names invented.
describe('word gates before costly patterns', () => {
  it('should still blank credits and copyright lines in any letter case', () => {
    for (const line of ['Leaders at the table. PHOTO: Lars Vik/Pool', 'Leaders at the table. picture by Lars Vik/Getty', '(c) Nordic Wire 2025', 'COPYRIGHT Nordic Wire 2025', '© Lars Vik / Nordic Wire']) {
      const masked = maskFurniture(line);
      expect(masked.length).toBe(line.length);
      expect(masked).not.toContain('Vik');
      expect(masked).not.toContain('Wire');
    }
    // A line without any credit word is left as written.
    expect(maskFurniture('Ingrid Holm said Norway supports the air mission.')).toBe('Ingrid Holm said Norway supports the air mission.');
  });

  it('should still find a European force where the sentence names its troops, and nothing where it names none', () => {
    const at = (text: string) => findProposals({ start: 0, end: text.length, text }).map((m) => m.name);
    expect(at('Oslo is ready to send peacekeepers to Ukraine.')).toContain('European peacekeeping force');
    expect(at('Norway would deploy its own soldiers after a ceasefire.')).toContain('European peacekeeping force');
    expect(at('Norway wants boots on the ground.')).toContain('European peacekeeping force');
    expect(at('Norway wants a ceasefire first.')).not.toContain('European peacekeeping force');
  });

  it('should still read named and proper gatherings, and talks between two people', () => {
    const summit = extractText('Ingrid Holm attended the Oslo summit on Monday.');
    expect(summit.entities.some((e) => e.type === 'EVENT')).toBe(true);
    const forum = extractText('Ingrid Holm spoke at the Nordic Security Forum on Monday.');
    expect(forum.entities.some((e) => e.type === 'EVENT' && /Forum/.test(e.name))).toBe(true);
    const talks = extractText('Talks between Ingrid Holm and Pavel Novak took place in Oslo on Monday.');
    expect(talks.triples).toContain('MET_WITH:ingrid-holm:pavel-novak');
  });

  it('should still read passive proposals and oppositions, and verdicts that name a basis or a prolonged war', () => {
    expect(extractText('The reassurance force was proposed by Ingrid Holm.').triples).toContain('PROPOSED:ingrid-holm:reassurance-force');
    expect(extractText('The reassurance force was REJECTED BY Pavel Novak.').triples).toContain('OPPOSES:pavel-novak:reassurance-force');
  });
});
