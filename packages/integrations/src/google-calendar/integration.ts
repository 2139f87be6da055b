import type { IntegrationDefinition } from '../integration';
import { getCalendar, getEvent, insertEvent, listEvents, queryFreeBusy } from './operations';

/** Google Calendar: the real Google endpoints by default (provider-apis.md §3). */
export const googleCalendar: IntegrationDefinition = {
  id: 'google-calendar',
  name: 'Google Calendar',
  defaults: {
    authorizationUrl: 'https://accounts.google.com/o/oauth2/v2/auth',
    tokenUrl: 'https://oauth2.googleapis.com/token',
    refreshTokenUrl: 'https://oauth2.googleapis.com/token',
    revokeUrl: 'https://oauth2.googleapis.com/revoke',
    apiBaseUrl: 'https://www.googleapis.com/calendar/v3',
    // `calendar` covers all five Google templates (events.get/insert/list and freeBusy).
    scopes: ['https://www.googleapis.com/auth/calendar'],
    // Offline access for a refresh token; incremental grants keep earlier scopes. prompt=consent:
    // otherwise Google sends a refresh token only on the account's first consent, and a returning
    // visitor in a new session would be cut off after an hour.
    authorizationParams: {
      access_type: 'offline',
      include_granted_scopes: 'true',
      prompt: 'consent',
    },
    tokenEndpointAuth: 'client_secret_post',
  },
  sandboxClient: { clientId: 'slotchat-sandbox-google', clientSecret: 'sandbox-google-secret' },
  sandboxEndpoints: (base) => ({
    authorizationUrl: `${base}/google/o/oauth2/v2/auth`,
    tokenUrl: `${base}/google/token`,
    refreshTokenUrl: `${base}/google/token`,
    revokeUrl: `${base}/google/revoke`,
    apiBaseUrl: `${base}/google/calendar/v3`,
  }),
  operations: [getEvent, insertEvent, listEvents, queryFreeBusy, getCalendar],
};
