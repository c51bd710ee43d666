import { describe, it, expect } from 'vitest';
import { extractText } from './helpers';
import { maskFurniture } from '@/graph/extract/furniture';

// Round 19 (s82): entity finding. Sentences written for these tests; names invented.
describe('a concept proposal carries the concept\'s other names', () => {
  it('should give the European force found as "Italian soldiers" its usual names as aliases', () => {
    const r = extractText('Rome said it would not send Italian soldiers to Ukraine.');
    const force = r.entities.find((e) => e.id === 'european-peacekeeping-force');
    expect(force?.aliases).toEqual(expect.arrayContaining(['European force', 'European troops']));
  });

  it('should leave a proposal named in its own words with its own surfaces only', () => {
    const r = extractText('The ministers discussed the drone wall plan on Monday.');
    const plan = r.entities.find((e) => e.type === 'PROPOSAL');
    expect(plan?.aliases ?? []).not.toContain('European force');
  });
});

describe('staff the page names are no entities anywhere in it', () => {
  it('should drop a presenter and a correspondent named in a transcript', () => {
    const page = [
      '*Morning Report, 07:30. Transcript, lightly edited. Presented by Tobias Wren.*',
      '',
      'TOBIAS WREN (PRESENTER): Good morning. Our correspondent Lise Marant is in Brussels.',
      '',
      'LISE MARANT: Tobias, Chancellor Friedrich Merz said Germany would back a reassurance force.',
      '',
      'WREN: Lise Marant in Brussels, thank you.',
    ].join('\n');
    const r = extractText(page);
    expect(r.ids).not.toContain('tobias-wren');
    expect(r.ids).not.toContain('lise-marant');
    expect(r.ids).toContain('friedrich-merz');
  });

  it('should drop the editor after a separator and the writer after the kind of piece', () => {
    expect(maskFurniture('*Friday 3 March 2025 · Edited by Nora Quell*\n\nThe talks went on.')).not.toContain('Quell');
    expect(maskFurniture('*Explainer · Pavel Strand · 4 March 2025, 08:00*\n\nThe talks went on.')).not.toContain('Strand');
    expect(maskFurniture('*Live coverage by Ada Brill and Tom Kess. All times CET.*\n\nAda Brill reports.')).not.toContain('Brill');
  });

  it('should keep a person whom a gathering was hosted by, and a politician signing a piece', () => {
    expect(maskFurniture('The summit hosted by Tobias Wren opened on Monday.')).toContain('Tobias Wren');
    expect(maskFurniture('Our correspondent\n\nRussian President Vladimir Putin spoke.')).toContain('Russian President Vladimir Putin');
    expect(maskFurniture('By Keir Starmer\n\nKeir Starmer writes that Britain is ready.')).toContain('Keir Starmer writes');
  });
});
