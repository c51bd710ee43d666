import { describe, it, expect } from 'vitest';
import { findProposals } from '@/graph/extract/proposals';
import { extractText } from './helpers';

const names = (text: string) => findProposals({ start: 0, end: text.length, text }).filter((m) => m.source === 'proposal').map((m) => m.name);
const texts = (text: string) => findProposals({ start: 0, end: text.length, text }).filter((m) => m.source === 'proposal').map((m) => m.text);

// A proposal often has no name of its own: it is the levy, the money or the weapons a position is taken on, named
// by its noun phrase as the object of a verb of stance or supply.
describe('a proposal named by the object of a verb of stance or supply', () => {
  it('should name levies, assets and weapons by their noun phrase', () => {
    expect(names('Moscow had ten days to agree a truce or face secondary tariffs on its buyers.')).toContain('Secondary tariffs');
    expect(names('The Dutch premier backed the use of immobilised Russian assets.')).toEqual(['Immobilised Russian assets']);
    expect(names('Ministers said they would send more Patriot systems.')).toEqual(['Patriot systems']);
    expect(names('The chancellor again refused to supply Taurus cruise missiles.')).toEqual(['Taurus cruise missiles']);
  });

  it('should leave out a country right after the verb: it receives, it is not part of the name', () => {
    expect(texts('The president promised Ukraine Patriot systems that Europe would pay for.')).toEqual(['Patriot systems']);
    expect(texts('Lisbon offered Gripen fighter jets.')).toEqual(['Gripen fighter jets']);
  });

  it('should give the stance to whoever takes it', () => {
    const r = extractText('Mira Holm, the Danish foreign minister, backed the use of frozen Russian assets on Monday.');
    const assets = r.entities.find((e) => e.type === 'PROPOSAL');
    expect(assets?.name).toBe('Frozen Russian assets');
    expect(r.triples).toContain(`SUPPORTS:mira-holm:${assets!.id}`);
  });

  it('should not make a proposal of a noun phrase without a verb of stance or supply, or without a word of name', () => {
    expect(names('Patriot systems shot down most of the drones overnight.')).toEqual([]);
    expect(names('The ministers discussed secondary tariffs at length.')).toEqual([]);
    expect(names('Kyiv asked for more systems.')).toEqual([]);
    expect(names('He said they would send them missiles.')).toEqual([]);
  });

  it("should not make the attacker's weapons a proposal", () => {
    expect(names('Kharkiv faced Russian ballistic missiles again on Sunday night.')).toEqual([]);
  });
});

describe('a signed letter of intent', () => {
  it('should be a proposal named by the arms it is for', () => {
    expect(names('Norway and Ukraine signed a letter of intent on Friday for Kyiv to buy up to 40 Gripen E fighter jets.')).toContain('Letter of intent on Gripen E fighter jets');
    expect(names('The two ministers signed a memorandum of understanding.')).toEqual(['Memorandum of understanding']);
  });

  it('should be supported by those who sign it', () => {
    const r = extractText('Finland and Ukraine signed a letter of intent on Tuesday.');
    const letter = r.entities.find((e) => e.type === 'PROPOSAL');
    expect(letter?.name).toBe('Letter of intent');
    expect(r.triples).toEqual(expect.arrayContaining([`SUPPORTS:finland:${letter!.id}`, `SUPPORTS:ukraine:${letter!.id}`]));
  });
});

describe('the recognition of land taken by force', () => {
  it('should be a proposal named by the land, as a noun or as the act', () => {
    expect(names('She said formal recognition of the annexed regions was out of the question.')).toEqual(['Recognition of annexed regions']);
    expect(names('Washington would recognise Crimea as Russian, the draft said.')).toEqual(['Recognition of Crimea as Russian']);
  });

  it('should oppose it where a leader would never accept it', () => {
    const r = extractText('Ivo Marek said Latvia would never accept the recognition of occupied land as Russian.');
    const recognition = r.entities.find((e) => e.type === 'PROPOSAL');
    expect(recognition?.name).toBe('Recognition of occupied land');
    expect(r.triples).toContain(`OPPOSES:ivo-marek:${recognition!.id}`);
  });

  it('should not make a proposal of recognising anything else', () => {
    expect(names('He recognised the courage of the soldiers.')).toEqual([]);
    expect(names('The recognition of Ukraine as a candidate came in 2022.')).toEqual([]);
  });
});

describe('a defence spending target', () => {
  it('should be a proposal named by its share of GDP, where the sentence is about spending', () => {
    expect(names('Spain signed up to spending 3.5% of its GDP on defence.')).toEqual(['Defence spending of 3.5% of GDP']);
    expect(names('Debt rose to 110% of GDP last year.')).toEqual([]);
  });
});

describe('ending purchases of Russian energy', () => {
  it('should be a proposal of its own', () => {
    expect(names('He repeated that Europe must stop buying Russian oil before he acts.')).toEqual(['End of purchases of Russian oil']);
  });
});

describe('a mission under the flag of the United Nations', () => {
  it('should be the UN mandate', () => {
    expect(names('Italy could take part only "under the flag of the United Nations".')).toEqual(['UN Security Council mandate']);
  });
});

describe('deliveries of a named weapon', () => {
  it('should be a proposal wherever they stand in the sentence', () => {
    expect(names('The minister warned that Storm Shadow deliveries would escalate the war.')).toEqual(['Storm Shadow deliveries']);
    expect(names('The envoy said Taurus deliveries were not on the agenda.')).toEqual(['Taurus deliveries']);
    expect(names('US deliveries resumed in March.')).toEqual([]);
  });
});

describe('a counterproposal', () => {
  it('should be a proposal named by who puts it, also as amendments to another plan', () => {
    expect(names('The Nordic counterproposal, she said, was a serious text.')).toEqual(['Nordic counterproposal']);
    expect(names('The European amendments to the American plan were rejected.')).toEqual(['European counterproposal', 'American plan']);
    expect(names("Moscow: Europe's 'counter-plan' is unconstructive")).toEqual(['Counterproposal']);
  });

  it('should not take a capitalised word that is no party for one', () => {
    expect(names('The counterproposal was sent on Monday.')).toEqual(['Counterproposal']);
    expect(names('The Senate amendments to the budget passed.')).toEqual([]);
  });
});

describe('the monitoring of a ceasefire', () => {
  it('should be a proposal of its own, supported by whoever would lead it', () => {
    expect(names('Oslo said it would lead the monitoring of any truce.')).toEqual(['Ceasefire monitoring mission']);
    const r = extractText('Ivo Marek said Latvia would lead the monitoring of a ceasefire.');
    expect(r.triples).toContain('SUPPORTS:latvia:ceasefire-monitoring-mission');
  });
});

describe('a named list, programme, fund or facility', () => {
  it('should be a proposal like a named plan', () => {
    expect(names('Allies buy weapons under the Northern Arms Requirements List.')).toEqual(['Northern Arms Requirements List']);
    expect(names('The Baltic Drone Fund was set up in May.')).toEqual(['Baltic Drone Fund']);
  });
});
