import { describe, it, expect } from 'vitest';
import { extractText, pairs } from './helpers';

// Round 17: who proposed a thing, in the shapes news uses once a plan has been named (its author told by a nation's
// adjective, a group named by its number, a participle in apposition). Sentences written for these tests; people,
// plans and figures invented or generic.
const run = (text: string) => extractText(text);
const proposed = pairs('PROPOSED');
const supports = pairs('SUPPORTS');

describe('a plan named by its nation once the article has named it', () => {
  const named = 'Negotiators drew up a 12-point plan last week. ';
  it.each([
    ['the American plan', `${named}Kyiv said the American plan went too far.`, 'united-states'],
    ['the US draft', `${named}Under the US draft, Ukraine would cap its army.`, 'united-states'],
    ['the U.S. proposal', `${named}Zelensky has not read the U.S. proposal in full.`, 'united-states'],
    ['the Russian text', `${named}Diplomats said the Russian text changed little.`, 'russia'],
    ['the French blueprint', `${named}Officials said the French blueprint was ready.`, 'france'],
    ["Washington's draft", `${named}Washington's draft would bar Ukraine from NATO.`, 'united-states'],
    ['the leaked American plan', `${named}The leaked American plan would cap the army.`, 'united-states'],
    ['the American peace plan', `${named}Kyiv said the American peace plan went too far.`, 'united-states'],
  ])('should read %s as that nation proposing the plan named before', (_, text, nation) => {
    expect(proposed(text)).toContain(`${nation}>12-point-plan`);
  });

  it('should keep what a speaker says of the plan his, not the nation\'s', () => {
    const text = `${named}Anna Lind said the American plan could form the basis of a settlement.`;
    expect(supports(text)).toContain('anna-lind>12-point-plan');
    expect(supports(text).filter((s) => s.startsWith('united-states>'))).toEqual([]);
  });

  it('should read no author into a nation\'s plan when no plan was named before', () => {
    expect(proposed('Bulgaria said it was studying the Turkish plan.')).toEqual([]);
    expect(proposed("Europe's idea, America's proposal")).toEqual([]);
  });

  it('should leave a nation\'s proposal for something to the thing it proposes', () => {
    expect(proposed('Kyiv accepted an American proposal for a 30-day ceasefire.')).toEqual(['united-states>ceasefire']);
  });

  it('should not make a counterproposal the plan a nation\'s plan refers back to', () => {
    const p = proposed('Berlin drew up a counterproposal. Moscow rejected the American plan.');
    expect(p.filter((x) => x.startsWith('united-states>'))).toEqual([]);
  });
});

describe('a plan told by its count of points, by a document word, and by who worked it out', () => {
  it('should read "a 28-point draft" as the 28-point plan, and handing one over as proposing it', () => {
    expect(proposed('Washington handed Kyiv a 28-point draft last week.')).toContain('united-states>28-point-plan');
    expect(run('The 20-point text would cap the army.').ids).toContain('20-point-plan');
  });

  it.each([
    ['worked out by', 'The 12-point plan, worked out by Anna Lind, would cap the army.'],
    ['hammered out by', 'The 12-point plan was hammered out by Anna Lind over a weekend.'],
    ['put together by', 'The 12-point plan was put together by Anna Lind.'],
    ['spearheaded by', 'The 12-point plan, spearheaded by Anna Lind, won few friends.'],
  ])('should read "%s" as proposing', (_, text) => {
    expect(proposed(text)).toContain('anna-lind>12-point-plan');
  });

  it('should read "the text" and "the draft" back to the plan before, with its co-author after "with"', () => {
    const p = proposed('Negotiators drew up a 12-point plan. The text, worked out by Anna Lind with Piet Mol, alarmed Europe.');
    expect(p).toContain('anna-lind>12-point-plan');
    expect(p).toContain('piet-mol>12-point-plan');
    expect(proposed('Negotiators drew up a 12-point plan. The draft was worked out by Anna Lind.')).toContain('anna-lind>12-point-plan');
  });

  it('should not read "the text" back to a force, nor "the text of" anything as a plan', () => {
    expect(proposed('Britain backs a reassurance force. The text, drawn up by Anna Lind, is short.')).toEqual([]);
    expect(run('Negotiators drew up a 12-point plan. The text of the statement, drawn up by Anna Lind, is short.').relations.filter((r) => r.type === 'PROPOSED' && r.source === 'anna-lind')).toEqual([]);
  });
});

describe('"the two leaders" after a larger group has acted', () => {
  it('should read "the two leaders" as the last two people who acted together, not the last group of three', () => {
    const text = 'Anna Lind and Piet Mol announced the plan on Thursday. Jan Berg joined from Rome, where he met Eva Holm, and Karl Ahn dialled in from Oslo. The two leaders proposed a headquarters in Paris.';
    const p = proposed(text);
    expect(p).toContain('anna-lind>headquarters-in-paris');
    expect(p).toContain('piet-mol>headquarters-in-paris');
    expect(p.filter((x) => /^(?:jan-berg|eva-holm|karl-ahn)>/.test(x))).toEqual([]);
  });

  it('should keep "both leaders" for a pair that has just acted', () => {
    expect(proposed('Anna Lind and Piet Mol met in Oslo. Both leaders proposed a headquarters in Paris.').sort()).toEqual(['anna-lind>headquarters-in-paris', 'piet-mol>headquarters-in-paris']);
  });
});

describe('verbs of putting a thing forward', () => {
  it.each([
    ['tabled', 'Anna Lind tabled a 12-point plan on Monday.', 'anna-lind>12-point-plan'],
    ['mooted', 'Anna Lind mooted a buffer zone in March.', 'anna-lind>buffer-zone'],
    ['submitted', 'Anna Lind submitted a 12-point plan to the council.', 'anna-lind>12-point-plan'],
    ['is pushing', 'Anna Lind is pushing a 12-point plan.', 'anna-lind>12-point-plan'],
    ['pushed her own idea of', 'Anna Lind spoke on Monday. She pushed her own idea of a buffer zone.', 'anna-lind>buffer-zone'],
    ['again pushed her idea of', 'Anna Lind spoke on Monday. She again pushed her idea of a buffer zone.', 'anna-lind>buffer-zone'],
    ['made an offer of', 'Anna Lind made an offer of direct talks.', 'anna-lind>direct-russia-ukraine-talks'],
    ['answered with an offer of', 'Anna Lind answered with an offer of direct talks.', 'anna-lind>direct-russia-ukraine-talks'],
    ['offered direct talks', 'Anna Lind offered direct talks in Istanbul.', 'anna-lind>direct-russia-ukraine-talks'],
  ])('should read "%s" as proposing', (_, text, triple) => {
    expect(proposed(text)).toContain(triple);
  });

  it('should not read pushing for a thing, pushing back, or offering troops as proposing it', () => {
    expect(proposed('Anna Lind pushed for a buffer zone.')).toEqual([]);
    expect(proposed('Anna Lind pushed back against a buffer zone.')).toEqual([]);
    expect(proposed('Anna Lind offered troops for the reassurance force.')).toEqual([]);
  });

  it('should not read a bare "its plan" pushed as proposing the force the text is about', () => {
    expect(proposed('Britain backs a reassurance force. Washington kept pushing its plan.')).toEqual([]);
  });
});

describe('a passive with "it" for its subject', () => {
  it('should read "It was launched by A and B" as A and B proposing the proposal the text was about', () => {
    const p = proposed('The coalition of the willing met on Monday. It was launched by Anna Lind and Piet Mol in March.');
    expect(p).toContain('anna-lind>coalition-of-the-willing');
    expect(p).toContain('piet-mol>coalition-of-the-willing');
  });

  it('should not read "It was opposed by" or a sentence with no proposal before as proposing', () => {
    expect(proposed('The coalition of the willing met on Monday. It was opposed by Anna Lind.')).toEqual([]);
    expect(proposed('It was launched by Anna Lind in March.')).toEqual([]);
  });
});

describe('authorship in a relative clause on the proposal', () => {
  it.each([
    ['which … tabled', 'The buffer zone, which Anna Lind tabled in March, won little support.'],
    ['which … launched', 'The buffer zone, which Anna Lind launched in March, won little support.'],
    ['which … devised', 'The buffer zone, which Anna Lind devised, won little support.'],
    ['which … had suggested', 'The buffer zone, which Anna Lind had suggested, won little support.'],
  ])('should read "%s" as proposing', (_, text) => {
    expect(proposed(text)).toContain('anna-lind>buffer-zone');
  });

  it('should read the author behind a title in the clause ("which the former minister Anna Lind drew up")', () => {
    expect(proposed('The buffer zone, which the former minister Anna Lind drew up, won little support.')).toContain('anna-lind>buffer-zone');
    expect(proposed('The buffer zone, which his predecessor Anna Lind rejected, won little support.')).toEqual([]);
  });

  it('should read two coordinated authors, and no author where the clause rejects', () => {
    expect(proposed('The coalition of the willing, which Anna Lind and Piet Mol launched in March, met again.').sort()).toEqual(['anna-lind>coalition-of-the-willing', 'piet-mol>coalition-of-the-willing']);
    expect(proposed('The buffer zone that Anna Lind rejected won little support.')).toEqual([]);
  });
});

describe('a numbered group that circulates a text of its own', () => {
  it('should read "the three governments" as the last three states named, and "amendments of their own" as their counterproposal', () => {
    const text = 'National security advisers from Britain, France and Germany took part. The three governments have circulated amendments of their own.';
    expect(proposed(text).sort()).toEqual(['france>counterproposal', 'germany>counterproposal', 'united-kingdom>counterproposal']);
  });

  it('should read "circulated a plan" with a numbered group as its subject', () => {
    expect(proposed('Britain, France and Germany met in Geneva. The three governments circulated a 12-point plan.').sort()).toEqual(['france>12-point-plan', 'germany>12-point-plan', 'united-kingdom>12-point-plan']);
  });

  it('should read no counterproposal into amendments to a law', () => {
    expect(run('The parliament passed amendments to the budget law.').ids.filter((id) => id.includes('counter'))).toEqual([]);
  });
});

describe('announcing the plan', () => {
  it('should read "announced the plan" as proposing the force the article is about', () => {
    const text = 'The Multinational Force Ukraine is the force that Britain and France want to place in Ukraine. Anna Lind and Piet Mol announced the plan on Thursday.';
    expect(proposed(text).sort()).toEqual(['anna-lind>multinational-force-ukraine', 'piet-mol>multinational-force-ukraine']);
  });

  it('should not read announcing that a plan would go ahead, or a plan to do something, as proposing', () => {
    expect(proposed('Anna Lind proposed a buffer zone. Piet Mol announced the plan would go ahead.')).toEqual(['anna-lind>buffer-zone']);
    expect(proposed('Anna Lind announced the plan to send troops.')).toEqual([]);
  });
});

describe('bills and resolutions', () => {
  it('should read a named bill or resolution as a proposal, and its author or sponsor as proposing it', () => {
    expect(proposed('Anna Lind is the author of the sanctions bill.')).toContain('anna-lind>sanctions-bill');
    expect(proposed('Anna Lind sponsored a UN resolution on Crimea.')).toContain('anna-lind>un-resolution');
    expect(proposed('Anna Lind co-sponsored the sanctions bill.')).toContain('anna-lind>sanctions-bill');
  });

  it('should not read a bare "a resolution" as a proposal of its own, nor sponsoring a person', () => {
    expect(run('The General Assembly passed a resolution.').entities.filter((e) => e.type === 'PROPOSAL')).toEqual([]);
    expect(proposed('Anna Lind sponsored Piet Mol for the post.')).toEqual([]);
  });
});

describe('a plan from someone', () => {
  it.each([
    ['a plan from Oslo for', 'A plan from Oslo for a buffer zone won little support.', 'norway>buffer-zone'],
    ['the plan from Washington', 'Negotiators studied the 12-point plan from Washington.', 'united-states>12-point-plan'],
    ['a proposal from a person to', 'A proposal from Anna Lind to create a buffer zone won little support.', 'anna-lind>buffer-zone'],
  ])('should read "%s" as proposing', (_, text, triple) => {
    expect(proposed(text)).toContain(triple);
  });

  it('should not read troops or a force from a country, or someone back from a trip, as proposing', () => {
    expect(proposed('Troops from Britain would join the reassurance force.')).toEqual([]);
    expect(proposed('The reassurance force from Britain would deploy.')).toEqual([]);
    expect(proposed('Anna Lind returned from Oslo to a buffer zone debate.')).toEqual([]);
  });
});

describe('a delegation headed by someone', () => {
  it('should give what the delegation did to its state as well as to its head', () => {
    expect(proposed('The Russian delegation headed by Ivan Sokol handed the Ukrainian side a memorandum.').sort()).toEqual(['ivan-sokol>memorandum', 'russia>memorandum']);
    expect(proposed('The Russian delegation, led by presidential aide Ivan Sokol, proposed a 12-point plan.').sort()).toEqual(['ivan-sokol>12-point-plan', 'russia>12-point-plan']);
  });

  it('should not give the state what a person merely from it did', () => {
    expect(proposed('Russian envoy Ivan Sokol proposed a 12-point plan.')).not.toContain('russia>12-point-plan');
  });
});
