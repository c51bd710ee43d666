import { describe, it, expect } from 'vitest';
import { extractText } from './helpers';
import { maskFurniture } from '@/graph/extract/furniture';

// Round 25 (s133): entities, page furniture and REPRESENTS. Sentences written for these tests; people, programmes and
// outlets invented, countries real.
const ids = (text: string) => extractText(text).ids;
const triples = (text: string) => extractText(text).triples;

describe("a programme's own staff", () => {
  it('should take no correspondent introduced as "our diplomatic correspondent, Name," for an entity', () => {
    const e = ids('Our diplomatic correspondent, Lucy Brennard, is in Warsaw, where Poland said it would send troops.');
    expect(e).toContain('poland');
    expect(e.some((id) => id.includes('brennard'))).toBe(false);
  });

  it('should take none of the names a credits line lists under its labels, places in brackets included', () => {
    const text = [
      'Germany and France met in Berlin on Monday.',
      '',
      '*Programme: Evening Report. Presenter: Ruth Calder. Correspondents: Ian Forsyth (Berlin), Mira Halloran (Paris). Producer: Dev Okafor.*',
    ].join('\n');
    const x = extractText(text);
    expect(x.ids).toEqual(expect.arrayContaining(['france', 'germany']));
    expect(x.ids.some((id) => /calder|forsyth|halloran|okafor/.test(id))).toBe(false);
    expect(x.triples.some((t) => t.startsWith('REPRESENTS:'))).toBe(false);
  });

  it('should take no podcast host "Hosted by Name." in an italic standfirst', () => {
    const e = ids('*Hosted by Nell Garrow. Recorded on Friday.*\n\nLatvia backed the reassurance force this week, its minister said.');
    expect(e.some((id) => id.includes('garrow'))).toBe(false);
  });

  it('should blank a byline of names alone in italics above the story, but not names in the story', () => {
    const text = '# Headline\n\n*Tarmo Kask, Liis Saar*\n\nEstonia is prepared to send a company to Ukraine after a ceasefire, Prime Minister Kristen Michal said on Friday morning in Tallinn after a long cabinet session.\n\n*Kristen Michal*';
    const masked = maskFurniture(text);
    expect(masked).not.toMatch(/Tarmo|Liis/);
    expect(masked).toMatch(/\*Kristen Michal\*/);
  });

  it('should blank a caption credit written "Source: Office / Photographer"', () => {
    const masked = maskFurniture('*The prime minister at the castle on Friday. Source: Government Office / Jaan Tamm*');
    expect(masked).toMatch(/castle on Friday\./);
    expect(masked).not.toMatch(/Jaan Tamm|Source:/);
  });
});

describe('a name in capitals in a broadcast label', () => {
  it('should read the name of a clip label "[timecode] SOT — NAME:" and a caption "NAME | Title" as a person', () => {
    const text = [
      '**[00:01:38] SOT — JANIS OZOLINS:** "The ceasefire first."',
      '',
      '*CAPTION: JANIS OZOLINS | Latvian Foreign Minister*',
    ].join('\n');
    const x = extractText(text);
    expect(x.ids).toContain('janis-ozolins');
    expect(x.triples).toContain('REPRESENTS:janis-ozolins:latvia');
  });

  it('should not read a label of common words in capitals as a person', () => {
    expect(ids('**BREAKING NEWS:** Latvia said it would send troops.').some((id) => id.includes('breaking'))).toBe(false);
    expect(ids('*CAPTION: RIGA — MINISTERS MEET*\n\nLatvia said it would send troops.').some((id) => id.includes('ministers'))).toBe(false);
  });

  it('should leave a headline in capitals alone', () => {
    expect(ids('MARTA KOWALSKA WINS AGAIN\n\nPoland voted on Sunday.').some((id) => id.includes('kowalska'))).toBe(false);
  });
});

describe("a caption's bar as an apposition", () => {
  it('should tie "Name | Polish Foreign Minister" to Poland, and add nothing for a bare title', () => {
    expect(triples('*Piotr Nowicki | Polish Foreign Minister*')).toContain('REPRESENTS:piotr-nowicki:poland');
    expect(triples('*Anna Lis | Foreign Secretary*').some((t) => t.startsWith('REPRESENTS:'))).toBe(false);
  });
});

describe('an office written with a hyphen', () => {
  it('should read "the American Vice-President, X," as the office it is', () => {
    expect(triples('I watched the American Vice-President, Dale Corwin, on television on Monday.')).toContain('REPRESENTS:dale-corwin:united-states');
  });
});

describe('a member of the Commons titled after the name', () => {
  it('should read "Name MP" as the member, not a person called "… MP", tied to the House of Commons the text names', () => {
    const letter = 'Sir, the House of Commons must vote before any deployment.\n\n**Helen Tranter MP**\nLiberal Democrat, Westvale';
    const x = extractText(letter);
    expect(x.ids).toContain('helen-tranter');
    expect(x.ids.some((id) => id.endsWith('-mp'))).toBe(false);
    expect(x.triples).toContain('REPRESENTS:helen-tranter:house-of-commons');
    expect(triples('Helen Tranter MP said the House of Commons must vote.')).toContain('REPRESENTS:helen-tranter:house-of-commons');
  });

  it('should give no tie where the article never names the Commons', () => {
    expect(triples('Helen Tranter MP said British troops should not go.').some((t) => t.includes('house-of-commons'))).toBe(false);
  });
});

describe("an analysis's source notes", () => {
  it('should take no body cited only in a numbered note under "Notes" for an entity', () => {
    const text = [
      'Lawyers say Latvia would need a mandate before sending troops.[1]',
      '',
      '**Notes**',
      '',
      '[1] Remarks at the Baltic Defence Forum, Riga, 3 March 2025.',
      '[2] See the Venice Commission report of 2019.',
    ].join('\n');
    const e = ids(text);
    expect(e).toContain('latvia');
    expect(e.some((id) => /forum|venice/.test(id))).toBe(false);
  });

  it('should keep a numbered list that no notes heading opens', () => {
    expect(ids('What was agreed:\n\n1. The Baltic Defence Forum will meet in Riga.\n2. Latvia will send troops.')).toContain('latvia');
  });
});

describe('a body that elects its own head', () => {
  it('should tie "the Riigikogu elected X, …, as its new chairman" to the body', () => {
    expect(triples('The Riigikogu elected Lauri Tamm, a liberal, as its new chairman on Monday.')).toContain('REPRESENTS:lauri-tamm:riigikogu');
  });

  it('should give no tie for an election with no office of the body', () => {
    expect(triples('The Riigikogu elected Lauri Tamm on Monday.').some((t) => t.startsWith('REPRESENTS:'))).toBe(false);
  });
});

describe('a Czech party named in full', () => {
  it('should read "the Motorists for Themselves" as a body', () => {
    expect(ids('ANO, the SPD and the Motorists for Themselves are negotiating a government.')).toContain('motorists-for-themselves');
  });
});

describe("a member's seat in brackets", () => {
  it('should take no person from a seat whose first word is a common one ("(North West Essex)")', () => {
    const e = ids('**Mrs Alison Greer (North West Essex) (Con):** Britain stands with Ukraine.');
    expect(e).toContain('alison-greer');
    expect(e.some((id) => id.includes('essex'))).toBe(false);
  });
});

describe('the sky over a country', () => {
  it('should take a country named only as where drones flew for a scene, not an actor', () => {
    const e = ids('After the drones over Estonia last month, NATO launched a new air mission.');
    expect(e).toContain('nato');
    expect(e).not.toContain('estonia');
  });

  it('should keep a country that acts', () => {
    expect(ids('Estonia said drones flew over its territory, and Estonia asked NATO for help.')).toContain('estonia');
  });
});

describe('"People\'s" inside a name', () => {
  it('should read "the European People\'s Party" as one body, and its group chairman as its own', () => {
    const x = extractText("Manfred Weber, chairman of the European People's Party group, said the loan was right.");
    expect(x.ids).toContain('european-peoples-party');
    expect(x.triples).toContain('REPRESENTS:manfred-weber:european-peoples-party');
  });

  it("should still split an ordinary possessive (\"Russia's\") off the words after it", () => {
    expect(ids("Russia's Security Council met on Monday.")).toContain('russia');
  });
});
