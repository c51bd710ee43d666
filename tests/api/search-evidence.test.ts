// searchEvidence over real HTTP: quotes that contain the words asked for, with their relation; bad input refused.
import { describe, expect, it } from 'vitest';
import { gql } from '../support/graphql';

const QUERY = `query($q: String!, $first: Int) { searchEvidence(query: $q, first: $first) {
  relation { id type source { id } target { id } } evidence { quote url article { id title } } } }`;

describe('searchEvidence', () => {
  it('should return the quotes that say "premature", each with its relation and a link to it', async () => {
    const { data, errors } = await gql(QUERY, { q: 'premature' });
    expect(errors).toBeUndefined();
    expect(data.searchEvidence.length).toBeGreaterThan(0);
    for (const match of data.searchEvidence) {
      expect(match.evidence.quote).toMatch(/premature/i);
      expect(match.evidence.url).toMatch(/^\/articles\/.+#q-\d+$/);
      expect(match.relation.id).toContain(match.relation.source.id);
    }
  });

  it('should need every word, ignore case and accents, and honour first', async () => {
    const both = await gql(QUERY, { q: 'PISTORIUS premature' });
    for (const m of both.data.searchEvidence) expect(m.evidence.quote).toMatch(/pistorius/i);
    const one = await gql(QUERY, { q: 'troops', first: 1 });
    expect(one.data.searchEvidence).toHaveLength(1);
    const none = await gql(QUERY, { q: 'zzzzqx' });
    expect(none.data.searchEvidence).toEqual([]);
  });

  it('should refuse first outside 1–500 naming the argument', async () => {
    const { errors } = await gql(QUERY, { q: 'troops', first: 0 });
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  });
});
