// Every entity mention held once, in typed arrays: per article (`article.mentions`, rebuilt as objects when read)
// and per entity (positions into the same arrays). At 100k entities the corpus has ~750k mentions; as objects,
// twice over, they took ~100 MB of heap, as numbers ~9 MB.
import type { IndexedArticle, Mention } from './types';

export interface EntityMention {
  article: string;
  start: number;
  end: number;
}

export class MentionStore {
  /** Mention i is (entities[idOf[i]], starts[i], ends[i]) in articles[articleOf[i]]. */
  private readonly ids: string[] = [];
  private readonly idOf: Int32Array;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly articleOf: Int32Array;
  private readonly articleIds: string[] = [];
  /** Entity → its number; its mentions are byEntity[offsets[n]…offsets[n+1]), in article then text order. */
  private readonly number = new Map<string, number>();
  private readonly offsets: Int32Array;
  private readonly byEntity: Int32Array;

  /** Packs each article's `mentions` and replaces the array with an enumerable getter that rebuilds it (same values). */
  constructor(articles: Iterable<IndexedArticle>, intern: (id: string) => string) {
    const list = [...articles];
    const total = list.reduce((n, a) => n + a.mentions.length, 0);
    this.idOf = new Int32Array(total);
    this.starts = new Int32Array(total);
    this.ends = new Int32Array(total);
    this.articleOf = new Int32Array(total);
    const number = this.number;
    const counts: number[] = [];
    let i = 0;
    list.forEach((article, a) => {
      this.articleIds.push(article.id);
      const first = i;
      for (const { entity, start, end } of article.mentions) {
        let id = number.get(entity);
        if (id === undefined) {
          const key = intern(entity); // the graph's own id string, not the copy JSON.parse made
          number.set(key, (id = this.ids.length));
          this.ids.push(key);
          counts.push(0);
        }
        counts[id]++;
        this.idOf[i] = id;
        this.starts[i] = start;
        this.ends[i] = end;
        this.articleOf[i] = a;
        i++;
      }
      const last = i;
      const rebuild = () => this.mentions(first, last);
      Object.defineProperty(article, 'mentions', { get: rebuild, enumerable: true, configurable: true });
    });
    this.offsets = new Int32Array(counts.length + 1);
    counts.forEach((count, id) => (this.offsets[id + 1] = this.offsets[id] + count));
    const filled = this.offsets.slice(0, counts.length);
    this.byEntity = new Int32Array(total);
    for (let m = 0; m < total; m++) this.byEntity[filled[this.idOf[m]]++] = m;
  }

  private mentions(first: number, last: number): Mention[] {
    const mentions: Mention[] = [];
    for (let m = first; m < last; m++) mentions.push({ entity: this.ids[this.idOf[m]], start: this.starts[m], end: this.ends[m] });
    return mentions;
  }

  /** An entity's mentions across the corpus (a fresh array). */
  ofEntity(entity: string): EntityMention[] {
    const id = this.number.get(entity);
    if (id === undefined) return [];
    return Array.from(this.byEntity.subarray(this.offsets[id], this.offsets[id + 1]), (m) => ({ article: this.articleIds[this.articleOf[m]], start: this.starts[m], end: this.ends[m] }));
  }
}
