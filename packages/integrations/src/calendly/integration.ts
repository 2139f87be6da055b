import type { IntegrationDefinition } from '../integration';
import {
  createInvitee,
  createSchedulingLink,
  getCurrentUser,
  getScheduledEvent,
  listAvailableTimes,
  listEventTypes,
  listInvitees,
  listScheduledEvents,
} from './operations';

/** Calendly: the real Calendly endpoints by default (provider-apis.md §4). */
export const calendly: IntegrationDefinition = {
  id: 'calendly',
  name: 'Calendly',
  defaults: {
    authorizationUrl: 'https://auth.calendly.com/oauth/authorize',
    tokenUrl: 'https://auth.calendly.com/oauth/token',
    refreshTokenUrl: 'https://auth.calendly.com/oauth/token',
    revokeUrl: 'https://auth.calendly.com/oauth/revoke',
    apiBaseUrl: 'https://api.calendly.com',
    scopes: [
      'users:read',
      'scheduled_events:read',
      'scheduled_events:write',
      'event_types:read',
      'availability:read',
      'scheduling_links:write',
    ],
    authorizationParams: {},
    // Calendly wants web apps to send client_id/client_secret by HTTP Basic.
    tokenEndpointAuth: 'client_secret_basic',
  },
  sandboxClient: { clientId: 'slotchat-sandbox-calendly', clientSecret: 'sandbox-calendly-secret' },
  sandboxEndpoints: (base) => ({
    authorizationUrl: `${base}/calendly/oauth/authorize`,
    tokenUrl: `${base}/calendly/oauth/token`,
    refreshTokenUrl: `${base}/calendly/oauth/token`,
    revokeUrl: `${base}/calendly/oauth/revoke`,
    apiBaseUrl: `${base}/calendly/api`,
  }),
  operations: [
    getCurrentUser,
    listScheduledEvents,
    getScheduledEvent,
    listInvitees,
    listEventTypes,
    listAvailableTimes,
    createInvitee,
    createSchedulingLink,
  ],
};
