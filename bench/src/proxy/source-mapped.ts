/**
 * The proxy runs as a bundle (apps/proxy/dist, see its scripts/build.mjs), so a profile's frames
 * point at one chunk file. This maps each such frame back through the bundle's source map to the
 * TypeScript file and line it came from, so the summaries name proxy files and packages as before.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';

export interface Frame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber?: number;
}

/** `frame` as written in its source, when it is in a file with a source map next to it. */
export function sourceMapper(): (frame: Frame) => Frame {
  const maps = new Map<string, TraceMap | null>();
  const mapOf = (url: string) => {
    let map = maps.get(url);
    if (map === undefined) {
      const file = `${fileURLToPath(url)}.map`;
      map = existsSync(file)
        ? new TraceMap(readFileSync(file, 'utf8'), pathToFileURL(file).href)
        : null;
      maps.set(url, map);
    }
    return map;
  };
  return (frame) => {
    if (!frame.url.startsWith('file://') || !frame.url.includes('/dist/')) return frame;
    const map = mapOf(frame.url);
    if (!map) return frame;
    // V8's positions are 0-based; trace-mapping's lines are 1-based, its columns 0-based.
    const original = originalPositionFor(map, {
      line: frame.lineNumber + 1,
      column: frame.columnNumber ?? 0,
    });
    if (!original.source || original.line === null) return frame;
    return {
      ...frame,
      url: original.source,
      lineNumber: original.line - 1,
      columnNumber: original.column ?? 0,
    };
  };
}
