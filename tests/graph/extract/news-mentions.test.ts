// Mentions as news writes them: sentences written for this test (names of real officials, invented wording).
import { describe, expect, it } from 'vitest';
import { recognise } from '@/graph/extract/ner';
import { findProposals } from '@/graph/extract/proposals';
import { maskFurniture } from '@/graph/extract/furniture';

const named = (text: string) => recognise(text, { start: 0, end: text.length, text }).mentions.map((m) => `${m.type}:${m.name}`);

describe('#recognise', () => {
  it('should name a pope by title and name, and take Italian buildings for scenes', () => {
    expect(named('Earlier in the day Zelensky was received by Pope Leo at Castel Gandolfo.')).toEqual(['PERSON:Pope Leo']);
    expect(named('The two leaders then talked for an hour in Palazzo Chigi.')).toEqual([]);
  });

  it('should make a party named with a word that also titles people ("Democratic") a body, not a person', () => {
    expect(named('Elly Schlein, secretary of the Democratic Party, asked the government to explain.')).toEqual(['PERSON:Elly Schlein', 'INSTITUTION:Democratic Party']);
  });

  it('should split "the Five Star Movement of Giuseppe Conte" into the movement and its leader', () => {
    expect(named('The Five Star Movement of Giuseppe Conte is against it.')).toEqual(['INSTITUTION:Five Star Movement', 'PERSON:Giuseppe Conte']);
  });

  it('should read initials as a given name ("JD Vance"), but not an abbreviation before a name', () => {
    expect(named('A year ago, JD Vance used the same stage.')).toEqual(['PERSON:JD Vance']);
    expect(named('The TV Rain channel aired it.')).not.toContain('PERSON:TV Rain');
  });

  it('should make a country\'s legislature a body of its own ("the U.S. Congress")', () => {
    expect(named('Guarantees must be approved by the U.S. Congress, he said.')).toEqual(['INSTITUTION:U.S. Congress']);
  });

  it('should not make a person of a body whose name starts with an office word ("General Assembly")', () => {
    expect(named('Lavrov spoke to the UN General Assembly in New York.')).not.toContain('PERSON:Assembly');
    expect(named('Lavrov spoke to the UN General Assembly in New York.')).toContain('INSTITUTION:United Nations');
    expect(named('Gen. Kellogg flew in on Monday.')).toContain('PERSON:Kellogg');
  });

  it('should take a conference venue ("Congress Centre") for a scene, not a body', () => {
    expect(named('Friedrich Merz spoke in the Congress Centre after lunch.')).toEqual(['PERSON:Friedrich Merz']);
    expect(named('Analysts at the Wilson Center disagreed.')).toContain('INSTITUTION:Wilson Center');
  });

  it('should take a capital that is a short subhead ("**Warsaw, then Vilnius**") for a scene, a bold sentence not', () => {
    const located = (text: string) => recognise(text, { start: 0, end: text.length, text }).mentions.filter((m) => m.type === 'COUNTRY').map((m) => m.location);
    expect(located('**Warsaw, then Vilnius**')).toEqual([true, true]);
    expect(located('**Moscow says it will never accept a European force.**')).toEqual([false]);
    expect(located('Moscow says it will never accept a European force.')).toEqual([false]);
  });
});

describe('#findProposals', () => {
  it('should take a capitalised declaration ("the Paris Declaration") for a proposal, not a lowercase headline phrase', () => {
    const sentence = 'Macron called the Paris Declaration a decisive step.';
    expect(findProposals({ start: 0, end: sentence.length, text: sentence }).map((m) => m.name)).toContain('Paris Declaration');
    const headline = 'Coalition of the willing signs Paris declaration';
    expect(findProposals({ start: 0, end: headline.length, text: headline }).map((m) => m.name)).toEqual(['Coalition of the willing']);
  });
});

describe('#findProposals with news wording', () => {
  const names = (sentence: string) => findProposals({ start: 0, end: sentence.length, text: sentence }).map((m) => m.name);
  it('should read "a mandate of the United Nations" as the UN mandate and "European units" as the European force', () => {
    expect(names('Italy would act only under a mandate of the United Nations.')).toEqual(['UN Security Council mandate']);
    expect(names('Zakharova said the European units would be targets.')).toEqual(['European peacekeeping force']);
    expect(names('Russian units crossed the river.')).toEqual([]);
  });
});

describe('#maskFurniture', () => {
  it('should mask an opinion byline followed by a note on the author', () => {
    const page = 'Title\n\n*By Daniel Ashcombe. The author is a former diplomat and writes a column on European security.*\n\nA year ago, Vance spoke.';
    expect(maskFurniture(page)).not.toContain('Ashcombe');
    expect(maskFurniture(page)).toContain('A year ago, Vance spoke.');
  });
});
