import type { Provider } from '../sandbox-options';

/** The account that signs in on a provider's consent page (the sandbox has one per provider). */
export interface OAuthAccount {
  /** Stable id the grants are bound to. */
  subject: string;
  name: string;
  email: string;
}

/**
 * What differs between the Google and the Calendly authorization servers. The shared routers in
 * this folder implement RFC 6749 + RFC 7636; a profile supplies each provider's habits.
 */
export interface OAuthProfile {
  provider: Provider;
  /** "Google", "Calendly": shown on the consent page. */
  brand: string;
  /** Known scopes and what the consent page says about each. */
  scopes: Readonly<Record<string, string>>;
  /** Scopes granted when the request names none (Calendly), or undefined when `scope` is required. */
  defaultScopes: readonly string[] | undefined;
  /** Google lets the user untick scopes on the consent screen. */
  scopesSelectable: boolean;
  codeLifetimeSeconds: number;
  accessTokenLifetimeSeconds: number;
  /**
   * `google`: a refresh token only with access_type=offline, and only on first consent unless
   * prompt=consent; refresh tokens live on. `rotate` (Calendly): a new refresh token on every
   * exchange and refresh; the one used dies.
   */
  refreshTokens: 'google' | 'rotate';
  /**
   * `google`: no client authentication, an unknown token is a 400, and revoking any token revokes
   * every grant of that user to that client. `rfc7009` (Calendly): the client authenticates, an
   * unknown token still gets 200, and only that token's grant is revoked.
   */
  revocation: 'google' | 'rfc7009';
  /** Google names a redirect URI mismatch at the token endpoint; Calendly calls it invalid_grant. */
  redirectMismatchError: 'redirect_uri_mismatch' | 'invalid_grant';
  prefixes: { code: string; access: string; refresh: string };
  account(): OAuthAccount;
  /**
   * Extra token-response fields (Calendly's `owner`, `organization`, `created_at`; Google's
   * `id_token` when `openid` was granted).
   */
  tokenResponseExtras(
    account: OAuthAccount,
    origin: string,
    nowSeconds: number,
    grant: { clientId: string; scopes: readonly string[]; nonce: string | undefined },
  ): Record<string, unknown>;
  /** Messages of token-endpoint errors in this provider's words. */
  messages: {
    invalidClient: string;
    invalidGrant: string;
    revokedGrant: string;
    invalidVerifier: string;
    missingVerifier: string;
  };
}
