import type { OAuthProfile } from '../../oauth/oauth-profile';
import type { GoogleAccount } from '../../seed/accounts';
import { googleIdTokenClaims, type IdTokenSigner } from './id-token';

const calendarScope = 'https://www.googleapis.com/auth/calendar';

/** The scopes Google's consent screen would describe, in its words. */
export const googleScopes: Readonly<Record<string, string>> = {
  [calendarScope]:
    'See, edit, share, and permanently delete all the calendars you can access using Google Calendar',
  [`${calendarScope}.readonly`]:
    'See and download any calendar you can access using your Google Calendar',
  [`${calendarScope}.events`]: 'View and edit events on all your calendars',
  [`${calendarScope}.events.readonly`]: 'View events on all your calendars',
  [`${calendarScope}.freebusy`]: 'View your availability in your calendars',
  [`${calendarScope}.events.freebusy`]:
    'See the availability on Google calendars you have access to',
  openid: 'Associate you with your personal info on Google',
  email: 'See your primary Google Account email address',
  profile: "See your personal info, including any personal info you've made publicly available",
  'https://www.googleapis.com/auth/userinfo.email': 'See your primary Google Account email address',
  'https://www.googleapis.com/auth/userinfo.profile':
    "See your personal info, including any personal info you've made publicly available",
};

/** Google's authorization server habits (provider-apis.md §3). */
export function googleOAuthProfile(account: GoogleAccount, idTokens: IdTokenSigner): OAuthProfile {
  return {
    provider: 'google',
    brand: 'Google',
    scopes: googleScopes,
    defaultScopes: undefined,
    scopesSelectable: true,
    codeLifetimeSeconds: 600,
    accessTokenLifetimeSeconds: 3599,
    refreshTokens: 'google',
    revocation: 'google',
    redirectMismatchError: 'redirect_uri_mismatch',
    prefixes: { code: '4/0A', access: 'ya29.', refresh: '1//0' },
    account: () => ({ subject: account.email, name: account.name, email: account.email }),
    // OpenID Connect: an ID token for `openid` grants, on the code exchange and on refreshes.
    tokenResponseExtras: (oauthAccount, _origin, nowSeconds, grant) =>
      grant.scopes.includes('openid')
        ? {
            id_token: idTokens.sign(
              googleIdTokenClaims({ account: oauthAccount, nowSeconds, ...grant }),
            ),
          }
        : {},
    messages: {
      invalidClient: 'The OAuth client was not found.',
      invalidGrant: 'Bad Request',
      revokedGrant: 'Token has been expired or revoked.',
      invalidVerifier: 'Invalid code verifier.',
      missingVerifier: 'Missing code verifier.',
    },
  };
}
