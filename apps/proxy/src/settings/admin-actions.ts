/**
 * Everything the site owner can change, in one place for the admin console and the CLI alike:
 * each action checks its input, saves it, writes the audit log and answers the new state.
 * Changes take effect on the next request: the proxy reads settings from the store every time.
 */
import { findTemplateSummary, type AuthMode, type IntegrationId } from '@slotchat/integrations';
import { checkProfile, originProblem, type ProfileInput } from '@slotchat/integrations/admin-api';
import type { AppContext } from '../app-context';
import { ApiError } from '../http/api-error';
import type { IntegrationSettingsRecord } from './settings-records';

async function settingsOf(
  context: AppContext,
  integration: IntegrationId,
): Promise<IntegrationSettingsRecord> {
  return (
    (await context.store.findIntegrationSettings(integration)) ?? {
      integration,
      enabled: true,
      mode: null,
      profile: null,
      disabledTemplates: [],
      updatedAt: context.clock(),
    }
  );
}

async function save(context: AppContext, settings: IntegrationSettingsRecord): Promise<void> {
  await context.store.saveIntegrationSettings({ ...settings, updatedAt: context.clock() });
}

function invalid(fields: Record<string, string>): ApiError {
  return new ApiError('invalid_params', 'Some fields need attention', { details: { fields } });
}

/** Saves an authorization profile; fields the environment sets are left as they are. */
export async function saveProfile(
  context: AppContext,
  actor: string,
  integration: IntegrationId,
  input: ProfileInput,
): Promise<void> {
  const configured = context.config.integrations[integration];
  const settings = await settingsOf(context, integration);
  const storedSecret = settings.profile?.clientSecret ?? null;
  const newSecret = input.clientSecret?.trim() ? input.clientSecret.trim() : null;
  const clientId = input.clientId.trim();
  // A secret belongs to a client id: a new client id without a new secret must not reuse it.
  const keptSecret = settings.profile?.clientId === clientId ? storedSecret : null;
  const check = checkProfile(
    integration,
    { ...input, clientId },
    Boolean(newSecret ?? keptSecret) || Boolean(configured.lockedBy.clientSecret),
  );
  const errors = Object.fromEntries(
    Object.entries(check.errors).filter(
      ([field]) => !configured.lockedBy[field as keyof typeof configured.lockedBy],
    ),
  ) as Record<string, string>;
  if (Object.keys(errors).length > 0) throw invalid(errors);
  const previous = settings.profile;
  const profile = {
    clientId,
    clientSecret: clientId === '' ? null : (newSecret ?? keptSecret),
    authorizationUrl: input.authorizationUrl.trim(),
    tokenUrl: input.tokenUrl.trim(),
    refreshTokenUrl: input.refreshTokenUrl.trim(),
    scopes: input.scopes.map((scope) => scope.trim()).filter(Boolean),
  };
  await save(context, { ...settings, profile });
  const changed = (
    ['clientId', 'authorizationUrl', 'tokenUrl', 'refreshTokenUrl', 'scopes'] as const
  )
    .filter((field) => JSON.stringify(previous?.[field]) !== JSON.stringify(profile[field]))
    .concat(newSecret ? ['clientSecret' as never] : []);
  await context.audit(actor, 'profile.saved', integration, {
    changed,
    provider: clientId === '' ? 'sandbox' : 'real',
    ...(check.unknownScopes.length > 0 ? { unknownScopes: check.unknownScopes } : {}),
  });
}

/** Forgets the saved profile: the configuration (or the sandbox) applies again. */
export async function resetProfile(
  context: AppContext,
  actor: string,
  integration: IntegrationId,
): Promise<void> {
  const settings = await settingsOf(context, integration);
  await save(context, { ...settings, profile: null });
  await context.audit(actor, 'profile.reset', integration, {});
}

export async function setMode(
  context: AppContext,
  actor: string,
  integration: IntegrationId,
  mode: AuthMode,
): Promise<void> {
  const locked = context.config.integrations[integration].lockedBy.mode;
  if (locked) {
    throw new ApiError('conflict', `The mode is set by ${locked}; change it there`, {
      integration,
    });
  }
  const settings = await settingsOf(context, integration);
  await save(context, { ...settings, mode });
  await context.audit(actor, 'mode.changed', integration, { mode });
}

export async function setIntegrationEnabled(
  context: AppContext,
  actor: string,
  integration: IntegrationId,
  enabled: boolean,
): Promise<void> {
  const settings = await settingsOf(context, integration);
  await save(context, { ...settings, enabled });
  await context.audit(
    actor,
    enabled ? 'integration.enabled' : 'integration.disabled',
    integration,
    {},
  );
}

export async function setTemplateEnabled(
  context: AppContext,
  actor: string,
  templateId: string,
  enabled: boolean,
): Promise<IntegrationId> {
  const template = findTemplateSummary(templateId);
  if (!template) {
    throw new ApiError('not_found', `No template called ${templateId.slice(0, 80)}`);
  }
  const settings = await settingsOf(context, template.integration);
  const others = settings.disabledTemplates.filter((id) => id !== template.id);
  await save(context, {
    ...settings,
    disabledTemplates: enabled ? others : [...others, template.id],
  });
  await context.audit(actor, enabled ? 'template.enabled' : 'template.disabled', template.id, {});
  return template.integration;
}

/** Replaces the embedding origins the console manages (ALLOWED_ORIGINS, when set, wins). */
export async function setAllowedOrigins(
  context: AppContext,
  actor: string,
  origins: readonly string[],
): Promise<void> {
  if (context.config.allowedOrigins !== null) {
    throw new ApiError(
      'conflict',
      'The allowed origins are set by ALLOWED_ORIGINS; change them there',
    );
  }
  const normalised: string[] = [];
  for (const origin of origins) {
    const problem = originProblem(origin);
    if (problem) throw invalid({ origins: `${origin.slice(0, 100)}: ${problem}` });
    const value = new URL(origin).origin;
    if (!normalised.includes(value) && value !== context.config.publicOrigin)
      normalised.push(value);
  }
  const before = (await context.store.findAllowedOrigins()) ?? [];
  await context.store.saveAllowedOrigins(normalised);
  await context.audit(actor, 'origins.changed', null, {
    added: normalised.filter((origin) => !before.includes(origin)),
    removed: before.filter((origin) => !normalised.includes(origin)),
  });
}
