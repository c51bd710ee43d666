import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const alias = { '@': fileURLToPath(new URL('.', import.meta.url)) };

export default defineConfig({
  resolve: { alias },
  test: {
    maxWorkers: 2,
    projects: [
      // The core, the data and the CLIs: no server needed. Inline projects do not inherit the root's `test` options, so
      // each sets its own timeouts: generous, for a machine other work keeps busy (vitest's default is 5 s).
      {
        resolve: { alias },
        test: {
          name: 'core',
          include: ['tests/graph/**/*.test.ts', 'tests/app/**/*.test.ts', 'tests/data/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/store/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 180_000,
        },
      },
      // Real HTTP and real Chromium against one production build (tests/support/global-setup.ts).
      {
        resolve: { alias },
        test: {
          name: 'server',
          include: ['tests/api/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
