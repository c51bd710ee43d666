import { describe, it, expect } from 'vitest';
import { extractText } from './helpers';

// Round 5 of relation rules that carry over to unseen news: a speaker reporting a coordinated subject's stance, work
// named as a noun, ...
describe('a speaker reporting the stance of coordinated subjects', () => {
  it('should make the speaker of "said that A and B would…" hold the stance with both', () => {
    const r = extractText('Ivo Marek said on Tuesday that Norway and Denmark would join a reassurance force after a ceasefire.');
    expect(r.triples).toContain('SUPPORTS:norway:reassurance-force');
    expect(r.triples).toContain('SUPPORTS:denmark:reassurance-force');
    expect(r.triples).toContain('SUPPORTS:ivo-marek:reassurance-force');
  });

  it('should still leave a claim about another person\'s stance to neither', () => {
    const r = extractText('Ivo Marek said that Lena Holt and Jan Berg would back a reassurance force.');
    expect(r.triples).not.toContain('SUPPORTS:ivo-marek:reassurance-force');
  });
});

describe('work named as a noun', () => {
  it('should not read "the coalition\'s work on a force" as proposing the force', () => {
    const r = extractText('Ivo Marek praised the coalition\'s work on a reassurance force for the day after a ceasefire.');
    expect(r.triples).not.toContain('PROPOSED:ivo-marek:reassurance-force');
  });

  it('should still read "has been working on a plan" as proposing it', () => {
    const r = extractText('Norway has been working on a maritime protection plan for the Black Sea.');
    expect(r.triples.some((t) => t.startsWith('PROPOSED:norway:'))).toBe(true);
  });
});

describe('a verb quoted on its own', () => {
  it('should read past the quotation mark that closes right after the verb to its object', () => {
    const r = extractText('Ivo Marek said on Friday that Norway would “stand behind” the security guarantees.');
    expect(r.triples).toContain('SUPPORTS:ivo-marek:security-guarantees');
  });

  it('should still stop at the end of a quoted statement', () => {
    const r = extractText('“We back Ukraine,” Ivo Marek said, before the security guarantees were discussed.');
    expect(r.triples).not.toContain('SUPPORTS:ivo-marek:security-guarantees');
  });
});

describe('a participle after what was discussed', () => {
  it('should not read "the guarantees discussed with the Americans" as a meeting with them', () => {
    const r = extractText('Lena Holt told leaders that the security guarantees discussed with the Americans in Berlin had to be signed.');
    expect(r.triples).not.toContain('MET_WITH:lena-holt:united-states');
  });

  it('should still read "discussed the plan with" as a meeting', () => {
    const r = extractText('Lena Holt discussed the plan with Ivo Marek in Berlin on Monday.');
    expect(r.triples).toContain('MET_WITH:ivo-marek:lena-holt');
  });
});

describe('a proposal that is the subject of a reported clause', () => {
  it('should make the speaker of "said that guarantees must be agreed" back them', () => {
    const r = extractText('On Sunday Lena Holt said again that security guarantees must be agreed before any line is drawn.');
    expect(r.triples).toContain('SUPPORTS:lena-holt:security-guarantees');
  });

  it('should read "which she said would deploy…" after the proposal', () => {
    const r = extractText('Lena Holt spoke in Oslo. The day before she had defended the Multinational Force Ukraine, which she said would deploy "within a week of a truce".');
    expect(r.triples).toContain('SUPPORTS:lena-holt:multinational-force-ukraine');
  });

  it('should read past "plans for" and a quoted verdict', () => {
    const r = extractText('Ivo Marek said the coalition\'s plans for a reassurance force were "ready to go the day after a ceasefire".');
    expect(r.triples).toContain('SUPPORTS:ivo-marek:reassurance-force');
    // The ceasefire only dates the stance.
    expect(r.triples).not.toContain('SUPPORTS:ivo-marek:ceasefire');
  });

  it('should read a verdict quoted from its modal on ("must be strong")', () => {
    const r = extractText('Lena Holt told reporters as she sat down that security guarantees "must be strong, and they must come with the Americans".');
    expect(r.triples).toContain('SUPPORTS:lena-holt:security-guarantees');
  });

  it('should read "said a force would need a backstop" as the speaker backing the force on that condition', () => {
    const r = extractText('Lena Holt spoke in Brussels. At the summit she said a European force would need "a firm American backstop".');
    expect(r.triples).toContain('SUPPORTS:lena-holt:european-peacekeeping-force');
  });

  it('should flip a negated verdict', () => {
    const r = extractText('Ivo Marek said that a reassurance force must not be deployed before a ceasefire.');
    expect(r.triples).not.toContain('SUPPORTS:ivo-marek:reassurance-force');
    // "before a ceasefire" dates it: no stance on the ceasefire either way.
    expect(r.triples.filter((t) => t.endsWith(':ceasefire'))).toEqual([]);
  });

  it('should not give a verdict to a speaker who only reports a question', () => {
    const r = extractText('Ivo Marek asked whether a reassurance force would be ready in time.');
    expect(r.triples).not.toContain('SUPPORTS:ivo-marek:reassurance-force');
  });
});

describe('taking part in a force', () => {
  it('should read "would send a reassurance force" as backing it', () => {
    const r = extractText('Ivo Marek announced that Norway and Denmark would send a "reassurance force" to Ukraine after a ceasefire.');
    expect(r.triples).toContain('SUPPORTS:norway:reassurance-force');
    expect(r.triples).toContain('SUPPORTS:denmark:reassurance-force');
  });

  it('should read "take its share of" and "take part in" a named force or mission', () => {
    expect(extractText('Norway would "take its share" of a reassurance force once the guns fall silent.').triples).toContain('SUPPORTS:norway:reassurance-force');
    expect(extractText('Norway will take part in the Black Sea maritime mission.').triples.some((t) => t.startsWith('SUPPORTS:norway:'))).toBe(true);
  });

  it('should not read a deployment named as a topic ("the idea of deploying a force") as backing it', () => {
    const r = extractText('Ivo Marek called the idea of deploying a massive force "far-fetched".');
    expect(r.triples.filter((t) => t.startsWith('SUPPORTS:ivo-marek:'))).toEqual([]);
  });
});

describe('verdicts in other words', () => {
  it('should read "is not on the agenda" after a deployment as opposing it', () => {
    const r = extractText('Lena Holt spoke in Oslo. Sending Norwegian soldiers "is not on the agenda", she said.');
    expect(r.triples).toContain('OPPOSES:lena-holt:european-peacekeeping-force');
  });

  it('should read "legitimate combat targets" as a threat against the troops', () => {
    const r = extractText('Maria Zakharova said any Western units deployed in Ukraine would be "legitimate combat targets".');
    expect(r.triples).toContain('OPPOSES:maria-zakharova:european-peacekeeping-force');
  });

  it('should read "described … as very complex, risky" as opposing it', () => {
    const r = extractText('Lena Holt described the sending of European troops as "very complex, risky and not very effective".');
    expect(r.triples).toContain('OPPOSES:lena-holt:european-peacekeeping-force');
  });
});

describe('a person named in the speaker\'s relative clause', () => {
  it('should give the stance to the speaker, not to the person the relative clause names', () => {
    const r = extractText('Ivo Marek, who spoke with Lena Holt in New York earlier in the day, said that Norway would back a reassurance force.');
    expect(r.triples).toContain('SUPPORTS:ivo-marek:reassurance-force');
    expect(r.triples).not.toContain('SUPPORTS:lena-holt:reassurance-force');
  });
});

describe('meetings in other words', () => {
  it('should read "called <person>," as a call', () => {
    const r = extractText('Lena Holt spoke on Friday. A day later she called Ivo Marek, and the tone was warmer.');
    expect(r.triples).toContain('MET_WITH:ivo-marek:lena-holt');
  });

  it('should not read "called X a …", "called X\'s plan" or "called for" as a call', () => {
    expect(extractText('Lena Holt called Ivo Marek a dangerous man.').triples).not.toContain('MET_WITH:ivo-marek:lena-holt');
    expect(extractText('Lena Holt called Ivo Marek\'s plan absurd.').triples).not.toContain('MET_WITH:ivo-marek:lena-holt');
    expect(extractText('Lena Holt called for a ceasefire.').triples).toContain('SUPPORTS:lena-holt:ceasefire');
  });

  it('should read "stood beside" and "sitting beside" a person as meeting them', () => {
    expect(extractText('Lena Holt stood beside President Ivo Marek on the square for the ceremony.').triples).toContain('MET_WITH:ivo-marek:lena-holt');
    expect(extractText('Lena Holt, sitting beside Ivo Marek in the Oval Office, promised more air defence.').triples).toContain('MET_WITH:ivo-marek:lena-holt');
  });
});

describe('a speaker whose reported clause follows a second verb', () => {
  it('should give "X signed it with Y and said Z would…" to X, not to the one X signed with', () => {
    const r = extractText('Lena Holt signed the declaration of intent with Ivo Marek in Oslo and said Norway would back a reassurance force after a ceasefire.');
    expect(r.triples).toContain('SUPPORTS:lena-holt:reassurance-force');
    expect(r.triples).not.toContain('SUPPORTS:ivo-marek:reassurance-force');
  });
});

describe('staying out and refusing a single soldier', () => {
  it('should read "stay outside the loan" as opposing it, for every country listed', () => {
    const r = extractText('Hungary, Slovakia and the Czech Republic stay outside the €90 billion EU loan.');
    expect(r.triples.filter((t) => t.startsWith('OPPOSES:')).length).toBe(3);
  });

  it('should read "would not send a single British soldier to the force" as opposing the force', () => {
    const r = extractText('Ivo Marek said at the weekend that he would "not send a single British soldier" to the multinational force.');
    expect(r.triples).toContain('OPPOSES:ivo-marek:multinational-force-ukraine');
  });
});

describe('heads of delegations', () => {
  it('should read "A and B led their delegations" as the two meeting', () => {
    const r = extractText('On Wednesday Lena Holt and Ivo Marek led their delegations for less than an hour in Istanbul.');
    expect(r.triples).toContain('MET_WITH:ivo-marek:lena-holt');
  });
});

describe('co-hosts', () => {
  it('should read "A and B co-hosted the meeting" as the two meeting', () => {
    const r = extractText('Lena Holt and Ivo Marek today co-hosted the meeting of defence ministers in Oslo.');
    expect(r.triples).toContain('MET_WITH:ivo-marek:lena-holt');
  });
});

describe('coordinated objects', () => {
  it('should give "endorsed A and its plan for B" to both A and B', () => {
    const r = extractText('Lena Holt endorsed the coalition of the willing and its plan for a reassurance force.');
    expect(r.triples).toContain('SUPPORTS:lena-holt:coalition-of-the-willing');
    expect(r.triples).toContain('SUPPORTS:lena-holt:reassurance-force');
  });

  it('should carry the polarity to the second object', () => {
    const r = extractText('Lena Holt rejected a ceasefire and a peace deal on Russian terms.');
    expect(r.triples).toContain('OPPOSES:lena-holt:ceasefire');
    expect(r.triples).toContain('OPPOSES:lena-holt:peace-deal');
  });

  it('should not join a proposal that opens a new clause', () => {
    const r = extractText('Lena Holt backed a ceasefire and Russia rejected new sanctions.');
    expect(r.triples).not.toContain('SUPPORTS:lena-holt:new-sanctions-on-russia');
  });
});

describe('participles and nouns that state no stance', () => {
  it('should not read "the plans discussed in Paris for a contingent" as the subject discussing it', () => {
    const r = extractText('Lena Holt spoke in Oslo. The minister also dismissed the plans discussed in Paris on the same day for a Western contingent in Ukraine.');
    expect(r.triples).not.toContain('SUPPORTS:lena-holt:european-peacekeeping-force');
  });

  it('should still read a finite verb after a proposal ("any such deployment needed a U.S. backstop")', () => {
    const r = extractText('Lena Holt said any such deployment needed a U.S. backstop.');
    expect(r.triples).toContain('SUPPORTS:lena-holt:us-backstop');
  });

  it('should not read "a video call of the coalition" as a call for it', () => {
    const r = extractText('Norway\'s call of the coalition of the willing lasted an hour.');
    expect(r.triples).not.toContain('SUPPORTS:norway:coalition-of-the-willing');
    expect(extractText('Norway\'s call for a ceasefire was heard.').triples).toContain('SUPPORTS:norway:ceasefire');
  });
});

describe('a country said to need a thing', () => {
  it('should give "X and Y say Ukraine must have guarantees" to the speakers, not to Ukraine', () => {
    const r = extractText('Lena Holt and Ivo Marek say Ukraine "must have iron-clad security guarantees".');
    expect(r.triples).toContain('SUPPORTS:lena-holt:security-guarantees');
    expect(r.triples).not.toContain('SUPPORTS:ukraine:security-guarantees');
  });

  it('should still give a country that needs a thing by itself the stance', () => {
    const r = extractText('Ukraine needs security guarantees before any ceasefire.');
    expect(r.triples).toContain('SUPPORTS:ukraine:security-guarantees');
  });
});

describe('envoys and spokesmen named by title', () => {
  it('should resolve "the U.S. envoy" to the envoy named before', () => {
    const r = extractText('It was Ivo Marek who announced the American role. Speaking in Paris on 6 January, the U.S. envoy said Washington "strongly backs" the security guarantees.');
    expect(r.triples).toContain('SUPPORTS:ivo-marek:security-guarantees');
    expect(r.triples).toContain('REPRESENTS:ivo-marek:united-states');
  });

  it('should not give a title inside a quotation to the one quoted saying it', () => {
    const r = extractText('"When Ivo Marek says foreign troops are unacceptable, he is bargaining. The Kremlin spokesman said the same thing about Finland," said Lena Holt.');
    expect(r.triples).not.toContain('REPRESENTS:lena-holt:russia');
  });
});

describe('a headline label of no and yes', () => {
  it('should read "X to the Chambers: no soldiers in Ukraine, yes to guarantees" as X\'s stances', () => {
    const r = extractText('# Holt to the Storting: no Norwegian soldiers in Ukraine, yes to security guarantees\n\nLena Holt spoke in Oslo.');
    expect(r.triples).toContain('OPPOSES:lena-holt:european-peacekeeping-force');
    expect(r.triples).toContain('SUPPORTS:lena-holt:security-guarantees');
  });

  it('should not read "no" after a colon with no holder before it', () => {
    const r = extractText('Analysis: no ceasefire in sight for Ukraine.');
    expect(r.triples.filter((t) => t.endsWith(':ceasefire'))).toEqual([]);
  });
});
