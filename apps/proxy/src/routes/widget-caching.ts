import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';

/** widget.js is the URL embedders paste: a release reaches every page within this time. */
const loaderMaxAgeSeconds = 300;
const yearSeconds = 365 * 24 * 60 * 60;

/**
 * Cache-Control for WIDGET_DIR, by file:
 * - `widget.js`, kept five minutes: a page view within them makes no request for it;
 * - `widget-chat.js?v=<version>`, kept a year without revalidating (`immutable`) when the version
 *   is that of the file being sent: the loader built with the chunk asks for exactly that URL
 *   (vite.loader.config.ts), so a returning visitor opens the chat with no request at all;
 * - anything else, and a version that is not the file's (a loader from before a release), is
 *   revalidated on every use (`no-cache`, with serve-static's ETag).
 * The version is the start of the file's base64url SHA-256, recomputed when the file changes.
 */
export function widgetCacheHeaders(widgetDir: string) {
  const chunkPath = path.join(widgetDir, 'widget-chat.js');
  let known: { mtimeMs: number; size: number; version: string } | null = null;

  function chunkVersion(): string | null {
    try {
      const stat = fs.statSync(chunkPath);
      if (known?.mtimeMs !== stat.mtimeMs || known.size !== stat.size) {
        const version = createHash('sha256')
          .update(fs.readFileSync(chunkPath))
          .digest('base64url')
          .slice(0, 16);
        known = { mtimeMs: stat.mtimeMs, size: stat.size, version };
      }
      return known.version;
    } catch {
      return null;
    }
  }

  return (response: ServerResponse, filePath: string): void => {
    // express-static-gzip sends widget-chat.js.br for widget-chat.js: the same file, encoded.
    const name = path.basename(filePath).replace(/\.(br|gz)$/, '');
    const requested = new URL(response.req.url ?? '/', 'http://widget').searchParams.get('v');
    let policy = 'public, no-cache';
    if (name === 'widget.js') policy = `public, max-age=${loaderMaxAgeSeconds}`;
    else if (name === 'widget-chat.js' && requested && requested === chunkVersion())
      policy = `public, max-age=${yearSeconds}, immutable`;
    response.setHeader('cache-control', policy);
  };
}
