import { describe, expect, it } from 'vitest';
import { randomToken, sha256 } from './random-token';

describe('random-token', () => {
  it('hashes as SHA-256 in hex, so the sessions already stored still match', () => {
    // FIPS 180-2's test vector for "abc".
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    // UTF-8, not Latin-1, for anything beyond ASCII.
    expect(sha256('é')).toBe('4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c');
  });

  it('makes URL-safe tokens of 256 bits', () => {
    expect(randomToken()).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(randomToken()).not.toBe(randomToken());
  });
});
