// The worker thread behind ahead.ts: extracts the articles it is sent against the entities sent with them.
import { parentPort } from 'node:worker_threads';
import type { Article, Entity } from '../types';
import { createExtractor } from './pipeline';

export interface AheadRequest {
  id: number;
  articles: Article[];
  known: Entity[];
}

// Loaded: from now on a prepared group is worth waiting for.
parentPort!.postMessage({ ready: true });
parentPort!.on('message', ({ id, articles, known }: AheadRequest) => {
  try {
    const extract = createExtractor(known);
    // Only what the store writes: the entities and the relations at or above the threshold.
    parentPort!.postMessage({ id, results: articles.map((a) => {
      const { entities, relations } = extract(a);
      return { entities, relations };
    }) });
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).message });
  }
});
