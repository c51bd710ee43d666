import { describe, it, expect } from 'vitest';
import { extractText } from './helpers';

// Round 23 (s116): OPPOSES. Sentences written for these tests; people invented.
const stances = (text: string) => extractText(text).triples.filter((t) => t.startsWith('OPPOSES:') || t.startsWith('SUPPORTS:'));

describe("a nation's own troops held back, in a report on a named force", () => {
  const lead = 'Leaders met in Paris to plan the reassurance force. Britain and France will lead the reassurance force. ';

  it('should give a refusal of national troops to the force the article names, whatever the construction', () => {
    expect(stances(lead + 'Peter Holm, the Danish prime minister, has ruled out Danish troops from the start.')).toContain('OPPOSES:peter-holm:reassurance-force');
    expect(stances(lead + 'Slovak soldiers would not be sent to Ukraine, Prime Minister Ivo Kral said.')).toContain('OPPOSES:ivo-kral:reassurance-force');
    expect(stances(lead + 'Peter Holm, the Danish prime minister, has ruled out Danish troops from the start.')).not.toContain('OPPOSES:peter-holm:european-peacekeeping-force');
  });

  it('should leave them to any European force when no force is named, or one is named only once in passing', () => {
    expect(stances('Leaders met in Paris. Peter Holm, the Danish prime minister, has ruled out Danish troops from the start.')).toContain('OPPOSES:peter-holm:european-peacekeeping-force');
    expect(stances('Leaders agreed on security guarantees, among them a reassurance force. Peter Holm, the Danish prime minister, has ruled out Danish troops.')).toContain('OPPOSES:peter-holm:european-peacekeeping-force');
  });
});

describe('a frame that says what is missing ("while there is no ceasefire") takes no stance on it', () => {
  it('should leave the verdict to its topic, not to the thing said to be missing', () => {
    const r = stances('Sending Dutch soldiers to Ukraine is premature, Prime Minister Anna Vos said, as long as there is no ceasefire.');
    expect(r).toContain('OPPOSES:anna-vos:european-peacekeeping-force');
    expect(r).not.toContain('OPPOSES:anna-vos:ceasefire');
    expect(r).not.toContain('SUPPORTS:anna-vos:ceasefire');
  });

  it('should cover coordinated absences and other subordinators', () => {
    const r = stances('To talk now of sending Dutch soldiers to Ukraine is premature, Anna Vos said, while there is no ceasefire and no peace agreement.');
    expect(r).not.toContain('OPPOSES:anna-vos:ceasefire');
    expect(r).not.toContain('OPPOSES:anna-vos:peace-deal');
  });

  it('should still read a refusal said as an existential of its own', () => {
    expect(stances('Anna Vos said there would be no ceasefire.')).toContain('OPPOSES:anna-vos:ceasefire');
  });
});

describe('"the idea" does not refer back to an act named only as set aside', () => {
  it('should give the rejection to the proposal put forward, not to the troops it would do without', () => {
    const r = stances('Leaders discussed the reassurance force in Paris. Latvia urged allies to set up an air policing mission over western Ukraine, arguing that it would protect cities without putting European soldiers on the front line. The Kremlin rejected the idea.');
    expect(r).toContain('OPPOSES:russia:air-policing-mission');
    expect(r).not.toContain('OPPOSES:russia:reassurance-force');
    expect(r).not.toContain('OPPOSES:russia:european-peacekeeping-force');
  });
});

describe('a negation in one reported clause does not reach the next ("…, and that …")', () => {
  it('should read the second clause on its own', () => {
    const r = stances('Anna Vos said a ceasefire would not work, and that she backed a peace agreement.');
    expect(r).toContain('SUPPORTS:anna-vos:peace-deal');
    expect(r).not.toContain('OPPOSES:anna-vos:peace-deal');
  });

  it('should keep a negation the second clause has of its own', () => {
    const r = stances('Anna Vos said Norway would not send troops and that it would not back the ceasefire either.');
    expect(r).toContain('OPPOSES:anna-vos:ceasefire');
    expect(r).not.toContain('SUPPORTS:anna-vos:ceasefire');
  });
});

describe('a possibility left open, and a noun of asking, are no refusals', () => {
  it('should read "did not rule out that … could agree on X" as a hedged yes, not a no', () => {
    const r = stances('Pavel Orlov said he did not rule out that the talks could agree on a new truce.');
    expect(r).not.toContain('OPPOSES:pavel-orlov:ceasefire');
  });

  it('should not read "the ceasefire demand" as a verb whose negation refuses what comes later', () => {
    const r = stances('Pavel Orlov spoke on Sunday. He did not mention the ceasefire demand, but said he did not rule out that the talks could agree on some new truce.');
    expect(r).not.toContain('OPPOSES:pavel-orlov:ceasefire');
  });

  it('should still read a refusal that is ruled out outright', () => {
    expect(stances('Pavel Orlov ruled out a ceasefire.')).toContain('OPPOSES:pavel-orlov:ceasefire');
    expect(stances('Pavel Orlov said Moscow demands a ceasefire.')).toContain('SUPPORTS:russia:ceasefire');
  });
});
