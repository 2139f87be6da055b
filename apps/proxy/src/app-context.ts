import type { DestinationStream, Logger } from 'pino';
import { integrations, type IntegrationId } from '@slotchat/integrations';
import { TokenClient } from './auth/token-client';
import { fetchClient, undiciClient, type HttpClient } from './forwarding/http-client';
import { refreshLeaseMs, TokenManager } from './auth/token-manager';
import type { ProxyConfig } from './config/config-types';
import { createLogger } from './logger';
import { effectiveProfile, type EffectiveProfile } from './settings/effective-profile';
import type { AuditRecord, IntegrationSettingsRecord } from './settings/settings-records';
import { resolveEncryptionKey } from './store/encryption-key';
import { cachingStore } from './store/caching-store';
import { encryptingStore } from './store/encrypting-store';
import { createSqliteStore } from './store/sqlite-store';
import type { StorageBackend, Store } from './store/store';
import { createTokenCipher } from './store/token-cipher';

/** What the app takes from the outside world; tests inject the clock, network and sleeper. */
export interface AppDeps {
  /** Epoch ms. */
  clock?: () => number;
  /** Token endpoints, revocation, account look-ups (and provider calls when `http` is unset). */
  fetch?: typeof globalThis.fetch;
  /**
   * Provider API calls (the hot path). Default: undici's pooled `request`; when only `fetch` is
   * given (tests with fail-closed fakes), the calls go through that fetch.
   */
  http?: HttpClient;
  /** Waits between retries; tests pass one that records and returns at once. */
  sleep?: (ms: number) => Promise<void>;
  /**
   * A signal that aborts after `ms` (default `AbortSignal.timeout`; provider calls through undici
   * then use a cheaper plain timer); tests abort it by hand.
   */
  timeout?: (ms: number) => AbortSignal;
  /** Runs `task` every `ms` until the returned stop function is called (the hourly sweep). */
  every?: (ms: number, task: () => void) => () => void;
  /** In [0, 1): the jitter of retry backoff. */
  random?: () => number;
  logger?: Logger;
  /** Where pino writes when no logger is given (tests capture it to look for leaks). */
  logDestination?: DestinationStream;
  /**
   * A storage backend other than SQLite in DATA_DIR (Redis, PostgreSQL). It receives only
   * ciphertext: the app wraps it in `encryptingStore` with the configured key.
   */
  storage?: StorageBackend;
  /** An already encrypting store to share (the CLI's temporary server); wins over `storage`. */
  store?: Store;
  /** A monotonic clock in ms for the store's read cache (default `performance.now`). */
  monotonic?: () => number;
}

export interface AppContext {
  config: ProxyConfig;
  store: Store;
  clock: () => number;
  fetch: typeof globalThis.fetch;
  http: HttpClient;
  sleep: (ms: number) => Promise<void>;
  timeout: (ms: number) => AbortSignal;
  every: (ms: number, task: () => void) => () => void;
  random: () => number;
  logger: Logger;
  tokenClient: TokenClient;
  tokenManager: TokenManager;
  /**
   * The profile this request runs with: the configuration with what the admin console saved on
   * top (the environment's values winning). Read from the store every time, so a change in the
   * console applies to the next request, in every instance, without a restart.
   */
  profile(id: IntegrationId): Promise<EffectiveProfile>;
  /** Where the widget may be embedded: ALLOWED_ORIGINS, or the console's list; plus our own. */
  allowedOrigins(): Promise<readonly string[]>;
  /** Records a change in the audit log (never a secret in `details`). */
  audit(
    actor: string,
    action: string,
    target: string | null,
    details: AuditRecord['details'],
  ): Promise<void>;
}

export function createAppContext(config: ProxyConfig, deps: AppDeps): AppContext {
  const logger = deps.logger ?? createLogger(config.logLevel, deps.logDestination);
  const clock = deps.clock ?? Date.now;
  const fetchImpl = deps.fetch ?? globalThis.fetch;
  const store = cachingStore(
    deps.store ??
      encryptingStore(
        deps.storage ?? createSqliteStore({ dataDir: config.dataDir }),
        createTokenCipher(resolveEncryptionKey(config, logger)),
      ),
    deps.monotonic ?? (() => performance.now()),
    config.storeCacheMs,
  );
  // Every API call asks for its profile. The cached store hands back the same settings record
  // until it reads a new one, so the profile built from it is kept until then.
  const built = new Map<
    IntegrationId,
    { from: IntegrationSettingsRecord | undefined; profile: EffectiveProfile }
  >();
  const profile = async (id: IntegrationId) => {
    const settings = await store.findIntegrationSettings(id);
    const last = built.get(id);
    if (last && last.from === settings) return last.profile;
    const made = effectiveProfile(
      config.integrations[id],
      integrations[id],
      settings,
      config.sandboxUrl,
    );
    built.set(id, { from: settings, profile: made });
    return made;
  };
  // Asked twice per API call (CORS, then the refusal of other origins): the list is rebuilt
  // only when the store hands back a new one, as for profiles.
  let origins: { from: readonly string[] | undefined; list: readonly string[] } | undefined;
  const allowedOrigins = async () => {
    const listed = config.allowedOrigins ?? (await store.findAllowedOrigins());
    if (!origins || origins.from !== listed) {
      const others = (listed ?? []).filter((origin) => origin !== config.publicOrigin);
      origins = { from: listed, list: [config.publicOrigin, ...others] };
    }
    return origins.list;
  };
  const timeout = deps.timeout ?? ((ms: number) => AbortSignal.timeout(ms));
  const tokenClient = new TokenClient({
    fetch: fetchImpl,
    clock,
    timeout: () => timeout(config.upstreamTimeoutMs),
  });
  const sleep =
    deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const tokenManager = new TokenManager({
    store,
    tokenClient,
    clock,
    sleep,
    logger,
    leaseMs: refreshLeaseMs(config.upstreamTimeoutMs),
    profileOf: (grant) => profile(grant.integration),
  });
  return {
    config,
    store,
    clock,
    fetch: fetchImpl,
    http:
      deps.http ??
      (deps.fetch
        ? fetchClient(deps.fetch, timeout)
        : undiciClient(deps.timeout ? { timeout: deps.timeout } : {})),
    sleep,
    timeout,
    every: deps.every ?? repeatEvery,
    random: deps.random ?? Math.random,
    logger,
    tokenClient,
    tokenManager,
    profile,
    allowedOrigins,
    async audit(actor, action, target, details) {
      await store.appendAudit({ at: clock(), actor, action, target, details });
    },
  };
}

/** setInterval that does not keep the process alive on its own. */
function repeatEvery(ms: number, task: () => void): () => void {
  const timer = setInterval(task, ms);
  timer.unref();
  return () => clearInterval(timer);
}
