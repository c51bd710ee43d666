// The learned scorer's pieces (an experiment, not wired into the pipeline): candidates and their features on
// sentences written for the test, and the optimiser on made-up data.
import { describe, expect, it } from 'vitest';
import { admissible, applyLearned, candidatesOf, lbfgs, logisticLoss, probability, quoted, stem, tokens, train, Vocabulary, type Candidate } from '@/graph/extract/learned';
import { extractText } from './helpers';

const find = (cs: Candidate[], type: string, source: string, target: string) => cs.find((c) => c.type === type && c.source === source && c.target === target);
const has = (c: Candidate | undefined, feature: string) => Boolean(c?.features.includes(`${c.type}|${feature}`));

describe('words', () => {
  it('stems crudely', () => {
    expect(['supports', 'supporting', 'supported'].map(stem)).toEqual(['support', 'support', 'support']);
    expect(stem('Opposes')).toBe('oppos');
    expect(stem("doesn't")).toBe('not');
    expect(stem('press')).toBe('press');
    expect(stem("Britain's")).toBe('britain');
  });
  it('tokenises with offsets', () => {
    expect(tokens('Mr Smith-Jones said no.', 10)).toEqual([
      { word: 'Mr', start: 10, end: 12 },
      { word: 'Smith-Jones', start: 13, end: 24 },
      { word: 'said', start: 25, end: 29 },
      { word: 'no', start: 30, end: 32 },
    ]);
  });
  it('tells what lies inside a quotation', () => {
    const text = 'He said “yes” and "no" then.';
    const q = quoted(text);
    expect(q[text.indexOf('yes')]).toBe(true);
    expect(q[text.indexOf('He')]).toBe(false);
    expect(q[text.indexOf('no"')]).toBe(true);
    expect(q[text.indexOf('then')]).toBe(false);
  });
});

describe('candidates', () => {
  it('admits pairs by entity type', () => {
    expect(admissible('SUPPORTS', 'PERSON', 'PROPOSAL')).toBe(true);
    expect(admissible('SUPPORTS', 'PROPOSAL', 'PERSON')).toBe(false);
    expect(admissible('REPRESENTS', 'PERSON', 'COUNTRY')).toBe(true);
    expect(admissible('REPRESENTS', 'COUNTRY', 'PERSON')).toBe(false);
    expect(admissible('MET_WITH', 'PERSON', 'PERSON')).toBe(true);
  });

  const text = 'Finnish President Alexander Stubb said on Monday that he backed a European peacekeeping force for Ukraine, but Prime Minister Viktor Orbán did not support the idea.';
  const cs = candidatesOf(extractText(text));

  it('proposes every admissible pair of one sentence, and marks what the rules produced', () => {
    const stubb = find(cs, 'SUPPORTS', 'alexander-stubb', 'european-peacekeeping-force');
    expect(stubb).toBeDefined();
    expect(has(stubb, 'rule')).toBe(true);
    expect(has(stubb, 'types:PERSON>PROPOSAL')).toBe(true);
    expect(has(stubb, 'b:back')).toBe(true);
    // The first actor of the sentence is the demonym before the name (as written, a modifier counts).
    expect(has(stubb, 'first:s')).toBe(false);
    expect(has(find(cs, 'REPRESENTS', 'alexander-stubb', 'finland'), 'first:t')).toBe(true);
    expect(has(stubb, 'ord:st')).toBe(true);
    // The same pair as OPPOSES is a candidate too, and knows what the rules said of the pair.
    const opposite = find(cs, 'OPPOSES', 'alexander-stubb', 'european-peacekeeping-force');
    expect(has(opposite, 'norule')).toBe(true);
    expect(has(opposite, 'ruleOther:SUPPORTS')).toBe(true);
  });

  it('reads negation and distance between the mentions', () => {
    const orban = cs.filter((c) => c.source.includes('orb') && c.type === 'SUPPORTS');
    expect(orban.length).toBeGreaterThan(0);
    expect(orban.some((c) => has(c, 'ord:ts'))).toBe(true);
    const close = find(cs, 'REPRESENTS', 'alexander-stubb', 'finland');
    expect(has(close, 'dist:≤1') || has(close, 'dist:≤0')).toBe(true);
    const text2 = 'Chancellor Olaf Scholz said Germany would not back the European peacekeeping force.';
    const c2 = candidatesOf(extractText(text2)).find((c) => c.type === 'OPPOSES' && c.target === 'european-peacekeeping-force' && c.source === 'germany');
    expect(has(c2, 'neg:between')).toBe(true);
    expect(has(c2, 'negation:between')).toBe(true);
  });

  it('marks a mention inside a quotation', () => {
    const c = candidatesOf(extractText('Keir Starmer said: “Britain stands ready to put troops on the ground in Ukraine.”'));
    const britain = c.find((x) => x.source === 'united-kingdom' && x.type === 'SUPPORTS');
    expect(has(britain, 'quote:s')).toBe(true);
  });
});

describe('the optimiser', () => {
  it('minimises a quadratic to its minimum', () => {
    const target = [3, -1, 0.5];
    const w = lbfgs((x) => ({ loss: x.reduce((s, v, i) => s + (v - target[i]) ** 2, 0), grad: x.map((v, i) => 2 * (v - target[i])) }), 3);
    expect([...w].map((v) => Number(v.toFixed(4)))).toEqual(target);
  });

  it('has the gradient of its loss (finite differences)', () => {
    const rows = [[0, 1], [1], [0, 2], []];
    const labels = [1, 0, 1, 0];
    const w = Float64Array.from([0.3, -0.2, 0.1, 0.05]);
    const { grad } = logisticLoss(w, rows, labels, 0.5);
    for (let c = 0; c < w.length; c++) {
      const up = Float64Array.from(w), down = Float64Array.from(w);
      up[c] += 1e-6;
      down[c] -= 1e-6;
      expect(grad[c]).toBeCloseTo((logisticLoss(up, rows, labels, 0.5).loss - logisticLoss(down, rows, labels, 0.5).loss) / 2e-6, 5);
    }
  });

  it('learns a separable rule, deterministically, and shrinks with more L2', () => {
    const cs = Array.from({ length: 40 }, (_, i) => ({ type: 'SUPPORTS' as const, source: `a${i}`, target: 'p', features: [i % 2 ? 'good' : 'bad', `noise${i % 5}`] }));
    const labels = cs.map((_, i) => i % 2);
    const model = train(cs, labels, 1);
    expect(probability(model, { features: ['good'] })).toBeGreaterThan(0.85);
    expect(probability(model, { features: ['bad'] })).toBeLessThan(0.15);
    expect(train(cs, labels, 1)).toEqual(model);
    expect(Math.abs(train(cs, labels, 30).weights.good)).toBeLessThan(Math.abs(model.weights.good));
  });

  it('encodes features by a fixed vocabulary', () => {
    const v = new Vocabulary();
    expect(v.encode(['b', 'a'], true)).toEqual([0, 1]);
    expect(v.encode(['a', 'c'])).toEqual([1]);
  });
});

describe('applying a model', () => {
  const ex = extractText('Prime Minister Viktor Orbán said Hungary would never back the European peacekeeping force, which Keir Starmer backed.');
  const triples = (rs: Array<{ type: string; source: string; target: string }>) => rs.map((r) => `${r.type}:${r.source}:${r.target}`);
  it('keeps what the model keeps and drops the rest', () => {
    // A made-up model: nothing holds unless a negation stands between an actor and a proposal, and then OPPOSES does.
    const model = { bias: -10, weights: { 'OPPOSES|neg:between': 20 }, threshold: 0.5, l2: 1 };
    const out = triples(applyLearned(model, ex));
    expect(out).toContain('OPPOSES:hungary:european-peacekeeping-force');
    expect(out.filter((t) => t.startsWith('SUPPORTS:'))).toEqual([]);
  });
  it('with union, keeps the rules\' relations too', () => {
    const model = { bias: -10, weights: {}, threshold: 0.5, l2: 1 };
    expect(triples(applyLearned(model, ex, true)).sort()).toEqual(triples(ex.relations).sort());
  });
});
