import { z } from 'zod';
import type { IntegrationProfile } from '../config/config-types';

/** What a provider's token endpoint answers (RFC 6749 §5.1, plus Calendly's owner URI). */
const tokenResponseSchema = z.object({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
  expires_in: z.coerce.number().positive().optional(),
  refresh_token: z.string().min(1).optional(),
  scope: z.string().optional(),
  owner: z.string().optional(),
});

export interface TokenSet {
  accessToken: string;
  refreshToken: string | null;
  /** Epoch ms, from `expires_in` and the injected clock. */
  expiresAt: number | null;
  /** Granted scopes; null when the provider did not say (then what was asked is assumed). */
  scopes: readonly string[] | null;
  /** Calendly's `owner` user URI, when given. */
  owner: string | null;
}

/**
 * A token or revocation endpoint refused or failed. `invalid_grant` means the grant is dead and
 * must be re-authorized; any other refusal that waiting cannot fix (`invalid_client`,
 * `unauthorized_client`, `invalid_request` …) is about the proxy's own client configuration.
 */
export class OAuthTokenError extends Error {
  constructor(
    readonly errorCode: string,
    readonly status: number,
    readonly retryable: boolean,
  ) {
    super(`Token endpoint answered ${status} ${errorCode}`);
    this.name = 'OAuthTokenError';
  }

  /** The provider refuses the client itself: a configuration problem, not the user's grant. */
  get refusesClient(): boolean {
    return !this.retryable && this.errorCode !== 'invalid_grant';
  }
}

/** How a revocation ended when the provider did not fail. */
export type RevocationResult = 'revoked' | 'already-revoked';

export interface TokenClientDeps {
  fetch: typeof globalThis.fetch;
  clock: () => number;
  /** A fresh signal per request that aborts when the token endpoint took too long. */
  timeout: () => AbortSignal;
}

/**
 * Talks to an integration's token and revocation endpoints with the client authentication the
 * provider wants. Used for the code exchange (behind passport), refreshes and revocation.
 */
export class TokenClient {
  constructor(private readonly deps: TokenClientDeps) {}

  exchangeCode(
    profile: IntegrationProfile,
    input: { code: string; codeVerifier: string | undefined; redirectUri: string },
  ): Promise<TokenSet> {
    return this.request(profile, profile.tokenUrl, {
      grant_type: 'authorization_code',
      code: input.code,
      redirect_uri: input.redirectUri,
      ...(input.codeVerifier ? { code_verifier: input.codeVerifier } : {}),
    });
  }

  refresh(profile: IntegrationProfile, refreshToken: string): Promise<TokenSet> {
    return this.request(profile, profile.refreshTokenUrl, {
      grant_type: 'refresh_token',
      refresh_token: refreshToken,
    });
  }

  /**
   * Revokes a token at the provider. Only Google's `invalid_token` (the token is already dead)
   * counts as revoked without a 200; any other refusal or failure throws, so the caller can say
   * that the grant may still be live at the provider.
   */
  async revoke(profile: IntegrationProfile, token: string): Promise<RevocationResult> {
    const response = await this.post(profile, profile.revokeUrl, { token });
    if (response.ok) {
      await response.body?.cancel();
      return 'revoked';
    }
    const body: unknown = await response.json().catch(() => undefined);
    const parsed = z.object({ error: z.string() }).safeParse(body);
    const errorCode = parsed.success ? parsed.data.error : 'revoke_failed';
    if (response.status === 400 && errorCode === 'invalid_token') return 'already-revoked';
    throw new OAuthTokenError(
      errorCode,
      response.status,
      response.status >= 500 || response.status === 429,
    );
  }

  private async request(
    profile: IntegrationProfile,
    url: string,
    form: Record<string, string>,
  ): Promise<TokenSet> {
    const requestedAt = this.deps.clock();
    const response = await this.post(profile, url, form);
    const body: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      const parsed = z.object({ error: z.string() }).safeParse(body);
      const errorCode = parsed.success ? parsed.data.error : 'token_endpoint_error';
      throw new OAuthTokenError(
        errorCode,
        response.status,
        response.status >= 500 || response.status === 429,
      );
    }
    const parsed = tokenResponseSchema.safeParse(body);
    // A 2xx we cannot read is the provider's glitch, not a refusal: worth another try.
    if (!parsed.success) throw new OAuthTokenError('invalid_token_response', response.status, true);
    const tokens = parsed.data;
    return {
      accessToken: tokens.access_token,
      refreshToken: tokens.refresh_token ?? null,
      expiresAt: tokens.expires_in === undefined ? null : requestedAt + tokens.expires_in * 1000,
      scopes: tokens.scope === undefined ? null : tokens.scope.split(/[\s,]+/).filter(Boolean),
      owner: tokens.owner ?? null,
    };
  }

  private async post(
    profile: IntegrationProfile,
    url: string,
    form: Record<string, string>,
  ): Promise<Response> {
    const headers: Record<string, string> = {
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json',
    };
    const body = new URLSearchParams(form);
    if (profile.tokenEndpointAuth === 'client_secret_basic') {
      // RFC 6749 §2.3.1: form-encode each part before joining with a colon.
      const user = encodeURIComponent(profile.clientId);
      const password = encodeURIComponent(profile.clientSecret);
      headers.authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
    } else {
      body.set('client_id', profile.clientId);
      body.set('client_secret', profile.clientSecret);
    }
    try {
      return await this.deps.fetch(url, {
        method: 'POST',
        headers,
        body,
        signal: this.deps.timeout(),
        redirect: 'error',
      });
    } catch {
      throw new OAuthTokenError('token_endpoint_unreachable', 0, true);
    }
  }
}
