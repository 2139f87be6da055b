import type { AppContext } from '../app-context';
import type { IntegrationProfile } from '../config/config-types';
import { ApiError } from '../http/api-error';

export interface UpstreamResponse {
  status: number;
  headers: Headers;
  /** Parsed JSON, the text when it is not JSON, null when empty. */
  body: unknown;
  /** It said JSON but the JSON was cut short or broken (a truncated upstream answer). */
  malformed: boolean;
}

/** One HTTP exchange with the provider, bounded by the configured timeout. Never follows redirects. */
export async function sendUpstream(
  context: AppContext,
  profile: IntegrationProfile,
  input: { method: string; url: URL; accessToken: string; body: unknown },
): Promise<UpstreamResponse> {
  const headers: Record<string, string> = {
    authorization: `Bearer ${input.accessToken}`,
    accept: 'application/json',
  };
  if (input.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  let text: string;
  try {
    response = await context.fetch(input.url, {
      method: input.method,
      headers,
      ...(input.body === undefined ? {} : { body: JSON.stringify(input.body) }),
      signal: AbortSignal.timeout(context.config.upstreamTimeoutMs),
      // A redirect could carry the bearer token to a host we did not choose.
      redirect: 'manual',
    });
    text = await response.text();
  } catch (error) {
    const timedOut =
      error instanceof DOMException &&
      (error.name === 'TimeoutError' || error.name === 'AbortError');
    throw timedOut
      ? new ApiError('upstream_timeout', `${profile.name} did not answer in time`, {
          integration: profile.id,
          cause: error,
        })
      : new ApiError('upstream_unavailable', `${profile.name} could not be reached`, {
          integration: profile.id,
          cause: error,
        });
  }
  const isJson = /\bjson\b/i.test(response.headers.get('content-type') ?? '');
  return { status: response.status, headers: response.headers, ...parseBody(text, isJson) };
}

function parseBody(text: string, isJson: boolean): { body: unknown; malformed: boolean } {
  if (text === '') return { body: null, malformed: false };
  try {
    return { body: JSON.parse(text) as unknown, malformed: false };
  } catch {
    return { body: text.length > 2000 ? `${text.slice(0, 2000)}…` : text, malformed: isJson };
  }
}
