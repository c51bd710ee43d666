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
