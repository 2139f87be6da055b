// The demo site: two pages, built into dist/ and served by the proxy from PUBLIC_DIR. The widget
// itself is not bundled here: both pages load the proxy's /widget.js by script tag.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        index: resolve(import.meta.dirname, 'index.html'),
        plain: resolve(import.meta.dirname, 'plain.html'),
      },
    },
  },
});
