import { defineConfig } from 'vitest/config';

// Unit and API tests in two projects. `domain`: the pure rules of src/domain, which need no database and
// start at once. `server`: everything else; its global setup migrates one template database per run
// (PGlite by default, PostgreSQL when DATABASE_URL is set) and each test file clones it, so no test
// migrates on its own.
export default defineConfig({
  test: {
    // Generous: a busy 2-core machine must not fail a test that is merely slow (speed lives in bench/).
    testTimeout: 300_000,
    hookTimeout: 300_000,
    pool: 'forks',
    // Two files at once even on a 2-core machine (Vitest would take one): most files wait on HTTP, a
    // database or a child process much of the time. Measured: the embedded-engine run 700 s → 602 s.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'domain', include: ['src/domain/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'server',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['src/domain/**', 'test/e2e/**', 'node_modules/**'],
          globalSetup: ['test/global-setup.ts'],
        },
      },
    ],
  },
});
