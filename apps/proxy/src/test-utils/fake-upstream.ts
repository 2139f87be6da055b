import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { createAppContext, type AppContext } from '../app-context';
import { loadConfig } from '../config/load-config';
import { createLogger } from '../logger';
import { encryptingStore } from '../store/encrypting-store';
import { createSqliteStore } from '../store/sqlite-store';
import type { GrantRecord } from '../store/store';
import { createTokenCipher } from '../store/token-cipher';
import { manualTimeouts } from './fake-timers';

export type Reply = (request: Request) => Response | Promise<Response>;

/**
 * A scripted provider for unit tests: each expected request is answered in order; anything
 * else fails the test (fail closed). `signal`s are honoured so timeouts can be tested.
 */
export function fakeUpstream() {
  const expected: { match: (request: Request) => boolean; reply: Reply; label: string }[] = [];
  const seen: Request[] = [];
  const fetchImpl: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    seen.push(request.clone());
    const next = expected.shift();
    if (!next || !next.match(request)) {
      throw new Error(
        `unexpected upstream request ${request.method} ${request.url}${next ? ` (expected ${next.label})` : ''}`,
      );
    }
    return next.reply(request);
  };
  return {
    fetch: fetchImpl,
    seen,
    expect(method: string, urlPrefix: string, reply: Reply) {
      expected.push({
        label: `${method} ${urlPrefix}`,
        match: (request) => request.method === method && request.url.startsWith(urlPrefix),
        reply,
      });
    },
    remaining: () => expected.length,
  };
}

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });

/**
 * An AppContext on a temporary store with the given fetch, a hand-moved clock, a recording
 * sleeper and upstream timeouts that fire only on `timeouts.expire()`.
 */
export function unitContext(
  fetchImpl: typeof globalThis.fetch,
  env: Record<string, string> = {},
  onSleep: (ms: number) => Promise<void> | void = () => {},
) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'slotchat-unit-'));
  const config = loadConfig({ DATA_DIR: dataDir, SANDBOX_URL: 'http://sandbox.test', ...env });
  const sleeps: number[] = [];
  const timeouts = manualTimeouts();
  let now = Date.parse('2026-11-20T15:00:00Z');
  const context: AppContext = createAppContext(config, {
    fetch: fetchImpl,
    clock: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      await onSleep(ms);
    },
    timeout: timeouts.timeout,
    random: () => 0.5,
    logger: createLogger('silent'),
    store: encryptingStore(createSqliteStore({ dataDir }), createTokenCipher(randomBytes(32))),
  });
  return {
    context,
    sleeps,
    timeouts,
    advance(ms: number) {
      now += ms;
    },
    now: () => now,
    async close() {
      await context.store.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function storedGrant(
  context: AppContext,
  overrides: Partial<GrantRecord> = {},
): Promise<GrantRecord> {
  const grant: GrantRecord = {
    id: 'grant-1',
    integration: 'google-calendar',
    subject: { kind: 'owner' },
    accessToken: 'access-1',
    refreshToken: 'refresh-1',
    accessTokenExpiresAt: context.clock() + 3600_000,
    scopes: ['https://www.googleapis.com/auth/calendar'],
    account: null,
    createdAt: context.clock(),
    updatedAt: context.clock(),
    ...overrides,
  };
  await context.store.saveGrant(grant);
  return grant;
}
