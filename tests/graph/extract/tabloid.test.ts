import { describe, expect, it } from 'vitest';
import { maskFurniture } from '@/graph/extract/furniture';
import { extractText } from './helpers';

// Snippets written for these tests in a tabloid's shape; the names are invented.
describe('tabloid pages', () => {
  it('should blank a byline whose name is in bold', () => {
    const page = 'Headline\n\nBy **Gary Pennock**, Political Editor\n\nThe minister spoke.';
    expect(maskFurniture(page)).not.toContain('Pennock');
    expect(extractText(page).ids).not.toContain('gary-pennock');
  });

  it('should found no person on a subhead in capitals', () => {
    const { ids } = extractText([
      '**THE DONALD GOES IT ALONE**',
      '',
      "**'ONLY WITH YANK BACKUP'**",
      '',
      'Prime Minister Anna Kovac said Slovenia supports the peacekeeping force.',
    ].join('\n'));
    expect(ids).toContain('anna-kovac');
    expect(ids.some((id) => /goes-it-alone|yank/.test(id))).toBe(false);
  });
});

describe('party leaders', () => {
  it('should have a party leader speak for the party, not for the country in its name', () => {
    const { triples } = extractText('Reform UK boss Nigel Farage warned that troops must not be sent in blind.');
    expect(triples).toContain('REPRESENTS:nigel-farage:reform-uk');
    expect(triples).not.toContain('REPRESENTS:nigel-farage:united-kingdom');
  });

  it('should read "Tory leader" as the Conservative Party\'s leader', () => {
    expect(extractText('Tory leader Kemi Badenoch said she would want to see the detail.').triples).toContain('REPRESENTS:kemi-badenoch:conservative-party');
  });
});
