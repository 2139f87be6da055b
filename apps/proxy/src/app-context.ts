import type { DestinationStream, Logger } from 'pino';
import type { IntegrationId } from '@slotchat/integrations';
import { TokenClient } from './auth/token-client';
import { TokenManager } from './auth/token-manager';
import type { IntegrationProfile, ProxyConfig } from './config/config-types';
import { createLogger } from './logger';
import { resolveEncryptionKey } from './store/encryption-key';
import { createSqliteStore } from './store/sqlite-store';
import type { Store } from './store/store';
import { createTokenCipher } from './store/token-cipher';

/** What the app takes from the outside world; tests inject the clock, network and sleeper. */
export interface AppDeps {
  /** Epoch ms. */
  clock?: () => number;
  fetch?: typeof globalThis.fetch;
  /** Waits between retries; tests pass one that records and returns at once. */
  sleep?: (ms: number) => Promise<void>;
  /** In [0, 1): the jitter of retry backoff. */
  random?: () => number;
  logger?: Logger;
  /** Where pino writes when no logger is given (tests capture it to look for leaks). */
  logDestination?: DestinationStream;
  /** Another Store implementation; SQLite in DATA_DIR by default. */
  store?: Store;
}

export interface AppContext {
  config: ProxyConfig;
  store: Store;
  clock: () => number;
  fetch: typeof globalThis.fetch;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  logger: Logger;
  tokenClient: TokenClient;
  tokenManager: TokenManager;
  profile(id: IntegrationId): IntegrationProfile;
}

export function createAppContext(config: ProxyConfig, deps: AppDeps): AppContext {
  const logger = deps.logger ?? createLogger(config.logLevel, deps.logDestination);
  const clock = deps.clock ?? Date.now;
  const fetchImpl = deps.fetch ?? globalThis.fetch;
  const store =
    deps.store ??
    createSqliteStore({
      dataDir: config.dataDir,
      cipher: createTokenCipher(resolveEncryptionKey(config, logger)),
    });
  const profile = (id: IntegrationId) => config.integrations[id];
  const tokenClient = new TokenClient({
    fetch: fetchImpl,
    clock,
    timeoutMs: config.upstreamTimeoutMs,
  });
  const sleep =
    deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const tokenManager = new TokenManager({
    store,
    tokenClient,
    clock,
    sleep,
    logger,
    profileOf: (grant) => profile(grant.integration),
  });
  return {
    config,
    store,
    clock,
    fetch: fetchImpl,
    sleep,
    random: deps.random ?? Math.random,
    logger,
    tokenClient,
    tokenManager,
    profile,
  };
}
