// The chat chunk (`dist/widget-chat.js`): React, the engine, the cards. A classic script (IIFE
// that sets `window.SlotchatChat`), not an ES module: the loader adds it with a <script> element,
// which needs no CORS headers from whoever hosts the files (a cross-origin `import()` would).
// The loader (`dist/widget.js`) is built separately by vite.loader.config.ts so that it stays a
// tiny script that shares no code with this one.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { minifyCssLiterals } from './vite-minify-css';

export default defineConfig({
  plugins: [react(), minifyCssLiterals()],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    lib: {
      entry: 'src/embed/mount-chat.tsx',
      formats: ['iife'],
      name: 'SlotchatChat',
      fileName: () => 'widget-chat.js',
    },
  },
});
