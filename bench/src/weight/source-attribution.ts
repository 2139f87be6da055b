/**
 * Which package each byte of a minified bundle came from, by walking its source map: every
 * mapping segment owns the generated text up to the next segment on the same line. This is
 * what source-map-explorer does; unlike it, we also gzip each package's share of the text on its
 * own, because budgets are in gzip and the ratio differs a lot (dictionaries vs. code).
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { TraceMap, decodedMappings } from '@jridgewell/trace-mapping';
import type { EncodedSourceMap } from '@jridgewell/trace-mapping';

export interface Share {
  name: string;
  /** Minified bytes attributed to it. */
  bytes: number;
  /** Its fragments gzipped together, alone: an estimate (gzip of parts does not add up). */
  gzipAlone: number;
}

export interface Attribution {
  totalBytes: number;
  unmappedBytes: number;
  packages: Share[];
  /** The workspace packages split by their top folder (`@slotchat/dialog/src/nlu`). */
  workspaceFolders: Share[];
  /** The largest single source files. */
  files: Share[];
}

/** npm package name for a path under node_modules, or a workspace label, or the path itself. */
export function ownerOf(
  absolutePath: string,
  repoRoot: string,
): { pkg: string; folder: string; file: string } {
  const file = relative(repoRoot, absolutePath);
  const inModules = absolutePath.lastIndexOf('/node_modules/');
  if (inModules >= 0) {
    const parts = absolutePath.slice(inModules + '/node_modules/'.length).split('/');
    const pkg = parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? file);
    return { pkg, folder: pkg, file: `${pkg}/${parts.slice(pkg.split('/').length).join('/')}` };
  }
  const workspace = /^(packages|apps)\/([^/]+)\/src\/([^/]+)/.exec(file);
  if (workspace) {
    const pkg = `@slotchat/${workspace[2]}`;
    const top = workspace[3] ?? '';
    return { pkg, folder: top.includes('.') ? `${pkg}/src` : `${pkg}/src/${top}`, file };
  }
  return { pkg: file, folder: file, file };
}

export function attribute(bundlePath: string, mapPath: string, repoRoot: string): Attribution {
  const code = readFileSync(bundlePath, 'utf8');
  const map = new TraceMap(JSON.parse(readFileSync(mapPath, 'utf8')) as EncodedSourceMap, mapPath);
  const lines = code.split('\n');
  const sourcePaths = map.sources.map((source) => resolve(mapPath, '..', source ?? ''));
  const fragments = { pkg: new Map<string, string[]>(), folder: new Map<string, string[]>() };
  const fileBytes = new Map<string, string[]>();
  let unmapped = 0;
  const add = (table: Map<string, string[]>, key: string, text: string) => {
    const list = table.get(key);
    if (list) list.push(text);
    else table.set(key, [text]);
  };
  decodedMappings(map).forEach((segments, lineIndex) => {
    const line = lines[lineIndex] ?? '';
    const firstColumn = segments[0]?.[0] ?? line.length;
    unmapped += Buffer.byteLength(line.slice(0, firstColumn)) + 1; // +1: the newline
    segments.forEach((segment, index) => {
      const end = segments[index + 1]?.[0] ?? line.length;
      const text = line.slice(segment[0], end);
      if (segment.length === 1) {
        unmapped += Buffer.byteLength(text);
        return;
      }
      const owner = ownerOf(sourcePaths[segment[1]] ?? '', repoRoot);
      add(fragments.pkg, owner.pkg, text);
      add(fragments.folder, owner.folder, text);
      add(fileBytes, owner.file, text);
    });
  });
  const shares = (table: Map<string, string[]>, withGzip: boolean): Share[] =>
    [...table.entries()]
      .map(([name, texts]) => {
        const joined = texts.join('');
        return {
          name,
          bytes: Buffer.byteLength(joined),
          gzipAlone: withGzip ? gzipSync(joined, { level: 9 }).length : 0,
        };
      })
      .sort((a, b) => b.bytes - a.bytes);
  return {
    totalBytes: Buffer.byteLength(code),
    unmappedBytes: unmapped,
    packages: shares(fragments.pkg, true),
    workspaceFolders: shares(fragments.folder, true).filter((share) =>
      share.name.startsWith('@slotchat/'),
    ),
    files: shares(fileBytes, false).slice(0, 15),
  };
}
