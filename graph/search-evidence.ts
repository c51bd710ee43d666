// Full-text search over the evidence: the quotes (and the titles of their articles) that contain every word of a
// query, each word matching the start of a word, without regard to case or accents. "premature" → the quotes
// that call something premature. A scan in relation order that stops at `first` hits: quotes are sliced from the
// article texts on read (graph-store.ts), so nothing extra is kept in memory.
import type { KnowledgeGraph } from './knowledge-graph';
import { foldName } from './slug';
import { LIMITS, checkRange } from './limits';
import { InvalidArgumentError } from './errors';
import { relationAt } from './relations';
import type { Evidence, Relation } from './types';

export interface EvidenceMatch {
  relation: Relation;
  evidence: Evidence;
}

export function searchEvidence(kg: KnowledgeGraph, query: string, first: number = LIMITS.searchFirst.default): EvidenceMatch[] {
  checkRange('first', first, LIMITS.searchFirst);
  if (query.length > LIMITS.queryLength) throw new InvalidArgumentError('query', `must be at most ${LIMITS.queryLength} characters`);
  const words = foldName(query).split(' ').filter(Boolean);
  if (!words.length) return [];
  const { store } = kg;
  const titles = new Map<number, string>();
  const title = (a: number) => {
    let t = titles.get(a);
    if (t === undefined) titles.set(a, (t = ` ${foldName(store.articles[a].title)}`));
    return t;
  };
  const matches: EvidenceMatch[] = [];
  for (let e = 0; e < store.size && matches.length < first; e++) {
    for (let i = store.evidenceStart[e]; i < store.evidenceStart[e + 1] && matches.length < first; i++) {
      const article = store.evidenceArticle[i];
      const text = store.articleTexts[article].slice(store.evidenceFrom[i], store.evidenceTo[i]);
      const quote = ` ${foldName(text)}`;
      if (!words.every((w) => quote.includes(` ${w}`) || title(article).includes(` ${w}`))) continue;
      const relation = relationAt(kg, e);
      const evidence = relation.evidence.find((ev) => ev.start === store.evidenceFrom[i] && ev.article === store.articleIds[article])!;
      matches.push({ relation, evidence });
    }
  }
  return matches;
}
