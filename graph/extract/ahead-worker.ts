// The worker thread behind ahead.ts: extracts the articles it is sent against the entities sent with them, claiming
// each article from a counter it shares with the writer (which extracts what is left once it has written its group).
import { parentPort } from 'node:worker_threads';
import type { Article, Entity } from '../types';
import { createExtractor } from './pipeline';

export interface AheadRequest {
  id: number;
  articles: Article[];
  known: Entity[];
  /** Int32Array over a SharedArrayBuffer: [0] is the index of the next article nobody has claimed. */
  claims: Int32Array;
}

// Loaded: from now on a prepared group is worth waiting for.
parentPort!.postMessage({ ready: true });
parentPort!.on('message', ({ id, articles, known, claims }: AheadRequest) => {
  try {
    const extract = createExtractor(known);
    for (let index = Atomics.add(claims, 0, 1); index < articles.length; index = Atomics.add(claims, 0, 1)) {
      // Only what the store writes: the entities and the relations at or above the threshold.
      const { entities, relations } = extract(articles[index]);
      parentPort!.postMessage({ id, index, result: { entities, relations } });
    }
    parentPort!.postMessage({ id, done: true });
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).message });
  }
});
