import pino, { type DestinationStream, type Logger } from 'pino';
import { sha256 } from './security/random-token';

/**
 * Paths pino blanks wherever they appear. Routes never log tokens on purpose; this is the net
 * under that rule (headers of a request, a token set passed by mistake).
 */
const redactPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'accessToken',
  'refreshToken',
  'access_token',
  'refresh_token',
  'code',
  'code_verifier',
  'codeVerifier',
  'clientSecret',
  'client_secret',
  'sessionToken',
  'token',
  '*.accessToken',
  '*.refreshToken',
  '*.access_token',
  '*.refresh_token',
  '*.clientSecret',
  '*.client_secret',
  '*.sessionToken',
];

/**
 * Stdout is written in batches: lines gather until 4 KB or a quarter second has passed, then go
 * out in one asynchronous write — one write for many requests under load, where a write per
 * line was the proxy's costliest step after the two HTTP exchanges themselves. pino writes what
 * is left when the process exits, after a crash too. A process ended without exiting — SIGKILL,
 * or a signal main.ts does not handle — can lose the last quarter second.
 */
const stdoutBatches = {
  dest: 1,
  sync: false,
  minLength: 4096,
  periodicFlush: 250,
  // A stalled stdout (a stuck log collector) must not grow the buffer without end: past 16 MB,
  // lines are dropped until it drains.
  maxLength: 16 * 1024 * 1024,
};

/** JSON lines to `destination`, or to stdout in batches. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    { level, redact: { paths: redactPaths, censor: '[redacted]' } },
    destination ?? pino.destination(stdoutBatches),
  );
}

/**
 * How logs name a one-time capability (an attempt id opens the sign-in page until used): a short
 * hash that correlates log lines without letting a log reader use it.
 */
export function logId(secret: string): string {
  return `#${sha256(secret).slice(0, 12)}`;
}

/** Paths that carry an attempt id: `/api/auth/attempts/<id>`. */
const attemptPath = /^(\/api\/auth\/attempts\/)([^/]+)/;

/** A URL for logs: the path (attempt ids hashed), query keys with their values dropped. */
export function loggableUrl(url: string): string {
  // Most requests have neither: skip the URL parse (it is on every request's path).
  if (!url.includes('?') && !url.startsWith('/api/auth/attempts/')) return url;
  const parsed = new URL(url, 'http://x');
  const path = parsed.pathname.replace(
    attemptPath,
    (_match, prefix: string, id: string) => `${prefix}${logId(decodeURIComponent(id))}`,
  );
  const keys = [...new Set(parsed.searchParams.keys())];
  return keys.length === 0 ? path : `${path}?${keys.map((key) => `${key}=…`).join('&')}`;
}
