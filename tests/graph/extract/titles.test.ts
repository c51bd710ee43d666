import { describe, it, expect } from 'vitest';
import { extractText } from './helpers';

// Sentences written for these tests; the people are invented.
describe('#resolveTitles (title anaphora) and office forms', () => {
  it('should read "the German chancellor" as the person just named, who represents Germany', () => {
    const r = extractText('Karl Weissberg arrived late. The German chancellor told reporters that Germany supports the peacekeeping force.');
    expect(r.relation('REPRESENTS', 'karl-weissberg', 'germany')?.role).toBe('Chancellor');
    expect(r.relation('SUPPORTS', 'karl-weissberg', 'european-peacekeeping-force')).toBeDefined();
  });

  it('should prefer the person already known to hold that country\'s office', () => {
    const r = extractText('Polish Prime Minister Adam Lisowski met Jan Brodsky. Later the Polish prime minister said he opposes the peacekeeping force.');
    expect(r.relation('OPPOSES', 'adam-lisowski', 'european-peacekeeping-force')).toBeDefined();
    expect(r.relation('REPRESENTS', 'jan-brodsky', 'poland')).toBeUndefined();
  });

  it('should leave a title with nobody before it as the country', () => {
    const r = extractText('The French president said France supports the peacekeeping force.');
    expect(r.ids.filter((id) => !['france', 'european-peacekeeping-force'].includes(id))).toEqual([]);
  });

  it('should read leaders listed with their country in brackets or "of" a body', () => {
    const r = extractText('The host welcomed Lena Halvorsen (Norway), Piet Maas (the Netherlands) and Ruth Keller of the European Commission.');
    expect(r.triples).toEqual(expect.arrayContaining(['REPRESENTS:lena-halvorsen:norway', 'REPRESENTS:piet-maas:netherlands', 'REPRESENTS:ruth-keller:european-commission']));
    expect(r.ids).not.toContain('ruth-keller-of-the-european-commission');
  });

  it('should read "X, the NATO secretary-general", "Spain\'s foreign minister, X" and "its foreign minister, X"', () => {
    const r = extractText('Arne Kvist, the NATO secretary-general, spoke. Spain\'s foreign minister, Luis Ortega, agreed. Finland was absent, but its defence minister, Aino Laine, sent a note.');
    expect(r.relation('REPRESENTS', 'arne-kvist', 'nato')?.role).toBe('Secretary-general');
    expect(r.relation('REPRESENTS', 'luis-ortega', 'spain')).toBeDefined();
    expect(r.relation('REPRESENTS', 'aino-laine', 'finland')).toBeDefined();
  });
});

describe('#resolveTitles (antecedents)', () => {
  it('should not make a title refer back to the speaker of its own sentence', () => {
    const r = extractText('Tomas Berg spoke in Oslo. Ivan Petrenko said he had asked the Russian president about the peacekeeping force.');
    expect(r.relation('REPRESENTS', 'ivan-petrenko', 'russia')).toBeUndefined();
    // Nor to the person of an earlier sentence when the title is an object, not the subject.
    expect(r.relation('REPRESENTS', 'tomas-berg', 'russia')).toBeUndefined();
  });

  it('should leave an apposition ("X, Hungary\'s prime minister") to the office patterns', () => {
    const r = extractText('Anna Novak spoke first. Later Peter Kovacs, Hungary\'s prime minister, said he opposes the peacekeeping force.');
    expect(r.relation('REPRESENTS', 'peter-kovacs', 'hungary')).toBeDefined();
    expect(r.relation('REPRESENTS', 'anna-novak', 'hungary')).toBeUndefined();
  });

  it('should not name a country met only in a bare title ("the German chancellor") nor tie the person to it', () => {
    const r = extractText('Karl Weissberg arrived late. The German chancellor told reporters that he supports the peacekeeping force.');
    expect(r.ids).not.toContain('germany');
    expect(r.relation('REPRESENTS', 'karl-weissberg', 'germany')).toBeUndefined();
    expect(r.relation('SUPPORTS', 'karl-weissberg', 'european-peacekeeping-force')).toBeDefined();
    // Named elsewhere, the country and the title's tie stay.
    const named = extractText('Karl Weissberg arrived in Germany late. The German chancellor told reporters that he supports the peacekeeping force.');
    expect(named.relation('REPRESENTS', 'karl-weissberg', 'germany')).toBeDefined();
    // Written before a name, or acting on its own, the demonym keeps the country.
    expect(extractText('German Chancellor Karl Weissberg supports the peacekeeping force.').ids).toContain('germany');
  });
});

describe('a title as the subject of a reported clause', () => {
  it('should read "a readout said the British prime minister had…" as the person just named', () => {
    const r = extractText('Britain hosted the call. Most leaders joined by video, among them Tom Harwick, who followed it from London. A Downing Street readout said the British prime minister had told partners the pledges were strong.');
    expect(r.relation('REPRESENTS', 'tom-harwick', 'united-kingdom')?.role).toBe('Prime Minister');
  });
});
