import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Sealed } from './store';

/**
 * AES-256-GCM for tokens at rest. The associated data binds a ciphertext to its row and column,
 * so a value copied into another grant (or from the refresh to the access column) fails to open.
 */
export interface TokenCipher {
  encrypt(plaintext: string, context: string): Sealed;
  decrypt(ciphertext: Sealed, context: string): string;
}

const version = 'v1';

export function createTokenCipher(key: Buffer): TokenCipher {
  if (key.length !== 32) throw new Error('AES-256-GCM needs a 32-byte key');
  return {
    encrypt(plaintext, context) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      const tag = cipher.getAuthTag();
      return [version, iv, tag, body]
        .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
        .join('.') as Sealed;
    },
    decrypt(ciphertext, context) {
      const [tagVersion, iv, tag, body] = ciphertext.split('.');
      if (tagVersion !== version || !iv || !tag || body === undefined) {
        throw new Error('Unrecognised token ciphertext');
      }
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([
        decipher.update(Buffer.from(body, 'base64url')),
        decipher.final(),
      ]).toString('utf8');
    },
  };
}
