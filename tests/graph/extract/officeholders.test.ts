import { describe, it, expect } from 'vitest';
import { officeholderBody } from '@/graph/extract/officeholders';
import { extractText } from './helpers';

// A known officeholder given an office ("Foreign Minister Sergei Lavrov") represents the state or body that office
// belongs to, when the article names it; no office, or the body never named, gives nothing.
describe('#officeholderBody', () => {
  it('should know a holder by full name, transliteration or a surname only one body has', () => {
    expect(officeholderBody(['Sergey Lavrov'])).toBe('Russia');
    expect(officeholderBody(['Wolodymyr Selenskyj'])).toBe('Ukraine');
    expect(officeholderBody(['Rubio'])).toBe('United States');
    expect(officeholderBody(['Ivo Marek'])).toBeUndefined();
  });
});

describe('office of a known person, country named elsewhere in the article', () => {
  it('should tie a titled name to the country the article names', () => {
    const r = extractText('Foreign Minister Sergei Lavrov called the plan a provocation. Russia has not changed its position.');
    expect(r.triples).toContain('REPRESENTS:sergei-lavrov:russia');
  });

  it('should read an office in an apposition after the name', () => {
    const r = extractText('Maria Zakharova, the foreign ministry spokeswoman, said talks would continue. Moscow says Russia wants guarantees.');
    expect(r.triples).toContain('REPRESENTS:maria-zakharova:russia');
  });

  it('should read an office held by a US official', () => {
    const r = extractText('The talks brought together Secretary of State Marco Rubio and Ukrainian officials. The United States wants a deal.');
    expect(r.triples).toContain('REPRESENTS:marco-rubio:united-states');
  });

  it('should read "Minister of the Armed Forces" and a rank before a form of address as offices', () => {
    const r = extractText('The Minister of the Armed Forces, Sébastien Lecornu, is expected in London. Chief of the Defence Staff, Admiral Sir Tony Radakin, said: "We are ready." France and the United Kingdom agree.');
    expect(r.relation('REPRESENTS', 'sebastien-lecornu', 'france')?.role).toBe('Minister of the Armed Forces');
    expect(r.relation('REPRESENTS', 'tony-radakin', 'united-kingdom')?.role).toBe('Admiral');
  });

  it('should give nothing without an office, or when the body is only an adjective or a scene', () => {
    for (const text of [
      'Sergei Lavrov called the plan a provocation. Russia has not changed its position.',
      'Foreign Minister Sergei Lavrov called the Russian position firm.',
      'Foreign Minister Sergei Lavrov spoke to reporters in Moscow.',
      'Opposition leader Keir Starmer said Britain should help.',
    ]) {
      const r = extractText(text);
      expect(r.relations.filter((x) => x.type === 'REPRESENTS'), text).toEqual([]);
    }
  });

  it('should give nothing to a person nobody knows holds an office there', () => {
    const r = extractText('Defence Minister Ivo Marek spoke. Russia has not changed its position.');
    expect(r.triples).not.toContain('REPRESENTS:ivo-marek:russia');
  });

  it('should leave the country the text itself gives', () => {
    const r = extractText('President Donald Trump spoke to Canada. Canadian Prime Minister Mark Carney replied. The United States said no.');
    expect(r.triples).toContain('REPRESENTS:donald-trump:united-states');
    expect(r.triples).toContain('REPRESENTS:mark-carney:canada');
  });
});

describe('a title that stands for a known officeholder', () => {
  it('should be the person a reader knows holds that office, not the last one named', () => {
    const r = extractText('Volodymyr Zelenskyy was in Paris on Monday for talks with Emmanuel Macron. Zelenskyy thanked France. The French president said Europe must be at the table.');
    expect(r.triples).toContain('REPRESENTS:emmanuel-macron:france');
    expect(r.triples).not.toContain('REPRESENTS:volodymyr-zelenskyy:france');
  });
});
