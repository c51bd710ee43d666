// The extractor asks for the same few names' keys, ids and patterns for every mention and every piece of evidence:
// each is worked out once. Bounded (cleared when full), so memory stays flat over a long ingest.

/** `compute`, remembered for up to `limit` distinct keys. */
export function remembered<T>(compute: (key: string) => T, limit = 50_000): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size > limit) cache.clear();
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}
