import { defineConfig } from 'vitest/config';

// Unit and API tests. The global setup migrates one template database per run (PGlite by default,
// PostgreSQL when DATABASE_URL is set); each test file clones it, so no test migrates on its own.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
