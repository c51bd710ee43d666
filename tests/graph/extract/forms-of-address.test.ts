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

  it('should read "press secretary", "chief negotiator" and "government spokesman" as offices of the country before them', () => {
    expect(extractText('Kremlin press secretary Dmitry Peskov told journalists that talks continued.').relation('REPRESENTS', 'dmitry-peskov', 'russia')).toBeDefined();
    expect(extractText("Ukraine's chief negotiator Rustem Umerov met the envoys.").relation('REPRESENTS', 'rustem-umerov', 'ukraine')).toBeDefined();
    expect(extractText("Germany's government spokesman Stefan Kornelius said talks continued.").relation('REPRESENTS', 'stefan-kornelius', 'germany')).toBeDefined();
  });

  it('should not make "the Polish government" a person or an office', () => {
    expect(extractText('The Polish government said troops would not go.').ids).toEqual(['poland']);
  });

  it('should read "russia" written in lower case, as Ukrainian outlets do, as Russia', () => {
    expect(extractText('The aggressor state russia rejected the plan, Andrii Sybiha said.').ids).toContain('russia');
    expect(extractText('russian officials rejected the truce, Andrii Sybiha said.').ids).toContain('russia');
    expect(extractText('The anti-russian mood grew, Andrii Sybiha said.').ids).not.toContain('russia');
  });
});
