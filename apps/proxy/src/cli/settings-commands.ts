/**
 * The admin console's changes from the command line, for automation: the same actions, the
 * same checks and the same audit log (actor `cli`). Secrets are read from standard input or an
 * environment variable, never from the command line, where they would land in shell history.
 */
import { parseArgs } from 'node:util';
import { integrationIdSchema, integrationIds, type IntegrationId } from '@slotchat/integrations';
import type { AppContext } from '../app-context';
import { ApiError } from '../http/api-error';
import {
  resetProfile,
  saveProfile,
  setAllowedOrigins,
  setIntegrationEnabled,
  setMode,
  setTemplateEnabled,
} from '../settings/admin-actions';
import { adminIntegrationView, embeddingView } from '../settings/admin-view';

export interface CommandIo {
  out(line: string): void;
  err(line: string): void;
  /** Everything on standard input, for `--client-secret-stdin`. */
  readStdin(): Promise<string>;
  env: Record<string, string | undefined>;
}

export const settingsUsage = `  profile show <integration>            the authorization profile (the secret only as set/not set)
  profile set <integration> [--client-id ID] [--client-secret-stdin | --client-secret-env VAR]
              [--authorization-url URL] [--token-url URL] [--refresh-token-url URL] [--scopes "A B"]
  profile reset <integration>           forget the saved profile (the configuration applies)
  mode <integration> user|preauthorized who authorizes: each visitor, or the site owner once
  enable|disable <integration>          offer an integration's templates in the chat, or not
  template enable|disable <template-id> offer one template, or not
  templates                             every template and whether it is offered
  origins [list | add <origin> | remove <origin>]   where the widget may be embedded
  audit [--limit N]                     the latest changes, newest first`;

const actor = 'cli';

function integrationArgument(value: string | undefined): IntegrationId {
  const id = integrationIdSchema.safeParse(value);
  if (!id.success) {
    throw new ApiError('bad_request', `Which integration? One of: ${integrationIds.join(', ')}`);
  }
  return id.data;
}

async function showProfile(context: AppContext, id: IntegrationId, io: CommandIo) {
  const view = await adminIntegrationView(context, id);
  const { profile } = view;
  const lock = (lockedBy: string | null) => (lockedBy ? `  (set by ${lockedBy})` : '');
  io.out(
    `${view.name}: ${view.enabled ? 'enabled' : 'disabled'}, ${view.mode} mode, ${view.provider === 'sandbox' ? 'local sandbox' : 'real provider'}`,
  );
  io.out(
    `  client id          ${profile.clientId.value || '(none: sandbox)'}${lock(profile.clientId.lockedBy)}`,
  );
  io.out(
    `  client secret      ${profile.clientSecret.set ? 'set' : 'not set'}${lock(profile.clientSecret.lockedBy)}`,
  );
  io.out(
    `  authorization URL  ${profile.authorizationUrl.value}${lock(profile.authorizationUrl.lockedBy)}`,
  );
  io.out(`  token URL          ${profile.tokenUrl.value}${lock(profile.tokenUrl.lockedBy)}`);
  io.out(
    `  refresh token URL  ${profile.refreshTokenUrl.value}${lock(profile.refreshTokenUrl.lockedBy)}`,
  );
  io.out(`  scopes             ${profile.scopes.value.join(' ')}${lock(profile.scopes.lockedBy)}`);
  io.out(`  redirect URI       ${profile.redirectUri}  (register it with the provider)`);
}

async function setProfile(context: AppContext, id: IntegrationId, args: string[], io: CommandIo) {
  const { values } = parseArgs({
    args,
    options: {
      'client-id': { type: 'string' },
      'client-secret-stdin': { type: 'boolean' },
      'client-secret-env': { type: 'string' },
      'authorization-url': { type: 'string' },
      'token-url': { type: 'string' },
      'refresh-token-url': { type: 'string' },
      scopes: { type: 'string' },
    },
    strict: true,
  });
  const current = (await adminIntegrationView(context, id)).profile;
  let clientSecret: string | undefined;
  if (values['client-secret-stdin']) clientSecret = (await io.readStdin()).trim();
  else if (values['client-secret-env']) {
    clientSecret = io.env[values['client-secret-env']]?.trim();
    if (!clientSecret) {
      throw new ApiError('bad_request', `${values['client-secret-env']} is not set`);
    }
  }
  await saveProfile(context, actor, id, {
    clientId: values['client-id'] ?? current.clientId.value,
    authorizationUrl: values['authorization-url'] ?? current.authorizationUrl.value,
    tokenUrl: values['token-url'] ?? current.tokenUrl.value,
    refreshTokenUrl: values['refresh-token-url'] ?? current.refreshTokenUrl.value,
    scopes: values.scopes ? values.scopes.split(/[\s,]+/).filter(Boolean) : current.scopes.value,
    ...(clientSecret ? { clientSecret } : {}),
  });
  io.out(`Saved the ${id} profile.`);
  await showProfile(context, id, io);
}

/** Runs one settings command; undefined when `command` is not one of them. */
export async function runSettingsCommand(
  context: AppContext,
  command: string | undefined,
  args: string[],
  io: CommandIo,
): Promise<number | undefined> {
  switch (command) {
    case 'profile': {
      const [action, integration, ...rest] = args;
      const id = integrationArgument(integration);
      if (action === 'show') await showProfile(context, id, io);
      else if (action === 'set') await setProfile(context, id, rest, io);
      else if (action === 'reset') {
        await resetProfile(context, actor, id);
        io.out(`Forgot the saved ${id} profile; the configuration applies again.`);
      } else throw new ApiError('bad_request', 'profile show|set|reset <integration>');
      return 0;
    }
    case 'mode': {
      const [integration, mode] = args;
      const id = integrationArgument(integration);
      if (mode !== 'user' && mode !== 'preauthorized') {
        throw new ApiError('bad_request', 'mode <integration> user|preauthorized');
      }
      await setMode(context, actor, id, mode);
      io.out(
        mode === 'preauthorized'
          ? `${id}: pre-authorized. Connect the account visitors use: cli connect ${id}`
          : `${id}: each visitor authorizes their own account.`,
      );
      return 0;
    }
    case 'enable':
    case 'disable': {
      const id = integrationArgument(args[0]);
      await setIntegrationEnabled(context, actor, id, command === 'enable');
      io.out(`${id} ${command}d.`);
      return 0;
    }
    case 'template': {
      const [action, templateId] = args;
      if ((action !== 'enable' && action !== 'disable') || !templateId) {
        throw new ApiError('bad_request', 'template enable|disable <template-id> (see: templates)');
      }
      await setTemplateEnabled(context, actor, templateId, action === 'enable');
      io.out(`${templateId} ${action}d.`);
      return 0;
    }
    case 'templates': {
      for (const id of integrationIds) {
        for (const template of (await adminIntegrationView(context, id)).templates) {
          io.out(
            `${template.enabled ? 'on ' : 'off'}  ${template.id.padEnd(38)} ${template.title}`,
          );
        }
      }
      return 0;
    }
    case 'origins': {
      const [action = 'list', origin] = args;
      const view = await embeddingView(context);
      if (action === 'add' || action === 'remove') {
        if (!origin) throw new ApiError('bad_request', `origins ${action} <origin>`);
        const next =
          action === 'add'
            ? [...view.origins.value, origin]
            : view.origins.value.filter((value) => value !== origin.replace(/\/$/, ''));
        await setAllowedOrigins(context, actor, next);
      } else if (action !== 'list') {
        throw new ApiError('bad_request', 'origins [list | add <origin> | remove <origin>]');
      }
      const after = await embeddingView(context);
      io.out(`${after.ownOrigin}  (this proxy: always allowed)`);
      for (const value of after.origins.value) io.out(value);
      if (after.origins.lockedBy) io.out(`(set by ${after.origins.lockedBy})`);
      return 0;
    }
    case 'audit': {
      const { values } = parseArgs({ args, options: { limit: { type: 'string' } }, strict: true });
      const limit = Math.min(Math.max(Number(values.limit ?? 20) || 20, 1), 500);
      for (const entry of await context.store.listAudit(limit)) {
        const details = Object.entries(entry.details)
          .map(([key, value]) => `${key}=${Array.isArray(value) ? value.join(',') : String(value)}`)
          .join(' ');
        io.out(
          `${new Date(entry.at).toISOString()}  ${entry.actor.padEnd(14)} ${entry.action.padEnd(26)} ${entry.target ?? '-'}  ${details}`,
        );
      }
      return 0;
    }
    default:
      return undefined;
  }
}
