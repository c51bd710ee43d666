import { describe, it, expect } from 'vitest';
import { extractText } from './helpers';

// Round 14a: stances whose two ends are named in one sentence, worded in ways the rules did not read (brief s51).
// Sentences written for these tests.

describe('announcing that a new thing will be set up proposes it', () => {
  it('should make the announcer the author of a force the countries will send', () => {
    const r = extractText('Pieter Vos announced on Friday that Denmark and Norway would send a "stabilisation force" to Ukraine once the guns fall silent.');
    expect(r.triples).toContain('PROPOSED:pieter-vos:stabilisation-force');
    expect(r.triples).not.toContain('SUPPORTS:pieter-vos:stabilisation-force');
    expect(r.triples).toContain('SUPPORTS:denmark:stabilisation-force');
  });

  it('should read "closed the summit by announcing that…"', () => {
    const r = extractText('Helga Lind closed the Oslo meeting by announcing that Sweden, Finland and others would form a coalition of the willing to police any truce.');
    expect(r.triples).toContain('PROPOSED:helga-lind:coalition-of-the-willing');
  });

  it('should not make an announcer the author of a thing others only join', () => {
    const r = extractText('Pieter Vos announced that Denmark would join the coalition of the willing.');
    expect(r.triples).not.toContain('PROPOSED:pieter-vos:coalition-of-the-willing');
  });
});

describe('"offering to" proposes, as "offered to" does', () => {
  it('should read a participle after a comma as the subject\'s offer', () => {
    const r = extractText('Helga Lind spoke to parliament on Tuesday, offering to open talks on a demilitarised zone.');
    expect(r.triples).toContain('PROPOSED:helga-lind:demilitarised-zone');
  });
});
