import { describe, it, expect } from 'vitest';
import { extractText } from './helpers';

const cases: Array<[string, string, string]> = [
  ['ruled out', 'Italian Prime Minister Giorgia Meloni ruled out a reassurance force.', 'OPPOSES:giorgia-meloni:reassurance-force'],
  ['warned against', 'Kremlin spokesman Dmitry Peskov warned against any deployment of Western troops.', 'OPPOSES:dmitry-peskov:european-peacekeeping-force'],
  ['called for (a known idea)', 'Swedish Prime Minister Ulf Kristersson called for a clear U.S. backstop.', 'SUPPORTS:ulf-kristersson:us-backstop'],
  ['called for (a new plan)', 'Belgian Defence Minister Theo Francken called for a demilitarised zone.', 'PROPOSED:theo-francken:demilitarised-zone'],
  ['is leading efforts to', 'Britain and France are leading efforts to send troops into Ukraine.', 'SUPPORTS:united-kingdom:european-peacekeeping-force'],
  ['proposed', 'Commission President Ursula von der Leyen proposed the ReArm Europe plan.', 'PROPOSED:ursula-von-der-leyen:rearm-europe-plan'],
  ['proposed by (passive)', 'The talks built on a maritime mission proposed by Turkish Foreign Minister Hakan Fidan.', 'PROPOSED:hakan-fidan:maritime-mission'],
  ['met with', 'Danish Prime Minister Mette Frederiksen met with Ukrainian President Volodymyr Zelensky in Kyiv.', 'MET_WITH:mette-frederiksen:volodymyr-zelensky'],
  ['talks between', 'Fidan spoke after talks between Turkish and Romanian officials in Ankara.', 'MET_WITH:romania:turkey'],
  ['warned that X could lead to', 'Kremlin spokesman Dmitry Peskov warned on Monday that a reassurance force could lead to escalation.', 'OPPOSES:dmitry-peskov:reassurance-force'],
  ['phone call between X and Y (across appositions)', 'They spoke after the phone call between U.S. President Donald Trump and Russian President Vladimir Putin.', 'MET_WITH:donald-trump:vladimir-putin'],
  ['discussed with (he = the person earlier in the sentence)', 'Prime Minister Keir Starmer confirmed that he had discussed the matter with President Volodymyr Zelensky.', 'MET_WITH:keir-starmer:volodymyr-zelensky'],
  ['opposed', 'Hungarian Prime Minister Viktor Orbán opposed the coalition of the willing.', 'OPPOSES:viktor-orban:coalition-of-the-willing'],
];

describe('#triggerRelations', () => {
  for (const [pattern, sentence, triple] of cases) {
    it(`should read "${pattern}"`, () => {
      const r = extractText(sentence);
      expect(r.triples).toContain(triple);
      expect(r.relations.find((x) => `${x.type}:${x.source}:${x.target}` === triple)?.evidence[0].quote).toBe(sentence);
    });
  }

  it('should flip a negated intention into opposition ("does not intend to send troops")', () => {
    const r = extractText('Poland does not intend to send troops to Ukraine.');
    expect(r.triples).toEqual(['OPPOSES:poland:european-peacekeeping-force']);
  });

  it('should read a double negation as support ("refused to rule out deploying forces")', () => {
    const r = extractText('French President Emmanuel Macron refused to rule out deploying forces on the ground.');
    expect(r.triples).toContain('SUPPORTS:emmanuel-macron:european-peacekeeping-force');
  });

  it('should flip "did not endorse" and keep a hedge as context rather than dropping or strengthening it', () => {
    expect(extractText('U.S. Secretary of State Marco Rubio did not endorse the demilitarised zone.').triples).toContain('OPPOSES:marco-rubio:demilitarised-zone');
    const hedged = extractText('German Defense Minister Boris Pistorius said Germany may consider contributing forces.');
    const claim = hedged.relation('SUPPORTS', 'germany', 'european-peacekeeping-force');
    expect(claim?.context).toBe('may');
    expect(claim?.qualifier).toBeUndefined();
    expect(hedged.triples).toContain('SUPPORTS:boris-pistorius:european-peacekeeping-force');
  });

  it('should keep a condition as the qualifier, and only a condition', () => {
    const r = extractText('Norway supports the peacekeeping force only if the United States offers air cover.');
    expect(r.relation('SUPPORTS', 'norway', 'european-peacekeeping-force')?.qualifier).toBe('only if the United States offers air cover');
    expect(extractText('Norway supports the peacekeeping force.').relation('SUPPORTS', 'norway', 'european-peacekeeping-force')?.qualifier).toBeUndefined();
  });

  it('should read "called X premature" as opposition to X', () => {
    const r = extractText('German Chancellor Olaf Scholz called the deployment of European troops "completely premature."');
    expect(r.triples).toContain('OPPOSES:olaf-scholz:european-peacekeeping-force');
  });

  it('should not read a warning without a harmful consequence as opposition', () => {
    expect(extractText('Finnish President Alexander Stubb warned that a reassurance force needs time.').triples.filter((t) => t.startsWith('OPPOSES'))).toEqual([]);
  });

  it('should not take an actor from an introductory clause as the subject', () => {
    const r = extractText('In December, before Trump took office, European leaders met with Zelenskyy.');
    expect(r.triples.filter((t) => t.startsWith('MET_WITH'))).toEqual([]);
  });

  it('should give "he" the person who acted in the sentence before', () => {
    const r = extractText('Canadian Prime Minister Mark Carney spoke on Monday. He supported the reassurance force.');
    expect(r.triples).toContain('SUPPORTS:mark-carney:reassurance-force');
  });
});

describe('troops for a named force', () => {
  it('should give the stance to the force the troops would serve in', () => {
    const r = extractText('Prime Minister Nora Lind said Norway would not send Norwegian troops to serve in the Multinational Force Ukraine.');
    expect(r.triples).toContain('OPPOSES:norway:multinational-force-ukraine');
    expect(r.triples).not.toContain('OPPOSES:norway:european-peacekeeping-force');
  });

  it('should keep the troops themselves when no force is named after them', () => {
    const r = extractText('Norway would not send troops to Ukraine.');
    expect(r.triples).toContain('OPPOSES:norway:european-peacekeeping-force');
  });
});
