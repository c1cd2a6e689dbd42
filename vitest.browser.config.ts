import { defineConfig } from 'vitest/config';

// Browser tests: a real Haven server and the built web app (dist/web) driven in Chromium. Run with
// `npm run test:browser`, which rebuilds dist/web first when its sources changed.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: 'forks',
    fileParallelism: false,
    globalSetup: ['test/e2e/support/global-setup.ts'],
  },
});
