import type { AuthMode, IntegrationId } from '@slotchat/integrations';

/**
 * The profile fields an environment variable can set. The admin console edits the first seven
 * when the environment leaves them alone; the revoke and API URLs follow the provider.
 */
export type ProfileField =
  | 'clientId'
  | 'clientSecret'
  | 'authorizationUrl'
  | 'tokenUrl'
  | 'refreshTokenUrl'
  | 'scopes'
  | 'mode'
  | 'revokeUrl'
  | 'apiBaseUrl';

/** One integration's authorization profile, resolved from defaults, the sandbox and the env. */
export interface IntegrationProfile {
  readonly id: IntegrationId;
  readonly name: string;
  readonly mode: AuthMode;
  /** True when no client id is configured and the local sandbox stands in for the provider. */
  readonly sandbox: boolean;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly authorizationUrl: string;
  readonly tokenUrl: string;
  readonly refreshTokenUrl: string;
  readonly revokeUrl: string;
  readonly apiBaseUrl: string;
  readonly scopes: readonly string[];
  readonly authorizationParams: Readonly<Record<string, string>>;
  readonly tokenEndpointAuth: 'client_secret_basic' | 'client_secret_post';
  /** `${PUBLIC_URL}/auth/<integration>/callback`: registered with the provider. */
  readonly redirectUri: string;
  /**
   * The fields the environment (or CONFIG_FILE) sets, by the variable that sets them: they win
   * over what the admin console saved, and the console shows them locked.
   */
  readonly lockedBy: Readonly<Partial<Record<ProfileField, string>>>;
}

export interface ProxyConfig {
  readonly port: number;
  /** The proxy's public base URL, without a trailing slash. */
  readonly publicUrl: string;
  readonly publicOrigin: string;
  /**
   * Origins allowed to embed the widget and call the API (exact `scheme://host[:port]`), as the
   * environment sets them; null when ALLOWED_ORIGINS is unset and the admin console decides.
   * The proxy's own origin is always allowed on top.
   */
  readonly allowedOrigins: readonly string[] | null;
  /** Absolute path of the directory that holds the SQLite file (and the sandbox key). */
  readonly dataDir: string;
  readonly sandboxUrl: string;
  readonly widgetDir: string | null;
  readonly publicDir: string | null;
  /** The built admin console (apps/admin/dist), served under /admin. */
  readonly adminDir: string | null;
  /**
   * DEMO_CONTROLS: lets the demo page switch every integration between the two authorization
   * modes and connect the sandbox's owner account. Honoured only while every integration runs
   * against the sandbox, so it can never touch a real account.
   */
  readonly demoControls: boolean;
  /** 32-byte AES-256-GCM key for tokens at rest; null → generated in DATA_DIR (sandbox only). */
  readonly tokenEncryptionKey: string | null;
  readonly adminSecret: string | null;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Express `trust proxy`: how many reverse proxies sit in front (for per-IP rate limits). */
  readonly trustProxy: number;
  /** One provider request, token requests included. */
  readonly upstreamTimeoutMs: number;
  /**
   * STORE_CACHE_MS: how long an instance keeps a session, a grant, the console's settings and
   * origins before reading them again. Its own changes apply at once; another instance's (or the
   * CLI's) within this. 0 turns the cache off.
   */
  readonly storeCacheMs: number;
  /** One widget operation: all its tries, retry waits and pages (the graceful drain waits this long too). */
  readonly operationTimeoutMs: number;
  readonly rateLimits: {
    readonly perIpPerMinute: number;
    readonly perSessionPerMinute: number;
    readonly sessionsPerIpPerMinute: number;
  };
  readonly integrations: Readonly<Record<IntegrationId, IntegrationProfile>>;
}
