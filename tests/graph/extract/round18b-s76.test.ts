import { describe, it, expect } from 'vitest';
import { pairs } from './helpers';

// Round 18, second half (s76): stances whose object is written in a variant the proposal rules did not know.
// Sentences written for these tests; people invented or generic.
const opposes = pairs('OPPOSES');

describe('the alliance written as a word, and military contingents', () => {
  it.each([
    ['troops from Nato countries', 'Moscow said on Friday that it would never accept troops from Nato countries on Ukrainian soil.'],
    ['troops of Nato member states', 'Moscow rejects troops of Nato member states in Ukraine.'],
    ['Nato troops', 'Moscow rejects Nato troops in Ukraine.'],
    ['European military contingents', 'Moscow rejects any European military contingents in Ukraine.'],
  ])('should read %s as the European force', (_, text) => {
    expect(opposes(text)).toContain('russia>european-peacekeeping-force');
  });
});

describe('membership of the alliance written as a word', () => {
  it.each([
    ['joining Nato', 'Moscow opposes Ukraine joining Nato.'],
    ["Ukraine's Nato membership", "Moscow rejects Ukraine's Nato membership."],
  ])('should read %s as NATO membership', (_, text) => {
    expect(opposes(text)).toContain('russia>nato-membership-for-ukraine');
  });
});
