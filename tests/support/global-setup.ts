// Builds the app once (next build) and serves it (next start) for every HTTP and browser test.
import type { TestProject } from 'vitest/node';
import { buildNext, startNextServer } from './next-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function setup(project: TestProject) {
  // Set TEST_REUSE_BUILD=1 to skip the build while iterating on tests alone.
  if (process.env.TEST_REUSE_BUILD !== '1') buildNext();
  const server = await startNextServer({}, '/');
  project.provide('baseURL', server.baseURL);
  return () => server.stop();
}
