// Places, operations and figures named for comparison are not actors; German and Polish spellings of Slavic names
// are the people the English spellings name. Sentences written for these tests.
import { describe, it, expect } from 'vitest';
import { extractText, person } from './helpers';
import { sameSurname, transliterationKey } from '@/graph/extract/catalog-index';

describe('#recognise (places and operations)', () => {
  it('should not take a river, lake or mountain named by its first word for a person', () => {
    const r = extractText('Leaders walked along the River Thames before talks on Lake Geneva. Mount Elbrus was visible.');
    expect(r.entities).toEqual([]);
  });

  it('should not take named operations or exercises for actors', () => {
    const r = extractText('Operation Spiderweb destroyed bombers. Exercise Zapad began on Friday, Tusk said.');
    expect(r.ids).not.toContain('operation-spiderweb');
    expect(r.ids).not.toContain('exercise-zapad');
  });
});

describe('#extract (bystanders)', () => {
  it('should leave out a historical figure named only for comparison', () => {
    const r = extractText('Emmanuel Macron compared the moment to Winston Churchill in 1940 and said France would send troops.');
    expect(r.ids).toContain('emmanuel-macron');
    expect(r.ids).not.toContain('winston-churchill');
  });

  it('should keep a person compared to nobody ("to" after "compared" only counts before the name)', () => {
    const r = extractText('Macron compared notes with allies. Keir Starmer said Britain was ready.');
    expect(r.ids).toContain('keir-starmer');
  });
});

describe('#transliterationKey', () => {
  it('should fold German and Polish spellings of Slavic names onto the English ones', () => {
    expect(transliterationKey('Selenskyj')).toBe(transliterationKey('Zelenskyy'));
    expect(transliterationKey('Wolodymyr')).toBe(transliterationKey('Volodymyr'));
    expect(transliterationKey('Uschakow')).toBe(transliterationKey('Ushakov'));
    expect(transliterationKey('Juri')).toBe(transliterationKey('Yuri'));
    expect(sameSurname('medwedew', 'medvedev')).toBe(true);
  });

  it('should keep different names apart', () => {
    expect(sameSurname('sikorski', 'kosiniak-kamysz')).toBe(false);
    expect(transliterationKey('Sanchez')).not.toBe(transliterationKey('Schoof'));
  });

  it('should resolve a German spelling to the known person', () => {
    const catalog = [person('volodymyr-zelenskyy', 'Volodymyr Zelenskyy', ['Zelensky', 'Zelenskiy']), person('yuri-ushakov', 'Yuri Ushakov', ['Ushakov'])];
    const r = extractText('Wolodymyr Selenskyj traf Trump. Kremlin adviser Juri Uschakow said the call was useful.', catalog);
    expect(r.ids).toEqual(expect.arrayContaining(['volodymyr-zelenskyy', 'yuri-ushakov']));
  });
});
