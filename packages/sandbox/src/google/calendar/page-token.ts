import { createHash } from 'node:crypto';

/**
 * Page tokens are opaque to clients: an offset bound to the query that produced it, so a token
 * replayed with other filters is refused instead of silently paging something else.
 */
export function fingerprint(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 16);
}

export function encodePageToken(offset: number, queryFingerprint: string): string {
  return Buffer.from(JSON.stringify({ o: offset, f: queryFingerprint })).toString('base64url');
}

/** The offset a token stands for, or undefined when it is not a token of this query. */
export function decodePageToken(token: string, queryFingerprint: string): number | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (typeof value !== 'object' || value === null) return undefined;
    const { o, f } = value as { o?: unknown; f?: unknown };
    return typeof o === 'number' && Number.isInteger(o) && o >= 0 && f === queryFingerprint
      ? o
      : undefined;
  } catch {
    return undefined;
  }
}
