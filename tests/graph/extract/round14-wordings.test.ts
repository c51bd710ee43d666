import { describe, it, expect } from 'vitest';
import { extractText } from './helpers';

// Round 14a: stances whose two ends are named in one sentence, worded in ways the rules did not read (brief s51).
// Sentences written for these tests.

describe('announcing that a new thing will be set up proposes it', () => {
  it('should make the announcer the author of a force the countries will send', () => {
    const r = extractText('Pieter Vos announced on Friday that Denmark and Norway would send a "stabilisation force" to Ukraine once the guns fall silent.');
    expect(r.triples).toContain('PROPOSED:pieter-vos:stabilisation-force');
    expect(r.triples).not.toContain('SUPPORTS:pieter-vos:stabilisation-force');
    expect(r.triples).toContain('SUPPORTS:denmark:stabilisation-force');
  });

  it('should read "closed the summit by announcing that…"', () => {
    const r = extractText('Helga Lind closed the Oslo meeting by announcing that Sweden, Finland and others would form a coalition of the willing to police any truce.');
    expect(r.triples).toContain('PROPOSED:helga-lind:coalition-of-the-willing');
  });

  it('should not make an announcer the author of a thing others only join', () => {
    const r = extractText('Pieter Vos announced that Denmark would join the coalition of the willing.');
    expect(r.triples).not.toContain('PROPOSED:pieter-vos:coalition-of-the-willing');
  });
});

describe('"offering to" proposes, as "offered to" does', () => {
  it('should read a participle after a comma as the subject\'s offer', () => {
    const r = extractText('Helga Lind spoke to parliament on Tuesday, offering to open talks on a demilitarised zone.');
    expect(r.triples).toContain('PROPOSED:helga-lind:demilitarised-zone');
  });
});

describe('working on a thing together with others backs it', () => {
  it('should read "working with partners on"', () => {
    const r = extractText('Norway will keep working with its partners on security guarantees for Ukraine.');
    expect(r.triples).toContain('SUPPORTS:norway:security-guarantees');
  });

  it('should read "working together on" in a reported clause as the speaker\'s', () => {
    const r = extractText('Pieter Vos said Dutch and Danish planners were working together on the Multinational Force Ukraine.');
    expect(r.triples).toContain('SUPPORTS:pieter-vos:multinational-force-ukraine');
  });

  it('should leave working on a thing alone a proposal, as before', () => {
    const r = extractText('Helga Lind is working on a demilitarised zone along the front line.');
    expect(r.triples).toContain('PROPOSED:helga-lind:demilitarised-zone');
  });
});

describe('a concessive clause leaves the negations of the clause before behind', () => {
  it('should not flip "though it will keep…" by a "not" before it', () => {
    const r = extractText('Norway will not send soldiers to Ukraine, though it will keep working with partners on security guarantees.');
    expect(r.triples).not.toContain('OPPOSES:norway:security-guarantees');
    expect(r.triples).toContain('SUPPORTS:norway:security-guarantees');
  });

  it('should still read a negation inside the concessive clause', () => {
    const r = extractText('Norway backs the coalition of the willing, although it does not support a demilitarised zone.');
    expect(r.triples).toContain('OPPOSES:norway:demilitarised-zone');
  });
});

describe('a verdict for a proposal that opens a quotation, its speaker named after it', () => {
  it('should give "must be backed by" to the speaker after the quotation', () => {
    const r = extractText('“Any security guarantee must be backed by American air power,” Helga Lind told fellow ministers on Friday.');
    expect(r.triples).toContain('SUPPORTS:helga-lind:security-guarantees');
  });

  it('should read "must be backed by" in a reported clause too', () => {
    const r = extractText('Helga Lind said any ceasefire must be backed by monitors on the ground.');
    expect(r.triples).toContain('SUPPORTS:helga-lind:ceasefire');
  });

  it('should not read a quotation that opens with a proposal it rejects as support', () => {
    const r = extractText('“A demilitarised zone must not be part of any deal,” Helga Lind said.');
    expect(r.triples).not.toContain('SUPPORTS:helga-lind:demilitarised-zone');
  });
});

describe('a transcript\'s speaker label is not what "he" in the clause after it refers to', () => {
  const text = 'Helga Lind, the Danish minister, took questions in Copenhagen.\n\n**LIND:** Minister Pieter Vos said on Monday that he supports a ceasefire.';

  it('should give the stance to the person named in the clause', () => {
    const r = extractText(text);
    expect(r.triples).toContain('SUPPORTS:pieter-vos:ceasefire');
  });

  it('should not give it to the one whose turn it is', () => {
    const r = extractText(text);
    expect(r.triples.filter((t) => t.endsWith(':ceasefire')).map((t) => t.split(':')[1])).toEqual(['pieter-vos']);
  });
});

describe('more verbs of authorship before "by"', () => {
  it('should read "circulated by" with several agents', () => {
    const r = extractText('Moscow dismissed the demilitarised zone circulated by Norway, Denmark and Finland.');
    expect(r.triples).toEqual(expect.arrayContaining(['PROPOSED:norway:demilitarised-zone', 'PROPOSED:denmark:demilitarised-zone', 'PROPOSED:finland:demilitarised-zone']));
  });

  it('should read "outlined by" as it reads "drawn up by"', () => {
    const r = extractText('The ministers discussed a maritime mission outlined by Pieter Vos.');
    expect(r.triples).toContain('PROPOSED:pieter-vos:maritime-mission');
  });
});

describe('stance verbs and idioms of news the lexicon lacked', () => {
  const stance = (sentence: string) => {
    const r = extractText(sentence);
    return r.triples.filter((t) => t.endsWith(':demilitarised-zone')).map((t) => `${t.split(':')[0]}:${t.split(':')[1]}`);
  };

  it.each([
    'Sweden gave its blessing to a demilitarised zone on Monday.',
    'Sweden gave the green light to a demilitarised zone.',
    'Sweden has got behind a demilitarised zone.',
    'Sweden is firmly behind a demilitarised zone.',
    'Sweden has warmed to a demilitarised zone.',
    'Sweden is receptive to a demilitarised zone.',
    'Sweden is supportive of a demilitarised zone.',
    'Sweden is enthusiastic about a demilitarised zone.',
    'Sweden said yes to a demilitarised zone.',
    'Sweden applauded a demilitarised zone.',
    'Sweden pressed for a demilitarised zone.',
  ])('should read support in "%s"', (sentence) => {
    expect(stance(sentence)).toEqual(['SUPPORTS:sweden']);
  });

  it.each([
    'Sweden vetoed a demilitarised zone.',
    'Sweden torpedoed a demilitarised zone.',
    'Sweden scuppered a demilitarised zone.',
    'Sweden derided a demilitarised zone.',
    'Sweden ridiculed a demilitarised zone.',
    'Sweden rebuffed a demilitarised zone.',
    'Sweden spurned a demilitarised zone.',
    'Sweden turned down a demilitarised zone.',
    'Sweden said no to a demilitarised zone.',
    'Sweden threw cold water on a demilitarised zone.',
    'Sweden stands firmly against a demilitarised zone.',
    'Sweden is deeply hostile to a demilitarised zone.',
    'Sweden is unconvinced by a demilitarised zone.',
    'Sweden is not convinced by a demilitarised zone.',
    'Sweden is less enthusiastic about a demilitarised zone.',
  ])('should read opposition in "%s"', (sentence) => {
    expect(stance(sentence)).toEqual(['OPPOSES:sweden']);
  });

  it('should let a "not" before the idiom reverse it', () => {
    expect(stance('Sweden has not given its blessing to a demilitarised zone.')).toEqual(['OPPOSES:sweden']);
    expect(stance('Sweden is not hostile to a demilitarised zone.')).not.toContain('OPPOSES:sweden');
  });
});

describe('the passive of the verbs of refusal', () => {
  it.each(['dismissed', 'blocked', 'vetoed', 'condemned', 'denounced', 'ruled out', 'torpedoed', 'turned down'])('should give "was %s by X" to X', (verb) => {
    const r = extractText(`The demilitarised zone was ${verb} by Sweden and Finland.`);
    expect(r.triples).toEqual(expect.arrayContaining(['OPPOSES:sweden:demilitarised-zone', 'OPPOSES:finland:demilitarised-zone']));
  });
});

describe('a quotation of the verb alone, opened right after an actor', () => {
  it('should give the quoted verb to the actor before it as well as to the speaker', () => {
    const r = extractText('Speaking in Oslo on Monday, Pieter Vos said Norway "strongly backs" the demilitarised zone.');
    expect(r.triples).toEqual(expect.arrayContaining(['SUPPORTS:norway:demilitarised-zone', 'SUPPORTS:pieter-vos:demilitarised-zone']));
  });
});

describe('"his summit with X" in an opening phrase, and meetings called off', () => {
  const met = (text: string) => extractText(text).triples.some((t) => t === 'MET_WITH:ivo-marek:dmitri-orlov' || t === 'MET_WITH:dmitri-orlov:ivo-marek');

  it('should make the one the main clause is about meet X, past a date in apposition', () => {
    expect(met('After his summit with Dmitri Orlov on Friday, 15 August, Ivo Marek wrote that talks would go on.')).toBe(true);
  });

  it('should read the owner of "X\'s summit with Y"', () => {
    expect(met('Ivo Marek\'s summit with Dmitri Orlov ended without a deal.')).toBe(true);
  });

  it('should not read a summit only prepared for as held', () => {
    expect(met('Ivo Marek is preparing for a summit with Dmitri Orlov.')).toBe(false);
  });

  it('should not read a meeting called off as held', () => {
    expect(met('Ivo Marek cancelled his Vienna summit with Dmitri Orlov.')).toBe(false);
    expect(met('Ivo Marek called off a meeting with Dmitri Orlov.')).toBe(false);
  });
});

describe('"X had said the same: …" introduces the clause after the colon as X\'s', () => {
  it('should give the stance after the colon to the one who "said the same"', () => {
    const r = extractText('Prime Minister Helga Lind had said the same in Oslo: Norway will not send troops to Ukraine.');
    expect(r.triples).toContain('OPPOSES:helga-lind:european-peacekeeping-force');
  });

  it('should read "said as much on Monday:" alike', () => {
    const r = extractText('Helga Lind said as much on Monday: Norway will not send troops to Ukraine.');
    expect(r.triples).toContain('OPPOSES:helga-lind:european-peacekeeping-force');
  });
});

describe('a trilateral meeting with two others', () => {
  const pairs = (text: string) => extractText(text).triples.filter((t) => t.startsWith('MET_WITH:')).map((t) => t.split(':').slice(1).sort().join('+')).sort();

  it('should make the two it was held with meet each other too', () => {
    expect(pairs('Ivo Marek held a trilateral meeting with Pieter Vos and the Danish delegation led by Helga Lind.')).toEqual(['helga-lind+ivo-marek', 'helga-lind+pieter-vos', 'ivo-marek+pieter-vos']);
  });

  it('should leave a plain meeting with two people as two meetings with its host', () => {
    expect(pairs('Ivo Marek held a meeting with Pieter Vos and Helga Lind.')).toEqual(['helga-lind+ivo-marek', 'ivo-marek+pieter-vos']);
  });
});

describe('"could send personnel to a force" offers the troops', () => {
  it('should read troops offered to a force as support, hedge and all', () => {
    const r = extractText('Finland has said it could send personnel to a European force once the fighting stops.');
    expect(r.triples).toContain('SUPPORTS:finland:european-peacekeeping-force');
  });

  it('should leave "could station forces" elsewhere a hedge below the threshold', () => {
    const r = extractText('Finland could station forces in neighbouring NATO countries.');
    expect(r.triples).not.toContain('SUPPORTS:finland:european-peacekeeping-force');
  });
});

describe('"(not) acceptable" and "(never) accepted" as a verdict on the proposal a reported clause opens with', () => {
  const stance = (sentence: string) => extractText(sentence).triples.filter((t) => t.endsWith(':european-peacekeeping-force'));

  it.each([
    'Dmitri Orlov said a European force would not be acceptable.',
    'Dmitri Orlov said a European force is not acceptable to Moscow.',
    'Dmitri Orlov said a European force cannot be accepted.',
    'Dmitri Orlov said the European force "will never be accepted".',
    '"A European force will never be accepted," Dmitri Orlov said.',
  ])('should read a refusal in "%s"', (sentence) => {
    expect(stance(sentence)).toEqual(['OPPOSES:dmitri-orlov:european-peacekeeping-force']);
  });

  it('should read "would be acceptable" as support', () => {
    expect(stance('Dmitri Orlov said a European force would be acceptable.')).toEqual(['SUPPORTS:dmitri-orlov:european-peacekeeping-force']);
  });

  it('should not judge a proposal that only follows "it was not acceptable that…"', () => {
    expect(stance('Dmitri Orlov said it was not acceptable that the talks stalled over the European force.')).toEqual([]);
  });
});

describe('nouns of doubt and refusal held by a possessive', () => {
  it.each([
    "Sweden's scepticism about a demilitarised zone is well known.",
    "Sweden's misgivings about a demilitarised zone were aired in Brussels.",
    "Sweden's doubts over a demilitarised zone have grown.",
  ])('should read opposition in "%s"', (sentence) => {
    expect(extractText(sentence).triples).toContain('OPPOSES:sweden:demilitarised-zone');
  });

  it('should read "X\'s refusal to join" as opposing what is not joined', () => {
    expect(extractText("Sweden's refusal to join the coalition of the willing surprised its neighbours.").triples).toContain('OPPOSES:sweden:coalition-of-the-willing');
  });
});
