import type { OAuthProfile } from '../../oauth/oauth-profile';
import type { CalendlyAccount } from '../../seed/accounts';

/** Calendly's scopes (released 3 Mar 2026); `:write` implies `:read` of the same domain. */
export const calendlyScopes: Readonly<Record<string, string>> = {
  'users:read': 'View your Calendly profile',
  'scheduled_events:read': 'View your scheduled events and their invitees',
  'scheduled_events:write': 'Book and cancel events on your behalf',
  'event_types:read': 'View your event types',
  'availability:read': 'View your availability',
  'scheduling_links:write': 'Create single-use scheduling links',
  'webhooks:read': 'View webhook subscriptions',
  'webhooks:write': 'Manage webhook subscriptions',
};

// Calendly's authorization server is Doorkeeper; these are its messages.
const invalidGrant =
  'The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.';

/** Calendly's authorization server habits (provider-apis.md §4). */
export function calendlyOAuthProfile(account: CalendlyAccount): OAuthProfile {
  return {
    provider: 'calendly',
    brand: 'Calendly',
    scopes: calendlyScopes,
    // Whether Calendly requires `scope` on /oauth/authorize is unconfirmed: omitted = all scopes.
    defaultScopes: Object.keys(calendlyScopes),
    scopesSelectable: false,
    codeLifetimeSeconds: 600,
    accessTokenLifetimeSeconds: 7200,
    refreshTokens: 'rotate',
    revocation: 'rfc7009',
    redirectMismatchError: 'invalid_grant',
    prefixes: { code: 'cal_code_', access: 'cal_at_', refresh: 'cal_rt_' },
    account: () => ({ subject: account.userUuid, name: account.name, email: account.email }),
    tokenResponseExtras: (_account, origin, nowSeconds) => ({
      created_at: nowSeconds,
      owner: `${origin}/calendly/api/users/${account.userUuid}`,
      organization: `${origin}/calendly/api/organizations/${account.organizationUuid}`,
    }),
    messages: {
      invalidClient:
        'Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method.',
      invalidGrant,
      revokedGrant: invalidGrant,
      invalidVerifier: invalidGrant,
      missingVerifier: invalidGrant,
    },
  };
}
