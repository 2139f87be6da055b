import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['server/**/*.test.ts'],
    // Each test starts the real launcher (tsx, sandbox, proxy): seconds on a busy 2-core CI box.
    testTimeout: 60_000,
  },
});
