import { describe, it, expect } from 'vitest';
import { extractText, stances } from './helpers';

// Round 17: a proposal named only to say when or on what a stance would act is not what the stance is on; a
// comparison is no stance; what one person says another said is neither's. People invented; the sentences are written
// here, not taken from any evaluation article.

describe('a proposal that only dates the stance', () => {
  it('should not read "ready to deploy the moment a ceasefire is agreed" as support for the ceasefire', () => {
    expect(stances('Anna Lind said the force was ready to deploy the moment a ceasefire is agreed.')).not.toContain('SUPPORTS:anna-lind:ceasefire');
    expect(stances('Anna Lind said the troops would deploy as soon as a truce is signed.')).not.toContain('SUPPORTS:anna-lind:ceasefire');
    expect(stances('Anna Lind said the troops would deploy the day a ceasefire takes hold.')).not.toContain('SUPPORTS:anna-lind:ceasefire');
  });

  it('should still read the ceasefire itself backed as support', () => {
    expect(stances('Anna Lind said she backed a ceasefire.')).toContain('SUPPORTS:anna-lind:ceasefire');
  });
});

describe('a proposal that a backed mechanism would watch', () => {
  it('should not read backing a mechanism "to monitor that ceasefire" as support for the ceasefire', () => {
    expect(stances('Anna Lind also backed a mechanism to monitor that ceasefire.')).not.toContain('SUPPORTS:anna-lind:ceasefire');
    expect(stances('Anna Lind backed the monitoring of this ceasefire by drones.')).not.toContain('SUPPORTS:anna-lind:ceasefire');
  });
});

describe('comparisons and retold claims', () => {
  it('should not read "more cautious still" as opposition, but should read "remains cautious about" as one', () => {
    expect(stances('Anna Lind backed the reassurance force. Norway is more cautious still.')).not.toContain('OPPOSES:norway:reassurance-force');
    expect(stances('Norway remains cautious about the reassurance force.')).toContain('OPPOSES:norway:reassurance-force');
  });

  it('should give the one who urges, not the one urged, the stance, with a time between', () => {
    const found = stances('Piet Smit, who met the envoys, urged Moscow on Tuesday to accept the truce.');
    expect(found).toContain('SUPPORTS:piet-smit:ceasefire');
    expect(found).not.toContain('SUPPORTS:russia:ceasefire');
  });

  it('should give no stance to a person or a state whose words another person retells', () => {
    const found = stances('Anna Lind said Piet Smit had made clear the Netherlands wanted a ceasefire.');
    expect(found).not.toContain('SUPPORTS:piet-smit:ceasefire');
    expect(found).not.toContain('SUPPORTS:netherlands:ceasefire');
    expect(stances('Piet Smit had made clear the Netherlands wanted a ceasefire.')).toContain('SUPPORTS:netherlands:ceasefire');
  });
});

describe('a participle that describes a plan others commit to', () => {
  it('should not read "a force led by Europe and supported by Norway", inside what others committed to, as Norway\'s stance', () => {
    const found = stances('In the text the leaders committed to firm security guarantees, among them a reassurance force led by Europe and supported by Norway.');
    expect(found).not.toContain('SUPPORTS:norway:reassurance-force');
  });

  it('should still read a plan that "is backed by" a state, or one set apart "backed by" a state, as its support', () => {
    expect(stances('The reassurance force is backed by Norway.')).toContain('SUPPORTS:norway:reassurance-force');
    expect(stances('The reassurance force, backed by Norway, will deploy next year.')).toContain('SUPPORTS:norway:reassurance-force');
  });
});

describe('clauses and compounds', () => {
  it('should read "not up for discussion" as opposition', () => {
    expect(stances('Anna Lind said a reassurance force was "not up for discussion".')).toContain('OPPOSES:anna-lind:reassurance-force');
  });

  it('should not carry a readiness across ", but a" to the next clause\'s proposal', () => {
    expect(stances('Norway is ready to talk about training, but a reassurance force is not on the table.')).not.toContain('SUPPORTS:norway:reassurance-force');
  });

  it('should not read leading "ceasefire monitoring" as support for the ceasefire', () => {
    expect(stances('Anna Lind said Norway had committed to lead ceasefire monitoring.')).not.toContain('SUPPORTS:norway:ceasefire');
    expect(stances('Anna Lind said Norway had committed to the ceasefire.')).toContain('SUPPORTS:norway:ceasefire');
  });

  it('should not turn doubt "about some of the details" into opposition to the proposal named before', () => {
    expect(stances('The leaders discussed the ceasefire. Anna Lind said she was sceptical about some of the details.')).not.toContain('OPPOSES:anna-lind:ceasefire');
    expect(stances('Anna Lind discussed the ceasefire. She said she was sceptical about it.')).toContain('OPPOSES:anna-lind:ceasefire');
  });
});

describe('drafts as a noun', () => {
  const proposed = (text: string) => extractText(text).relations.filter((x) => x.type === 'PROPOSED').map((x) => `${x.source}:${x.target}`);
  it('should not read going through "the latest drafts of" a plan as proposing it, but should read drafting it so', () => {
    expect(proposed('Anna Lind and Piet Smit went through the latest drafts of the security guarantees.')).toEqual([]);
    expect(proposed('Norway drafted the security guarantees.')).toContain('norway:security-guarantees');
    expect(proposed('Norway drafts the security guarantees.')).toContain('norway:security-guarantees');
  });
});

describe('what one needs or wants of others', () => {
  it('should give the one who needs or wants others to act the stance, not the others', () => {
    const quoted = stances('"We need the Germans to sign, and we need the reassurance force on the ground," Anna Lind said.');
    expect(quoted).toContain('SUPPORTS:anna-lind:reassurance-force');
    expect(quoted).not.toContain('SUPPORTS:germany:reassurance-force');
    const wants = stances('Anna Lind wants Germany to join the reassurance force.');
    expect(wants).toContain('SUPPORTS:anna-lind:reassurance-force');
    expect(wants).not.toContain('SUPPORTS:germany:reassurance-force');
  });
});

describe('what another must do', () => {
  it('should give the speaker, and not the one it is demanded of, the stance', () => {
    for (const text of ['Anna Lind said Piet Smit must accept the ceasefire.', 'Piet Smit must accept the ceasefire, Anna Lind said.']) {
      const found = stances(text);
      expect(found).toContain('SUPPORTS:anna-lind:ceasefire');
      expect(found).not.toContain('SUPPORTS:piet-smit:ceasefire');
    }
    const state = stances('Anna Lind, the Swedish foreign minister, said Russia should accept the ceasefire.');
    expect(state).toContain('SUPPORTS:anna-lind:ceasefire');
    expect(state).not.toContain('SUPPORTS:russia:ceasefire');
  });
});

describe('helping to lead or pay for a force', () => {
  it('should read "would help lead" and "would help fund" a force as support', () => {
    expect(stances('Anna Lind said Norway would help lead the reassurance force.')).toContain('SUPPORTS:norway:reassurance-force');
    expect(stances('Anna Lind said Norway would help fund the reassurance force.')).toContain('SUPPORTS:norway:reassurance-force');
  });
});

describe('seeing no role for a thing', () => {
  it('should read a state that "saw no role for" troops or a force as opposing it', () => {
    expect(stances('Anna Lind said Norway saw no role for the reassurance force.')).toContain('OPPOSES:norway:reassurance-force');
    expect(stances('Anna Lind said Norway sees no place for the reassurance force.')).toContain('OPPOSES:anna-lind:reassurance-force');
  });
});

describe('providing or being part of a thing', () => {
  it('should read what a state says it will provide, help provide or be part of as support', () => {
    expect(stances('Anna Lind said Norway would provide security guarantees.')).toContain('SUPPORTS:norway:security-guarantees');
    expect(stances('Anna Lind said Norway would help Europe provide security guarantees.')).toContain('SUPPORTS:norway:security-guarantees');
    expect(stances('Anna Lind said Norway would be part of the reassurance force.')).toContain('SUPPORTS:norway:reassurance-force');
    expect(stances('Anna Lind said Norway would not provide troops for the reassurance force.')).toContain('OPPOSES:norway:reassurance-force');
  });

  it('should give no stance to a state a plan requires to provide something, nor to an answer given on a thing', () => {
    expect(stances('The plan would require Norway to provide air cover and a backstop.')).not.toContain('SUPPORTS:norway:us-backstop');
    expect(stances('Anna Lind said Norway could give its answer on the ceasefire next week.')).not.toContain('SUPPORTS:norway:ceasefire');
  });
});

describe('troops that would not go', () => {
  it('should read "no American troops would go to Ukraine" as opposing them', () => {
    expect(stances('Anna Lind said no American troops would go to Ukraine.')).toContain('OPPOSES:anna-lind:us-troops-in-ukraine');
  });
});

describe('a position against a thing', () => {
  it('should read a state\'s "position against the presence of" troops as opposing them', () => {
    expect(stances('Norway\'s position against the presence of the reassurance force is unchanged.')).toContain('OPPOSES:norway:reassurance-force');
  });
});

describe('a speaker clear or adamant that', () => {
  it('should give one who "was equally clear that" or "is adamant that" the reported stance too', () => {
    expect(stances('Anna Lind was equally clear that Norway would not send soldiers to Ukraine.')).toContain('OPPOSES:anna-lind:european-peacekeeping-force');
    expect(stances('Anna Lind is adamant that Norway backs the reassurance force.')).toContain('SUPPORTS:anna-lind:reassurance-force');
  });
});

describe('work on a plan reported as moving ahead', () => {
  it('should read "said work on the force was moving ahead" as support, not as proposing it', () => {
    const r = extractText('Anna Lind said work on a "reassurance force," which would protect the skies, was moving ahead.');
    const keys = r.relations.map((x) => `${x.type}:${x.source}:${x.target}`);
    expect(keys).toContain('SUPPORTS:anna-lind:reassurance-force');
    expect(keys).not.toContain('PROPOSED:anna-lind:reassurance-force');
    expect(stances('Anna Lind said work on the reassurance force was making good progress.')).toContain('SUPPORTS:anna-lind:reassurance-force');
  });
});
