/**
 * The operation names fault rules can target. The routers take their names from these lists, so
 * a rule naming an operation that does not exist is refused instead of silently never firing.
 */
export const googleOperations = [
  'events.get',
  'events.list',
  'events.insert',
  'freebusy.query',
  'calendars.get',
] as const;

export const calendlyOperations = [
  'users.get',
  'scheduled_events.list',
  'scheduled_events.get',
  'invitees.list',
  'invitees.get',
  'event_types.list',
  'event_types.get',
  'event_type_available_times.list',
  'user_busy_times.list',
  'invitees.create',
  'scheduling_links.create',
] as const;

/** Both authorization servers' token and revocation endpoints. */
export const oauthOperations = ['oauth.token', 'oauth.revoke'] as const;

export type GoogleOperation = (typeof googleOperations)[number];
export type CalendlyOperation = (typeof calendlyOperations)[number];
export type OAuthOperation = (typeof oauthOperations)[number];
export type FaultOperation = GoogleOperation | CalendlyOperation | OAuthOperation;

export const operationsByProvider = {
  google: [...googleOperations, ...oauthOperations],
  calendly: [...calendlyOperations, ...oauthOperations],
} as const satisfies Record<string, readonly FaultOperation[]>;

export const allOperations = [
  ...googleOperations,
  ...calendlyOperations,
  ...oauthOperations,
] as const;
