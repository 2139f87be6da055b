import type { GoogleOperation } from '../faults/operation-names';

const base = 'https://www.googleapis.com/auth/';
const scope = (...names: string[]) => names.map((name) => `${base}${name}`);

/** For each emulated method, the scopes any one of which allows it (from the discovery document). */
export const googleMethodScopes = {
  'calendars.get': scope(
    'calendar',
    'calendar.app.created',
    'calendar.calendars',
    'calendar.calendars.readonly',
    'calendar.readonly',
  ),
  'events.get': scope(
    'calendar',
    'calendar.app.created',
    'calendar.events',
    'calendar.events.freebusy',
    'calendar.events.owned',
    'calendar.events.owned.readonly',
    'calendar.events.public.readonly',
    'calendar.events.readonly',
    'calendar.readonly',
  ),
  'events.list': scope(
    'calendar',
    'calendar.app.created',
    'calendar.events',
    'calendar.events.freebusy',
    'calendar.events.owned',
    'calendar.events.owned.readonly',
    'calendar.events.public.readonly',
    'calendar.events.readonly',
    'calendar.readonly',
  ),
  'events.insert': scope(
    'calendar',
    'calendar.app.created',
    'calendar.events',
    'calendar.events.owned',
  ),
  'freebusy.query': scope(
    'calendar',
    'calendar.events.freebusy',
    'calendar.freebusy',
    'calendar.readonly',
  ),
} as const satisfies Record<GoogleOperation, readonly string[]>;

export type GoogleMethod = GoogleOperation;

/** The RPC method names Google puts in ErrorInfo metadata. */
export const googleRpcMethods: Record<GoogleMethod, string> = {
  'calendars.get': 'calendar.v3.Calendars.Get',
  'events.get': 'calendar.v3.Events.Get',
  'events.list': 'calendar.v3.Events.List',
  'events.insert': 'calendar.v3.Events.Insert',
  'freebusy.query': 'calendar.v3.Freebusy.Query',
};
