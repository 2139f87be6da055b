import type { IntegrationId, OperationDefinition } from './operation';

/** Who authorizes an integration: each visitor in a popup, or the site owner once for everyone. */
export type AuthMode = 'user' | 'preauthorized';

/**
 * The provider endpoints and scopes of an authorization profile. The defaults are the real
 * provider's; `sandboxEndpoints` gives the same profile against the local sandbox.
 */
export interface ProviderEndpoints {
  authorizationUrl: string;
  tokenUrl: string;
  refreshTokenUrl: string;
  revokeUrl: string;
  apiBaseUrl: string;
}

/** The registered sandbox client: fixed, public test credentials that only the sandbox accepts. */
export interface SandboxClient {
  clientId: string;
  clientSecret: string;
}

export interface IntegrationDefinition {
  id: IntegrationId;
  /** Display name: "Google Calendar". */
  name: string;
  defaults: ProviderEndpoints & {
    scopes: readonly string[];
    /** Extra query parameters for the authorize URL (Google's `access_type=offline`, …). */
    authorizationParams: Readonly<Record<string, string>>;
    /** How the token endpoint wants the client to authenticate. */
    tokenEndpointAuth: 'client_secret_basic' | 'client_secret_post';
  };
  sandboxClient: SandboxClient;
  /** The same endpoints on a sandbox whose base URL is given (`http://localhost:3001`). */
  sandboxEndpoints(sandboxBaseUrl: string): ProviderEndpoints;
  /** The allow-list: the only operations the proxy will forward for this integration. */
  operations: readonly OperationDefinition<unknown>[];
}
