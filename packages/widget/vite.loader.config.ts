// `dist/widget.js`: the script a host page loads. A self-contained IIFE (a classic script, so
// `<script async>` works without type="module") that draws the launcher and imports the chat
// chunk on demand.
import { defineConfig } from 'vite';
import { minifyCssLiterals } from './vite-minify-css';

export default defineConfig({
  plugins: [minifyCssLiterals()],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    lib: {
      entry: 'src/embed/loader.ts',
      formats: ['iife'],
      name: 'SlotchatLoader',
      fileName: () => 'widget.js',
    },
  },
});
