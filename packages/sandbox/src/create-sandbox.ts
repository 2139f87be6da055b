import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { Express, NextFunction, Request, Response } from 'express';
import { createAdminRouter } from './admin/admin-router';
import { calendlyRateLimit } from './calendly/api/calendly-api-router';
import { calendlyFaultResponder } from './calendly/calendly-fault-responder';
import { createCalendlyRouter } from './calendly/calendly-router';
import { calendlyOAuthProfile } from './calendly/oauth/calendly-oauth-profile';
import { createFaultController, type FaultController } from './faults/fault-controller';
import type { FaultRuleInput } from './faults/fault-rule';
import { createCalendarStore, type CalendarStore } from './google/calendar/calendar-store';
import { googleFaultResponder } from './google/google-fault-responder';
import { createGoogleRouter } from './google/google-router';
import { createIdTokenSigner } from './google/oauth/id-token';
import { googleOAuthProfile } from './google/oauth/google-oauth-profile';
import { createClientRegistry } from './oauth/client-registry';
import { createOAuthStore, type OAuthStore } from './oauth/oauth-store';
import { createSeededRandom } from './random';
import {
  clientRegistrationSchema,
  defaultClients,
  type SandboxClientRegistration,
} from './sandbox-options';
import { seedCalendlyAccount, seedGoogleAccount } from './seed/accounts';
import { seedGoogleCalendar } from './seed/google-seed';
import { seedCalendly } from './seed/calendly-seed';
import { createCalendlyStore, type CalendlyStore } from './calendly/calendly-store';

export interface SandboxOptions {
  /** Epoch milliseconds; default `Date.now`. Seeded data and every expiry follow this clock. */
  clock?: () => number;
  /** Seeded data is deterministic for a seed and a clock; default `slotchat`. */
  seed?: string;
  /** OAuth clients; default: the Slotchat sandbox clients with `http://localhost:3000` callbacks. */
  clients?: SandboxClientRegistration[];
  /** Fault switches active from the start (also settable through `/__sandbox/faults`). */
  faults?: FaultRuleInput[];
  /** How latency faults wait; default a timer. Tests inject their own. */
  delay?: (ms: number) => Promise<void>;
  /** The base URL resource URIs are built on; default: the origin each request was sent to. */
  publicUrl?: string;
}

export interface RunningSandbox {
  /** `http://127.0.0.1:43210`, no trailing slash. */
  url: string;
  close(): Promise<void>;
}

export interface Sandbox {
  /** The Express app, for in-process tests (supertest). */
  app: Express;
  listen(port: number, host?: string): Promise<RunningSandbox>;
  /** The instance's state, for tests and the admin API. */
  state: {
    google: { oauth: OAuthStore; calendars: CalendarStore };
    calendly: { oauth: OAuthStore; store: CalendlyStore };
    faults: FaultController;
  };
}

/**
 * Creates one sandbox: both providers' OAuth servers and APIs over seeded in-memory data. Every
 * instance has its own state; nothing is shared between instances.
 *
 * @example
 * const sandbox = createSandbox({ clock: () => Date.parse('2026-11-20T15:00:00Z') });
 * const { url, close } = await sandbox.listen(0);
 */
export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const clock = options.clock ?? Date.now;
  const seed = options.seed ?? 'slotchat';
  const random = createSeededRandom(seed);
  const clients = createClientRegistry(
    (options.clients ?? defaultClients()).map((client) => clientRegistrationSchema.parse(client)),
  );
  const origin = (request: Request) =>
    options.publicUrl?.replace(/\/$/, '') ??
    `${request.protocol}://${request.get('host') ?? 'localhost'}`;

  const googleAccount = seedGoogleAccount();
  const calendlyAccount = seedCalendlyAccount(random);
  const idTokens = createIdTokenSigner();
  const googleProfile = googleOAuthProfile(googleAccount, idTokens);
  const calendlyProfile = calendlyOAuthProfile(calendlyAccount);
  const googleOAuth = createOAuthStore({ clock, prefixes: googleProfile.prefixes });
  const calendlyOAuth = createOAuthStore({ clock, prefixes: calendlyProfile.prefixes });
  const calendars = createCalendarStore(googleAccount);
  seedGoogleCalendar(calendars, random, clock());
  const calendly = createCalendlyStore(calendlyAccount);
  seedCalendly(calendly, random, clock());

  const faults = createFaultController({
    delay: options.delay ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    responders: {
      google: googleFaultResponder,
      calendly: calendlyFaultResponder(calendlyRateLimit),
    },
    ...(options.faults ? { initial: options.faults } : {}),
  });

  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'extended');
  app.use(
    '/google',
    createGoogleRouter({
      profile: googleProfile,
      idTokens,
      oauth: googleOAuth,
      clients,
      calendars,
      clock,
      random,
      faults,
      origin,
    }),
  );
  app.use(
    '/calendly',
    createCalendlyRouter({
      profile: calendlyProfile,
      oauth: calendlyOAuth,
      clients,
      store: calendly,
      clock,
      random,
      faults,
      origin,
    }),
  );
  app.use(
    '/__sandbox',
    createAdminRouter({
      faults,
      oauth: { google: googleOAuth, calendly: calendlyOAuth },
      calendars,
    }),
  );
  app.get('/', (request, response) => {
    const base = origin(request);
    response.json({
      name: 'Slotchat provider sandbox',
      google: {
        authorizationUrl: `${base}/google/o/oauth2/v2/auth`,
        tokenUrl: `${base}/google/token`,
        revokeUrl: `${base}/google/revoke`,
        jwksUrl: `${base}/google/oauth2/v3/certs`,
        apiBaseUrl: `${base}/google/calendar/v3`,
      },
      calendly: {
        authorizationUrl: `${base}/calendly/oauth/authorize`,
        tokenUrl: `${base}/calendly/oauth/token`,
        revokeUrl: `${base}/calendly/oauth/revoke`,
        apiBaseUrl: `${base}/calendly/api`,
      },
      admin: `${base}/__sandbox`,
    });
  });

  // A bug in the sandbox must show up as a 500 the caller can see, not as a hung request.
  app.use((error: unknown, _request: Request, response: Response, next: NextFunction) => {
    if (response.headersSent) {
      next(error);
      return;
    }
    console.error('sandbox: unexpected error', error);
    response.status(500).json({ error: 'sandbox_internal_error' });
  });

  return {
    app,
    state: {
      google: { oauth: googleOAuth, calendars },
      calendly: { oauth: calendlyOAuth, store: calendly },
      faults,
    },
    listen(port, host = '127.0.0.1') {
      const server = createServer(app);
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const address = server.address() as AddressInfo;
          const hostname = address.family === 'IPv6' ? `[${address.address}]` : address.address;
          resolve({
            url: `http://${hostname}:${address.port}`,
            close: () =>
              new Promise<void>((done, fail) => {
                server.close((error) => (error ? fail(error) : done()));
                server.closeAllConnections();
              }),
          });
        });
      });
    },
  };
}
