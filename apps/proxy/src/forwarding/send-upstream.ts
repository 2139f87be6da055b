import type { AppContext } from '../app-context';
import type { IntegrationProfile } from '../config/config-types';
import { ApiError, type ApiErrorOptions } from '../http/api-error';
import type { AnswerHeaders, UpstreamAnswer } from './http-client';

export interface UpstreamResponse {
  status: number;
  headers: AnswerHeaders;
  /** Parsed JSON, the text when it is not JSON, null when empty. */
  body: unknown;
  /** It said JSON but the JSON was cut short or broken (a truncated upstream answer). */
  malformed: boolean;
}

/**
 * A failure before any answer. `mayHaveArrived` is false only when no connection was made (the
 * provider cannot have acted on it); a timeout or a connection cut mid-way may have been acted on.
 */
export class UpstreamTransportError extends ApiError {
  constructor(
    code: 'upstream_timeout' | 'upstream_unavailable',
    message: string,
    options: ApiErrorOptions,
    readonly mayHaveArrived: boolean,
  ) {
    super(code, message, options);
  }
}

/** Connection errors that mean the request never left (undici puts them in `cause.code`). */
const notConnected = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

function causeCode(error: unknown): unknown {
  return (error as { cause?: { code?: unknown } } | null)?.cause?.code;
}

/**
 * One HTTP exchange with the provider, aborted after `timeoutMs` (the configured timeout, or less
 * when the operation's budget is nearly spent). Never follows redirects.
 */
export async function sendUpstream(
  context: AppContext,
  profile: IntegrationProfile,
  input: { method: string; url: URL; accessToken: string; body: unknown; timeoutMs: number },
): Promise<UpstreamResponse> {
  const headers: Record<string, string> = {
    authorization: `Bearer ${input.accessToken}`,
    accept: 'application/json',
  };
  if (input.body !== undefined) headers['content-type'] = 'application/json';
  let response: UpstreamAnswer;
  try {
    response = await context.http(input.url, {
      method: input.method,
      headers,
      ...(input.body === undefined ? {} : { body: JSON.stringify(input.body) }),
      timeoutMs: input.timeoutMs,
    });
  } catch (error) {
    const timedOut =
      error instanceof DOMException &&
      (error.name === 'TimeoutError' || error.name === 'AbortError');
    const options = { integration: profile.id, cause: error };
    throw timedOut
      ? new UpstreamTransportError(
          'upstream_timeout',
          `${profile.name} did not answer in time`,
          options,
          true,
        )
      : new UpstreamTransportError(
          'upstream_unavailable',
          `${profile.name} could not be reached`,
          options,
          !notConnected.has(String(causeCode(error))),
        );
  }
  const isJson = /\bjson\b/i.test(response.headers.get('content-type') ?? '');
  return {
    status: response.status,
    headers: response.headers,
    ...parseBody(response.text, isJson),
  };
}

function parseBody(text: string, isJson: boolean): { body: unknown; malformed: boolean } {
  if (text === '') return { body: null, malformed: false };
  try {
    return { body: JSON.parse(text) as unknown, malformed: false };
  } catch {
    return { body: text.length > 2000 ? `${text.slice(0, 2000)}…` : text, malformed: isJson };
  }
}
