import { describe, it, expect } from 'vitest';
import { extractText } from './helpers';

// Round 13: stances whose actor is named in another sentence than the stance (issue 13). Sentences written for these tests.

describe('a person named inside a quotation does not become the one "he" or "she" refers to', () => {
  it('should keep the speaker of a quotation as the centre when the quotation names someone else', () => {
    const r = extractText('Helga Lind spoke first. "We are ready. Today Pieter Vos stood bravely for peace." Later she wrote that Denmark backed an immediate ceasefire.');
    expect(r.triples).toContain('SUPPORTS:helga-lind:ceasefire');
    expect(r.triples).not.toContain('SUPPORTS:pieter-vos:ceasefire');
  });

  it('should keep it after a quotation opened by a colon in a paragraph of its own', () => {
    const r = extractText('Anna Berg posted first.\n\nThe Swedish minister broke ranks: "Strong men make peace. Yesterday Marek Novak stood up for it."\n\nIn a second post she wrote that Sweden backed security guarantees for Ukraine.');
    expect(r.triples).toContain('SUPPORTS:anna-berg:security-guarantees');
    expect(r.triples).not.toContain('SUPPORTS:marek-novak:security-guarantees');
  });

  it('should still pass the centre to a person named outside the quotation', () => {
    const r = extractText('Helga Lind spoke first. "We are ready," she said. Pieter Vos answered her. He said that the Netherlands backed an immediate ceasefire.');
    expect(r.triples).toContain('SUPPORTS:pieter-vos:ceasefire');
    expect(r.triples).not.toContain('SUPPORTS:helga-lind:ceasefire');
  });
});

describe('a quotation over several sentences closed by a bare title', () => {
  const text = 'Prime Minister Anna Berg today welcomed Chancellor Marek Novak to Stockholm.\n\n"This agreement matters. We will keep up the pressure on Dmitri Orlov until he agrees to a full ceasefire. And when that ceasefire comes, Sweden will play its full part in the coalition of the willing," the Prime Minister said.';

  it('should give the stance in the closing sentence to the person the text is about', () => {
    const r = extractText(text);
    expect(r.triples).toContain('SUPPORTS:anna-berg:coalition-of-the-willing');
  });

  it('should not give it to a person the quotation itself names', () => {
    const r = extractText(text);
    expect(r.triples).not.toContain('SUPPORTS:dmitri-orlov:coalition-of-the-willing');
  });

  it('should read the title as no one when the text has named no person before it', () => {
    const r = extractText('"We are ready. Sweden will play its full part in the coalition of the willing," the Prime Minister said.');
    expect(r.triples.filter((t) => t.endsWith(':coalition-of-the-willing')).map((t) => t.split(':')[1])).not.toContain('prime-minister');
  });
});

describe('a quotation over several sentences closed by "he said"', () => {
  it('should give a stance in its first sentence to the person the text is about', () => {
    const r = extractText('Henrik Dahl commanded troops in two missions before he joined a think tank.\n\n**Should they wait for a ceasefire?**\n\n"No. Today I would send a training mission into western Ukraine. The coalition should move it closer," he said.');
    expect(r.triples).toContain('SUPPORTS:henrik-dahl:training-mission');
  });

  it('should carry it with less confidence than a speaker named in the sentence', () => {
    const carried = extractText('Henrik Dahl spoke on Tuesday. "We must be ready. Denmark supports security guarantees for Ukraine. The rest is detail," he said.').relation('SUPPORTS', 'henrik-dahl', 'security-guarantees');
    const named = extractText('"Denmark supports security guarantees for Ukraine," Henrik Dahl said.').relation('SUPPORTS', 'henrik-dahl', 'security-guarantees');
    expect(carried).toBeDefined();
    expect(carried!.confidence).toBeLessThan(named!.confidence);
  });
});

describe('"It said…" after a statement or an office the sentence before named', () => {
  it('should give what the statement says to everyone who signed it, those it was signed "with" too', () => {
    const r = extractText("Anna Berg, France's Pierre Dufour and Marek Novak signed a joint statement with EU chief Helga Lind. It said Europe backed security guarantees for Ukraine.");
    for (const p of ['anna-berg', 'pierre-dufour', 'marek-novak', 'helga-lind']) expect(r.triples).toContain(`SUPPORTS:${p}:security-guarantees`);
  });

  it("should give what an office repeats to the person whose office it is, with less confidence than her own words", () => {
    const r = extractText('Anna Berg told Marek Novak that Sweden backed security guarantees for Ukraine, her office said after the talks. It repeated that Sweden would not send troops to a European force in Ukraine.');
    expect(r.triples).toContain('OPPOSES:anna-berg:european-peacekeeping-force');
    expect(r.triples).not.toContain('OPPOSES:marek-novak:european-peacekeeping-force');
    expect(r.relation('OPPOSES', 'anna-berg', 'european-peacekeeping-force')!.confidence).toBeLessThan(r.relation('OPPOSES', 'sweden', 'european-peacekeeping-force')!.confidence);
  });

  it('should carry nothing when the sentence before named no statement or office', () => {
    const r = extractText('Anna Berg met Marek Novak in Stockholm. It said Europe backed security guarantees for Ukraine.');
    expect(r.triples.filter((t) => t.endsWith(':security-guarantees'))).toEqual([]);
  });
});
