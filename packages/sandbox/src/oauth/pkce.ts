import { createHash, timingSafeEqual } from 'node:crypto';

/** RFC 7636 §4.1: 43–128 characters of [A-Z a-z 0-9 - . _ ~]; the S256 challenge has the same form. */
const pkceValue = /^[A-Za-z0-9\-._~]{43,128}$/;

export function isWellFormedPkceValue(value: string): boolean {
  return pkceValue.test(value);
}

/** BASE64URL(SHA256(verifier)) — the S256 transformation. */
export function s256Challenge(verifier: string): string {
  return createHash('sha256').update(verifier, 'ascii').digest('base64url');
}

/** True when `verifier` is well formed and its S256 transformation equals `challenge`. */
export function verifyS256(verifier: string, challenge: string): boolean {
  if (!isWellFormedPkceValue(verifier)) return false;
  const expected = Buffer.from(s256Challenge(verifier));
  const actual = Buffer.from(challenge);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
