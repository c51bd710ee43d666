// A `next start` of its own on a scratch store, for the test file that calls it (beside the global setup's server):
// `prepare` edits the store's seed before the server imports it; the server is ready once `readyPath` answers.
import { afterAll, beforeAll } from 'vitest';
import { startNextServer, type NextServer } from './next-server';
import { scratchStore, type ScratchStore } from './store';

export interface StoreServer {
  baseURL: string;
  store: ScratchStore;
}

export function useStoreServer(options: { prepare?: (store: ScratchStore) => void; readyPath?: string; startTimeoutMs?: number } = {}): StoreServer {
  const handle = {} as StoreServer;
  let server: NextServer | undefined;
  beforeAll(async () => {
    handle.store = await scratchStore();
    options.prepare?.(handle.store);
    server = await startNextServer(handle.store.env, options.readyPath, options.startTimeoutMs);
    handle.baseURL = server.baseURL;
  }, (options.startTimeoutMs ?? 60_000) + 120_000);
  afterAll(async () => {
    server?.stop();
    await handle.store?.cleanup();
  });
  return handle;
}
