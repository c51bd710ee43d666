import { describe, it, expect } from 'vitest';
import { extractText } from './helpers';

// Round 24 (s122): OPPOSES, negation and reported clauses. Sentences written for these tests; people invented,
// countries real.
const triples = (text: string) => extractText(text).triples;

describe('recognising occupied land, written with its verb', () => {
  it('should read "would not recognise … as Russian" as opposing the recognition, for the clause and its reporter', () => {
    const t = triples('Foreign Minister Olena Hrytsenko said that Ukraine would never recognise the occupied regions as Russian.');
    expect(t).toEqual(expect.arrayContaining(['OPPOSES:ukraine:recognition-of-occupied-regions', 'OPPOSES:olena-hrytsenko:recognition-of-occupied-regions']));
    expect(t.some((x) => x.startsWith('SUPPORTS:'))).toBe(false);
  });

  it('should read a refusal to recognise as opposition too', () => {
    expect(triples('Moldova refuses to recognise the annexed territories of Ukraine, Ion Rusu said.')).toContain('OPPOSES:moldova:recognition-of-ukraine-as-russian');
  });

  it('should not give the act a plan would do to the one named in a relative clause on the plan', () => {
    const t = triples('The draft that Hungary circulated would recognise Crimea as Russian.');
    expect(t.some((x) => /^(?:SUPPORTS|OPPOSES):hungary:/.test(x))).toBe(false);
  });
});

describe('"against" with an intensifier or in quotation marks', () => {
  it('should read "was \\"dead against\\" sending soldiers" as opposition, not support', () => {
    const t = triples('Local councillor Tom Barrow said he was "dead against" sending British soldiers to Ukraine.');
    expect(t).toContain('OPPOSES:tom-barrow:european-peacekeeping-force');
    expect(t).not.toContain('SUPPORTS:tom-barrow:european-peacekeeping-force');
  });

  it('should read "remains firmly against" and "is strongly against"', () => {
    expect(triples('Slovakia remains firmly against the reassurance force.')).toContain('OPPOSES:slovakia:reassurance-force');
    expect(triples('Senator Ruth Kessler is strongly against the ceasefire.')).toContain('OPPOSES:ruth-kessler:ceasefire');
  });
});

describe('a reported clause after a present-tense or "that"-taking reporting verb', () => {
  it('should give the speaker of "repeats that Greece will not send troops" the stance too', () => {
    const t = triples('Prime Minister Nikos Arvanitis joins the call and repeats that Greece will not send troops.');
    expect(t).toEqual(expect.arrayContaining(['OPPOSES:greece:european-peacekeeping-force', 'OPPOSES:nikos-arvanitis:european-peacekeeping-force']));
  });

  it('should read "insists that Portugal will not send soldiers" by the clause\'s own negation', () => {
    const t = triples('Prime Minister Rui Matos insists that Portugal will not send soldiers to Ukraine.');
    expect(t).toEqual(expect.arrayContaining(['OPPOSES:portugal:european-peacekeeping-force', 'OPPOSES:rui-matos:european-peacekeeping-force']));
    expect(t).not.toContain('SUPPORTS:rui-matos:european-peacekeeping-force');
  });

  it('should still read "insisted that if X …, a ceasefire must come first" as the speaker\'s', () => {
    expect(triples('Anna Berg insisted that if Russia refuses, a ceasefire must come first.')).toContain('SUPPORTS:anna-berg:ceasefire');
  });
});

describe('a country set before a parenthetical speaker after a colon', () => {
  it('should give the country and the person named earlier in the sentence the quoted refusal', () => {
    const t = triples('Ana Petrova, a member of Ivan Kolev\'s party, takes the harder line: Bulgaria, she said in May, "will never recognise the annexed territories of Ukraine".');
    expect(t).toEqual(expect.arrayContaining(['OPPOSES:bulgaria:recognition-of-ukraine-as-russian', 'OPPOSES:ana-petrova:recognition-of-ukraine-as-russian']));
    expect(t.some((x) => x.startsWith('OPPOSES:ivan-kolev:'))).toBe(false);
  });
});

describe("a cap on Ukraine's own army, and verdicts of harm or concern on a proposal", () => {
  it('should name the cap however it is written', () => {
    for (const s of [
      "Under the draft, Kyiv would cap its army at 550,000 troops.",
      "The text capped Ukraine's armed forces at 500,000.",
      "Diplomats discussed the planned ceiling on the Ukrainian army.",
    ]) expect(extractText(s).entities.map((e) => e.id)).toContain('cap-on-ukraines-armed-forces');
  });

  it('should read "would leave the country vulnerable" as the speaker opposing the proposal before it', () => {
    expect(triples("Prime Minister Jonas Vik said the proposed limits on the size of Ukraine's armed forces would leave the country vulnerable to attack.")).toContain('OPPOSES:jonas-vik:cap-on-ukraines-armed-forces');
    expect(triples('Lena Lind warned that the ceasefire would leave Ukraine exposed to a new offensive.')).toContain('OPPOSES:lena-lind:ceasefire');
  });

  it('should read concern at a proposal as opposition, and concern at anything else as nothing', () => {
    expect(triples("Chancellor Petra Aue said she was deeply concerned by the proposed limitations on Ukraine's armed forces.")).toContain('OPPOSES:petra-aue:cap-on-ukraines-armed-forces');
    expect(triples('Lithuania voiced concern about the reassurance force.')).toContain('OPPOSES:lithuania:reassurance-force');
    expect(triples('Estonia is worried about the situation on its border.').some((x) => x.startsWith('OPPOSES:'))).toBe(false);
  });
});

describe('an act put after "without" and a verb of its own', () => {
  it('should read "without being seen to hand over territory" as no stance on the concession', () => {
    const t = triples('The furthest Austria can go without being seen to cede territory is a freeze, the diplomat said.');
    expect(t.some((x) => x.endsWith(':territorial-concessions'))).toBe(false);
  });
});
