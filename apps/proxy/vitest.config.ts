import { defineConfig } from 'vitest/config';

// Most tests run the real sandbox over HTTP and a few drive Chromium: give slow CI machines room.
export default defineConfig({
  test: { testTimeout: 20_000, hookTimeout: 60_000 },
});
