// The admin console: a single-page app built into dist/ and served by the proxy under /admin
// (ADMIN_DIR), on the proxy's own origin, so its API calls are first-party and cookie-authenticated.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', sourcemap: true },
  test: { environment: 'jsdom', include: ['src/**/*.test.{ts,tsx}'] },
});
