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


describe("a speech's address to its audience and a surname led by its particle", () => {
  it('should not take "Honourable Members" or "Dear Colleagues" for a person', () => {
    const t = triples('**President Lindqvist:** Honourable Members, we will back the air-defence fund. Dear Colleagues, we will also back the reparations loan.');
    expect(t.some((x) => /honourable-members|dear-colleagues/.test(x))).toBe(false);
  });

  it('should read the turn\'s "we" as its speaker once the address is no person', () => {
    expect(triples('**President Lindqvist:** Honourable Members, we will back the reparations loan.')).toContain('SUPPORTS:lindqvist:reparations-loan');
  });

  it('should read "President von der Leyen" and "Commissioner van der Berg" as people named after their office', () => {
    expect(triples('Commissioner van der Berg said the Commission would back the reparations loan.')).toContain('SUPPORTS:van-der-berg:reparations-loan');
    expect(triples('Ingrid von der Aa spoke first. Later, President von der Aa said she would back the reparations loan.')).toContain('SUPPORTS:ingrid-von-der-aa:reparations-loan');
  });
});

describe('a named initiative with what it is for in lower case', () => {
  it('should keep "for the return of Ukrainian children" in the initiative\'s name', () => {
    expect(triples('Anna Lindqvist said she would launch a Global Coalition for the return of Ukrainian children.')).toContain('PROPOSED:anna-lindqvist:global-coalition-for-the-return-of-ukrainian-children');
    expect(triples('Marek Nowak proposed an International Fund for the reconstruction of Ukraine.')).toContain('PROPOSED:marek-nowak:international-fund-for-the-reconstruction-of-ukraine');
  });
});

describe('an offer with an adverb before its object', () => {
  it('should read "offered only a truce" and "offered instead a truce" as proposing it', () => {
    expect(triples('The deadline passed, and Vladimir Putin offered only a 30-hour Easter truce.')).toContain('PROPOSED:vladimir-putin:easter-truce');
    expect(triples('Viktor Orban offered again a ceasefire over Christmas.')).toContain('PROPOSED:viktor-orban:ceasefire');
  });
});
