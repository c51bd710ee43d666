import { describe, it, expect } from 'vitest';
import { extractText } from './helpers';

// Ways news copy says someone was at a gathering without "attended", and a meeting without "met".
const LEAD = 'Leaders gathered at the Paris summit on Monday. ';

describe('attendance wordings', () => {
  const cases: Array<[string, string]> = [
    ['sat in on', 'Nora Lind sat in on the summit in person.'],
    ['who sat in on (after another person)', 'Before the session Ivo Marek met U.S. special envoy Nora Lind, who sat in on the summit in person.'],
    ['joined remotely', 'Defence Minister Nora Lind, who also joined remotely, said little.'],
    ['came to Paris for the talks', 'Nora Lind, who came to Paris for the talks, spoke first.'],
    ['sat in', 'Her adviser Nora Lind sat in.'],
    ['chairing a summit', 'Nora Lind spoke after chairing a summit of the coalition of the willing.'],
  ];
  for (const [wording, sentence] of cases) {
    it(`should read "${wording}" as attending the gathering`, () => {
      const r = extractText(LEAD + sentence);
      expect(r.triples.filter((t) => t.startsWith('ATTENDED:nora-lind:'))).not.toEqual([]);
    });
  }

  it('should not send someone who "sat in" to a gathering named only later', () => {
    const r = extractText('Nora Lind sat in. The Paris summit on Monday was short.');
    expect(r.triples.filter((t) => t.startsWith('ATTENDED:nora-lind:'))).toEqual([]);
  });
});

describe('meeting wordings', () => {
  it('should read "spent five hours with" as a meeting', () => {
    const r = extractText('Envoy Nora Lind spent almost five hours with Ivo Marek in Vienna on Tuesday.');
    expect(r.triples).toContain('MET_WITH:ivo-marek:nora-lind');
  });

  it('should read "sat down with" as a meeting', () => {
    const r = extractText('When Nora Lind sat down with Foreign Minister Ivo Marek for lunch on Friday, the talks were friendly.');
    expect(r.triples).toContain('MET_WITH:ivo-marek:nora-lind');
  });
});
