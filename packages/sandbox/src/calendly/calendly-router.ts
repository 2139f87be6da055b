import { Router } from 'express';
import type { Request } from 'express';
import type { ClientRegistry } from '../oauth/client-registry';
import { createAuthorizeRouter } from '../oauth/authorize-router';
import type { OAuthProfile } from '../oauth/oauth-profile';
import type { OAuthStore } from '../oauth/oauth-store';
import { createTokenRouter } from '../oauth/token-router';
import type { FaultController } from '../faults/fault-controller';
import type { SeededRandom } from '../random';
import { createCalendlyApiRouter } from './api/calendly-api-router';
import type { CalendlyStore } from './calendly-store';
import { createBookingPages } from './pages/booking-page';
import { createCancellationPages } from './pages/cancellation-page';

export interface CalendlyRouterOptions {
  profile: OAuthProfile;
  oauth: OAuthStore;
  clients: ClientRegistry;
  store: CalendlyStore;
  clock: () => number;
  random: SeededRandom;
  faults: FaultController;
  origin: (request: Request) => string;
}

/**
 * Everything below `/calendly`: the authorization server at `/oauth/*` (auth.calendly.com) and the
 * API at `/api` (api.calendly.com).
 */
export function createCalendlyRouter(options: CalendlyRouterOptions): Router {
  const router = Router();
  const oauth = {
    profile: options.profile,
    store: options.oauth,
    clients: options.clients,
    clock: options.clock,
  };
  router.use(createAuthorizeRouter({ ...oauth, path: '/oauth/authorize' }));
  router.use(
    createTokenRouter({
      ...oauth,
      origin: options.origin,
      faults: options.faults,
      paths: { token: '/oauth/token', revoke: '/oauth/revoke' },
    }),
  );
  router.use('/api', createCalendlyApiRouter(options));
  router.use(createCancellationPages(options));
  router.use(createBookingPages(options));
  return router;
}
