import { describe, it, expect } from 'vitest';
import { extractText } from './helpers';
import { findProposals } from '@/graph/extract/proposals';

const proposalsIn = (text: string) => findProposals({ start: 0, end: text.length, text }).map((m) => m.name);

// Round 14b: proposals that news describes by common nouns rather than names, found as mentions of their own.
// Sentences written for these tests.

describe('proposals described by common nouns', () => {
  it('should read "a headquarters in <city>" as a proposal, and who announced it as proposing it', () => {
    const r = extractText('In June, Chancellor Lena Brandt and President Paul Morel announced plans for a headquarters in Lyon that would later move to Kyiv.');
    expect(r.ids).toContain('headquarters-in-lyon');
    expect(r.triples).toContain('PROPOSED:lena-brandt:headquarters-in-lyon');
  });

  it("should read hosting a mission's headquarters as backing the mission, not as a headquarters of its own", () => {
    const r = extractText("Ivo Marek said Estonia would host the mission's headquarters in Tallinn, after talks on a Baltic maritime mission.");
    expect(r.triples).toContain('SUPPORTS:estonia:baltic-maritime-mission');
    expect(r.ids).not.toContain('headquarters-in-tallinn');
  });

  it('should not read a body\'s headquarters as a proposal', () => {
    expect(proposalsIn('The defence ministers of Norway and Denmark met at NATO headquarters in Brussels on Thursday.')).toEqual([]);
  });

  it('should read "a memorandum" one side would draft as a proposal, not as the peace deal it is about', () => {
    const r = extractText('Vladimir Ivanov said Russia was ready to work with Ukraine on a memorandum about a future peace accord.');
    expect(r.ids).toContain('memorandum');
    expect(r.triples).toContain('SUPPORTS:russia:memorandum');
  });

  it('should not read a memorandum of understanding or a named memorandum as that memorandum', () => {
    expect(extractText('Sweden and Ukraine signed a memorandum of understanding on fighter jets.').ids).not.toContain('memorandum');
    expect(extractText('The Budapest Memorandum of 1994 gave Ukraine assurances that were not kept.').ids).not.toContain('memorandum');
  });

  it('should read demining at sea as a proposal positions are taken on', () => {
    const r = extractText('Defence Minister Lena Brandt said Sweden was ready to help with demining in the Black Sea once the guns fall silent.');
    expect(r.triples).toContain('SUPPORTS:sweden:demining-in-the-black-sea');
  });

  it('should read frozen Russian assets as the proposal to use them', () => {
    const r = extractText('Finance Minister Lena Brandt backed a loan funded by frozen Russian assets.');
    expect(r.triples).toContain('SUPPORTS:lena-brandt:frozen-russian-assets');
  });

  it('should read a temporary or transitional administration as a proposal', () => {
    const r = extractText('Sergei Ivanov proposed a transitional administration for Ukraine under UN auspices.');
    expect(r.triples).toContain('PROPOSED:sergei-ivanov:temporary-administration-of-ukraine');
  });

  it('should keep a described proposal out of the entities when no relation involves it', () => {
    const r = extractText('Demining in the Black Sea and a headquarters in Lyon were also on the agenda, Lena Brandt said.');
    expect(proposalsIn('Demining in the Black Sea and a headquarters in Lyon were also on the agenda.')).toEqual(['Demining in the Black Sea', 'Headquarters in Lyon']);
    expect(r.ids).not.toContain('headquarters-in-lyon');
    expect(r.ids.some((id) => id.startsWith('demining'))).toBe(false);
  });

  it('should not let "the plan" refer back to a proposal that was only described', () => {
    const r = extractText('Pavel Orlov has proposed a temporary administration for Ukraine. Pavel Orlov also dismissed the plans discussed in Paris for a European force.');
    expect(r.triples).not.toContain('OPPOSES:pavel-orlov:temporary-administration-of-ukraine');
  });
});

describe('proposals named by their purpose, their membership or their two sides', () => {
  it('should read "a force of reassurance" as the reassurance force', () => {
    expect(proposalsIn('President Paul Morel, who wants a force of reassurance after a truce, will host the leaders.')).toContain('Reassurance force');
    expect(proposalsIn('Nobody doubts the force of arms, or the force of habit.')).toEqual([]);
  });

  it('should read "any <kind> force" as that kind of force, but "any framework" or "any force" as none', () => {
    expect(proposalsIn('Poland would act as the hub for any reassurance force.')).toContain('Reassurance force');
    expect(proposalsIn('The UK would play a role in any post-war security framework.')).toEqual([]);
    expect(proposalsIn('Poland would be the hub for any new force.')).toEqual([]);
  });

  it("should read Ukraine joining the European Union, or its accession talks, as EU membership for Ukraine", () => {
    expect(extractText('Prime Minister Viktor Kis blocked the opening of Ukraine\'s accession talks.').triples).toContain('OPPOSES:viktor-kis:eu-membership-for-ukraine');
    expect(extractText('The spokesman said joining the European Union was the sovereign right of any country.').ids).toContain('eu-membership-for-ukraine');
  });

  it("should not read another state's accession as Ukraine's", () => {
    expect(extractText('Croatia joined the European Union in 2013, and Moldova joining the EU was welcomed.').ids).not.toContain('eu-membership-for-ukraine');
  });

  it('should read a meeting sought between two sides joined by a dash as a proposal, not a meeting held', () => {
    const r = extractText('Rustem Kovalenko proposed a Zelensky–Putin meeting before the end of August.');
    expect(r.triples).toContain('PROPOSED:rustem-kovalenko:meeting-between-zelensky-and-putin');
    expect(r.entities.filter((e) => e.type === 'EVENT')).toEqual([]);
  });

  it('should read guarantees someone wants, and a bilateral guarantee, as the security guarantees', () => {
    expect(proposalsIn('Rome will not send soldiers, but it wants guarantees for Kyiv that are solid.')).toContain('Security guarantees');
    expect(proposalsIn('Zelensky said the bilateral guarantee with the United States was ready to be signed.')).toContain('Security guarantees');
  });

  it('should leave the negation before ", but it …" behind', () => {
    const r = extractText('Prime Minister Carla Ricci said Italy will not send its soldiers to Ukraine, but it wants guarantees for Kyiv.');
    expect(r.triples).not.toContain('OPPOSES:italy:security-guarantees');
    expect(r.triples).toContain('OPPOSES:italy:european-peacekeeping-force');
  });
});

describe('a deployment act is also named by what it puts in place', () => {
  it('should name the force of "put troops on the ground" by "troops on the ground" too', () => {
    const r = extractText('A spokesperson said Britain was still ready to put troops on the ground as part of a peace deal.');
    const force = r.entities.find((e) => e.id === 'european-peacekeeping-force');
    expect(force?.aliases).toContain('troops on the ground');
    // The deal is when the troops would go, not what they would serve in.
    expect(r.triples).toContain('SUPPORTS:united-kingdom:european-peacekeeping-force');
    expect(r.triples).not.toContain('SUPPORTS:united-kingdom:peace-deal');
  });

  it('should name the force of "sending Italian troops" by "sending troops" too', () => {
    const r = extractText('Prime Minister Carla Ricci has ruled out sending Italian troops to Ukraine.');
    expect(r.entities.find((e) => e.id === 'european-peacekeeping-force')?.aliases).toEqual(expect.arrayContaining(['Italian troops', 'sending troops']));
  });

  it('should still give troops sent as part of a named force to that force', () => {
    const r = extractText('Defence Minister Lena Brandt said Sweden would send troops as part of the Multinational Force Ukraine.');
    expect(r.triples).toContain('SUPPORTS:sweden:multinational-force-ukraine');
  });
});

describe('parties named by a common word', () => {
  it('should read the Liberal Democrats, Labour and the Greens as bodies', () => {
    const r = extractText('Helen Marsh (Liberal Democrat, Bath) spoke after Sam Hill (Labour, Leeds). The Liberal Democrats would back the deployment, she said. The Greens, by contrast, called the offer reckless.');
    expect(r.ids).toEqual(expect.arrayContaining(['liberal-democrats', 'labour-party', 'greens']));
  });

  it('should not read a green light as the Greens', () => {
    expect(extractText('The green light for the force came from Paris on Monday.').ids).not.toContain('greens');
  });
});

describe('truces and sanctions in other words', () => {
  it('should read "a pause in strikes on energy infrastructure" as a proposal of its own', () => {
    const r = extractText('The Kremlin agreed only to a pause in strikes on energy infrastructure.');
    expect(r.triples).toContain('SUPPORTS:russia:pause-in-strikes-on-energy-infrastructure');
  });

  it('should keep "a pause in …" out of the entities when nobody takes a position on it', () => {
    expect(extractText('Analysts in Riga noted a pause in shelling near the river on Tuesday.').ids.some((id) => id.startsWith('pause'))).toBe(false);
  });

  it('should read the verb "sanction Russia" and sanctions on Russian companies as sanctions on Russia', () => {
    expect(proposalsIn('We were right to sanction Russia three years ago.')).toContain('New sanctions on Russia');
    expect(proposalsIn('The president put sanctions on the two largest Russian oil companies last week.')).toContain('New sanctions on Russia');
  });
});

describe('a knight named by his given name alone', () => {
  it('should read "Sir Keir" as Keir Starmer where the text never gives his surname', () => {
    expect(extractText('Last night Sir Keir said British troops would be ready to help keep any peace.').ids).toContain('keir-starmer');
  });

  it('should not guess a person from a given name no public figure has alone', () => {
    expect(extractText('Dame Kelly won gold in Athens.').entities.filter((e) => e.type === 'PERSON')).toEqual([]);
  });
});

describe('groups named as bodies', () => {
  it('should read a capitalised name ending in "Group" as a body, and its hosts as meeting none of it', () => {
    const r = extractText('Defence Secretary Tom Hale and Defence Minister Karl Weber co-hosted the 30th meeting of the Ukraine Defence Contact Group in London.');
    expect(r.ids).toContain('ukraine-defence-contact-group');
    expect(r.triples).not.toContain('MET_WITH:tom-hale:ukraine-defence-contact-group');
    expect(r.triples).toContain('MET_WITH:karl-weber:tom-hale');
  });

  it('should not read "a group of officials" as a body', () => {
    expect(extractText('A group of European officials met in Vienna on Monday.').entities.filter((e) => e.type === 'INSTITUTION')).toEqual([]);
  });
});

describe('a text handed to the other side', () => {
  it('should read "handed the Ukrainian side a memorandum" as proposing it', () => {
    const r = extractText('At the talks on Monday, the delegation headed by presidential aide Vladimir Orlov handed the Ukrainian side a memorandum setting out its conditions.');
    expect(r.triples).toContain('PROPOSED:vladimir-orlov:memorandum');
  });

  it('should not read a handover of something else as a proposal', () => {
    const r = extractText('Vladimir Orlov handed the Ukrainian side the list of prisoners before the memorandum was discussed.');
    expect(r.triples).not.toContain('PROPOSED:vladimir-orlov:memorandum');
  });
});

describe('forces given by a number in words', () => {
  it('should read "around ten thousand troops" as a force of that size', () => {
    expect(proposalsIn('Paris estimates it could deploy around ten thousand troops.')).toContain('Force of ten thousand troops');
  });

  it('should not read a small number of soldiers in words as a force', () => {
    expect(proposalsIn('Two soldiers were injured near the border.')).toEqual([]);
  });
});

describe('prisoner exchanges described by who is exchanged', () => {
  it('should read "exchange all seriously wounded prisoners" as a prisoner exchange', () => {
    expect(proposalsIn('The two sides also agreed to exchange all seriously wounded prisoners and those under 25.')).toContain('Prisoner exchange');
  });
});

describe('a graded proposal is the concept its other words say', () => {
  it('should read "a firm American backstop" in quotation marks as the U.S. backstop, wanted by who needs it', () => {
    const r = extractText('At the summit Chancellor Karl Weber said a European force would need "a firm American backstop".');
    expect(r.ids).toContain('us-backstop');
    expect(r.ids).not.toContain('firm-american-backstop');
    expect(r.triples).toContain('SUPPORTS:karl-weber:us-backstop');
  });
});
