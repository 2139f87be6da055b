#!/usr/bin/env node
// Writes widget.js.br / .gz and widget-chat.js.br / .gz next to the built files, compressed
// once at the highest levels, so the proxy sends them as they are (express-static-gzip): no
// compressing per request, and brotli at quality 11 is ~15% smaller than what on-the-fly
// compression affords (quality 4). Run by `build`, after both Vite builds.
import { readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const files = ['widget.js', 'widget-chat.js'];
for (const file of files) {
  const path = new URL(`../dist/${file}`, import.meta.url);
  const source = readFileSync(path);
  const brotli = brotliCompressSync(source, {
    params: {
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
    },
  });
  writeFileSync(new URL(`${path.href}.br`), brotli);
  writeFileSync(new URL(`${path.href}.gz`), gzipSync(source, { level: 9 }));
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`${file}: ${kb(source.length)}, brotli ${kb(brotli.length)}`);
}
