import express, { Router } from 'express';
import type { Request, Response } from 'express';
import { checkBearer } from '../../oauth/bearer';
import type { OAuthStore } from '../../oauth/oauth-store';
import type { SeededRandom } from '../../random';
import type { FaultController } from '../../faults/fault-controller';
import { GoogleApiError, googleErrors } from '../google-error';
import { googleMethodScopes, googleRpcMethods, type GoogleMethod } from '../google-scopes';
import type { CalendarApiContext } from './api-context';
import type { CalendarStore } from './calendar-store';
import { calendarsGet } from './calendars-get';
import { eventsGet } from './events-get';
import { eventsInsert } from './events-insert';
import { eventsList } from './events-list';
import { freebusyQuery } from './freebusy-query';

export interface CalendarRouterOptions {
  oauth: OAuthStore;
  calendars: CalendarStore;
  clock: () => number;
  random: SeededRandom;
  faults: FaultController;
}

/** Calendar API v3 below `/calendar/v3`: bearer check, scope check, faults, then the method. */
export function createCalendarRouter(options: CalendarRouterOptions): Router {
  const router = Router();
  const json = express.json({ limit: '1mb' });

  const method =
    (name: GoogleMethod, handler: (context: CalendarApiContext) => void) =>
    async (request: Request, response: Response): Promise<void> => {
      try {
        const auth = checkBearer(request, options.oauth, true);
        if (!auth.ok) {
          throw auth.reason === 'missing'
            ? googleErrors.loginRequired()
            : googleErrors.invalidCredentials();
        }
        const allowed: readonly string[] = googleMethodScopes[name];
        if (!auth.grant.scopes.some((scope) => allowed.includes(scope))) {
          throw googleErrors.insufficientPermissions(googleRpcMethods[name]);
        }
        if (await options.faults.intercept('google', name, response)) return;
        handler({ request, response, grant: auth.grant, ...options });
      } catch (error) {
        if (error instanceof GoogleApiError) {
          error.send(response);
          return;
        }
        throw error;
      }
    };

  router.get('/calendars/:calendarId', method('calendars.get', calendarsGet));
  router.get('/calendars/:calendarId/events', method('events.list', eventsList));
  router.post('/calendars/:calendarId/events', json, method('events.insert', eventsInsert));
  router.get('/calendars/:calendarId/events/:eventId', method('events.get', eventsGet));
  router.post('/freeBusy', json, method('freebusy.query', freebusyQuery));

  router.use((_request: Request, response: Response) => {
    googleErrors.notFound().send(response);
  });
  // A body that is not JSON: Google answers 400 parseError.
  router.use(
    (error: unknown, _request: Request, response: Response, next: (error: unknown) => void) => {
      if (
        error instanceof SyntaxError ||
        (error as { type?: string }).type === 'entity.parse.failed'
      ) {
        googleErrors.parseError().send(response);
        return;
      }
      next(error);
    },
  );
  return router;
}
