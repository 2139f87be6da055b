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

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino({ level, redact: { paths: redactPaths, censor: '[redacted]' } }, destination);
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
