import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/load-config';
import { createLogger } from '../logger';
import { logCapture } from '../test-utils/harness';
import { resolveEncryptionKey } from './encryption-key';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function dataDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slotchat-key-'));
  dirs.push(dir);
  return dir;
}

describe('token encryption key', () => {
  it('generates a sandbox key once, keeps it private in DATA_DIR, and warns', () => {
    const dir = dataDir();
    const logs = logCapture();
    const config = loadConfig({ DATA_DIR: dir });
    const first = resolveEncryptionKey(config, createLogger('info', logs.stream));
    const second = resolveEncryptionKey(config, createLogger('info', logs.stream));
    expect(first.equals(second)).toBe(true);
    expect(first).toHaveLength(32);
    expect(fs.statSync(path.join(dir, 'token-encryption.key')).mode & 0o077).toBe(0);
    expect(logs.text()).toContain('TOKEN_ENCRYPTION_KEY is not set');
  });

  it('uses the configured key and writes nothing', () => {
    const dir = dataDir();
    const key = Buffer.alloc(32, 7);
    const config = loadConfig({ DATA_DIR: dir, TOKEN_ENCRYPTION_KEY: key.toString('base64') });
    expect(resolveEncryptionKey(config, createLogger('silent')).equals(key)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
