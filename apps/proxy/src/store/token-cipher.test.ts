import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Sealed } from './store';
import { createTokenCipher } from './token-cipher';

describe('token cipher (AES-256-GCM)', () => {
  const cipher = createTokenCipher(randomBytes(32));

  it('round-trips and never repeats a ciphertext', () => {
    const sealed = cipher.encrypt('ya29.secret-access-token', 'grants:g1:access_token');
    expect(sealed).not.toContain('secret');
    expect(cipher.encrypt('ya29.secret-access-token', 'grants:g1:access_token')).not.toBe(sealed);
    expect(cipher.decrypt(sealed, 'grants:g1:access_token')).toBe('ya29.secret-access-token');
  });

  it('refuses a value moved to another row or column', () => {
    const sealed = cipher.encrypt('token', 'grants:g1:access_token');
    expect(() => cipher.decrypt(sealed, 'grants:g2:access_token')).toThrow();
    expect(() => cipher.decrypt(sealed, 'grants:g1:refresh_token')).toThrow();
  });

  it('refuses tampering and another key', () => {
    const sealed = cipher.encrypt('token', 'ctx');
    const parts = sealed.split('.');
    const body = Buffer.from(parts[3] ?? '', 'base64url');
    body[0] = (body[0] ?? 0) ^ 1;
    expect(() =>
      cipher.decrypt(
        [parts[0], parts[1], parts[2], body.toString('base64url')].join('.') as Sealed,
        'ctx',
      ),
    ).toThrow();
    expect(() => createTokenCipher(randomBytes(32)).decrypt(sealed, 'ctx')).toThrow();
    expect(() => cipher.decrypt('plain-text' as Sealed, 'ctx')).toThrow('Unrecognised');
  });

  it('needs a 32-byte key', () => {
    expect(() => createTokenCipher(randomBytes(16))).toThrow();
  });
});
