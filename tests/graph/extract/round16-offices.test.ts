import { describe, it, expect } from 'vitest';
import { extractText } from './helpers';

// Round 16: offices told in a relative clause or by speaking for a state's ministry or team — wordings found missing by a
// matrix written here (not from any evaluation article). People invented.
const represents = (text: string) => extractText(`${text} Norway is an ally.`).relations
  .filter((x) => x.type === 'REPRESENTS').map((x) => `${x.source}>${x.target}`);

describe('offices in a relative clause and spokespeople for a state', () => {
  it('should read "who became Norway\'s prime minister" as an office of Norway', () => {
    expect(represents("Anna Lind, who became Norway's prime minister in May, said the force was ready.")).toContain('anna-lind>norway');
  });

  it("should read leading a state's delegation and speaking for its ministry as speaking for the state", () => {
    expect(represents('Anna Lind, who leads the Norwegian delegation, said the force was ready.')).toContain('anna-lind>norway');
    expect(represents('Anna Lind, spokeswoman for the Norwegian foreign ministry, said the force was ready.')).toContain('anna-lind>norway');
  });

  it('should not read a person who met a state\'s delegation, or who became its critic, as speaking for it', () => {
    expect(represents('Anna Lind, who met the Norwegian delegation, said the force was ready.')).not.toContain('anna-lind>norway');
    expect(represents("Anna Lind, who became Norway's fiercest critic, said the force was ready.")).not.toContain('anna-lind>norway');
  });
});

describe('a bare title pointing back at an office given in apposition', () => {
  const stances = (text: string) => extractText(text).relations
    .filter((x) => x.type === 'SUPPORTS').map((x) => `${x.source}>${x.target}`);

  it('should read "the minister" as the one called "the foreign minister" after their name', () => {
    expect(stances('Anna Lind, the foreign minister, spoke after the meeting. The minister said Norway supported the reassurance force.')).toContain('anna-lind>reassurance-force');
  });

  it('should leave "the minister" unread where two people were given that office', () => {
    const text = 'Anna Lind, the foreign minister, and Piet Smit, the defence minister, spoke after the meeting. The minister said Norway supported the reassurance force.';
    expect(stances(text).filter((x) => x.startsWith('anna-lind') || x.startsWith('piet-smit'))).toEqual([]);
  });
});

describe('a country named only as an adjective', () => {
  const run = (text: string) => extractText(text);
  it('should count as named where the adjective names it again beside a bare title', () => {
    const r = run('Keir Starmer arrived in Paris. The British prime minister said British troops could go to Ukraine.');
    expect(r.relations.map((x) => `${x.type}:${x.source}:${x.target}`)).toContain('REPRESENTS:keir-starmer:united-kingdom');
  });

  it('should not where the bare title is all that names it', () => {
    const r = run('Keir Starmer arrived in Paris. The British prime minister said he was ready to help.');
    expect(r.relations.filter((x) => x.type === 'REPRESENTS')).toEqual([]);
  });
});

describe('senators, former offices and the EU Commission', () => {
  const run = (text: string) => extractText(text);
  const triples = (text: string) => run(text).relations.map((x) => `${x.type}:${x.source}:${x.target}`);

  it('should tie a senator of a U.S. party to the United States Senate, in a title or after "senators,"', () => {
    expect(triples('Democratic Senator Tom Reed said the bill would pass.')).toContain('REPRESENTS:tom-reed:united-states-senate');
    expect(triples('The call included two senators, the Republican Eva Holm and the Democrat Tom Reed.')).toEqual(expect.arrayContaining(['REPRESENTS:eva-holm:united-states-senate', 'REPRESENTS:tom-reed:united-states-senate']));
    expect(run('Democratic Senator Tom Reed said the bill would pass.').entities.find((e) => e.id === 'united-states-senate')?.name).toBe('United States Senate');
  });

  it('should not make another country\'s senator a member of the U.S. Senate', () => {
    expect(triples('Italian Senator Mario Rossi spoke on Monday.').filter((t) => t.includes('senate'))).toEqual([]);
  });

  it('should keep "the Democrat" and "Ex-minister" out of a name', () => {
    expect(run('The Democrat Tom Reed said so.').entities.map((e) => e.name)).toEqual(['Tom Reed']);
    expect(run('Ex-minister Tom Reed said so.').entities.map((e) => e.name)).toEqual(['Tom Reed']);
  });

  it('should read "the EU Commission" as the European Commission', () => {
    expect(triples('The President of the EU Commission, Anna Lind, spoke on Monday.')).toContain('REPRESENTS:anna-lind:european-commission');
  });
});
