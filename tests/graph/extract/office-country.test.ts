import { describe, it, expect } from 'vitest';
import { extractText } from './helpers';

// A person given an office without a country ("Prime Minister X") represents the one country the same sentence names
// as a party of its own; a scene, a destination, a list or an adjective is not that country.
describe('office with the country named elsewhere in the sentence', () => {
  it('should tie the officeholder to the country their reported speech is about', () => {
    const r = extractText('In Oslo on Monday, Prime Minister Ivo Marek said that Norway would not send soldiers to Ukraine.');
    expect(r.triples).toContain('REPRESENTS:ivo-marek:norway');
    expect(r.triples).not.toContain('REPRESENTS:ivo-marek:ukraine');
  });

  it('should read a possessive country before the office', () => {
    const r = extractText("Asked about Sweden's position, Defence Minister Nora Lind was blunt.");
    expect(r.triples).toContain('REPRESENTS:nora-lind:sweden');
  });

  it('should not take a scene, a list or a qualifying adjective for the country', () => {
    for (const text of [
      'Foreign Minister Ivo Marek, speaking to reporters in Moscow, called the American plan a trap.',
      'Presidential aide Ivo Marek criticised the plan circulated by London, Paris and Berlin.',
      'The Moscow trip followed talks where Secretary of State Nora Lind received the envoys.',
    ]) {
      const r = extractText(text);
      expect(r.relations.filter((x) => x.type === 'REPRESENTS'), text).toEqual([]);
    }
  });

  it('should not tie someone to a country when the sentence names two', () => {
    const r = extractText('Prime Minister Ivo Marek said that Norway and Denmark would send ships.');
    expect(r.relations.filter((x) => x.type === 'REPRESENTS' && x.source === 'ivo-marek')).toEqual([]);
  });
});

describe('a delegation named by its side ("on the American side")', () => {
  it('should tie each person listed before it to the country, and place them at the talks', () => {
    const r = extractText('The talks in Vienna on Monday brought together Foreign Minister Ivo Marek, special envoy Nora Lind and Army Secretary Tom Berg on the American side.');
    for (const who of ['ivo-marek', 'nora-lind', 'tom-berg']) expect(r.triples).toContain(`REPRESENTS:${who}:united-states`);
    const talks = r.entities.find((e) => e.type === 'EVENT');
    expect(talks).toBeDefined();
    expect(r.triples).toContain(`ATTENDED:nora-lind:${talks!.id}`);
  });

  it('should stop at a person the list does not join', () => {
    const r = extractText('Ivo Marek praised the deal; Nora Lind sat on the American side.');
    expect(r.triples).not.toContain('REPRESENTS:ivo-marek:united-states');
  });
});

describe('"head of government" is an office', () => {
  it('should read "Hungary\'s head of government Viktor Orbán"', () => {
    const r = extractText("Hungary's head of government Viktor Orbán wrote that preparations were under way.");
    expect(r.relation('REPRESENTS', 'viktor-orban', 'hungary')?.role).toBe('Head of government');
  });
});

describe('a counterpart is an office', () => {
  it('should read "his British counterpart, John Healey"', () => {
    const r = extractText('Britain wants a force. Sébastien Lecornu will work with his British counterpart, John Healey.');
    expect(r.triples).toContain('REPRESENTS:john-healey:united-kingdom');
  });
});

describe('an office in a sentence that names no country', () => {
  it('should take the country the sentence before named as a party', () => {
    const r = extractText("Norway's position has not changed. Foreign Ministry spokeswoman Nora Lind recalled on Thursday that any deployment was unacceptable.");
    expect(r.triples).toContain('REPRESENTS:nora-lind:norway');
  });

  it('should not reach past a sentence that names another country', () => {
    const r = extractText("Norway's position has not changed. Spokeswoman Nora Lind said Denmark and Sweden disagreed.");
    expect(r.triples).not.toContain('REPRESENTS:nora-lind:norway');
  });
});
