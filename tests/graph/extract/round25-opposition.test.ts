import { describe, it, expect } from 'vitest';
import { extractText } from './helpers';

// Round 25 (s133): OPPOSES on a letters page, in an echo and in a verdict. Sentences written for these tests; people,
// towns and papers invented, countries real.
const triples = (text: string) => extractText(text).triples;

const letters = [
  '**Stay out**',
  '',
  'Sir, Like many readers in the west, I was not persuaded by the statement on Monday.',
  '',
  'I do not want British troops sent to Ukraine, whatever the label on their helmets.',
  '',
  '**Gordon Pilling**',
  'Truro',
  '',
  '---',
  '',
  '**Go in**',
  '',
  'Dear Editor, I support a European force in Ukraine, and I hope it comes soon.',
  '',
  '**Dr Maureen Oakes**',
  'Ripon, North Yorkshire',
].join('\n');

describe('a letters page', () => {
  it('should give "I" in each letter to the name signed below it', () => {
    const t = triples(letters);
    expect(t).toContain('OPPOSES:gordon-pilling:european-peacekeeping-force');
    expect(t).toContain('SUPPORTS:maureen-oakes:european-peacekeeping-force');
    expect(t).not.toContain('SUPPORTS:gordon-pilling:european-peacekeeping-force');
    expect(t.some((x) => x.startsWith('OPPOSES:maureen-oakes'))).toBe(false);
  });

  it('should give "I" to no one where the page has no salutation (a bold line is not a signature by itself)', () => {
    const t = triples(['**Stay out**', '', 'I do not want British troops sent to Ukraine.', '', '**Gordon Pilling**'].join('\n'));
    expect(t.some((x) => x.includes('gordon-pilling:european'))).toBe(false);
  });
});

describe('a stance repeated by pronoun', () => {
  it('should give "X repeated it" the stance of the sentence before', () => {
    const t = triples('The Freedom Party has long said that no Slovak soldier should go to Ukraine as part of the reassurance force. Its leader Pavol Hrnko repeated it in the campaign.');
    expect(t).toContain('OPPOSES:pavol-hrnko:reassurance-force');
  });

  it('should not read "repeated it to reporters" about something else as an echo of a stance', () => {
    const t = triples('Hungary rejected the reassurance force. Peter Varga, a historian, repeated it to reporters in Budapest.');
    expect(t).not.toContain('OPPOSES:peter-varga:reassurance-force');
  });
});

describe('a verdict that a proposal is confrontational', () => {
  it('should read "the plans were \\"confrontational\\"" as opposing the plan the text is about', () => {
    const t = triples('France proposed a multinational force for Ukraine. Kremlin spokesman Oleg Ivashin said the plans were "confrontational".');
    expect(t).toContain('OPPOSES:oleg-ivashin:multinational-force-ukraine');
  });
});
