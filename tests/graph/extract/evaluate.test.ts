import { describe, it, expect } from 'vitest';
import { evaluate, type ArticleExtractor, type GoldSet } from '@/graph/extract/evaluate';

// A tiny gold set written for this test, scored against stand-in extractions to check the scorer itself.
const gold: GoldSet = {
  entities: [
    { id: 'lena-halvorsen', type: 'PERSON', name: 'Lena Halvorsen', aliases: ['Halvorsen'] },
    { id: 'norway', type: 'COUNTRY', name: 'Norway', aliases: [] },
    { id: 'air-mission', type: 'PROPOSAL', name: 'Air mission', aliases: [] },
    { id: 'bergen-summit', type: 'EVENT', name: 'Bergen summit of 2 June 2025', aliases: ['Bergen summit'] },
  ],
  articles: [{
    article: { id: 'a', title: 'A', text: 'Lena Halvorsen of Norway attended the Bergen summit and backed the air mission.' },
    entities: ['lena-halvorsen', 'norway', 'air-mission', 'bergen-summit'],
    relations: [['REPRESENTS', 'lena-halvorsen', 'norway'], ['SUPPORTS', 'lena-halvorsen', 'air-mission', '2025-06-02'], ['ATTENDED', 'lena-halvorsen', 'bergen-summit', '2025-06-02']],
  }],
};
const evidence = (date?: string) => [{ article: 'a', quote: 'q', start: 0, end: 1, ...(date ? { statedAt: { date, precision: 'DAY' as const, source: 'TEXT' as const } } : {}) }];
const entities = [
  { id: 'halvorsen', type: 'PERSON' as const, name: 'Halvorsen', aliases: [], known: false },
  { id: 'norway', type: 'COUNTRY' as const, name: 'Norway', aliases: [], known: false },
  { id: 'air-mission', type: 'PROPOSAL' as const, name: 'Air mission', aliases: [], known: false },
  { id: 'x', type: 'EVENT' as const, name: 'Summit in Bergen', aliases: [], known: false, date: '2025-06-02' },
];

describe('#evaluate', () => {
  it('should score events and ATTENDED apart from entities and relations, and say when no dates are given', () => {
    const extract: ArticleExtractor = () => ({ entities, relations: [
      { type: 'SUPPORTS', source: 'halvorsen', target: 'air-mission', confidence: 1, evidence: evidence() },
      { type: 'ATTENDED', source: 'halvorsen', target: 'x', confidence: 1, evidence: evidence() },
    ] });
    const r = evaluate(gold, [], extract);
    expect([r.entities.tp, r.entities.fp, r.entities.fn]).toEqual([3, 0, 0]);
    expect([r.relations.tp, r.relations.fn]).toEqual([1, 1]); // REPRESENTS missed; ATTENDED not counted here
    expect([r.events.tp, r.attended.tp]).toEqual([1, 1]); // the event met by the date in its gold name
    expect(r.dates).toBeUndefined();
  });

  it('should count a matched relation dated right only when its statedAt equals the gold date', () => {
    const extract: ArticleExtractor = () => ({ entities, relations: [
      { type: 'SUPPORTS', source: 'halvorsen', target: 'air-mission', confidence: 1, evidence: evidence('2025-06-02') },
      { type: 'ATTENDED', source: 'halvorsen', target: 'x', confidence: 1, evidence: evidence('2025-06-01') },
    ] });
    expect(evaluate(gold, [], extract).dates).toEqual({ correct: 1, total: 2 });
  });

  it('should split relations and their dates by type, adding up to the totals', () => {
    const extract: ArticleExtractor = () => ({ entities, relations: [
      { type: 'SUPPORTS', source: 'halvorsen', target: 'air-mission', confidence: 1, evidence: evidence('2025-06-02') },
      { type: 'OPPOSES', source: 'norway', target: 'air-mission', confidence: 1, evidence: evidence() },
      { type: 'ATTENDED', source: 'halvorsen', target: 'x', confidence: 1, evidence: evidence('2025-06-01') },
    ] });
    const { byType } = evaluate(gold, [], extract);
    const counts = (t: keyof typeof byType) => byType[t] && [byType[t].score.tp, byType[t].score.fp, byType[t].score.fn, byType[t].dates.correct, byType[t].dates.total];
    expect(counts('SUPPORTS')).toEqual([1, 0, 0, 1, 1]);
    expect(counts('OPPOSES')).toEqual([0, 1, 0, 0, 0]);
    expect(counts('REPRESENTS')).toEqual([0, 0, 1, 0, 0]);
    expect(counts('ATTENDED')).toEqual([1, 0, 0, 0, 1]);
    expect(byType.MET_WITH).toBeUndefined();
  });
});
