import { describe, it, expect } from 'vitest';
import { extractText } from './helpers';

// Mechanisms for phrasing common in real news and rare in clean prose. Sentences written for these tests; the people
// are invented unless a test needs a well-known office.
describe('#reported speech', () => {
  it('should give a stance reported after a long gap ("wrote in a column published on Sunday that") to the writer too', () => {
    const r = extractText('Prime Minister Ilse Varn wrote in a newspaper column published late on Sunday that Estonia was ready to send troops.');
    expect(r.relation('SUPPORTS', 'ilse-varn', 'european-peacekeeping-force')).toBeDefined();
    expect(r.relation('SUPPORTS', 'estonia', 'european-peacekeeping-force')).toBeDefined();
  });

  it('should read "has already indicated that" as reported speech', () => {
    const r = extractText('The Estonian Prime Minister, Ilse Varn, has already indicated that Estonia was ready to send soldiers.');
    expect(r.relation('SUPPORTS', 'ilse-varn', 'european-peacekeeping-force')).toBeDefined();
  });

  it('should give no one a stance that a speaker claims for another person', () => {
    const r = extractText('Ilse Varn, for her part, told the same press conference that Tomas Ruud would accept European peacekeepers.');
    expect(r.relations.filter((x) => x.target === 'european-peacekeeping-force')).toEqual([]);
  });

  it('should still give the speaker the stance of the country she reports', () => {
    const r = extractText('Ilse Varn told reporters that Estonia would accept European peacekeepers.');
    expect(r.relation('SUPPORTS', 'ilse-varn', 'european-peacekeeping-force')).toBeDefined();
  });

  it('should find a speaker set between commas with a title before the name ("…, Prime Minister X has said, though …")', () => {
    const r = extractText('Estonia, by contrast, has no plans to send soldiers, Prime Minister Ilse Varn has said, though Tallinn would help with logistics.');
    expect(r.relation('OPPOSES', 'estonia', 'european-peacekeeping-force')).toBeDefined();
    expect(r.relation('OPPOSES', 'ilse-varn', 'european-peacekeeping-force')).toBeDefined();
  });
});

describe('#bare titles', () => {
  it('should read "the French president" as the person the sentence before was about, not the last one it named', () => {
    const r = extractText('Emmanuel Macron met Donald Trump in Washington on Monday. The French president told reporters that France was ready to deploy troops.');
    expect(r.relation('REPRESENTS', 'emmanuel-macron', 'france')).toBeDefined();
    expect(r.relation('REPRESENTS', 'donald-trump', 'france')).toBeUndefined();
  });
});
