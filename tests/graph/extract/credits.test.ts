// Credits, author notes and reporters named with their outlet are not actors: lines written for these tests in the
// shapes real pages use.
import { describe, it, expect } from 'vitest';
import { maskFurniture } from '@/graph/extract/furniture';
import { extractText } from './helpers';

const people = (text: string) => extractText(text).entities.filter((e) => e.type === 'PERSON' || e.type === 'INSTITUTION').map((e) => e.id);

describe('#maskFurniture (credits and notes)', () => {
  it('should mask a copyright credit and keep the caption before it', () => {
    const masked = maskFurniture('Leaders at the table. © Jan Kowal / Agency');
    expect(masked).toContain('Leaders at the table.');
    expect(masked).not.toContain('Jan Kowal');
    expect(masked).toHaveLength('Leaders at the table. © Jan Kowal / Agency'.length);
  });

  it('should mask an author note and a byline that gives a role instead of "By"', () => {
    expect(maskFurniture('Jane Roe is a senior correspondent covering Europe.').trim()).toBe('');
    expect(maskFurniture('Sarah Roe, Eastern Europe correspondent').trim()).toBe('');
    expect(maskFurniture('This article was amended on 2 September 2025 to correct a name.').trim()).toBe('');
  });

  it('should keep a sentence that only looks like a note', () => {
    const line = 'Donald Tusk is a firm opponent of sending troops, his office said.';
    expect(maskFurniture(line)).toBe(line);
  });
});

describe('#extract (reporters and outlets)', () => {
  it('should not make a reporter named with his outlet an actor', () => {
    expect(people("Donald Tusk said Poland would not send troops, the BBC's Paul Adams reports.")).toEqual(['donald-tusk']);
    expect(people('Donald Tusk said Poland would not send troops, according to Kateryna Roe of Bloomberg.')).toEqual(['donald-tusk']);
    expect(people("Donald Tusk said so, he told Politico Europe's Jan Nowak.")).toEqual(['donald-tusk']);
  });

  it('should keep a person after a country possessive', () => {
    expect(people("Russia's Sergei Lavrov said the troops were unacceptable.")).toContain('sergei-lavrov');
  });
});
