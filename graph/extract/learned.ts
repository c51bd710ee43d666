// An experiment, not part of the pipeline: a small learned scorer over the rules' output. Every pair of resolved
// mentions that could hold a relation by their types (within one sentence), and every relation the rules produced,
// becomes a candidate with sparse features (the rules' verdict, the words around and between the two mentions, the
// trigger patterns that match, quotation, negation, distance…); an L2-regularised logistic regression, trained by a
// deterministic L-BFGS, gives each candidate a probability. Nothing here is keyed to any article.
import type { ArticleExtraction } from './pipeline';
import type { ExtractedRelation, ExtractedType, Mention, Sentence } from './types';
import { NEGATION, TRIGGERS } from './triggers';

export const LEARNED_TYPES = ['SUPPORTS', 'OPPOSES', 'PROPOSED', 'MET_WITH', 'REPRESENTS'] as const;
export type LearnedType = (typeof LEARNED_TYPES)[number];

const ACTORS: ReadonlySet<ExtractedType> = new Set(['PERSON', 'COUNTRY', 'INSTITUTION']);

/** Whether a relation of `type` may run from an entity of type `a` to one of type `b` (candidates the model proposes;
 *  the rules' own relations are candidates whatever their types). */
export function admissible(type: LearnedType, a: ExtractedType, b: ExtractedType): boolean {
  switch (type) {
    case 'SUPPORTS':
    case 'OPPOSES':
    case 'PROPOSED':
      return ACTORS.has(a) && b === 'PROPOSAL';
    case 'MET_WITH':
      return a === 'PERSON' && b === 'PERSON';
    case 'REPRESENTS':
      return a === 'PERSON' && (b === 'COUNTRY' || b === 'INSTITUTION');
  }
}

export interface Candidate {
  type: LearnedType;
  source: string;
  target: string;
  /** Binary features, each already prefixed with the relation type. */
  features: string[];
  /** The relation the rules produced for this type and pair, if any. */
  rule?: ExtractedRelation;
}

/** Lower case and a crude suffix strip: "supports", "supporting", "supported" → "support". */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '').replace(/’/g, "'");
  if (/n't$/.test(w)) return 'not';
  for (const suffix of ['ing', 'ed', 'es', 's', 'ly']) {
    if (w.length - suffix.length >= 3 && w.endsWith(suffix) && !(suffix === 's' && w.endsWith('ss'))) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w;
}

export interface Token {
  word: string;
  start: number;
  end: number;
}

/** Words (letters, digits, inner apostrophes and hyphens) with offsets relative to `offset`. */
export function tokens(text: string, offset = 0): Token[] {
  return [...text.matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)].map((m) => ({ word: m[0], start: m.index + offset, end: m.index + m[0].length + offset }));
}

/** For each character of `text`, whether it lies inside a quotation ("…", “…”). */
export function quoted(text: string): boolean[] {
  const inside: boolean[] = [];
  let open = false;
  for (const ch of text) {
    if (ch === '“') open = true;
    else if (ch === '”') open = false;
    else if (ch === '"') open = !open;
    for (let i = 0; i < ch.length; i++) inside.push(open && ch !== '"' && ch !== '“');
  }
  return inside;
}

const NEGATORS = new Set(['not', 'no', 'never', 'nor', 'neither', 'without', 'against', 'refus', 'reject', 'declin', 'cannot']);
/** Words whose presence in the sentence is a feature (stemmed). */
const CUES = new Set(['support', 'back', 'welcom', 'endors', 'favour', 'favor', 'want', 'call', 'urg', 'propos', 'suggest', 'float', 'plan', 'idea', 'oppos', 'reject', 'warn', 'critic', 'object', 'refus', 'rule', 'met', 'meet', 'talk', 'host', 'visit', 'spoke', 'call', 'phone', 'discuss', 'president', 'minister', 'prime', 'chancellor', 'leader', 'secretary', 'spokesman', 'spokeswoman', 'envoy', 'ambassador', 'foreign', 'defence', 'defense', 'said', 'say', 'told', 'ad', 'add', 'would', 'could', 'should', 'will', 'if', 'only', 'but', 'however', 'question', 'ask', 'according']);

const bucket = (n: number, edges: number[]) => {
  const i = edges.findIndex((e) => n <= e);
  return i < 0 ? `>${edges[edges.length - 1]}` : `≤${edges[i]}`;
};
const confidenceBucket = (c: number) => (c >= 0.9 ? '90' : c >= 0.8 ? '80' : c >= 0.7 ? '70' : c >= 0.6 ? '60' : 'lo');

interface Occurrence {
  a: Mention;
  b: Mention;
  sentence: Sentence;
  index: number;
}

/** Trigger matches in a sentence: [type+polarity, start, end] in article offsets. */
function triggerSpans(sentence: Sentence): Array<[string, number, number]> {
  const spans: Array<[string, number, number]> = [];
  for (const t of TRIGGERS) {
    if (t.gate && !t.gate.test(sentence.text)) continue;
    for (const m of sentence.text.matchAll(t.pattern)) spans.push([`${t.type}${t.polarity > 0 ? '+' : '-'}`, sentence.start + m.index, sentence.start + m.index + m[0].length]);
  }
  return spans;
}

/** The features of one sentence occurrence of a pair, the source mention `s` and the target mention `t`. */
function occurrenceFeatures(s: Mention, t: Mention, sentence: Sentence, words: Token[], inQuote: boolean[], triggers: Array<[string, number, number]>, actors: Mention[], out: Set<string>): void {
  const [first, second] = s.start <= t.start ? [s, t] : [t, s];
  out.add(s.start <= t.start ? 'ord:st' : 'ord:ts');
  const between = words.filter((w) => w.start >= first.end && w.end <= second.start);
  const left = words.filter((w) => w.end <= first.start).slice(-3);
  const right = words.filter((w) => w.start >= second.end).slice(0, 3);
  out.add(`dist:${bucket(between.length, [0, 1, 2, 4, 7, 12, 20])}`);
  const betweenWords = between.length > 12 ? [...between.slice(0, 6), ...between.slice(-6)] : between;
  for (const w of betweenWords) out.add(`b:${stem(w.word)}`);
  for (const w of left) out.add(`l:${stem(w.word)}`);
  for (const w of right) out.add(`r:${stem(w.word)}`);
  if (between.some((w) => NEGATORS.has(stem(w.word)))) out.add('neg:between');
  const gap = sentence.text.slice(first.end - sentence.start, second.start - sentence.start);
  if (new RegExp(NEGATION.source, 'i').test(gap)) out.add('negation:between');
  if (/[,;:—–(]/.test(gap)) out.add('punct:between');
  if (/\band\b/i.test(gap)) out.add('and:between');
  const q = (m: Mention) => inQuote[m.start - sentence.start] ?? false;
  if (q(s)) out.add('quote:s');
  if (q(t)) out.add('quote:t');
  if (/["“”]/.test(sentence.text)) out.add('quote:sentence');
  const others = actors.filter((m) => m.start > first.end && m.end < second.start && m.key !== s.key && m.key !== t.key);
  out.add(`actorsBetween:${bucket(others.length, [0, 1, 2])}`);
  if (actors[0]?.key === s.key) out.add('first:s');
  if (actors[0]?.key === t.key) out.add('first:t');
  // The nearest actor to the target, on either side: often the one the sentence says the thing of.
  const nearest = [...actors].filter((m) => m.key !== t.key).sort((x, y) => Math.abs(x.start - t.start) - Math.abs(y.start - t.start))[0];
  if (nearest?.key === s.key) out.add('nearest:s');
  for (const [kind, from, to] of triggers) {
    out.add(`ts:${kind}`);
    if (from >= first.start && to <= second.end) out.add(`tb:${kind}`);
  }
  for (const w of words) {
    const x = stem(w.word);
    if (CUES.has(x)) out.add(`cue:${x}`);
  }
  for (const [m, side] of [[s, 's'], [t, 't']] as const) {
    out.add(`src:${side}:${m.source}`);
    if (m.location) out.add(`loc:${side}`);
    if (m.nested) out.add(`nested:${side}`);
    if (m.described) out.add(`described:${side}`);
    if (m.appositive) out.add(`appositive:${side}`);
  }
}

/** Every candidate of an extraction: pairs of its entities' mentions in one sentence that could hold a relation, and
 *  the rules' relations (ATTENDED and relations to events left out). */
export function candidatesOf(ex: Pick<ArticleExtraction, 'sentences' | 'mentions' | 'entities' | 'relations'>): Candidate[] {
  const typeOf = new Map(ex.entities.filter((e) => e.type !== 'EVENT').map((e) => [e.id, e.type]));
  const mentions = ex.mentions.filter((m) => typeOf.has(m.key)).sort((a, b) => a.start - b.start);
  const key = (type: LearnedType, a: string, b: string) => (type === 'MET_WITH' && b < a ? `${type}:${b}:${a}` : `${type}:${a}:${b}`);
  const occurrences = new Map<string, Occurrence[]>();
  const bySentence: Array<{ sentence: Sentence; ms: Mention[] }> = [];
  let i = 0;
  for (const sentence of ex.sentences) {
    while (i < mentions.length && mentions[i].start < sentence.start) i++;
    const ms: Mention[] = [];
    for (let j = i; j < mentions.length && mentions[j].start < sentence.end; j++) ms.push(mentions[j]);
    bySentence.push({ sentence, ms });
  }
  bySentence.forEach(({ sentence, ms }, index) => {
    for (const a of ms)
      for (const b of ms) {
        if (a.key === b.key) continue;
        for (const type of LEARNED_TYPES) {
          if (!admissible(type, typeOf.get(a.key)!, typeOf.get(b.key)!)) continue;
          if (type === 'MET_WITH' && b.key < a.key) continue;
          const k = key(type, a.key, b.key);
          const list = occurrences.get(k) ?? [];
          list.push({ a, b, sentence, index });
          occurrences.set(k, list);
        }
      }
  });
  const rules = new Map<string, ExtractedRelation>();
  for (const r of ex.relations) {
    if (!(LEARNED_TYPES as readonly string[]).includes(r.type) || !typeOf.has(r.source) || !typeOf.has(r.target)) continue;
    rules.set(key(r.type as LearnedType, r.source, r.target), r);
  }
  const pairTypes = new Map<string, Set<string>>();
  for (const r of rules.values()) {
    const pair = [r.source, r.target].sort().join(':');
    pairTypes.set(pair, (pairTypes.get(pair) ?? new Set()).add(r.type));
  }
  const mentionCount = new Map<string, number>();
  for (const m of mentions) mentionCount.set(m.key, (mentionCount.get(m.key) ?? 0) + 1);
  const sentenceCache = new Map<number, { words: Token[]; inQuote: boolean[]; triggers: Array<[string, number, number]>; actors: Mention[] }>();
  const sentenceInfo = (index: number) => {
    if (!sentenceCache.has(index)) {
      const { sentence, ms } = bySentence[index];
      sentenceCache.set(index, { words: tokens(sentence.text, sentence.start), inQuote: quoted(sentence.text), triggers: triggerSpans(sentence), actors: ms.filter((m) => ACTORS.has(m.type)) });
    }
    return sentenceCache.get(index)!;
  };

  const result: Candidate[] = [];
  for (const k of new Set([...occurrences.keys(), ...rules.keys()])) {
    const [type, source, target] = k.split(':') as [LearnedType, string, string];
    const f = new Set<string>(['bias', `types:${typeOf.get(source)}>${typeOf.get(target)}`]);
    const rule = rules.get(k);
    if (rule) {
      f.add('rule');
      f.add(`rule:${confidenceBucket(rule.confidence)}`);
      f.add(`rule:evidence:${bucket(rule.evidence.length, [1, 2])}`);
      if (rule.role) f.add('rule:role');
      if (rule.qualifier) f.add('rule:qualifier');
    } else f.add('norule');
    for (const other of pairTypes.get([source, target].sort().join(':')) ?? []) if (other !== type) f.add(`ruleOther:${other}`);
    const occ = occurrences.get(k) ?? [];
    const sentences = new Set(occ.map((o) => o.index));
    f.add(`cooccur:${bucket(sentences.size, [0, 1, 2, 4])}`);
    f.add(`mentions:s:${bucket(mentionCount.get(source) ?? 0, [1, 3, 6])}`);
    f.add(`mentions:t:${bucket(mentionCount.get(target) ?? 0, [1, 3, 6])}`);
    // The first sentence the pair meets in (the lede) and where it is.
    if (occ.length) f.add(`firstSentence:${bucket(Math.min(...sentences), [0, 2, 5, 10])}`);
    for (const o of occ) {
      const { words, inQuote, triggers, actors } = sentenceInfo(o.index);
      const [s, t] = o.a.key === source ? [o.a, o.b] : [o.b, o.a];
      occurrenceFeatures(s, t, o.sentence, words, inQuote, triggers, actors, f);
    }
    result.push({ type, source, target, rule, features: [...f].map((x) => `${type}|${x}`) });
  }
  return result.sort((a, b) => (a.type + a.source + a.target < b.type + b.source + b.target ? -1 : 1));
}

// ——— The model ———

/** Feature names → column indices, grown while training and fixed after. */
export class Vocabulary {
  readonly index = new Map<string, number>();
  readonly names: string[] = [];
  /** The columns of `features`; unknown names are added when `grow`, else dropped. */
  encode(features: readonly string[], grow = false): number[] {
    const cols: number[] = [];
    for (const f of features) {
      let c = this.index.get(f);
      if (c === undefined && grow) this.index.set(f, (c = this.names.push(f) - 1));
      if (c !== undefined) cols.push(c);
    }
    return cols.sort((a, b) => a - b);
  }
}

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** The loss and gradient of L2-regularised logistic regression over binary sparse rows: the sum of log losses plus
 *  l2/2·|w|² (the last column is the unregularised bias, always on). */
export function logisticLoss(w: Float64Array, rows: readonly number[][], labels: readonly number[], l2: number): { loss: number; grad: Float64Array } {
  const bias = w.length - 1;
  const grad = new Float64Array(w.length);
  let loss = 0;
  for (let i = 0; i < rows.length; i++) {
    let z = w[bias];
    for (const c of rows[i]) z += w[c];
    const y = labels[i];
    // log(1 + e^z) − y·z, computed stably.
    loss += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - y * z;
    const g = sigmoid(z) - y;
    grad[bias] += g;
    for (const c of rows[i]) grad[c] += g;
  }
  for (let c = 0; c < bias; c++) {
    loss += (l2 / 2) * w[c] * w[c];
    grad[c] += l2 * w[c];
  }
  return { loss, grad };
}

const dot = (a: Float64Array, b: Float64Array) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
};

/** Minimise a smooth convex function by L-BFGS (memory `m`) with a backtracking (Armijo) line search. Deterministic. */
export function lbfgs(f: (w: Float64Array) => { loss: number; grad: Float64Array }, dim: number, { iterations = 300, m = 10, tolerance = 1e-6 } = {}): Float64Array {
  let w = new Float64Array(dim);
  let { loss, grad } = f(w);
  const ss: Float64Array[] = [];
  const ys: Float64Array[] = [];
  for (let it = 0; it < iterations; it++) {
    if (Math.sqrt(dot(grad, grad)) <= tolerance * Math.max(1, Math.sqrt(dot(w, w)))) break;
    // Two-loop recursion: d = −H·g.
    const d = Float64Array.from(grad);
    const alphas: number[] = [];
    for (let k = ss.length - 1; k >= 0; k--) {
      const a = dot(ss[k], d) / dot(ys[k], ss[k]);
      alphas[k] = a;
      for (let i = 0; i < dim; i++) d[i] -= a * ys[k][i];
    }
    const gamma = ss.length ? dot(ss[ss.length - 1], ys[ys.length - 1]) / dot(ys[ys.length - 1], ys[ys.length - 1]) : 1 / Math.max(1, Math.sqrt(dot(grad, grad)));
    for (let i = 0; i < dim; i++) d[i] *= gamma;
    for (let k = 0; k < ss.length; k++) {
      const b = dot(ys[k], d) / dot(ys[k], ss[k]);
      for (let i = 0; i < dim; i++) d[i] += ss[k][i] * (alphas[k] - b);
    }
    for (let i = 0; i < dim; i++) d[i] = -d[i];
    let slope = dot(grad, d);
    if (slope >= 0) {
      // Not a descent direction: restart from the gradient.
      ss.length = ys.length = 0;
      for (let i = 0; i < dim; i++) d[i] = -grad[i];
      slope = dot(grad, d);
    }
    let step = 1;
    let next = f(w.map((x, i) => x + step * d[i]));
    while (next.loss > loss + 1e-4 * step * slope && step > 1e-12) {
      step /= 2;
      next = f(w.map((x, i) => x + step * d[i]));
    }
    const nw = w.map((x, i) => x + step * d[i]);
    const s = nw.map((x, i) => x - w[i]);
    const y = next.grad.map((g, i) => g - grad[i]);
    if (dot(s, y) > 1e-10) {
      ss.push(s);
      ys.push(y);
      if (ss.length > m) ss.shift(), ys.shift();
    }
    const done = Math.abs(loss - next.loss) <= 1e-9 * Math.max(1, Math.abs(loss));
    w = nw;
    ({ loss, grad } = next);
    if (done) break;
  }
  return w;
}

/** A trained model: a weight per feature name, a bias, and the probability at which a candidate is kept. */
export interface LearnedModel {
  bias: number;
  weights: Record<string, number>;
  threshold: number;
  l2: number;
}

/** Fit the weights on candidates and their labels (1 = the gold holds the relation). */
export function train(candidates: readonly Candidate[], labels: readonly number[], l2: number, threshold = 0.5): LearnedModel {
  const vocabulary = new Vocabulary();
  const rows = candidates.map((c) => vocabulary.encode(c.features, true));
  const w = lbfgs((x) => logisticLoss(x, rows, labels, l2), vocabulary.names.length + 1);
  const weights: Record<string, number> = {};
  vocabulary.names.forEach((name, c) => {
    if (Math.abs(w[c]) > 1e-6) weights[name] = w[c];
  });
  return { bias: w[w.length - 1], weights, threshold, l2 };
}

/** The model's probability that a candidate holds. */
export function probability(model: Pick<LearnedModel, 'bias' | 'weights'>, candidate: Pick<Candidate, 'features'>): number {
  let z = model.bias;
  for (const f of candidate.features) z += model.weights[f] ?? 0;
  return sigmoid(z);
}

/** A trained model's verdict on an extraction (not used by the pipeline): the rules' relations that are not
 *  candidates (ATTENDED, relations to events) unchanged, and every candidate whose probability reaches the model's
 *  threshold (the rules' own relation where they produced it, else a new one with no evidence of its own); with
 *  `union`, the rules' relations are all kept and the model only adds. */
export function applyLearned(model: LearnedModel, ex: Pick<ArticleExtraction, 'sentences' | 'mentions' | 'entities' | 'relations'>, union = false): ExtractedRelation[] {
  const candidates = candidatesOf(ex);
  const ruled = new Set(candidates.flatMap((c) => (c.rule ? [c.rule] : [])));
  const kept = candidates.flatMap((c) => {
    const p = probability(model, c);
    if (!(p >= model.threshold || (union && c.rule))) return [];
    return [c.rule ?? { type: c.type, source: c.source, target: c.target, confidence: Math.round(p * 100) / 100, evidence: [] }];
  });
  return [...ex.relations.filter((r) => !ruled.has(r)), ...kept];
}
