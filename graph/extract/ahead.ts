// Extraction ahead of the write, on the other core: while the owner of the store writes one group of articles (the
// embedded database runs on its thread), a worker thread extracts the next group against the entities that group can
// name. The two share the group: the worker claims articles one at a time from the front, and the writer, once its
// own group is written, claims what is left instead of waiting. The store uses a prepared extraction only when the
// entities it was made against are exactly those the group's own transaction reads (else the group is extracted
// again, by both threads), so the graph is the same as without it. For the command-line tools only: the web server never loads this module.
import { Worker } from 'node:worker_threads';
import type { Article, Entity } from '../types';
import { createExtractor, type ArticleExtraction } from './pipeline';
import type { AheadRequest } from './ahead-worker';

export type PreparedExtraction = Pick<ArticleExtraction, 'entities' | 'relations'>;

export interface AheadExtraction {
  /** Start extracting `articles` against `known`, the entities they can name. */
  prepare(articles: readonly Article[], known: readonly Entity[]): void;
  /**
   * The extraction of these articles against exactly these entities, by the worker and this thread together: the
   * group prepared ahead if it matches, else started now. Undefined while the worker is loading or after it failed
   * (then the caller extracts in place).
   */
  take(articles: readonly Article[], known: readonly Entity[]): Promise<PreparedExtraction[] | undefined>;
  /** Settles once the worker has loaded the pipeline (or failed to). */
  loaded: Promise<void>;
  /** Articles extracted so far by the worker and by the writer in `take`. */
  readonly counts: { worker: number; writer: number };
  close(): Promise<void>;
}

const keyOf = (articles: readonly Article[], known: readonly Entity[]) =>
  JSON.stringify([articles, known.map((e) => [e.id, e.type, e.name, e.aliases])]);

interface Group {
  id: number;
  key: string;
  articles: readonly Article[];
  known: readonly Entity[];
  claims: Int32Array;
  results: Array<PreparedExtraction | undefined>;
  /** Settles when the worker has claimed nothing more (or failed: then the group is extracted in place). */
  finished: Promise<void>;
}

/** A worker thread that extracts ahead; it loads the TypeScript pipeline through tsx, as the CLIs do. */
export function aheadExtraction(): AheadExtraction {
  const url = new URL('./ahead-worker.ts', import.meta.url).href;
  const worker = new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url)}); })`, { eval: true });
  // The ingest must not wait for the worker to exit, nor be kept alive by it.
  worker.unref();
  const counts = { worker: 0, writer: 0 };
  let next = 0;
  const groups = new Map<number, { group: Group; resolve: () => void; reject: (e: Error) => void }>();
  let failed: Error | undefined;
  let ready = false;
  let onLoaded: () => void = () => undefined;
  const loaded = new Promise<void>((resolve) => (onLoaded = resolve));
  worker.on('message', (message: { ready?: boolean; id: number; index?: number; result?: PreparedExtraction; done?: boolean; error?: string }) => {
    if (message.ready) return void ((ready = true), onLoaded());
    const g = groups.get(message.id);
    if (!g) return;
    if (message.result) {
      g.group.results[message.index!] = message.result;
      counts.worker++;
      return;
    }
    groups.delete(message.id);
    if (message.error) g.reject(new Error(`extraction ahead failed: ${message.error}`));
    else g.resolve();
  });
  // A worker that fails or stops leaves every group to be extracted in place.
  const stop = (error: Error) => {
    failed ??= error;
    onLoaded();
    for (const g of groups.values()) g.reject(error);
    groups.clear();
  };
  worker.on('error', stop);
  worker.on('exit', () => stop(new Error('the extraction worker stopped')));
  /** Send a group to the worker, which claims its articles one at a time from the front. */
  const send = (articles: readonly Article[], known: readonly Entity[]): Group => {
    const id = next++;
    const claims = new Int32Array(new SharedArrayBuffer(4));
    let settle!: { resolve: () => void; reject: (error: Error) => void };
    const finished = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
    // A failed extraction ahead only means extracting in place: never an unhandled rejection.
    finished.catch(() => undefined);
    const group: Group = { id, key: keyOf(articles, known), articles: [...articles], known: [...known], claims, results: [], finished };
    groups.set(id, { group, ...settle });
    worker.postMessage({ id, articles: [...group.articles], known: [...group.known], claims } satisfies AheadRequest);
    return group;
  };
  let prepared: Group | undefined;
  return {
    loaded,
    counts,
    prepare(articles, known) {
      if (!failed && articles.length) prepared = send(articles, known);
    },
    async take(articles, known) {
      let mine = prepared;
      prepared = undefined;
      // The worker's messages arrive as events: a writer that only awaits the embedded database (which answers
      // without a turn of the event loop) would never see them, so one turn first.
      await new Promise((resolve) => setImmediate(resolve));
      // Not the entities it was prepared against: the worker claims nothing more of it.
      if (mine && (!ready || mine.key !== keyOf(articles, known))) {
        Atomics.store(mine.claims, 0, mine.articles.length);
        mine = undefined;
      }
      // While the worker is still loading (seconds), extracting in place is sooner than waiting for it.
      if (!ready || failed) return undefined;
      // Nothing prepared for this group (the first one, or one whose entities changed): start it now, so that the
      // worker extracts beside this thread instead of waiting.
      mine ??= send(articles, known);
      let extract: ReturnType<typeof createExtractor> | undefined;
      for (let index = Atomics.add(mine.claims, 0, 1); index < mine.articles.length; index = Atomics.add(mine.claims, 0, 1)) {
        const { entities, relations } = (extract ??= createExtractor(mine.known))(mine.articles[index]);
        mine.results[index] = { entities, relations };
        counts.writer++;
      }
      try {
        await mine.finished;
      } catch {
        return undefined;
      }
      const results = mine.articles.map((_, index) => mine.results[index]);
      return results.every((r) => r !== undefined) ? results : undefined;
    },
    async close() {
      await worker.terminate();
    },
  };
}
