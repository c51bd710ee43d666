import { describe, it, expect } from 'vitest';
import { extractText } from './helpers';

// Round 18: a surname after a title, then the state it is "of", as press releases write it. Names invented.
describe('a titled surname "of" a state', () => {
  it('should read the person and the state apart, the person representing the state', () => {
    const r = extractText('The minister spoke with President Holm of Norway and Chancellor Smit of Denmark on Monday.');
    expect(r.ids).toEqual(expect.arrayContaining(['holm', 'norway', 'smit', 'denmark']));
    expect(r.ids).not.toContain('holm-of-norway');
    expect(r.triples).toEqual(expect.arrayContaining(['REPRESENTS:holm:norway', 'REPRESENTS:smit:denmark']));
  });

  it('should keep a body\'s name whole when no title comes before it', () => {
    expect(extractText('The Bank of England kept rates on hold.').ids).not.toContain('england');
  });
});
