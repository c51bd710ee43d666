import { describe, it, expect } from 'vitest';
import { extractText } from './helpers';
import { splitSentences } from '@/graph/extract/sentences';

// Round 8: relation misses of realistic-11 that recur in other sets. Sentences written for these tests.

describe('a bold run-in lead ends its own sentence', () => {
  it('should split "**Name (@handle), 21:48 Friday.** Text" after the closing bold marker', () => {
    const parts = splitSentences('**Lena Holt (@lenaholt), 21:48 Friday.** Norway\'s prime minister kept it short. Then she left.').map((s) => s.text);
    expect(parts).toEqual(['**Lena Holt (@lenaholt), 21:48 Friday.**', 'Norway\'s prime minister kept it short.', 'Then she left.']);
  });

  it('should read an office under a bold lead as the office of the person the lead names', () => {
    const r = extractText('**Lena Holt (@lenaholt), 21:48 Friday.** Norway\'s prime minister posted a short message of support.');
    expect(r.triples).toContain('REPRESENTS:lena-holt:norway');
  });

  it('should not split a bold phrase inside a sentence', () => {
    const parts = splitSentences('He said the plan was **not** final. She agreed.').map((s) => s.text);
    expect(parts).toEqual(['He said the plan was **not** final.', 'She agreed.']);
  });
});

describe('reported speech after a hyphenated time phrase', () => {
  it('should give the speaker the stance of the country in "told lawmakers in mid-March that Norway would…"', () => {
    const r = extractText('Ivo Marek told lawmakers in mid-March that Norway would consider contributing to a peacekeeping mission in Ukraine.');
    expect(r.triples).toContain('SUPPORTS:norway:european-peacekeeping-force');
    expect(r.triples).toContain('SUPPORTS:ivo-marek:european-peacekeeping-force');
  });

  it('should still not give the speaker a claim about another person in "told reporters in mid-March that X would…"', () => {
    const r = extractText('Ivo Marek told reporters in mid-March that Lena Holt would back a peacekeeping mission in Ukraine.');
    expect(r.triples).not.toContain('SUPPORTS:ivo-marek:european-peacekeeping-force');
  });
});

describe('offices that point back at a person', () => {
  it('should read "the OFFICE of BODY, NAME" as an apposition', () => {
    const r = extractText('From Oslo, the prime minister of Norway, Lena Holt, commented on the plan.');
    expect(r.triples).toContain('REPRESENTS:lena-holt:norway');
  });

  it('should read "The prime minister of Norway" opening a sentence as the person met just before', () => {
    const r = extractText('**Lena Holt, 21:20 Friday.** "You are not alone." The prime minister of Norway posted it in two languages.');
    expect(r.triples).toContain('REPRESENTS:lena-holt:norway');
  });

  it('should not give "the prime minister of Norway" to someone met before who is the object of the sentence', () => {
    const r = extractText('Lena Holt arrived on Friday. Reporters asked Ivo Marek whether the prime minister of Norway would come.');
    expect(r.triples).not.toContain('REPRESENTS:lena-holt:norway');
    expect(r.triples).not.toContain('REPRESENTS:ivo-marek:norway');
  });

  it('should read "the EU\'s foreign policy chief" as the person the lead names', () => {
    const r = extractText('**Ana Varga, 22:40 Friday.** The EU\'s foreign policy chief wrote: "It is up to us."');
    expect(r.triples).toContain('REPRESENTS:ana-varga:european-union');
  });

  it('should read "Downing Street said the prime minister spoke to X" as the prime minister the text is about', () => {
    const r = extractText('**Keir Starmer, no post.** Downing Street said the prime minister spoke to Ivo Marek by phone on Friday evening. Britain would still send troops.');
    expect(r.triples).toContain('MET_WITH:ivo-marek:keir-starmer');
    expect(r.triples).not.toContain('MET_WITH:ivo-marek:united-kingdom');
  });

  it('should not read "X said the prime minister…" as X\'s own office when a person reports it', () => {
    const r = extractText('Lena Holt spoke first. Ivo Marek said the prime minister spoke to Ana Varga on Friday.');
    expect(r.triples).not.toContain('MET_WITH:ana-varga:lena-holt');
  });
});

describe('proposals named by heads the rules did not list: deal, shield, declaration, understanding', () => {
  it('should name "the minerals deal" by what it trades and give the signer its stance', () => {
    const r = extractText('Lena Holt backed the minerals deal with Washington.');
    expect(r.ids).toContain('minerals-deal');
    expect(r.triples).toContain('SUPPORTS:lena-holt:minerals-deal');
  });

  it('should name "a European air shield" (an air shield, though "air" alone names no proposal)', () => {
    const r = extractText('The institute proposed a European air shield over western Ukraine.');
    expect(r.ids).toContain('air-shield');
  });

  it('should name "the Paris declaration" and "the Black Sea understanding" by their proper names', () => {
    expect(extractText('Ivo Marek rejected the Paris declaration outright.').triples).toContain('OPPOSES:ivo-marek:paris-declaration');
    expect(extractText('The plan builds on the Black Sea understanding reached in March.').ids).toContain('black-sea-understanding');
  });

  it('should not make a proposal of a graded deal, a measure or a shield with no name', () => {
    const r = extractText('Ivo Marek wanted a quick deal, said it was a great deal of work, and urged a joint shield against drones.');
    expect(r.ids.filter((id) => /deal|shield/.test(id))).toEqual([]);
  });

  it('should keep "a solid peace deal" the peace deal', () => {
    expect(extractText('Lena Holt wants a solid peace deal.').triples).toContain('SUPPORTS:lena-holt:peace-deal');
  });

  it('should not read a lowercase phrase before "declaration" as its name', () => {
    expect(extractText('Coalition of the Willing signs Paris declaration').ids.filter((id) => /declaration/.test(id))).toEqual([]);
  });

  it('should not read what a clause sits "under" as the proposal a speaker suggests', () => {
    const r = extractText('Ivo Marek suggested that companies working under the proposed minerals deal would be security enough.');
    expect(r.triples).not.toContain('PROPOSED:ivo-marek:minerals-deal');
    expect(extractText('Ivo Marek proposed a minerals deal.').triples).toContain('PROPOSED:ivo-marek:minerals-deal');
  });
});

describe('"any deployment", "any participation": the force the text is about', () => {
  it('should read "rejected any participation" as opposing the force met before', () => {
    const r = extractText('Ivo Marek said a peacekeeping force was needed. Lena Holt rejected any participation sharply.');
    expect(r.triples).toContain('OPPOSES:lena-holt:european-peacekeeping-force');
  });

  it('should read "rejects any deployment" as opposing the force met before', () => {
    const r = extractText('Ivo Marek backed a peacekeeping force. Lena Holt rejects any deployment.');
    expect(r.triples).toContain('OPPOSES:lena-holt:european-peacekeeping-force');
  });

  it('should leave "participation in the talks" to its own object', () => {
    const r = extractText('Ivo Marek backed a peacekeeping force. Lena Holt backed participation in the talks.');
    expect(r.triples).not.toContain('SUPPORTS:lena-holt:european-peacekeeping-force');
  });

  it('should give no stance to one who would see the detail "before backing any deployment"', () => {
    const r = extractText('Ivo Marek backed a peacekeeping force. Lena Holt said she would want to see the detail before backing any deployment.');
    expect(r.triples).not.toContain('SUPPORTS:lena-holt:european-peacekeeping-force');
  });
});

describe('a transcript turn speaks for its label', () => {
  const transcript = (answer: string) => `*Norway's defence minister, Lena Holt, answered questions.*\n\n**HOLT:** Good afternoon.\n\n**Q:** Minister, what would you send?\n\n**HOLT:** It is too early for numbers. ${answer}`;

  it('should give "we" in a turn to the one whose label opens it', () => {
    const r = extractText(transcript('We support a peacekeeping force for Ukraine.'));
    expect(r.relation('SUPPORTS', 'lena-holt', 'european-peacekeeping-force')).toBeDefined();
  });

  it('should read "we will only take part if there is an American backstop" as the speaker wanting the backstop', () => {
    const r = extractText(transcript('What I can say is that we will only take part if there is an American backstop.'));
    expect(r.relation('SUPPORTS', 'lena-holt', 'us-backstop')).toBeDefined();
  });

  it('should read "only … if there is" as a sole condition outside transcripts too', () => {
    expect(extractText('Norway will only take part if there is a UN mandate.').triples).toContain('SUPPORTS:norway:un-security-council-mandate');
  });

  it('should not give "we" to a person named in an earlier paragraph that is no turn label', () => {
    const r = extractText('Lena Holt spoke on Monday.\n\nWe support a peacekeeping force for Ukraine.');
    expect(r.triples).not.toContain('SUPPORTS:lena-holt:european-peacekeeping-force');
  });
});

describe('a meeting does not reach into what is posted or quoted', () => {
  it('should not read a country named in a quoted post as one the speaker met', () => {
    const r = extractText('Lena Holt first spoke to reporters in Oslo, then posted: "There is an aggressor: Russia."');
    expect(r.triples.filter((t) => t.startsWith('MET_WITH'))).toEqual([]);
  });

  it('should still read "spoke to Ivo Marek in Oslo" as a meeting', () => {
    expect(extractText('Lena Holt spoke to Ivo Marek in Oslo on Friday.').triples).toContain('MET_WITH:ivo-marek:lena-holt');
  });
});
