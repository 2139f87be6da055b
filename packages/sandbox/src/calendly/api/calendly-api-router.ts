import express, { Router } from 'express';
import type { Request, Response } from 'express';
import type { FaultController } from '../../faults/fault-controller';
import type { CalendlyOperation } from '../../faults/operation-names';
import { bearerToken } from '../../oauth/bearer';
import type { OAuthStore } from '../../oauth/oauth-store';
import type { SeededRandom } from '../../random';
import { CalendlyApiError, calendlyErrors } from '../calendly-error';
import { calendlyUrls } from '../calendly-render';
import type { CalendlyStore } from '../calendly-store';
import type { CalendlyApiContext } from './api-context';
import { createInvitee } from './create-invitee';
import { getEventType, listAvailableTimes, listEventTypes } from './event-types';
import { getInvitee, listInvitees } from './invitees';
import { getScheduledEvent, listScheduledEvents } from './scheduled-events';
import { createSchedulingLink } from './scheduling-links';
import { listUserBusyTimes } from './user-busy-times';
import { getUser } from './users';

export interface CalendlyApiRouterOptions {
  oauth: OAuthStore;
  store: CalendlyStore;
  clock: () => number;
  random: SeededRandom;
  faults: FaultController;
  origin: (request: Request) => string;
}

/** Requests per user per minute on a paid plan (provider-apis.md §2). */
export const calendlyRateLimit = 500;

/** `:write` implies `:read` of the same domain (Calendly scopes, 3 Mar 2026). */
function hasScope(granted: readonly string[], needed: readonly string[]): boolean {
  return needed.some(
    (scope) =>
      granted.includes(scope) ||
      (scope.endsWith(':read') && granted.includes(scope.replace(/:read$/, ':write'))),
  );
}

/** The Calendly API below `/calendly/api`: bearer, scopes, X-RateLimit-* headers, faults. */
export function createCalendlyApiRouter(options: CalendlyApiRouterOptions): Router {
  const router = Router();
  const json = express.json({ limit: '1mb' });
  const { store, clock } = options;

  /**
   * Sets the X-RateLimit-* headers of the current minute; `count` spends one request of it. False
   * when the request is over the limit.
   */
  const rateHeaders = (response: Response, count: boolean): boolean => {
    const now = clock();
    const window = store.rateWindow;
    const expired = now - window.startedAt >= 60_000;
    if (expired && count) {
      window.startedAt = now;
      window.count = 0;
    }
    if (count) window.count += 1;
    const used = expired && !count ? 0 : window.count;
    const reset =
      expired && !count ? 60 : Math.max(1, Math.ceil((window.startedAt + 60_000 - now) / 1000));
    response.set({
      'X-RateLimit-Limit': String(calendlyRateLimit),
      'X-RateLimit-Remaining': String(Math.max(0, calendlyRateLimit - used)),
      'X-RateLimit-Reset': String(reset),
    });
    return used <= calendlyRateLimit;
  };
  // Every answer carries the headers (provider-apis.md §2), a 401 or an unknown path included;
  // only authenticated requests count against the user's minute.
  router.use((_request, response, next) => {
    rateHeaders(response, false);
    next();
  });

  const operation =
    (
      name: CalendlyOperation,
      scopes: readonly string[],
      handler: (context: CalendlyApiContext) => void,
    ) =>
    async (request: Request, response: Response): Promise<void> => {
      try {
        const token = bearerToken(request, false);
        if (!token) throw calendlyErrors.unauthenticated();
        const found = options.oauth.findAccessToken(token);
        if (!found.ok)
          throw found.reason === 'expired'
            ? calendlyErrors.expired()
            : calendlyErrors.unauthenticated();
        if (!rateHeaders(response, true)) {
          throw calendlyErrors.tooManyRequests({});
        }
        if (!hasScope(found.grant.scopes, scopes)) {
          throw calendlyErrors.permissionDenied(
            `This request requires the ${scopes.join(' or ')} scope.`,
          );
        }
        if (await options.faults.intercept('calendly', name, response)) return;
        const urls = calendlyUrls(options.origin(request), store.account);
        handler({
          request,
          response,
          grant: found.grant,
          store,
          urls,
          clock,
          random: options.random,
        });
      } catch (error) {
        if (error instanceof CalendlyApiError) {
          error.send(response);
          return;
        }
        throw error;
      }
    };

  router.get('/users/me', operation('users.get', ['users:read'], getUser));
  router.get('/users/:uuid', operation('users.get', ['users:read'], getUser));
  router.get(
    '/scheduled_events',
    operation('scheduled_events.list', ['scheduled_events:read'], listScheduledEvents),
  );
  router.get(
    '/scheduled_events/:uuid',
    operation('scheduled_events.get', ['scheduled_events:read'], getScheduledEvent),
  );
  router.get(
    '/scheduled_events/:uuid/invitees',
    operation('invitees.list', ['scheduled_events:read'], listInvitees),
  );
  router.get(
    '/scheduled_events/:uuid/invitees/:inviteeUuid',
    operation('invitees.get', ['scheduled_events:read'], getInvitee),
  );
  router.get('/event_types', operation('event_types.list', ['event_types:read'], listEventTypes));
  router.get(
    '/event_types/:uuid',
    operation('event_types.get', ['event_types:read'], getEventType),
  );
  // The reference page says availability:read, the scopes page event_types:read: accept either.
  router.get(
    '/event_type_available_times',
    operation(
      'event_type_available_times.list',
      ['availability:read', 'event_types:read'],
      listAvailableTimes,
    ),
  );
  router.get(
    '/user_busy_times',
    operation('user_busy_times.list', ['availability:read'], listUserBusyTimes),
  );
  router.post(
    '/invitees',
    json,
    operation('invitees.create', ['scheduled_events:write'], createInvitee),
  );
  router.post(
    '/scheduling_links',
    json,
    operation('scheduling_links.create', ['scheduling_links:write'], createSchedulingLink),
  );

  router.use((_request: Request, response: Response) => calendlyErrors.notFound().send(response));
  router.use(
    (error: unknown, _request: Request, response: Response, next: (error: unknown) => void) => {
      if ((error as { type?: string }).type === 'entity.parse.failed') {
        calendlyErrors
          .invalidArgument([{ message: 'The request body is not valid JSON.' }])
          .send(response);
        return;
      }
      next(error);
    },
  );
  return router;
}
