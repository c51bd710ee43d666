// Forms of address from translated copy and offices with "-elect": never part of a name. Sentences written for these tests.
import { describe, it, expect } from 'vitest';
import { extractText, person } from './helpers';

describe('#recognise (forms of address)', () => {
  it('should read "Herr Merz" and "Signora Meloni" as the people, not new names', () => {
    const catalog = [person('friedrich-merz', 'Friedrich Merz', ['Merz']), person('giorgia-meloni', 'Giorgia Meloni', ['Meloni'])];
    const r = extractText('Herr Merz said Germany would decide later. Signora Meloni said Italy would not send troops.', catalog);
    expect(r.ids).toEqual(expect.arrayContaining(['friedrich-merz', 'giorgia-meloni']));
    expect(r.ids.some((id) => /herr|signora/.test(id))).toBe(false);
  });

  it('should keep "-elect" with the office ("President-elect Karol Nawrocki")', () => {
    const r = extractText('President-elect Karol Nawrocki said Poland would not send troops.');
    expect(r.ids).toContain('karol-nawrocki');
    expect(r.ids.some((id) => id.includes('elect'))).toBe(false);
  });
});
