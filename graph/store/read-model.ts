// The serving process's in-memory graph: one per process (kept on globalThis, so the API, the pages and the proxy
// share it whatever bundle imports them), read from the store in one consistent snapshot, rebuilt off the request
// path when the store's version moves, and swapped whole. Requests keep the last good graph while a new one loads,
// or when a load fails.
import { createKnowledgeGraph, type KnowledgeGraph } from '../knowledge-graph';
import type { Database } from './driver';
import { storeVersion } from './history';
import { resolveOptions, type StoreOptions } from './open';
import { RelayoutJob, relayoutPolicy, type RelayoutPolicy } from './relayout-job';
import { readSnapshot } from './snapshot';
import { ownDatabase, type Owned } from './writer';

export interface ReadModelStatus {
  database: 'embedded' | 'server';
  version: number;
  loadedAt: string;
  entities: number;
  relations: number;
  articles: number;
  /** Entities placed by ingest beside their neighbours since the last full layout. */
  placedSinceLayout: number;
  /** A full layout is being computed in the background. */
  relayoutRunning: boolean;
}

interface Loaded {
  kg: KnowledgeGraph;
  status: ReadModelStatus;
}

/** How often the store's version is checked (a single-row read). */
const POLL_MS = 500;
/** How long a starting server waits for a CLI that owns the embedded database to finish. */
const OWNER_WAIT_MS = 120_000;
/** How long a failed start is reported before the next request tries again. */
const RETRY_AFTER_MS = 5_000;

export class ReadModel {
  private current?: Loaded;
  private first?: Promise<Loaded>;
  private owned?: Owned;
  private pending?: Promise<void>;
  private timer?: NodeJS.Timeout;
  private failed?: { at: number; error: unknown };
  private readonly relayout?: RelayoutJob;

  constructor(
    private readonly options: StoreOptions = {},
    policy: RelayoutPolicy | undefined = relayoutPolicy(),
  ) {
    if (policy) this.relayout = new RelayoutJob(policy, resolveOptions(options));
  }

  /** The current graph; the first call waits for the first load. */
  async graph(): Promise<KnowledgeGraph> {
    return (this.current ?? (await this.start())).kg;
  }

  async status(): Promise<ReadModelStatus> {
    return { ...(this.current ?? (await this.start())).status, relayoutRunning: this.relayout?.running ?? false };
  }

  get database(): Database | undefined {
    return this.owned?.db;
  }

  start(): Promise<Loaded> {
    // After a failed start, requests fail fast for a while instead of each retrying the whole open.
    if (!this.first && this.failed && Date.now() - this.failed.at < RETRY_AFTER_MS) return Promise.reject(this.failed.error);
    this.first ??= (async () => {
      this.owned = await this.own();
      const loaded = await this.load(this.owned.db);
      this.swap(loaded);
      this.timer = setInterval(() => void this.refresh(), POLL_MS);
      this.timer.unref();
      return loaded;
    })();
    // A failed start is retried by the next request rather than cached.
    this.first.catch((error) => {
      this.first = undefined;
      this.failed = { at: Date.now(), error };
    });
    return this.first;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.relayout?.stop();
    await this.owned?.release();
    this.owned = undefined;
  }

  private async own(): Promise<Owned> {
    const deadline = Date.now() + OWNER_WAIT_MS;
    for (;;) {
      const owned = await ownDatabase(this.options);
      if (owned) return owned;
      if (Date.now() > deadline) throw new Error('the embedded database is owned by another process (is another server running on this data directory?)');
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  /** One snapshot in one repeatable-read transaction: never a half-written ingest. */
  private async load(db: Database): Promise<Loaded> {
    const { snapshot, state } = await db.transaction(async (tx) => {
      await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
      const [state] = await tx.query<{ version: string; placed: number }>('SELECT version, placed_since_layout AS placed FROM store_state WHERE id = 1');
      return { state, snapshot: await readSnapshot(tx) };
    });
    const kg = createKnowledgeGraph(snapshot);
    return {
      kg,
      status: {
        database: db.mode,
        version: Number(state.version),
        loadedAt: new Date().toISOString(),
        entities: kg.store.order,
        relations: kg.store.size,
        articles: kg.articles.size,
        placedSinceLayout: state.placed,
        relayoutRunning: false,
      },
    };
  }

  /** Reload now if the store moved (after this process wrote to it), so the writer's next read sees its change. */
  async refreshNow(): Promise<void> {
    await this.start();
    // A reload already under way may have read the store before the write: wait for it, then check again.
    await this.pending;
    await this.refresh();
  }

  private refresh(): Promise<void> {
    const db = this.owned?.db;
    if (!db) return Promise.resolve();
    this.pending ??= (async () => {
      try {
        if ((await storeVersion(db)) !== this.current?.status.version) this.swap(await this.load(db));
      } catch (error) {
        console.error('read model: reload failed, serving the last good graph:', (error as Error).message);
      } finally {
        this.pending = undefined;
      }
    })();
    return this.pending;
  }

  private swap(loaded: Loaded): void {
    this.current = loaded;
    this.relayout?.observe(loaded.status.placedSinceLayout);
  }
}

const KEY = Symbol.for('peacekeeping-graph.read-model');
type Holder = { [KEY]?: ReadModel };

/** This process's read model over the default store (DATA_DIR / DATABASE_URL). */
export function readModel(): ReadModel {
  const holder = globalThis as Holder;
  if (!holder[KEY]) {
    holder[KEY] = new ReadModel(resolveOptions());
    const stop = () => void holder[KEY]?.stop().finally(() => process.exit(0));
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  }
  return holder[KEY];
}
