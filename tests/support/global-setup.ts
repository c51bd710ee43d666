// Builds the app once (next build) and serves it (next start) for every HTTP and browser test, on a scratch store
// holding the seed (embedded, or a fresh database on the DATABASE_URL server), never the working data/.
import type { TestProject } from 'vitest/node';
import { buildNext, startNextServer } from './next-server';
import { scratchStore } from './store';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function setup(project: TestProject) {
  // Set TEST_REUSE_BUILD=1 to skip the build while iterating on tests alone.
  if (process.env.TEST_REUSE_BUILD !== '1') buildNext();
  const store = await scratchStore();
  const server = await startNextServer(store.env, '/');
  project.provide('baseURL', server.baseURL);
  return async () => {
    server.stop();
    await store.cleanup();
  };
}
