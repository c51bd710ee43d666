import { describe, it, expect } from 'vitest';
import { extractText } from './helpers';

// Round 23 (s114): PROPOSED and REPRESENTS. Sentences written for these tests; people invented, countries real.
const triples = (text: string) => extractText(text).triples;

describe('a numbered group after a time or place opening its clause', () => {
  it('should read "On Sunday the three governments circulated …" as the three countries named before', () => {
    const t = triples('The foreign ministers of Poland, Sweden and Denmark met their Ukrainian counterpart in Oslo. On Sunday the three governments circulated a counterproposal of their own.');
    expect(t).toEqual(expect.arrayContaining(['PROPOSED:poland:counterproposal', 'PROPOSED:sweden:counterproposal', 'PROPOSED:denmark:counterproposal']));
  });

  it('should read it after a place and a comma ("In Geneva, the two governments …")', () => {
    const t = triples('Envoys from Norway and Finland arrived late in the evening. In Geneva, the two governments tabled a counterproposal.');
    expect(t).toEqual(expect.arrayContaining(['PROPOSED:norway:counterproposal', 'PROPOSED:finland:counterproposal']));
  });
});
