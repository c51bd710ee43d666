import { describe, it, expect } from 'vitest';
import { extractText } from './helpers';

// Round 25 (s131): SUPPORTS and PROPOSED. Sentences written for these tests; people invented, countries real.
const triples = (text: string) => extractText(text).triples;

const letters = (body: string, signature: string, address = 'Bergen, Norway') => `# Letters to the Editor

---

**A question of trust**

${body}

**${signature}**
${address}

---

**Another view**

Sir, The weather in Oslo has been dreadful all week.

**Ola Nordmann**
Tromsø
`;

describe('a letter to the editor: its "I" is the writer who signs it below', () => {
  it('should read "I support a European force" as the signatory backing the force', () => {
    const t = triples(letters('Sir, I support a European force in Ukraine, but only if the Americans stand behind it.', 'Col (retd) Henrik Solberg'));
    expect(t).toContain('SUPPORTS:henrik-solberg:european-peacekeeping-force');
  });

  it('should read a clause that opens with a proposal and a verdict on it as the writer\'s', () => {
    const t = triples(letters('Sir, My country was promised much in 1994. Security guarantees must be real, and written down.', 'Dr Ingrid Dahl'));
    expect(t).toContain('SUPPORTS:ingrid-dahl:security-guarantees');
  });

  it('should not give the writer a stance whose clause has another subject', () => {
    const t = triples(letters('Sir, The decision to commit British forces to a mission of this kind belongs to Parliament.', 'Ingrid Dahl'));
    expect(t.some((x) => x.startsWith('SUPPORTS:ingrid-dahl:'))).toBe(false);
  });

  it('should not read a bold name heading a profile as a signature', () => {
    const t = triples('# Who is who\n\nI support a European force in Ukraine.\n\n**Henrik Solberg**\nThe defence minister was appointed in March and has served in the army for thirty years.\n');
    expect(t.some((x) => x.startsWith('SUPPORTS:henrik-solberg:'))).toBe(false);
  });
});

describe('a preference stated', () => {
  it('should read "would prefer a UN mandate" as backing it', () => {
    expect(triples('Henrik Solberg said he would prefer a UN mandate for any mission.')).toContain('SUPPORTS:henrik-solberg:un-security-council-mandate');
  });

  it('should not read "would prefer not to" as backing', () => {
    expect(triples('Henrik Solberg said he would prefer not to discuss a UN mandate.')).not.toContain('SUPPORTS:henrik-solberg:un-security-council-mandate');
  });
});

describe('what others expect of an actor is not its stance yet', () => {
  it('should not read "were expected to back a loan" as backing', () => {
    const t = triples('Henrik Solberg and Ingrid Dahl met in Brussels. At the summit the leaders were expected to back a reparations loan for Ukraine.');
    expect(t.some((x) => x.startsWith('SUPPORTS:') && x.endsWith(':reparations-loan'))).toBe(false);
    expect(triples('Ingrid Dahl is widely expected to back a reparations loan.')).not.toContain('SUPPORTS:ingrid-dahl:reparations-loan');
  });

  it('should still read the stance itself', () => {
    expect(triples('Ingrid Dahl backed a reparations loan for Ukraine.')).toContain('SUPPORTS:ingrid-dahl:reparations-loan');
  });
});

describe('a verdict quoted after an adverb', () => {
  it('should read the force was now "ready to deploy" as the reporter backing it', () => {
    expect(triples('Henrik Solberg told allies the Multinational Force Ukraine was now "ready to deploy".')).toContain('SUPPORTS:henrik-solberg:multinational-force-ukraine');
  });
});

describe('a call renewed backs the thing called for', () => {
  it('should read "has repeatedly called for a reassurance force" as backing, not proposing', () => {
    const t = triples('Henrik Solberg has repeatedly called for a reassurance force.');
    expect(t).toContain('SUPPORTS:henrik-solberg:reassurance-force');
    expect(t).not.toContain('PROPOSED:henrik-solberg:reassurance-force');
  });

  it('should still read a first call for a new thing as proposing it', () => {
    expect(triples('Henrik Solberg called for a reassurance force.')).toContain('PROPOSED:henrik-solberg:reassurance-force');
  });
});

describe('a relative clause on a place or a gathering has its own subject', () => {
  it('should not give the one who attended the commitment of those at the meeting', () => {
    const t = triples('Henrik Solberg took part in the meeting in Paris, at which twenty-six countries committed themselves to contribute to the Multinational Force Ukraine.');
    expect(t).not.toContain('SUPPORTS:henrik-solberg:multinational-force-ukraine');
  });

  it('should still read "where he backed" as his stance', () => {
    expect(triples('Henrik Solberg travelled to Paris, where he backed the Multinational Force Ukraine.')).toContain('SUPPORTS:henrik-solberg:multinational-force-ukraine');
  });
});

describe('"the four of them" after the people who open a sentence', () => {
  it('should read the group past a time set before the names ("It was only on Saturday that A, B, C and D came")', () => {
    const t = triples('It was only on Saturday that Henrik Solberg, Ingrid Dahl, Ola Berg and Kari Lund came to Kyiv by train. The four of them demanded a thirty-day ceasefire.');
    expect(t).toEqual(expect.arrayContaining(['SUPPORTS:henrik-solberg:ceasefire', 'SUPPORTS:ingrid-dahl:ceasefire', 'SUPPORTS:ola-berg:ceasefire', 'SUPPORTS:kari-lund:ceasefire']));
  });

  it('should keep the group of four when one of them phoned someone else in the same sentence', () => {
    const t = triples('Henrik Solberg, Ingrid Dahl, Ola Berg and Kari Lund came to Kyiv by train, stood beside President Zelensky and phoned Donald Trump from the room. The four of them demanded a thirty-day ceasefire.');
    expect(t).toEqual(expect.arrayContaining(['SUPPORTS:henrik-solberg:ceasefire', 'SUPPORTS:kari-lund:ceasefire']));
  });
});

describe('sanctions threatened on a condition', () => {
  it('should read "said that if Moscow refused there would be new sanctions" as the speaker wanting them', () => {
    expect(triples('Henrik Solberg said that if Moscow refused there would be "massive" new sanctions.')).toContain('SUPPORTS:henrik-solberg:new-sanctions-on-russia');
  });

  it('should not give the side the condition is on the sanctions', () => {
    expect(triples('Henrik Solberg said that if Moscow refused there would be new sanctions.').some((x) => x.startsWith('SUPPORTS:russia:'))).toBe(false);
  });
});

describe('a numbered EU sanctions package is a proposal of its own', () => {
  it('should read "adopted its 19th package of sanctions" as backing that package', () => {
    expect(triples('The European Union adopted its 19th package of sanctions on Thursday.')).toContain("SUPPORTS:european-union:eus-19th-sanctions-package-against-russia");
  });

  it('should read a spelled ordinal the same way', () => {
    expect(extractText('Anna Lind welcomed the seventeenth sanctions package.').ids).toContain('eus-17th-sanctions-package-against-russia');
  });

  it('should not read a numbered package of something else as sanctions', () => {
    expect(extractText('Anna Lind welcomed the 12th package of military aid for Kyiv.').ids.some((x) => x.includes('sanctions-package'))).toBe(false);
  });
});
