import { describe, it, expect } from 'vitest';
import { createExtractor } from '@/graph/extract/pipeline';
import { extractText, stances } from './helpers';

// Round 23 (s112): SUPPORTS and OPPOSES. Sentences written for these tests; statements and quotes invented.

describe('a statement set out in full as a block quote', () => {
  const headed = [
    'The three leaders published a text on Tuesday evening.',
    '',
    '> **Joint statement by President Nauseda, Prime Minister Kristersson and Chancellor Nehammer on the Black Sea**',
    '>',
    '> We support the maritime mission in the Black Sea and we will contribute ships to it.',
    '>',
    '> Ukraine needs robust security guarantees.',
    '',
    'Moscow did not react.',
  ].join('\n');

  it('should give its "we" to every issuer its heading names', () => {
    const s = stances(headed);
    for (const who of ['nauseda', 'kristersson', 'nehammer']) expect(s.some((x) => x.startsWith(`SUPPORTS:`) && x.includes(who) && x.includes('maritime-mission'))).toBe(true);
  });

  it('should read what the text says a state needs as the issuers\' demand, not that state\'s stance', () => {
    const s = stances(headed);
    for (const who of ['nauseda', 'kristersson', 'nehammer']) expect(s.some((x) => x.includes(who) && x.endsWith(':security-guarantees'))).toBe(true);
    expect(s).not.toContain('SUPPORTS:ukraine:security-guarantees');
  });

  it('should not count what the heading says the statement is about among its issuers', () => {
    expect(stances(headed).some((x) => x.startsWith('SUPPORTS:ukraine:'))).toBe(false);
  });

  it('should take the signers the text listed before, where the paragraph above presents the quote as the statement', () => {
    const text = [
      'The declaration, released on Monday night, was signed by Czech Prime Minister Petr Fiala, Dutch Prime Minister Dick Schoof and Belgian Prime Minister Bart De Wever.',
      '',
      'The full text of the declaration:',
      '',
      '> We remain committed to the reassurance force and we back restrictive measures against the Russian Federation.',
      '',
      'Officials in Budapest declined to comment.',
    ].join('\n');
    const s = stances(text);
    for (const who of ['petr-fiala', 'dick-schoof', 'bart-de-wever']) {
      expect(s).toContain(`SUPPORTS:${who}:reassurance-force`);
      expect(s.some((x) => x.startsWith(`SUPPORTS:${who}:`) && x.includes('sanctions'))).toBe(true);
    }
  });

  it('should date every stance of the statement by the day its text opens on', () => {
    const text = [
      'Four leaders said late on Friday that the talks must include Kyiv. The letter was signed by Spanish Prime Minister Pedro Sanchez, Danish Prime Minister Mette Frederiksen, Croatian Prime Minister Andrej Plenkovic and Greek Prime Minister Kyriakos Mitsotakis.',
      '',
      'Text of the letter:',
      '',
      '> We welcome the efforts to end the war.',
      '>',
      '> Our countries will keep up the pressure. We remain committed to security guarantees for Ukraine.',
    ].join('\n');
    const r = createExtractor([])({ id: 'letter', title: 'Letter', text, publishedAt: '2025-06-15' });
    const backing = r.relations.filter((x) => x.type === 'SUPPORTS' && x.target === 'security-guarantees');
    expect(backing.map((x) => x.source).sort()).toEqual(['andrej-plenkovic', 'kyriakos-mitsotakis', 'mette-frederiksen', 'pedro-sanchez']);
    // Friday before Sunday 15 June 2025: the day the letter was released, not the page's day.
    expect(new Set(backing.map((x) => x.evidence[0].statedAt?.date))).toEqual(new Set(['2025-06-13']));
  });

  it('should leave a block quote that is no statement to the usual readings', () => {
    const text = 'Lena Holt wrote on her blog:\n\n> We support the maritime mission in the Black Sea.\n\nShe did not say more.';
    expect(stances(text).some((x) => x.includes('maritime-mission') && !x.startsWith('SUPPORTS:lena-holt:'))).toBe(false);
  });
});

describe('signers listed with their titles', () => {
  it('should read every signer of "signed by <title> A, <title> B and <title> C"', () => {
    const text = 'The statement was signed by Swedish Prime Minister Ulf Kristersson, Norwegian Prime Minister Jonas Gahr Store and Icelandic Prime Minister Kristrun Frostadottir. In it they backed the reassurance force.';
    const s = stances(text);
    for (const who of ['ulf-kristersson', 'jonas-gahr-store', 'kristrun-frostadottir']) expect(s).toContain(`SUPPORTS:${who}:reassurance-force`);
  });

  it('should read "signed, among others, by" the same way', () => {
    const text = 'The declaration, signed among others by Portuguese Prime Minister Luis Montenegro and Austrian Chancellor Christian Stocker, said they backed security guarantees for Ukraine.';
    const s = stances(text);
    expect(s).toContain('SUPPORTS:luis-montenegro:security-guarantees');
    expect(s).toContain('SUPPORTS:christian-stocker:security-guarantees');
  });
});

describe('measures one imposes or keeps', () => {
  it('should read imposing, keeping or tightening sanctions as backing them', () => {
    for (const sentence of ['Canada imposed new sanctions on Russian oil companies on Wednesday.', 'Norway will maintain restrictive measures against the Russian Federation.', 'Japan tightened its sanctions against Russia last week.']) {
      expect(stances(sentence).some((x) => x.startsWith('SUPPORTS:') && x.includes('sanctions'))).toBe(true);
    }
  });

  it('should not read a measure not imposed as a stance either way', () => {
    expect(stances('Washington did not impose new sanctions on Russia after the call.').filter((x) => x.includes('sanctions'))).toEqual([]);
  });
});

describe('a condition talks are said to need', () => {
  it('should read "talks can only take place in the context of X" as backing X', () => {
    for (const sentence of [
      'Mark Rutte said on Monday that negotiations can only take place in the context of a ceasefire.',
      'Pedro Sanchez said real talks could only happen during a ceasefire.',
      'Lena Holt argued that a settlement would only be possible with security guarantees for Ukraine.',
    ]) {
      const s = stances(sentence);
      expect(s.some((x) => x.startsWith('SUPPORTS:') && (x.endsWith(':ceasefire') || x.endsWith(':security-guarantees')))).toBe(true);
    }
  });

  it('should leave the negation of an earlier reported clause behind ("… and that …")', () => {
    const text = 'Ivo Marek, Anna Lind and Piet Smit signed a joint statement on Sunday. It said the path to peace "cannot be decided without Ukraine" and that real talks could only happen during a ceasefire.';
    const s = stances(text);
    for (const who of ['ivo-marek', 'anna-lind', 'piet-smit']) {
      expect(s).toContain(`SUPPORTS:${who}:ceasefire`);
      expect(s).not.toContain(`OPPOSES:${who}:ceasefire`);
    }
  });
});

describe('a speaker named after the clause, with a party tag or an aside after the name', () => {
  it('should read "…, Prime Minister X (Party) said on Friday, a day after …" as X\'s stance', () => {
    const s = stances('Latvia is ready to contribute a platoon to a reassurance force, Prime Minister Evika Silina (New Unity) said on Friday morning, a day after the leaders met in London.');
    expect(s).toContain('SUPPORTS:evika-silina:reassurance-force');
    expect(s).toContain('SUPPORTS:latvia:reassurance-force');
  });

  it('should read a party tag without an aside too', () => {
    expect(stances('Germany will take part in security guarantees for Ukraine, Friedrich Merz (CDU) said.')).toContain('SUPPORTS:friedrich-merz:security-guarantees');
  });
});
