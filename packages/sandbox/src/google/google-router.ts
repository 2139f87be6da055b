import { Router } from 'express';
import type { Request } from 'express';
import type { FaultController } from '../faults/fault-controller';
import type { ClientRegistry } from '../oauth/client-registry';
import { createAuthorizeRouter } from '../oauth/authorize-router';
import type { OAuthProfile } from '../oauth/oauth-profile';
import type { OAuthStore } from '../oauth/oauth-store';
import { createTokenRouter } from '../oauth/token-router';
import type { SeededRandom } from '../random';
import { createCalendarRouter } from './calendar/calendar-router';
import type { CalendarStore } from './calendar/calendar-store';
import type { IdTokenSigner } from './oauth/id-token';

export interface GoogleRouterOptions {
  profile: OAuthProfile;
  oauth: OAuthStore;
  clients: ClientRegistry;
  calendars: CalendarStore;
  clock: () => number;
  random: SeededRandom;
  faults: FaultController;
  origin: (request: Request) => string;
  /** Signs ID tokens; its public keys are served at `/oauth2/v3/certs`, as on googleapis.com. */
  idTokens: IdTokenSigner;
}

/**
 * Everything below `/google`: the authorization server (`/o/oauth2/v2/auth`, `/token`,
 * `/revoke`, as on accounts.google.com and oauth2.googleapis.com) and `/calendar/v3`.
 */
export function createGoogleRouter(options: GoogleRouterOptions): Router {
  const router = Router();
  const oauth = {
    profile: options.profile,
    store: options.oauth,
    clients: options.clients,
    clock: options.clock,
  };
  router.use(createAuthorizeRouter({ ...oauth, path: '/o/oauth2/v2/auth' }));
  router.use(
    createTokenRouter({
      ...oauth,
      origin: options.origin,
      faults: options.faults,
      paths: { token: '/token', revoke: '/revoke' },
    }),
  );
  router.get('/oauth2/v3/certs', (_request, response) => {
    response.json(options.idTokens.jwks());
  });
  router.use('/calendar/v3', createCalendarRouter(options));
  return router;
}
