import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../test-utils/harness';

/** Stands for a built chat chunk: text that compresses, above compression()'s 1 KB threshold. */
const chunk = Array.from({ length: 400 }, (_, index) => `console.log("line ${index}");`).join('\n');

const sourceMap = { version: 3, sources: ['chunk.ts'], sourcesContent: [chunk], mappings: '' };

let root: string;
let harness: Harness;
beforeEach(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'slotchat-widget-dir-'));
  fs.writeFileSync(path.join(root, 'widget.js'), 'console.log("loader")');
  fs.writeFileSync(path.join(root, 'widget-chat.js'), chunk);
  fs.writeFileSync(path.join(root, 'widget-chat.js.br'), brotliCompressSync(chunk));
  fs.writeFileSync(path.join(root, 'widget-chat.js.gz'), gzipSync(chunk));
  fs.writeFileSync(path.join(root, 'widget-chat.js.map'), JSON.stringify(sourceMap));
  harness = await createHarness({ env: { WIDGET_DIR: root } });
});
afterEach(async () => {
  await harness.close();
  fs.rmSync(root, { recursive: true, force: true });
});

const fetchChunk = (file: string, acceptEncoding: string) =>
  request(harness.proxy.app).get(`/${file}`).set('accept-encoding', acceptEncoding);

describe('the widget files', () => {
  it('are sent compressed as built: brotli first, else gzip, else as they are', async () => {
    const size = (file: string) => String(fs.statSync(path.join(root, file)).size);
    const brotli = await fetchChunk('widget-chat.js', 'gzip, deflate, br');
    expect(brotli.status).toBe(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    // The length of the file on disk: sent as built, not compressed again on the way out.
    expect(brotli.headers['content-length']).toBe(size('widget-chat.js.br'));
    expect(brotli.headers['content-type']).toMatch(/javascript; charset=utf-8/i);
    expect(brotli.headers.vary).toMatch(/accept-encoding/i);
    expect(brotli.text).toBe(chunk);

    const gzip = await fetchChunk('widget-chat.js', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers['content-length']).toBe(size('widget-chat.js.gz'));
    expect(gzip.text).toBe(chunk);

    const plain = await fetchChunk('widget-chat.js', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.text).toBe(chunk);
  });

  it('without a compressed copy are compressed on the way out', async () => {
    const map = await fetchChunk('widget-chat.js.map', 'gzip');
    expect(map.status).toBe(200);
    expect(map.headers['content-encoding']).toBe('gzip');
    expect(map.headers['content-length']).toBeUndefined();
    expect(map.body).toEqual(sourceMap);
  });

  it('are refused outside the directory and for unreadable paths', async () => {
    expect((await fetchChunk('..%2fwidget-chat.js', 'br')).status).not.toBe(200);
    expect((await fetchChunk('%E0%A4%A', 'br')).status).toBe(400);
  });

  it('are kept by browsers: the loader five minutes, the chunk of its version a year', async () => {
    // What the loader's build asks for: the start of the chunk's base64url SHA-256.
    const versionOf = (text: string) =>
      createHash('sha256').update(text).digest('base64url').slice(0, 16);
    const cacheControl = async (url: string) =>
      (await fetchChunk(url, 'br')).headers['cache-control'];
    expect(await cacheControl('widget.js')).toBe('public, max-age=300');
    const immutable = 'public, max-age=31536000, immutable';
    expect(await cacheControl(`widget-chat.js?v=${versionOf(chunk)}`)).toBe(immutable);
    // A loader from another build, or none: the browser checks with the server each time.
    expect(await cacheControl('widget-chat.js?v=AAAAAAAAAAAAAAAA')).toBe('public, no-cache');
    expect(await cacheControl('widget-chat.js')).toBe('public, no-cache');
    expect(await cacheControl('widget-chat.js.map')).toBe('public, no-cache');

    // A release replaces the chunk while the proxy runs: the old version is no longer kept.
    const released = `${chunk}\nconsole.log("released");`;
    fs.writeFileSync(path.join(root, 'widget-chat.js'), released);
    expect(await cacheControl(`widget-chat.js?v=${versionOf(chunk)}`)).toBe('public, no-cache');
    expect(await cacheControl(`widget-chat.js?v=${versionOf(released)}`)).toBe(immutable);
  });
});
