import { describe, it, expect } from 'vitest';
import { createExtractor } from '@/graph/extract/pipeline';

// Round 16: offices told in a relative clause or by speaking for a state's ministry or team — wordings found missing by a
// matrix written here (not from any evaluation article). People invented.
const represents = (text: string) => createExtractor([])({ id: 'snippet', title: 'Snippet', text: `${text} Norway is an ally.`, publishedAt: '2025-03-12' }).relations
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
  const stances = (text: string) => createExtractor([])({ id: 'snippet', title: 'Snippet', text, publishedAt: '2025-03-12' }).relations
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
  const run = (text: string) => createExtractor([])({ id: 'snippet', title: 'Snippet', text, publishedAt: '2025-03-12' });
  it('should count as named where the adjective names it again beside a bare title', () => {
    const r = run('Keir Starmer arrived in Paris. The British prime minister said British troops could go to Ukraine.');
    expect(r.relations.map((x) => `${x.type}:${x.source}:${x.target}`)).toContain('REPRESENTS:keir-starmer:united-kingdom');
  });

  it('should not where the bare title is all that names it', () => {
    const r = run('Keir Starmer arrived in Paris. The British prime minister said he was ready to help.');
    expect(r.relations.filter((x) => x.type === 'REPRESENTS')).toEqual([]);
  });
});
