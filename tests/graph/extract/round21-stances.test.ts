import { describe, expect, it } from 'vitest';
import { extractText } from './helpers';

// A parliamentary record written for this test; the members and their words are invented.
const RECORD = [
  '# Defence: Minister\'s statement on the Vilnius meeting',
  '',
  '*Official report, Senate. Tuesday 6 May 2025.*',
  '',
  '**In brief:** The Polish Prime Minister, Donald Tusk, reported on the Vilnius meeting.',
  '',
  '**2.05 pm**',
  '',
  '**The Prime Minister (Donald Tusk):** With your permission, I will report on Vilnius.',
  '',
  'Last week I spoke with our partners about the guarantees.',
  '',
  'Poland is ready to back a reassurance force with air patrols.',
  '',
  'Secondly, we support a ceasefire along the current line.',
  '',
  '**Mr Tomasz Zielinski (Gdansk) (KO):** We support the security guarantees for Ukraine. Does the Prime Minister agree?',
  '',
  '**Mrs Anna Wrobel (Lodz) (PiS):** The Prime Minister has said the force needs an American backstop.',
  '',
  '**The Prime Minister:** We all want a ceasefire that holds.',
  '',
  '*The sitting continued until 4.10 pm.*',
  '',
  'We oppose the reassurance force.',
].join('\n');

describe('speaker labels of a parliamentary record', () => {
  const { triples } = extractText(RECORD);

  it('should give "we" in a labelled turn, paragraphs after its label, to the member the label names', () => {
    expect(triples).toContain('SUPPORTS:donald-tusk:ceasefire');
    expect(triples).toContain('SUPPORTS:tomasz-zielinski:security-guarantees');
  });

  it('should give a state the speaker holds office for, as the subject of their own words, to the speaker too', () => {
    expect(triples).toContain('SUPPORTS:poland:reassurance-force');
    expect(triples).toContain('SUPPORTS:donald-tusk:reassurance-force');
  });

  it('should read a bare title label or a title in another member\'s words as the holder a label named with it', () => {
    expect(triples).toContain('SUPPORTS:donald-tusk:us-backstop');
    expect(triples).not.toContain('SUPPORTS:anna-wrobel:us-backstop');
    expect(triples).not.toContain('SUPPORTS:anna-wrobel:ceasefire');
  });

  it('should end a turn at a line in italics: what follows is no member\'s', () => {
    expect(triples.filter((t) => t.startsWith('OPPOSES:'))).toEqual([]);
  });
});

describe('wordings of refusal and of no stance', () => {
  it('should read declining a thing offered as opposing it, in a clause coordinated after another stance', () => {
    const { triples } = extractText('In the talks Sergei Lavrov accepts a prisoner exchange but declines a ceasefire.');
    expect(triples).toContain('OPPOSES:sergei-lavrov:ceasefire');
    expect(triples).not.toContain('SUPPORTS:sergei-lavrov:ceasefire');
  });

  it('should not read "declined to comment" as a refusal', () => {
    const { triples } = extractText('Asked about the ceasefire, Dmitry Peskov declined to comment.');
    expect(triples.filter((t) => t.startsWith('OPPOSES:'))).toEqual([]);
  });

  it('should read no stance for or against in a body that failed to agree on a measure', () => {
    const { triples } = extractText('NATO ministers again failed to agree on security guarantees for Ukraine on Tuesday.');
    expect(triples.filter((t) => t.startsWith('SUPPORTS:') || t.startsWith('OPPOSES:'))).toEqual([]);
  });

  it('should not read being ready to drop or give up a thing as backing it', () => {
    const { triples } = extractText('Volodymyr Zelensky said he was ready to give up Ukraine\'s NATO membership bid for a ceasefire.');
    expect(triples.filter((t) => t.includes('nato-membership'))).toEqual([]);
    const { triples: ready } = extractText('Volodymyr Zelensky said he was ready for a ceasefire.');
    expect(ready).toContain('SUPPORTS:volodymyr-zelensky:ceasefire');
  });
});
