import { describe, it, expect } from 'vitest';
import { extractText } from './helpers';

// Round 16: meetings told by a fronted participle, a journey's purpose or a call words were said in — wordings found
// missing by a matrix written here (not from any evaluation article). People invented.
const met = (text: string) => extractText(text).relations
  .filter((x) => x.type === 'MET_WITH').map((x) => [x.source, x.target].sort().join('+'));

describe('a meeting told by a fronted participle, a journey or a call', () => {
  it('should give the subject after the comma a meeting with the one met, hosted or called', () => {
    expect(met('After meeting Piet Smit on Monday, Anna Lind said the force was ready.')).toEqual(['anna-lind+piet-smit']);
    expect(met('Before calling Piet Smit, Anna Lind spoke to her cabinet.')).toEqual(['anna-lind+piet-smit']);
  });

  it('should read travelling somewhere to meet someone, and telling someone something in a call', () => {
    expect(met('Piet Smit travelled to Oslo on Monday to meet Anna Lind.')).toEqual(['anna-lind+piet-smit']);
    expect(met('Anna Lind told Piet Smit in a call on Monday that the force was ready.')).toEqual(['anna-lind+piet-smit']);
  });

  it('should not read a plan to meet, telling without a call, or hosting a guest with a group of leaders', () => {
    expect(met('Piet Smit plans to meet Anna Lind next week.')).toEqual([]);
    expect(met('Anna Lind told Piet Smit that the force was ready.')).toEqual([]);
    expect(met('After hosting Piet Smit and seven European leaders on Monday, Anna Lind said the force was ready.')).toEqual([]);
  });
});

describe('a text handed over in person', () => {
  it('should read presenting or handing a document to someone as meeting them', () => {
    expect(met('Tom Reed presented the document to Anna Lind in Oslo on Thursday.')).toEqual(['anna-lind+tom-reed']);
    expect(met('Tom Reed handed the letter to Anna Lind.')).toEqual(['anna-lind+tom-reed']);
  });

  it('should not read a plan presented to a parliament or sent by post as a meeting with a person', () => {
    expect(met('Tom Reed presented the plan to parliament on Thursday.')).toEqual([]);
  });
});
