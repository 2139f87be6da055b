import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import type { ProxyConfig } from '../config/config-types';
import { decodeKey } from '../config/load-config';

const keyFileName = 'token-encryption.key';

/**
 * The configured key, or — only when every integration uses the sandbox (loadConfig refuses
 * otherwise) — a key generated once and kept in DATA_DIR so tokens survive a restart.
 */
export function resolveEncryptionKey(config: ProxyConfig, logger: Logger): Buffer {
  if (config.tokenEncryptionKey !== null) {
    const key = decodeKey(config.tokenEncryptionKey);
    if (!key) throw new Error('TOKEN_ENCRYPTION_KEY is not a 32-byte key');
    return key;
  }
  const file = path.join(config.dataDir, keyFileName);
  fs.mkdirSync(config.dataDir, { recursive: true });
  try {
    fs.writeFileSync(file, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 });
    logger.warn(
      { file },
      'TOKEN_ENCRYPTION_KEY is not set: generated a key for the sandbox. Set TOKEN_ENCRYPTION_KEY before using real providers.',
    );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    logger.warn({ file }, 'TOKEN_ENCRYPTION_KEY is not set: using the generated sandbox key');
  }
  const key = decodeKey(fs.readFileSync(file, 'utf8').trim());
  if (!key) throw new Error(`${file} does not hold a 32-byte key; delete it to generate a new one`);
  return key;
}
