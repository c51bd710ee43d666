// The full ForceAtlas2 relayout as a background job. Ingest only places new entities beside their neighbours; once
// enough have been placed since the last layout and the store has been quiet for a moment, the serving process
// starts `scripts/layout.ts` as a child process at low priority. The child reads the structure and writes the
// positions back through this process (the embedded database's owner) or the server, like `npm run layout`, so the
// layout's minutes of CPU never run on the thread that answers requests.
import { spawn, type ChildProcess } from 'node:child_process';
import { setPriority } from 'node:os';
import { join } from 'node:path';

export interface RelayoutPolicy {
  /** Start a layout once this many entities were placed since the last one. */
  after: number;
  /** …and no write came for this long (a batch finishes first). */
  quietMs: number;
}

/** RELAYOUT_AFTER (default 25; `off` disables the job) and RELAYOUT_QUIET_MS (default 10 s). */
export function relayoutPolicy(env: Record<string, string | undefined> = process.env): RelayoutPolicy | undefined {
  const after = env.RELAYOUT_AFTER ?? '25';
  if (after === 'off') return undefined;
  const quietMs = Number(env.RELAYOUT_QUIET_MS ?? 10_000);
  if (!/^[1-9]\d*$/.test(after) || !Number.isFinite(quietMs) || quietMs < 0) throw new Error(`RELAYOUT_AFTER must be a positive whole number or "off", RELAYOUT_QUIET_MS a number of milliseconds (got ${after}, ${env.RELAYOUT_QUIET_MS})`);
  return { after: Number(after), quietMs };
}

/** After a failed job, wait this long before the next try (a broken install must not respawn in a loop). */
const FAILURE_BACKOFF_MS = 10 * 60_000;

export class RelayoutJob {
  private timer?: NodeJS.Timeout;
  private child?: ChildProcess;
  private failedAt = 0;

  constructor(
    private readonly policy: RelayoutPolicy,
    private readonly store: { dataDir: string; databaseUrl?: string },
    private readonly root = process.cwd(),
  ) {}

  /** Told after every load: how many entities wait for a layout. Each new write restarts the quiet period. */
  observe(placed: number): void {
    clearTimeout(this.timer);
    if (placed < this.policy.after || this.child || Date.now() - this.failedAt < FAILURE_BACKOFF_MS) return;
    this.timer = setTimeout(() => this.run(placed), this.policy.quietMs);
    this.timer.unref();
  }

  /** True while a layout is being computed. */
  get running(): boolean {
    return this.child !== undefined;
  }

  stop(): void {
    clearTimeout(this.timer);
    this.child?.kill();
  }

  private run(placed: number): void {
    const script = join(/*turbopackIgnore: true*/ this.root, 'scripts', 'layout.ts');
    const child = spawn(process.execPath, ['--import', 'tsx', script, '--data', this.store.dataDir, '--actor', 'job:relayout'], {
      cwd: this.root,
      env: { ...process.env, DATABASE_URL: this.store.databaseUrl ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    try {
      if (child.pid) setPriority(child.pid, 10);
    } catch {
      // A lower priority is a courtesy to the requests; the job runs without it.
    }
    let output = '';
    const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-2000));
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    console.log(`relayout: ${placed} entities placed since the last layout; laying out the whole graph in the background (pid ${child.pid})`);
    const done = (code: number | null, error?: Error) => {
      if (this.child !== child) return;
      this.child = undefined;
      if (code === 0) return console.log(`relayout: ${output.trim().split('\n').pop()}`);
      this.failedAt = Date.now();
      console.error(`relayout: the job failed (${error?.message ?? `exit ${code}`}); next try in ${FAILURE_BACKOFF_MS / 60_000} minutes\n${output.trim()}`);
    };
    child.on('error', (error) => done(null, error));
    child.on('exit', (code) => done(code));
  }
}
