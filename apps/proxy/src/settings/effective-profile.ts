import type { IntegrationDefinition } from '@slotchat/integrations';
import type { IntegrationProfile } from '../config/config-types';
import type { IntegrationSettingsRecord } from './settings-records';

/** The profile a request runs with: the configuration, the console's settings, the env's locks. */
export interface EffectiveProfile extends IntegrationProfile {
  readonly enabled: boolean;
  readonly disabledTemplates: readonly string[];
}

const sameOrigin = (a: string, b: string) => {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
};

/**
 * Layers what the site owner saved in the admin console over the configuration. A field the
 * environment sets always wins (the console shows it locked); a profile without a client id runs
 * against the sandbox, whatever URLs it holds. The revoke and API URLs are not in the console's
 * form: they follow the provider the authorization URL points at.
 */
export function effectiveProfile(
  configured: IntegrationProfile,
  definition: IntegrationDefinition,
  settings: IntegrationSettingsRecord | undefined,
  sandboxUrl: string,
): EffectiveProfile {
  const locked = configured.lockedBy;
  const stored = settings?.profile ?? null;
  const enabled = settings?.enabled ?? true;
  const disabledTemplates = settings?.disabledTemplates ?? [];
  const mode = locked.mode ? configured.mode : (settings?.mode ?? configured.mode);
  if (!stored) return { ...configured, mode, enabled, disabledTemplates };

  const clientId = locked.clientId ? configured.clientId : stored.clientId;
  const sandbox = !locked.clientId && clientId === '';
  const sandboxEndpoints = definition.sandboxEndpoints(sandboxUrl);
  const pick = (field: 'authorizationUrl' | 'tokenUrl' | 'refreshTokenUrl') => {
    if (locked[field]) return configured[field];
    return sandbox ? sandboxEndpoints[field] : stored[field];
  };
  const authorizationUrl = pick('authorizationUrl');
  const onSandbox = sandbox || sameOrigin(authorizationUrl, sandboxUrl);
  const follow = (field: 'revokeUrl' | 'apiBaseUrl') => {
    if (locked[field]) return configured[field];
    return onSandbox ? sandboxEndpoints[field] : definition.defaults[field];
  };
  return {
    ...configured,
    mode,
    enabled,
    disabledTemplates,
    sandbox,
    clientId: sandbox ? definition.sandboxClient.clientId : clientId,
    clientSecret: locked.clientSecret
      ? configured.clientSecret
      : sandbox
        ? definition.sandboxClient.clientSecret
        : (stored.clientSecret ?? ''),
    authorizationUrl,
    tokenUrl: pick('tokenUrl'),
    refreshTokenUrl: pick('refreshTokenUrl'),
    revokeUrl: follow('revokeUrl'),
    apiBaseUrl: follow('apiBaseUrl'),
    scopes: locked.scopes ? configured.scopes : [...stored.scopes],
  };
}

/** Whether the local sandbox answers for this profile (no client id, or URLs pointing at it). */
export function usesSandbox(profile: IntegrationProfile, sandboxUrl: string): boolean {
  return profile.sandbox || sameOrigin(profile.authorizationUrl, sandboxUrl);
}
