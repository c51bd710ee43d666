import { describe, it, expect } from 'vitest';
import { extractText } from './helpers';
import { officeAgrees } from '@/graph/extract/titles';

// Round 7: stances whose holder is named in another sentence. Discourse rules, not wordings: the person a pronoun
// subject stands for stays the centre of the text; a title points back only at someone whose office agrees with it.
// Sentences written for these tests.
describe('a pronoun subject keeps the centre of the discourse', () => {
  it('should not hand "he" to a person named after the pronoun as an object', () => {
    const r = extractText('Ivo Marek gave the most surprising line of the day. Speaking after the summit, he said it would be useful to talk to Vladimir Putin again. The evening before he had backed the reassurance force.');
    expect(r.triples).toContain('SUPPORTS:ivo-marek:reassurance-force');
    expect(r.triples).not.toContain('SUPPORTS:vladimir-putin:reassurance-force');
  });

  it('should keep the centre when the pronoun opens the sentence and names someone after a verb', () => {
    const r = extractText('Lena Holt flew in on Thursday. She told Ivo Marek that Norway had a plan. She backed the reassurance force in the evening.');
    expect(r.triples).toContain('SUPPORTS:lena-holt:reassurance-force');
    expect(r.triples).not.toContain('SUPPORTS:ivo-marek:reassurance-force');
  });

  it('should let a person named as the subject take over', () => {
    const r = extractText('Lena Holt flew in on Thursday. Ivo Marek said the talks were useful. He backed the reassurance force in the evening.');
    expect(r.triples).toContain('SUPPORTS:ivo-marek:reassurance-force');
    expect(r.triples).not.toContain('SUPPORTS:lena-holt:reassurance-force');
  });

  it('should let the named subject of the main clause take over from a pronoun in an opening subordinate clause', () => {
    const r = extractText('Lena Holt flew in on Thursday. When she arrived, Ivo Marek said the talks were useful. He backed the reassurance force in the evening.');
    expect(r.triples).toContain('SUPPORTS:ivo-marek:reassurance-force');
  });
});

describe('a title points back only at someone whose office agrees', () => {
  it('should read "the Russian president" as the president, not the adviser the text named last', () => {
    const r = extractText('Vladimir Putin received the envoys on Tuesday. Kremlin adviser Yury Ushakov said the talks had been useful. Hours earlier, the Russian president had addressed a forum. The European counterproposal, he said, was "unacceptable".');
    expect(r.triples).toContain('REPRESENTS:vladimir-putin:russia');
    expect(r.triples.some((t) => /^OPPOSES:vladimir-putin:/.test(t))).toBe(true);
    expect(r.triples.some((t) => /^OPPOSES:yury-ushakov:/.test(t))).toBe(false);
  });

  it('should find the person the article gave that office, however far back', () => {
    const filler = ' The talks went on for hours and covered trade, energy and the grain corridor in detail.'.repeat(20);
    const r = extractText(`Russian President Vladimir Putin spoke at the forum on Thursday.${filler} Foreign Minister Sergei Lavrov spoke after him. Since the spring, the Russian president has repeatedly rejected the reassurance force.`);
    expect(r.triples).toContain('OPPOSES:vladimir-putin:reassurance-force');
    expect(r.triples).not.toContain('OPPOSES:sergei-lavrov:reassurance-force');
  });

  it('should not give a title to someone a reader knows holds another state\'s office', () => {
    const r = extractText('Volodymyr Zelensky asked for more weapons on Thursday. Since the spring, the Russian president has repeatedly rejected the reassurance force.');
    expect(r.triples).not.toContain('OPPOSES:volodymyr-zelensky:reassurance-force');
    expect(r.triples).not.toContain('REPRESENTS:volodymyr-zelensky:russia');
  });

  it('should leave a title whose apposition names its holder to that apposition', () => {
    const r = extractText('Donald Trump spoke to Vladimir Putin on Wednesday. The U.S. envoy for Ukraine and Russia, retired Lt. Gen. Keith Kellogg, told delegates that Europe would not sit at the table.');
    expect(r.triples).not.toContain('REPRESENTS:donald-trump:united-states');
  });
});

describe('#officeAgrees', () => {
  it('should accept the same office in other words', () => {
    expect(officeAgrees('President', 'president')).toBe(true);
    expect(officeAgrees('Prime Minister', 'premier')).toBe(true);
    expect(officeAgrees('Defense Minister', 'defence minister')).toBe(true);
    expect(officeAgrees('Kremlin spokesman', 'spokesperson')).toBe(true);
    expect(officeAgrees(undefined, 'chancellor')).toBe(true);
    expect(officeAgrees('Foreign Minister', 'leader')).toBe(true);
  });

  it('should refuse another office, a deputy and a former holder', () => {
    expect(officeAgrees('foreign-policy adviser', 'president')).toBe(false);
    expect(officeAgrees('Vice President', 'president')).toBe(false);
    expect(officeAgrees('Foreign Minister', 'prime minister')).toBe(false);
    expect(officeAgrees('former president', 'president')).toBe(false);
  });
});

describe('a guest received', () => {
  it('should not count one person named twice as two guests of a gathering', () => {
    const r = extractText('Leaders met at the Paris summit on 17 February. On 3 September Lena Holt was received by Donald Trump at the White House, where the U.S. president said American troops would stay.');
    expect(r.triples.some((t) => t.startsWith('ATTENDED:donald-trump:'))).toBe(false);
  });
});

describe('a quotation no one is said to speak', () => {
  it('should give every sentence of it to the person the sentence before it names', () => {
    const r = extractText('Lena Holt spoke on Monday. Ivo Marek was blunt. "I am against a buffer zone. We back the reassurance force."');
    expect(r.triples).toContain('SUPPORTS:ivo-marek:reassurance-force');
    expect(r.triples).not.toContain('SUPPORTS:lena-holt:reassurance-force');
  });

  it('should give it to the person a pronoun sentence before it stands for', () => {
    const r = extractText('Lena Holt spoke on Monday.\n\nShe paused. "In March I thought it was a press release. Today I support the reassurance force more than I did then."');
    expect(r.triples).toContain('SUPPORTS:lena-holt:reassurance-force');
  });

  it('should give an interview answer after a question in bold to the person interviewed', () => {
    const r = extractText('Tomas Lind spent years on the line. Lind now runs an institute in Vienna.\n\n**What did Paris decide?**\n\n"More than people think. I support the reassurance force, and I say that carefully."');
    expect(r.triples).toContain('SUPPORTS:tomas-lind:reassurance-force');
  });

  it('should leave a quotation whose introducing sentence names two people unattributed', () => {
    const r = extractText('Lena Holt met Ivo Marek on Monday. "It went well. We back the reassurance force."');
    expect(r.triples.some((t) => /^SUPPORTS:(?:lena-holt|ivo-marek):reassurance-force$/.test(t))).toBe(false);
  });

  it('should leave a quotation that closes on a speaker of its own to that speaker', () => {
    const r = extractText('Ivo Marek was blunt. "We back the reassurance force," Lena Holt said.');
    expect(r.triples).toContain('SUPPORTS:lena-holt:reassurance-force');
    expect(r.triples).not.toContain('SUPPORTS:ivo-marek:reassurance-force');
  });

  it('should not give an answer to anyone when no one is named more than the others', () => {
    const r = extractText('Tomas Lind and Lena Holt spoke.\n\n**What did Paris decide?**\n\n"I support the reassurance force."');
    expect(r.triples.some((t) => /^SUPPORTS:(?:tomas-lind|lena-holt):reassurance-force$/.test(t))).toBe(false);
  });
});

describe('a stance echoed from the sentence before', () => {
  it('should give "repeated the position" the stance the sentence before stated', () => {
    const r = extractText('Lena Holt said that Norway would not send troops to the reassurance force. Defence Minister Ivo Marek repeated the position in March, arguing that the army had to guard the border.');
    expect(r.triples).toContain('OPPOSES:ivo-marek:reassurance-force');
  });

  it('should give "had said the same" the stance of the sentence before', () => {
    const r = extractText('Lena Holt said Norway backed the reassurance force. Ivo Marek had said the same at his briefing.');
    expect(r.triples).toContain('SUPPORTS:ivo-marek:reassurance-force');
  });

  it('should not read "said the same evening that" as an echo', () => {
    const r = extractText('Lena Holt said Norway backed the reassurance force. Ivo Marek said the same evening that the talks were long.');
    expect(r.triples).not.toContain('SUPPORTS:ivo-marek:reassurance-force');
  });

  it('should not let a quantified group echo', () => {
    const r = extractText('Lena Holt said Norway backed the reassurance force. Not every capital said the same.');
    expect(r.triples.filter((t) => t.startsWith('SUPPORTS:')).every((t) => /:(?:lena-holt|norway):/.test(t))).toBe(true);
  });
});

describe('a bare title opening a sentence', () => {
  it('should point at the person given that office, not the subject given another', () => {
    const r = extractText('German Chancellor Friedrich Merz met French President Emmanuel Macron in Berlin. The president said France backed the reassurance force.');
    expect(r.triples).toContain('SUPPORTS:emmanuel-macron:reassurance-force');
    expect(r.triples).not.toContain('SUPPORTS:friedrich-merz:reassurance-force');
  });

  it('should still point at the subject when the text gave them no office', () => {
    const r = extractText('Friedrich Merz met Emmanuel Macron in Berlin. The chancellor said Germany backed the reassurance force.');
    expect(r.triples).toContain('SUPPORTS:friedrich-merz:reassurance-force');
  });
});

describe('a quotation of several sentences after "X said:"', () => {
  it('should give its middle sentences to the speaker named before the colon', () => {
    const r = extractText('Speaking to reporters, Lena Holt said: "We are close. We back the reassurance force. It will be strong."');
    expect(r.triples).toContain('SUPPORTS:lena-holt:reassurance-force');
  });

  it('should give them to the person a pronoun before the colon stands for', () => {
    const r = extractText('Lena Holt spoke to reporters. She said: "We are close. We back the reassurance force. It will be strong."');
    expect(r.triples).toContain('SUPPORTS:lena-holt:reassurance-force');
  });
});

describe('an office written alone', () => {
  it('should read "the minister said" as the one person the text gave that office', () => {
    const r = extractText('Defence Minister Ivo Marek spoke in Brussels. Norway backed the reassurance force, the minister said.');
    expect(r.triples).toContain('SUPPORTS:ivo-marek:reassurance-force');
  });

  it('should read "The minister added that…" the same way', () => {
    const r = extractText('Defence Minister Ivo Marek spoke in Brussels. The minister added that Norway backed the reassurance force.');
    expect(r.triples).toContain('SUPPORTS:ivo-marek:reassurance-force');
  });

  it('should leave "the minister" unread when two ministers were named', () => {
    const r = extractText('Defence Minister Ivo Marek met Foreign Minister Lena Holt. The minister added that Norway backed the reassurance force.');
    expect(r.triples).not.toContain('SUPPORTS:ivo-marek:reassurance-force');
    expect(r.triples).not.toContain('SUPPORTS:lena-holt:reassurance-force');
  });

  it('should not read "the spokesman" as someone the text gave another office', () => {
    const r = extractText('Defence Minister Ivo Marek spoke in Brussels. Norway backed the reassurance force, the spokesman said.');
    expect(r.triples).not.toContain('SUPPORTS:ivo-marek:reassurance-force');
  });
});

describe('a quotation after a sentence that ends on a colon', () => {
  it('should give it to the person that sentence names', () => {
    const r = extractText('**14:30** — Lena Holt spoke to reporters before the summit: "The coalition stands ready to deploy a reassurance force."');
    expect(r.triples).toContain('SUPPORTS:lena-holt:reassurance-force');
  });

  it('should not give it to a person named as the object of a preposition', () => {
    const r = extractText('Asked about Ivo Marek, the panel was clear: "We back the reassurance force."');
    expect(r.triples).not.toContain('SUPPORTS:ivo-marek:reassurance-force');
  });
});

describe('a bare title written with capitals', () => {
  it('should read "The Prime Minister said" as the person the sentence before was about', () => {
    const r = extractText('Keir Starmer met Emmanuel Macron in London on Sunday. The Prime Minister said Britain backed the reassurance force.');
    expect(r.triples).toContain('SUPPORTS:keir-starmer:reassurance-force');
    expect(r.triples).not.toContain('SUPPORTS:emmanuel-macron:reassurance-force');
  });
});

describe('a pronoun agrees in gender with its person', () => {
  it('should read "She" as the last woman the text showed, not the man it named last', () => {
    const r = extractText('Lena Holt said she was ready. Ivo Marek said he was not. Marek then met Holt in Oslo. She backed the reassurance force.');
    expect(r.triples).toContain('SUPPORTS:lena-holt:reassurance-force');
    expect(r.triples).not.toContain('SUPPORTS:ivo-marek:reassurance-force');
  });

  it('should keep the centre when its gender agrees', () => {
    const r = extractText('Lena Holt said she was ready. Ivo Marek said he was not. Marek then met Holt in Oslo. He backed the reassurance force.');
    expect(r.triples).toContain('SUPPORTS:ivo-marek:reassurance-force');
  });

  it('should learn gender from an honorific', () => {
    const r = extractText('Mrs Holt spoke first. Mr Marek met Holt in Oslo. She backed the reassurance force.');
    expect(r.triples).toContain('SUPPORTS:holt:reassurance-force');
    expect(r.triples).not.toContain('SUPPORTS:marek:reassurance-force');
  });

  it('should not learn a gender from an object pronoun that points at someone else', () => {
    const r = extractText('Lena Holt said she was ready. Ivo Marek met her in Oslo. He backed the reassurance force.');
    expect(r.triples).toContain('SUPPORTS:ivo-marek:reassurance-force');
  });
});
