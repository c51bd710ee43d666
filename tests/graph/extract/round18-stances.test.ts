import { describe, it, expect } from 'vitest';
import { stances } from './helpers';

// Round 18: stances carried by "; so have A and B", the idiom "came out for", a month read as a modal, and "he" after a
// coordinated clause. People invented; the sentences are written here, not taken from any evaluation article.

describe('"so have" after a semicolon', () => {
  it('should give every actor listed after "; so have" the stance of the clause before', () => {
    const found = stances("Anna Lind has backed the reparations loan since June; so have Sweden's Piet Smit and Finland's Olga Berg.");
    expect(found).toContain('SUPPORTS:anna-lind:reparations-loan');
    expect(found).toContain('SUPPORTS:piet-smit:reparations-loan');
    expect(found).toContain('SUPPORTS:olga-berg:reparations-loan');
  });

  it('should still read ", as does Denmark" and stop at a relative clause', () => {
    expect(stances('Norway backs the reassurance force, as does Denmark.')).toContain('SUPPORTS:denmark:reassurance-force');
    expect(stances('Norway backs the reassurance force; so does Denmark, which Piet Smit visited.')).not.toContain('SUPPORTS:piet-smit:reassurance-force');
  });
});

describe('"came out for"', () => {
  it('should read coming out for or in favour of a proposal as support', () => {
    expect(stances('Piet Smit came out for the reparations loan in a newspaper article.')).toContain('SUPPORTS:piet-smit:reparations-loan');
    expect(stances('Piet Smit has come out strongly in favour of the reassurance force.')).toContain('SUPPORTS:piet-smit:reassurance-force');
  });

  it('should still read coming out against a proposal as opposition', () => {
    expect(stances('Piet Smit came out against the reparations loan.')).toContain('OPPOSES:piet-smit:reparations-loan');
  });
});

describe('the month of May', () => {
  it('should not read "in May" between a speaker and a refusal as a hedge that drops it', () => {
    expect(stances('Piet Smit, who faces an election in May, said he would not send troops to Ukraine.')).toContain('OPPOSES:piet-smit:european-peacekeeping-force');
    expect(stances('Piet Smit said on 9 May he would not send troops to Ukraine.')).toContain('OPPOSES:piet-smit:european-peacekeeping-force');
  });
});

describe('"he" after a coordinated clause', () => {
  it('should give "he" to the subject of the clause after ", and", not to the one the sentence opened with', () => {
    const found = stances("Anna Lind floated the idea in March, and Norway's Piet Smit gave it weight when he came out for the reparations loan.");
    expect(found).toContain('SUPPORTS:piet-smit:reparations-loan');
    expect(found).not.toContain('SUPPORTS:anna-lind:reparations-loan');
  });
});

describe('verdicts on a proposal', () => {
  // Round 19: the annotation rules read "not necessary" as no stance at all (data/eval/realistic/README.md).
  it('should read "is not necessary" as no stance and "is essential" as support', () => {
    expect(stances('Anna Lind said a ceasefire was not necessary.')).not.toContain('OPPOSES:anna-lind:ceasefire');
    expect(stances('Anna Lind said a ceasefire was not necessary.')).not.toContain('SUPPORTS:anna-lind:ceasefire');
    expect(stances('Anna Lind said security guarantees were essential.')).toContain('SUPPORTS:anna-lind:security-guarantees');
  });

  it('should read a proposal that "must come first" in a reported clause as the speaker\'s demand', () => {
    expect(stances('Anna Lind said that a ceasefire must come first.')).toContain('SUPPORTS:anna-lind:ceasefire');
  });
});

describe('a reported clause after "told <someone> that"', () => {
  it('should give the speaker a favourable verdict on the proposal the clause opens with, after a one-word addressee', () => {
    expect(stances('Anna Lind told reporters that security guarantees must be legally binding.')).toContain('SUPPORTS:anna-lind:security-guarantees');
    expect(stances('Anna Lind assured allies that the reassurance force would be ready.')).toContain('SUPPORTS:anna-lind:reassurance-force');
  });

  it('should read "European forces could be deployed" as any European force, not a nation\'s troops', () => {
    expect(stances('Anna Lind said that European forces could be deployed in Ukraine once a peace deal is signed.')).toContain('SUPPORTS:anna-lind:european-peacekeeping-force');
  });
});

describe('asking for a thing, doing one\'s part, calling a plan madness', () => {
  it('should read asking others for a proposal as support, and not asking for a view of it', () => {
    expect(stances('Anna Lind asked Norway and Denmark for security guarantees.')).toContain('SUPPORTS:anna-lind:security-guarantees');
    expect(stances('Piet Smit asked Anna Lind for her view of the reassurance force.')).not.toContain('SUPPORTS:piet-smit:reassurance-force');
    expect(stances('Anna Lind was asked for security guarantees.')).not.toContain('SUPPORTS:anna-lind:security-guarantees');
  });

  it('should read doing one\'s part for a proposal as support', () => {
    expect(stances('Norway will do its part for the security guarantees.')).toContain('SUPPORTS:norway:security-guarantees');
  });

  it('should read calling a proposal "madness" or "folly" as opposition', () => {
    expect(stances('Piet Smit called the reassurance force "madness".')).toContain('OPPOSES:piet-smit:reassurance-force');
    expect(stances('Piet Smit called the reassurance force folly.')).toContain('OPPOSES:piet-smit:reassurance-force');
  });
});

describe('a negation inside a relative clause on the holder', () => {
  it('should not let "who does not…" between the holder and the stance reverse it', () => {
    const found = stances('Piet Smit, who does not run foreign policy, said on Thursday that the reassurance force would be "madness".');
    expect(found).toContain('OPPOSES:piet-smit:reassurance-force');
    expect(found).not.toContain('SUPPORTS:piet-smit:reassurance-force');
  });
});

describe('a verdict on the proposal that opens the clause after ", but"', () => {
  it('should give the sentence subject the verdict against a proposal the new clause opens with', () => {
    expect(stances('Norway is ready to talk about training, but a reassurance force is "not up for discussion".')).toContain('OPPOSES:norway:reassurance-force');
  });

  it('should leave it to an actor the new clause names', () => {
    const found = stances('Norway backs a ceasefire, but Denmark says a reassurance force is premature.');
    expect(found).toContain('OPPOSES:denmark:reassurance-force');
    expect(found).not.toContain('OPPOSES:norway:reassurance-force');
  });
});

describe('an attribution between commas before a long aside', () => {
  it('should give the stance to "Prime Minister X said on Sunday" even when a long clause follows it', () => {
    const found = stances('Norway is open to a contribution to a peacekeeping force in Ukraine, Prime Minister Anna Lind said on Sunday, a day after she joined a video call of leaders hosted by Britain on how to secure any ceasefire with Russia.');
    expect(found).toContain('SUPPORTS:norway:european-peacekeeping-force');
    expect(found).toContain('SUPPORTS:anna-lind:european-peacekeeping-force');
  });
});

describe('a favourable verdict on a proposal named with its partner', () => {
  it('should read "the guarantees with the United States were ready" as the speaker\'s support', () => {
    expect(stances('Anna Lind said the security guarantees with the United States were "ready to be signed".')).toContain('SUPPORTS:anna-lind:security-guarantees');
  });
});

describe('adopting, approving or ratifying a measure', () => {
  it('should read a body that adopts or approves a measure as backing it, and "did not ratify" as against it', () => {
    expect(stances('The European Union adopted new sanctions on Russia on Thursday.')).toContain('SUPPORTS:european-union:new-sanctions-on-russia');
    expect(stances('Norway approved the reparations loan.')).toContain('SUPPORTS:norway:reparations-loan');
    expect(stances('Norway did not ratify the reparations loan.')).toContain('OPPOSES:norway:reparations-loan');
  });

  it('should not give the stance to a body named only as the scene set before the subject', () => {
    const found = stances('On Thursday, at the European Council in Brussels, Norway approved the reparations loan.');
    expect(found).toContain('SUPPORTS:norway:reparations-loan');
    expect(found).not.toContain('SUPPORTS:european-council:reparations-loan');
    expect(stances('On Thursday, at the European Council in Brussels, the leaders approved the reparations loan.')).not.toContain('SUPPORTS:european-council:reparations-loan');
  });
});

describe('"he" after a person named only as the object of a preposition', () => {
  it('should give the reported stance to the person who acted before, not to the one the call was with', () => {
    const found = stances('Anna Lind spoke to reporters in Oslo. After a long call with Piet Smit, she said Norway supports the reassurance force.');
    expect(found).toContain('SUPPORTS:anna-lind:reassurance-force');
    expect(found).not.toContain('SUPPORTS:piet-smit:reassurance-force');
  });
});

describe('the alternative set aside', () => {
  it('should not read the proposal after "instead of" as the object of a readiness', () => {
    const found = stances('Anna Lind said Norway is ready for a compromise: instead of membership in NATO, Norway could accept security guarantees.');
    expect(found).not.toContain('SUPPORTS:norway:nato-membership-for-ukraine');
    expect(found).toContain('SUPPORTS:norway:security-guarantees');
  });
});
