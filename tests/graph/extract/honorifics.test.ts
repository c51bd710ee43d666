import { describe, it, expect } from 'vitest';
import { extractText, person } from './helpers';

// Sentences written for these tests; the people are invented.
describe('#honorifics (titles and ranks in resolution)', () => {
  it('should never make an honorific part of a name or a new person', () => {
    const r = extractText('Defence Secretary Alan Crowe spoke first. Mr Crowe said Britain supports the peacekeeping force. Ms Ilse Varnholt agreed.');
    expect(r.ids).toEqual(expect.arrayContaining(['alan-crowe', 'ilse-varnholt']));
    expect(r.ids.some((id) => /^(?:mr|ms)-/.test(id))).toBe(false);
    expect(r.relation('SUPPORTS', 'alan-crowe', 'european-peacekeeping-force')).toBeDefined();
  });

  it('should strip military ranks and party labels ("Lt. Gen.", "Adm Sir", "Democratic Senator")', () => {
    const r = extractText('Lt. Gen. Mara Quist met Adm Sir Peter Lowell. Democratic Senator Ruth Ambler backed the peacekeeping force.');
    expect(r.ids).toEqual(expect.arrayContaining(['mara-quist', 'peter-lowell', 'ruth-ambler']));
    expect(r.triples).toContain('MET_WITH:mara-quist:peter-lowell');
  });

  it('should resolve "Sir" + given name to the person already named, and drop it when nobody is', () => {
    const r = extractText('Prime Minister Owen Harcastle arrived in Riga. Sir Owen said Britain supports the peacekeeping force. Sir Bertram waved.');
    expect(r.relation('SUPPORTS', 'owen-harcastle', 'european-peacekeeping-force')).toBeDefined();
    expect(r.ids).not.toContain('owen');
    expect(r.ids).not.toContain('bertram');
  });

  it('should resolve "Sir" + given name against the catalog', () => {
    const r = extractText('Sir Owen said Britain supports the peacekeeping force.', [person('owen-harcastle', 'Owen Harcastle')]);
    expect(r.relation('SUPPORTS', 'owen-harcastle', 'european-peacekeeping-force')).toBeDefined();
  });
});

describe('#transliterations', () => {
  it('should join transliterations of one name (Sergei/Sergey, -iy/-y/-yy)', () => {
    const r = extractText('Sergei Vasnetsov spoke on Monday. Sergey Vasnetsov spoke again. Oleksiy Hordiyenkiy met Oleksii Hordiyenky.');
    expect(r.ids).toEqual(['oleksiy-hordiyenkiy', 'sergei-vasnetsov']);
  });
});

describe('#type checks (places, departments, operations, translated titles)', () => {
  it('should not take palaces, rivers, resorts or rooms for actors', () => {
    const r = extractText('Leaders met at Vorden Palace near the Issel River, then flew to the Alpen Resort and the Oval Office.');
    expect(r.ids).toEqual([]);
  });

  it('should fold a ministry or an army into its country', () => {
    const r = extractText('The Danish Foreign Ministry said the Danish Army supports the peacekeeping force.');
    expect(r.ids).toEqual(['denmark', 'european-peacekeeping-force']);
  });

  it('should not take a named military operation or an armed service for a proposal', () => {
    const r = extractText('Officials recalled Operation Northern Gale and the Royal Air Force.');
    expect(r.entities.filter((e) => e.type === 'PROPOSAL')).toEqual([]);
  });

  it('should split "Prime Minister of <country> <name>" into the office holder and the country', () => {
    const r = extractText('The Prime Minister of Norway Lena Halvorsen arrived. The Minister of National Defence Tomasz Wrobelski spoke.');
    expect(r.relation('REPRESENTS', 'lena-halvorsen', 'norway')?.role).toBe('Prime Minister');
    expect(r.ids).toContain('tomasz-wrobelski');
    expect(r.ids.some((id) => id.startsWith('national-defence'))).toBe(false);
  });

  it('should name a new capitalised proposal as written', () => {
    const r = extractText('Ministers agreed to set up the Multinational Force Baltica next year.');
    expect(r.entities.find((e) => e.type === 'PROPOSAL')?.name).toBe('Multinational Force Baltica');
  });
});

describe('#bystanders', () => {
  it('should not make a country named only as a scene, or a figure named only in a comparison, an entity', () => {
    const r = extractText('Talks were held in Qatar on Monday. Critics said Lena Halvorsen saw herself as Otto Bismarck. Norway supports the peacekeeping force.');
    expect(r.ids).toEqual(expect.arrayContaining(['lena-halvorsen', 'norway']));
    expect(r.ids).not.toContain('qatar');
    expect(r.ids).not.toContain('otto-bismarck');
  });

  it('should name a monarch with the title rather than a bare first name', () => {
    const r = extractText('On Sunday the president was received by King Harald at the palace.');
    expect(r.entities.find((e) => e.type === 'PERSON')?.name).toBe('King Harald');
  });
});
