// Departments of a state the text does not name, sentence adverbs, office words and parliaments: sentences written
// for these tests, in the shapes real news pages use.
import { describe, it, expect } from 'vitest';
import { extractText } from './helpers';

describe('#recognise (departments, adverbs, offices, parliaments)', () => {
  it('should not make an unnamed state department an entity ("the Defence Ministry in Moscow", "the Federal Government")', () => {
    const r = extractText('Peskov referred questions to the Defence Ministry in Moscow. In the Federal Government the signals are cautious. The Foreign Ministry said nothing.');
    expect(r.ids).not.toEqual(expect.arrayContaining(['defence-ministry']));
    expect(r.ids).not.toContain('federal-government');
    expect(r.ids).not.toContain('foreign-ministry');
    expect(r.entities.every((e) => e.type !== 'INSTITUTION')).toBe(true);
  });

  it('should not cut a council with "and" in its name into a person and a body', () => {
    const r = extractText("Rustem Umerov, the secretary of Ukraine's National Security and Defence Council, led the team.");
    expect(r.ids).toEqual(['rustem-umerov', 'ukraine']);
    expect(r.relation('REPRESENTS', 'rustem-umerov', 'ukraine')).toBeDefined();
  });

  it('should keep a department its country names, folded into the country', () => {
    const r = extractText('The Russian Foreign Ministry said the plan was unacceptable.');
    expect(r.ids).toEqual(['russia']);
  });

  it('should keep known bodies whose words look generic (European Council, UN Security Council)', () => {
    const r = extractText('The European Council met as the UN Security Council debated the drones.');
    expect(r.ids).toEqual(expect.arrayContaining(['european-council', 'united-nations-security-council']));
  });

  it('should not make a sentence adverb part of a name ("Afterwards Ushakov told reporters")', () => {
    const r = extractText('Yury Ushakov sat in. Afterwards Ushakov told reporters that no compromise had been found. Separately Witkoff flew home.');
    expect(r.entities.map((e) => e.name)).not.toContain('Afterwards Ushakov');
    expect(r.entities.map((e) => e.name)).not.toContain('Separately Witkoff');
  });

  it('should read a service before an office as part of the office ("Army Secretary Dan Driscoll")', () => {
    const r = extractText('Army Secretary Dan Driscoll held talks with a Russian delegation.');
    expect(r.entities.find((e) => e.id === 'dan-driscoll')?.type).toBe('PERSON');
  });

  it('should read "the Commission" as the European Commission', () => {
    const r = extractText('Ursula von der Leyen spoke in Strasbourg. The Commission president said Europe must stand by Poland.');
    expect(r.ids).toContain('european-commission');
  });

  it('should know national parliaments by their one-word names', () => {
    const r = extractText('Tusk told the Sejm that Poland had asked for consultations. The Bundestag will vote next week.');
    expect(r.entities.find((e) => e.id === 'sejm')?.type).toBe('INSTITUTION');
    expect(r.entities.find((e) => e.id === 'bundestag')?.type).toBe('INSTITUTION');
  });
});
