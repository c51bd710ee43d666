import { describe, it, expect } from 'vitest';
import { extractText } from './helpers';

// Stance wordings of real reports: quoted verdicts, "refused" with an object, a second verb's own object, "that"
// relative clauses, "first raised it", and Moscow's "NATO troops" for the European force.
describe('stance wordings', () => {
  it('should read a quoted verdict and the actor it is a verdict for', () => {
    const r = extractText('Spokeswoman Ana Belk said that the arrival of European troops in Ukraine was "wholly unacceptable" for Russia.');
    expect(r.triples).toContain('OPPOSES:ana-belk:european-peacekeeping-force');
    expect(r.triples).toContain('OPPOSES:russia:european-peacekeeping-force');
  });

  it('should read a quoted "cause for concern" as opposition', () => {
    const r = extractText('Ana Belk said that European troops in Ukraine would be a "cause for concern".');
    expect(r.triples).toContain('OPPOSES:ana-belk:european-peacekeeping-force');
  });

  it('should read "refused" with an object, and give a second verb its own object', () => {
    const r = extractText('Russia agreed only to a pause in the shelling and again refused the full ceasefire that Ukraine accepted on Monday.');
    expect(r.triples).toContain('OPPOSES:russia:ceasefire');
    expect(r.triples).not.toContain('SUPPORTS:russia:ceasefire');
    expect(r.triples).toContain('SUPPORTS:ukraine:ceasefire');
  });

  it('should not read "refused to" as an object taken', () => {
    const r = extractText('Poland refused to send peacekeepers.');
    expect(r.triples).toContain('OPPOSES:poland:european-peacekeeping-force');
  });

  it('should read "first raised it" as proposing the proposal the text is about', () => {
    const r = extractText('The idea of a European force is not new. Ivo Marek first raised it in 2024.');
    expect(r.triples).toContain('PROPOSED:ivo-marek:european-peacekeeping-force');
  });

  it('should read "needed" as a verdict for the proposal before it', () => {
    const r = extractText('Ivo Marek said a security guarantee from Washington would be needed.');
    expect(r.triples).toContain('SUPPORTS:ivo-marek:security-guarantees');
  });

  it('should take "NATO troops" in Ukraine for the European force', () => {
    const r = extractText('Ana Belk said Russia would never accept NATO troops in Ukraine.');
    expect(r.triples).toContain('OPPOSES:russia:european-peacekeeping-force');
  });

  it('should give a reported clause to the antecedent of "who"', () => {
    const r = extractText('The leaders later held a call with Ivo Marek, who told them that American troops would not be deployed to Ukraine.');
    expect(r.triples).toContain('OPPOSES:ivo-marek:us-troops-in-ukraine');
  });
});

describe('a quoted phrase someone calls for', () => {
  it('should name a new proposal and make the caller its proposer', () => {
    expect(extractText("Ivo Marek in Vienna calls for 'armed forces of Europe'; Nora Lind says troops could go").triples).toContain('PROPOSED:ivo-marek:armed-forces-of-europe');
    expect(extractText('Nora Lind used her speech on Wednesday to call for a "drone wall" along the border.').triples).toContain('PROPOSED:nora-lind:drone-wall');
  });

  it('should not take an apostrophe for a quotation', () => {
    const r = extractText("Ivo Marek called for Europe's army to grow.");
    expect(r.entities.filter((e) => e.type === 'PROPOSAL').map((e) => e.name)).not.toContain("Europe's army to grow");
  });
});

describe('negated negatives and reported speech inside a quotation', () => {
  it('should read "does not exclude sending troops" as a stance for', () => {
    const r = extractText('Sweden does not exclude sending troops either.');
    expect(r.triples).toContain('SUPPORTS:sweden:european-peacekeeping-force');
    expect(r.triples).not.toContain('OPPOSES:sweden:european-peacekeeping-force');
  });

  it('should give words a quoted speaker reports to the one who said them, not to the speaker', () => {
    const r = extractText('"I told them so. Prime Minister Ivo Marek said in March that Estonia was ready to contribute peacekeepers. It was not a gesture," Nora Lind said.');
    expect(r.triples).toEqual(expect.arrayContaining(['SUPPORTS:ivo-marek:european-peacekeeping-force', 'SUPPORTS:estonia:european-peacekeeping-force']));
    expect(r.triples).not.toContain('SUPPORTS:nora-lind:european-peacekeeping-force');
  });
});

describe('verdicts and coordinated delegations', () => {
  it('should read "could form the basis of a settlement" as a verdict for the plan before it', () => {
    const r = extractText('Ivo Marek said last Friday that the American peace plan "could form the basis of a final peace settlement".');
    expect(r.triples).toContain('SUPPORTS:ivo-marek:american-peace-plan');
    expect(r.triples).not.toContain('SUPPORTS:ivo-marek:peace-deal');
  });

  it('should read a warning that something would seriously damage relations as opposition', () => {
    const r = extractText('Ivo Marek warned that the European force would seriously damage relations with Moscow.');
    expect(r.triples).toContain('OPPOSES:ivo-marek:european-peacekeeping-force');
  });

  it('should read "the American and Ukrainian delegations" as both countries', () => {
    const r = extractText('The American and Ukrainian delegations agreed on a ceasefire of thirty days.');
    expect(r.triples).toEqual(expect.arrayContaining(['SUPPORTS:united-states:ceasefire', 'SUPPORTS:ukraine:ceasefire']));
  });
});

describe('a stance noun stated by a speaker', () => {
  it('should give "Moscow\'s rejection of …, he stressed" to the country and the speaker', () => {
    const r = extractText("Ivo Marek spoke on Tuesday. Moscow's rejection of Ukraine's NATO membership has not changed, he stressed.");
    expect(r.triples).toContain('OPPOSES:russia:nato-membership-for-ukraine');
    expect(r.triples).toContain('OPPOSES:ivo-marek:nato-membership-for-ukraine');
  });
});

describe('a verdict in a second reported clause', () => {
  it('should give "…, and that the U.S. guarantee remained essential" to the one who reports both clauses', () => {
    const r = extractText('Ivo Marek wrote that a lasting peace required Norway to be secure, and that the U.S. guarantee remained essential because only America could deter Russia.');
    expect(r.triples).toContain('SUPPORTS:ivo-marek:us-backstop');
    expect(r.triples).not.toContain('SUPPORTS:norway:us-backstop');
  });

  it('should still not reach back across a new clause for an object named before it', () => {
    const r = extractText('Ivo Marek backed the U.S. backstop, but Norway remained cautious.');
    expect(r.triples).not.toContain('OPPOSES:ivo-marek:us-backstop');
  });
});

describe('the addressee of a speech verb', () => {
  it('should not hold what the speaker told them', () => {
    const r = extractText('Ivo Marek told the Sejm on 7 March that a French nuclear umbrella is worth serious consideration.');
    expect(r.triples).toContain('SUPPORTS:ivo-marek:french-nuclear-umbrella');
    expect(r.triples).not.toContain('SUPPORTS:sejm:french-nuclear-umbrella');
  });
});

describe('a name before a body of theirs', () => {
  it('should not make "the Trump administration" the person', () => {
    const r = extractText('Donald Trump spoke on Monday. The Trump administration has promised to support the European force from the air.');
    expect(r.triples).not.toContain('SUPPORTS:donald-trump:european-peacekeeping-force');
  });
});
