import { describe, expect, it } from 'vitest';
import { matchesOf } from '../../graph/match-all';

const same = (text: string, pattern: RegExp) => {
  const mine = matchesOf(text, pattern).map((m) => [m.index, ...m]);
  const theirs = [...text.matchAll(new RegExp(pattern.source, pattern.flags))].map((m) => [m.index, ...m]);
  expect(mine).toEqual(theirs);
  return mine;
};

describe('matchesOf', () => {
  it('finds what matchAll finds, groups and offsets included', () => {
    expect(same('Macron met Starmer on 17 February and Merz on 18 February.', /\b(\d{1,2}) (February)\b/g)).toHaveLength(2);
    expect(same('no date here', /\d+/g)).toEqual([]);
  });

  it('moves past empty matches, by a whole code point under the u flag', () => {
    same('a😀b', /(?:)/gu);
    same('abc', /x*/g);
    same('😀😀', /\b|(?=😀)/gu);
  });

  it('starts from the beginning whatever the pattern was used for before, and leaves it at the start', () => {
    const pattern = /o/g;
    pattern.exec('foo boo');
    expect(pattern.lastIndex).toBeGreaterThan(0);
    expect(matchesOf('foo boo', pattern).map((m) => m.index)).toEqual([1, 2, 5, 6]);
    expect(pattern.lastIndex).toBe(0);
  });

  it('lets the code that runs per match use the same pattern again', () => {
    const pattern = /\w+/g;
    const nested = matchesOf('one two', pattern).map((m) => matchesOf(m[0].split('').join(' '), pattern).length);
    expect(nested).toEqual([3, 3]);
  });

  it('refuses a pattern without the g flag, as matchAll does', () => {
    expect(() => matchesOf('abc', /b/)).toThrow(/global pattern/);
  });
});
