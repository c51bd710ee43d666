// Extraction ahead of the write, on the other core: while the owner of the store writes one group of articles (the
// embedded database runs on its thread), a worker thread extracts the next group against the entities that group can
// name. The store uses a prepared extraction only when the entities it was made against are exactly those the group's
// own transaction reads (else it extracts again), so the graph is the same as without it. For the command-line tools
// only: the web server never loads this module.
import { Worker } from 'node:worker_threads';
import type { Article, Entity } from '../types';
import type { ArticleExtraction } from './pipeline';
import type { AheadRequest } from './ahead-worker';

export type PreparedExtraction = Pick<ArticleExtraction, 'entities' | 'relations'>;

export interface AheadExtraction {
  /** Start extracting `articles` against `known`, the entities they can name. */
  prepare(articles: readonly Article[], known: readonly Entity[]): void;
  /** The extraction prepared for exactly these articles against exactly these entities, if there is one. */
  take(articles: readonly Article[], known: readonly Entity[]): Promise<PreparedExtraction[] | undefined>;
  /** Settles once the worker has loaded the pipeline (or failed to). */
  loaded: Promise<void>;
  close(): Promise<void>;
}

const keyOf = (articles: readonly Article[], known: readonly Entity[]) =>
  JSON.stringify([articles, known.map((e) => [e.id, e.type, e.name, e.aliases])]);

/** A worker thread that extracts ahead; it loads the TypeScript pipeline through tsx, as the CLIs do. */
export function aheadExtraction(): AheadExtraction {
  const url = new URL('./ahead-worker.ts', import.meta.url).href;
  const worker = new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url)}); })`, { eval: true });
  // The ingest must not wait for the worker to exit, nor be kept alive by it.
  worker.unref();
  let next = 0;
  const waiting = new Map<number, { resolve: (r: PreparedExtraction[]) => void; reject: (e: Error) => void }>();
  let failed: Error | undefined;
  let ready = false;
  let onLoaded: () => void = () => undefined;
  const loaded = new Promise<void>((resolve) => (onLoaded = resolve));
  worker.on('message', ({ id, results, error, ready: isLoaded }: { id: number; results?: PreparedExtraction[]; error?: string; ready?: boolean }) => {
    if (isLoaded) return void ((ready = true), onLoaded());
    const w = waiting.get(id);
    waiting.delete(id);
    if (error) w?.reject(new Error(`extraction ahead failed: ${error}`));
    else w?.resolve(results!);
  });
  // A worker that fails or stops leaves every group to be extracted in place.
  const stop = (error: Error) => {
    failed ??= error;
    onLoaded();
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  };
  worker.on('error', stop);
  worker.on('exit', () => stop(new Error('the extraction worker stopped')));
  let prepared: { key: string; results: Promise<PreparedExtraction[]> } | undefined;
  return {
    loaded,
    prepare(articles, known) {
      if (failed || !articles.length) return;
      const id = next++;
      const results = new Promise<PreparedExtraction[]>((resolve, reject) => waiting.set(id, { resolve, reject }));
      // A failed extraction ahead only means extracting in place: never an unhandled rejection.
      results.catch(() => undefined);
      worker.postMessage({ id, articles: [...articles], known: [...known] } satisfies AheadRequest);
      prepared = { key: keyOf(articles, known), results };
    },
    async take(articles, known) {
      const mine = prepared;
      prepared = undefined;
      // The worker's messages arrive as events: a writer that only awaits the embedded database (which answers
      // without a turn of the event loop) would never see them, so one turn first.
      await new Promise((resolve) => setImmediate(resolve));
      // While the worker is still loading (seconds), extracting in place is sooner than waiting for it.
      if (!ready || !mine || mine.key !== keyOf(articles, known)) return undefined;
      return mine.results.catch(() => undefined);
    },
    async close() {
      await worker.terminate();
    },
  };
}
