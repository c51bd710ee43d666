import { describe, it, expect } from 'vitest';
import { extractText } from './helpers';

// Round 12: relation errors of realistic-13 outside round 11's two classes, counted across the dev sets (issue 13).
// Sentences written for these tests; the public figures are named only where a reader's knowledge of their office is
// what the rule reads.

describe('a public figure keeps the office a reader knows', () => {
  it('should not give a known German office holder the country of the sentence before', () => {
    const r = extractText('Germany and Russia were both named. Russia has rejected the plan again. Defence Minister Boris Pistorius joined the talks on Friday.');
    expect(r.triples).not.toContain('REPRESENTS:boris-pistorius:russia');
    expect(r.triples).toContain('REPRESENTS:boris-pistorius:germany');
  });

  it('should not give a speaker the country a quotation of theirs is about', () => {
    const r = extractText('Germany and Britain signed the treaty. "Russia must understand that our support will not run out," Chancellor Friedrich Merz said.');
    expect(r.triples).not.toContain('REPRESENTS:friedrich-merz:russia');
  });

  it('should still give an unknown office holder the country of the sentence before', () => {
    const r = extractText('Moscow has rejected the plan again. Foreign Ministry spokeswoman Irina Volkova said the force was unacceptable.');
    expect(r.triples).toContain('REPRESENTS:irina-volkova:russia');
  });
});

describe('a title in a speaker\'s place after a quotation', () => {
  const quote = 'Prime Minister Ann Varley welcomed Chancellor Otto Brenner to London. "We will keep up the pressure on Viktor Koval until he gives in. We back the reassurance force," the Prime Minister said.';

  it('should not be someone the quotation itself names', () => {
    expect(extractText(quote).triples).not.toContain('SUPPORTS:viktor-koval:reassurance-force');
  });

  it('should be the one met before the quotation whom the text gave that office', () => {
    expect(extractText(quote).triples).toContain('SUPPORTS:ann-varley:reassurance-force');
  });
});

describe('a place that names a gathering', () => {
  it('should not hold the stance of the sentence ("the day after the Paris meeting")', () => {
    const r = extractText('Ivan Sorokin said in Minsk the day after the Paris meeting that any foreign troops in Ukraine would be "legitimate targets".');
    expect(r.triples.filter((t) => t.startsWith('OPPOSES:france:'))).toEqual([]);
    expect(r.triples.some((t) => t.startsWith('OPPOSES:ivan-sorokin:'))).toBe(true);
  });

  it('should leave a country that acts before a gathering it is at ("France backed … at the London summit")', () => {
    const r = extractText('France backed the reassurance force at the London summit.');
    expect(r.triples).toContain('SUPPORTS:france:reassurance-force');
  });
});

describe('troops called "legitimate targets" in quotation marks', () => {
  it('should oppose the force with single quotation marks and no "as"', () => {
    const r = extractText("In March, in Minsk, Ivan Sorokin called any Western troops in Ukraine 'legitimate targets'.");
    expect(r.triples).toContain('OPPOSES:ivan-sorokin:european-peacekeeping-force');
  });

  it('should not read targets named without quotation marks or "as" as a verdict', () => {
    const r = extractText('Ivan Sorokin called the talks on legitimate targets useful.');
    expect(r.triples.filter((t) => t.startsWith('OPPOSES:'))).toEqual([]);
  });
});

describe('a meeting ahead is not a meeting held', () => {
  it('should not join two leaders one of whom "prepared to sit down with" the other', () => {
    const r = extractText('On Saturday Ivan Sorokin prepared to sit down with Tom Hale in Oslo.');
    expect(r.triples).not.toContain('MET_WITH:ivan-sorokin:tom-hale');
  });

  it('should not join those "due to hold talks with" each other', () => {
    const r = extractText('Ivan Sorokin is due to hold talks with Tom Hale on Friday.');
    expect(r.triples).not.toContain('MET_WITH:ivan-sorokin:tom-hale');
  });

  it('should still join those who sat down with each other', () => {
    const r = extractText('On Saturday Ivan Sorokin sat down with Tom Hale in Oslo.');
    expect(r.triples).toContain('MET_WITH:ivan-sorokin:tom-hale');
  });
});

describe('a text many sign with someone', () => {
  it('should not make each signer meet the other side', () => {
    const r = extractText('Ann Varley, Tom Hale, Ivan Sorokin and Per Lund signed a joint statement with Otto Brenner.');
    expect(r.triples.filter((t) => t.startsWith('MET_WITH:'))).toEqual([]);
  });

  it('should still join two who signed a partnership with each other', () => {
    expect(extractText('Ann Varley signed a 100-year partnership with Otto Brenner.').triples).toContain('MET_WITH:ann-varley:otto-brenner');
  });
});

describe('German and Austrian offices written with "Federal"', () => {
  it('should read "Federal Chancellor X" as an office before a person', () => {
    const r = extractText('Prime Minister Ann Varley welcomed Federal Chancellor Otto Brenner to London.');
    expect(r.ids).toContain('otto-brenner');
    expect(r.triples).toContain('MET_WITH:ann-varley:otto-brenner');
  });

  it('should not make "the Federal Reserve" a person', () => {
    expect(extractText('The Federal Reserve kept rates on hold.').entities.filter((e) => e.type === 'PERSON')).toEqual([]);
  });
});

describe('museums, galleries and abbeys are scenes', () => {
  it('should not make "Albert Museum" a person', () => {
    const r = extractText('The two leaders signed the treaty at the Victoria and Albert Museum.');
    expect(r.entities.filter((e) => e.type === 'PERSON')).toEqual([]);
  });
});

describe('troops denied before the only mention of a named force', () => {
  it('should oppose a European force, not the force the text names once at its end', () => {
    const r = extractText('Ivan Sorokin said Hungary would never send soldiers to Ukraine.\n\nThe capitals still want the Multinational Force Ukraine to be more than a headquarters.');
    expect(r.triples).toContain('OPPOSES:hungary:european-peacekeeping-force');
    expect(r.triples).not.toContain('OPPOSES:hungary:multinational-force-ukraine');
  });

  it('should still give them to the force the text named before', () => {
    const r = extractText('The capitals still want the Multinational Force Ukraine to be more than a headquarters.\n\nIvan Sorokin said Hungary would never send soldiers to Ukraine.');
    expect(r.triples).toContain('OPPOSES:hungary:multinational-force-ukraine');
  });
});

describe("a nation's troops kept at home", () => {
  it('should oppose the force when they "would stay in" their own country', () => {
    expect(extractText('Tom Hale said on Monday that Polish soldiers would stay in Poland.').triples).toContain('OPPOSES:tom-hale:european-peacekeeping-force');
  });

  it('should oppose the force when they "would stay at home"', () => {
    expect(extractText('Tom Hale said Polish troops would stay at home to defend the flank.').triples).toContain('OPPOSES:tom-hale:european-peacekeeping-force');
  });

  it("should not read another nation's troops staying in a country as a refusal", () => {
    expect(extractText('Tom Hale said American troops would remain in Poland.').triples.filter((t) => t.startsWith('OPPOSES:'))).toEqual([]);
  });
});

describe('"a force" after a mission', () => {
  const text = 'Tom Hale said a monitoring mission run from outside Ukraine is not a guarantee. Anna Berg has said Denmark is ready to contribute to a force.';

  it('should not be the mission met before', () => {
    expect(extractText(text).triples.filter((t) => t.endsWith(':monitoring-mission') && t.startsWith('SUPPORTS:'))).toEqual([]);
  });

  it('should still be a force named before', () => {
    const r = extractText('Tom Hale said the reassurance force would need air cover. Anna Berg has said Denmark is ready to contribute to a force.');
    expect(r.triples).toContain('SUPPORTS:denmark:reassurance-force');
  });
});

describe('"with or without" after troops denied', () => {
  it('should not read "with or without a ceasefire" as a condition', () => {
    expect(extractText('Tom Hale said no Slovak soldier would go to Ukraine, with or without a ceasefire.').triples).toContain('OPPOSES:tom-hale:european-peacekeeping-force');
  });

  it('should still read "without a vote" as a condition', () => {
    expect(extractText('Tom Hale said no British soldier would deploy without a vote first.').triples.filter((t) => t.startsWith('OPPOSES:'))).toEqual([]);
  });
});
