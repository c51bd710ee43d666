// Trigram postings over newline-joined name keys, for the substring tier of search: a query of 3+ characters can
// only occur in keys holding each of its trigrams, so only the keys of its rarest trigram are checked, not all.
// Trigrams are hashed into a fixed number of buckets (a collision only adds candidates, which are then checked).

const BUCKETS = 1 << 16;
const hash = (text: string, at: number) =>
  ((text.charCodeAt(at) * 961 + text.charCodeAt(at + 1) * 31 + text.charCodeAt(at + 2)) >>> 0) & (BUCKETS - 1);

export class NameTrigrams {
  private readonly offsets = new Int32Array(BUCKETS + 1);
  private readonly postings: Int32Array;

  /** `starts[i]` is where key i begins in `text`; keys are separated by '\n'. */
  constructor(
    private readonly text: string,
    private readonly starts: Int32Array,
  ) {
    const last = new Int32Array(BUCKETS).fill(-1); // the last key counted in each bucket: each key once per bucket
    const counts = new Int32Array(BUCKETS);
    this.forEachTrigram((key, bucket) => {
      if (last[bucket] !== key) {
        last[bucket] = key;
        counts[bucket]++;
      }
    });
    for (let b = 0; b < BUCKETS; b++) this.offsets[b + 1] = this.offsets[b] + counts[b];
    this.postings = new Int32Array(this.offsets[BUCKETS]);
    const fill = this.offsets.slice(0, BUCKETS);
    last.fill(-1);
    this.forEachTrigram((key, bucket) => {
      if (last[bucket] !== key) {
        last[bucket] = key;
        this.postings[fill[bucket]++] = key;
      }
    });
  }

  private keyEnd(key: number): number {
    return key + 1 < this.starts.length ? this.starts[key + 1] - 1 : this.text.length;
  }

  private forEachTrigram(visit: (key: number, bucket: number) => void) {
    for (let key = 0; key < this.starts.length; key++) {
      const end = this.keyEnd(key);
      for (let at = this.starts[key]; at + 3 <= end; at++) visit(key, hash(this.text, at));
    }
  }

  /** Keys that may contain q (ascending), or null when q is too short to have a trigram. */
  candidates(q: string): Int32Array | null {
    if (q.length < 3) return null;
    let best = -1;
    for (let at = 0; at + 3 <= q.length; at++) {
      const bucket = hash(q, at);
      if (best < 0 || this.offsets[bucket + 1] - this.offsets[bucket] < this.offsets[best + 1] - this.offsets[best]) best = bucket;
    }
    return this.postings.subarray(this.offsets[best], this.offsets[best + 1]);
  }

  keyContains(key: number, q: string): boolean {
    const last = this.keyEnd(key) - q.length;
    for (let at = this.starts[key]; at <= last; at++) if (this.text.startsWith(q, at)) return true;
    return false;
  }
}
