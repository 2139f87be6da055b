// The chat chunk (`dist/widget-chat.js`, an ES module): React, the engine, the cards. The
// loader (`dist/widget.js`) is built separately by vite.loader.config.ts so that it stays a tiny
// classic script that shares no chunk with this one.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    lib: {
      entry: 'src/embed/mount-chat.tsx',
      formats: ['es'],
      fileName: () => 'widget-chat.js',
    },
  },
});
