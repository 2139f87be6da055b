// `dist/widget.js`: the script a host page loads. A self-contained IIFE (a classic script, so
// `<script async>` works without type="module") that draws the launcher and imports the chat
// chunk on demand.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import { minifyCssLiterals } from './vite-minify-css';

/**
 * The chat chunk this loader goes with, built just before it (`build` runs vite.config.ts
 * first): the loader asks for `widget-chat.js?v=<version>`, which the proxy lets browsers keep
 * for a year, because that URL only ever means these bytes. The version is the start of the
 * file's SHA-256 in base64url — the proxy computes it the same way (apps/proxy
 * `routes/widget-caching.ts`) before it says "immutable".
 */
function chatChunkVersion(): string {
  const chunk = readFileSync(new URL('dist/widget-chat.js', import.meta.url));
  return createHash('sha256').update(chunk).digest('base64url').slice(0, 16);
}

export default defineConfig({
  plugins: [minifyCssLiterals()],
  define: {
    'process.env.NODE_ENV': JSON.stringify('production'),
    __SLOTCHAT_CHAT_VERSION__: JSON.stringify(chatChunkVersion()),
  },
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
