import type { IntegrationId } from './operation';

const google = 'https://www.googleapis.com/auth/';

/**
 * The OAuth scopes each provider defines that make sense for Slotchat (provider-apis.md §3, §4).
 * The admin console flags any other scope: a typo there only shows up as a refused consent.
 */
export const knownScopes: Readonly<Record<IntegrationId, readonly string[]>> = {
  'google-calendar': [
    `${google}calendar`,
    `${google}calendar.events`,
    `${google}calendar.events.readonly`,
    `${google}calendar.readonly`,
    `${google}calendar.freebusy`,
    `${google}calendar.events.freebusy`,
    'openid',
    'email',
    'profile',
    `${google}userinfo.email`,
    `${google}userinfo.profile`,
  ],
  calendly: [
    'users:read',
    'scheduled_events:read',
    'scheduled_events:write',
    'event_types:read',
    'event_types:write',
    'availability:read',
    'scheduling_links:write',
    'webhooks:read',
    'webhooks:write',
  ],
};
