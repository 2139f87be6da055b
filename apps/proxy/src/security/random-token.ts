import { hash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: session tokens, attempt ids, OAuth states. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/**
 * Session tokens and states are stored only as this hash; they carry enough entropy for SHA-256.
 * Node's one-shot `hash` (hex, UTF-8 input) skips the Hash object: it runs on every API call.
 */
export function sha256(value: string): string {
  return hash('sha256', value, 'hex');
}
