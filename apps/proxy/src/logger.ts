import pino, { type DestinationStream, type Logger } from 'pino';

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

/** A URL for logs: the path, and query keys with their values dropped (codes, states, attempts). */
export function loggableUrl(url: string): string {
  const parsed = new URL(url, 'http://x');
  const keys = [...new Set(parsed.searchParams.keys())];
  return keys.length === 0
    ? parsed.pathname
    : `${parsed.pathname}?${keys.map((key) => `${key}=…`).join('&')}`;
}
