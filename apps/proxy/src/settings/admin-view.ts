import {
  integrations,
  knownScopes,
  templateCatalogue,
  type IntegrationId,
} from '@slotchat/integrations';
import type { AdminIntegration, Embedding } from '@slotchat/integrations/admin-api';
import type { AppContext } from '../app-context';
import { usesSandbox } from './effective-profile';

/** One integration as the admin console shows it: never a secret, only whether one is set. */
export async function adminIntegrationView(
  context: AppContext,
  id: IntegrationId,
): Promise<AdminIntegration> {
  const definition = integrations[id];
  const profile = await context.profile(id);
  const locked = context.config.integrations[id].lockedBy;
  const settings = await context.store.findIntegrationSettings(id);
  const grant = await context.store.findGrant(id, { kind: 'owner' });
  const lock = (field: keyof typeof locked) => locked[field] ?? null;
  return {
    id,
    name: definition.name,
    enabled: profile.enabled,
    mode: profile.mode,
    modeLockedBy: lock('mode'),
    provider: usesSandbox(profile, context.config.sandboxUrl) ? 'sandbox' : 'real',
    profile: {
      type: 'oauth2',
      clientId: { value: profile.sandbox ? '' : profile.clientId, lockedBy: lock('clientId') },
      clientSecret: {
        set: Boolean(locked.clientSecret) || Boolean(settings?.profile?.clientSecret),
        lockedBy: lock('clientSecret'),
      },
      authorizationUrl: {
        value: profile.authorizationUrl,
        default: definition.defaults.authorizationUrl,
        lockedBy: lock('authorizationUrl'),
      },
      tokenUrl: {
        value: profile.tokenUrl,
        default: definition.defaults.tokenUrl,
        lockedBy: lock('tokenUrl'),
      },
      refreshTokenUrl: {
        value: profile.refreshTokenUrl,
        default: definition.defaults.refreshTokenUrl,
        lockedBy: lock('refreshTokenUrl'),
      },
      scopes: {
        value: [...profile.scopes],
        default: [...definition.defaults.scopes],
        known: [...knownScopes[id]],
        lockedBy: lock('scopes'),
      },
      redirectUri: profile.redirectUri,
    },
    connection: grant
      ? { account: grant.account, connectedAt: new Date(grant.createdAt).toISOString() }
      : null,
    templates: templateCatalogue
      .filter((template) => template.integration === id)
      .map((template) => ({
        id: template.id,
        title: template.title,
        description: template.description,
        enabled: !profile.disabledTemplates.includes(template.id),
      })),
  };
}

/** The embedding origins and the two snippets, for this proxy's public URL. */
export async function embeddingView(context: AppContext): Promise<Embedding> {
  const { publicUrl, publicOrigin, allowedOrigins } = context.config;
  const origins = allowedOrigins ?? (await context.store.findAllowedOrigins()) ?? [];
  return {
    proxyUrl: publicUrl,
    origins: {
      value: origins.filter((origin) => origin !== publicOrigin),
      lockedBy: allowedOrigins === null ? null : 'ALLOWED_ORIGINS',
    },
    ownOrigin: publicOrigin,
    scriptSnippet: `<script src="${publicUrl}/widget.js" data-proxy-url="${publicUrl}" async></script>`,
    reactSnippet: [
      `import { SlotchatWidget } from '@slotchat/widget';`,
      '',
      'export function Chat() {',
      `  return <SlotchatWidget proxyUrl="${publicUrl}" />;`,
      '}',
    ].join('\n'),
    previewUrl: `${publicUrl}/admin/preview`,
  };
}
