import { integrationIdSchema, integrationIds } from '@slotchat/integrations';
import { createAppContext, type AppContext, type AppDeps } from '../app-context';
import { startUrl } from '../auth/attempts';
import { createOwnerAttempt, disconnectOwner } from '../auth/owner-connection';
import { ConfigError } from '../config/config-error';
import { loadConfig } from '../config/load-config';
import { createLogger } from '../logger';
import { ApiError } from '../http/api-error';
import { startProxy, type RunningProxy } from '../server';
import { runSettingsCommand, settingsUsage } from './settings-commands';

/** A refusal as one readable block: the message, then each bad field. */
function describeRefusal(error: ApiError): string {
  const fields = (error.details as { fields?: Record<string, string> } | undefined)?.fields;
  if (!fields) return error.message;
  return [
    error.message,
    ...Object.entries(fields).map(([field, why]) => `  ${field}: ${why}`),
  ].join('\n');
}

export interface CliDeps extends AppDeps {
  env: Record<string, string | undefined>;
  out(line: string): void;
  err(line: string): void;
  /** Waits between polls of the attempt; default one second. */
  pollEveryMs?: number;
  /** Standard input, read whole (`profile set --client-secret-stdin`). */
  readStdin?: () => Promise<string>;
}

const usage = `Usage: pnpm --filter @slotchat/proxy cli <command>
  connect <integration>     connect the site owner's account (pre-authorized mode)
  disconnect <integration>  revoke and remove the site owner's account
  status                    show each integration and who is connected
${settingsUsage}
Integrations: ${integrationIds.join(', ')}`;

/**
 * The proxy's command line. `connect` prints the sign-in URL, serves it itself when no proxy is
 * running at PUBLIC_URL, and waits until the owner has allowed or denied access. Returns the exit code.
 */
export async function runCli(argv: readonly string[], deps: CliDeps): Promise<number> {
  const [command, argument, ...rest] = argv;
  let config;
  try {
    config = loadConfig(deps.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      deps.err(error.message);
      return 1;
    }
    throw error;
  }
  const logger = deps.logger ?? createLogger('warn', deps.logDestination);
  const context = createAppContext(config, { ...deps, logger });
  try {
    switch (command) {
      case 'status':
        return await status(context, deps);
      case 'connect':
      case 'disconnect': {
        const integration = integrationIdSchema.safeParse(argument);
        if (!integration.success) {
          deps.err(`Which integration? One of: ${integrationIds.join(', ')}`);
          return 2;
        }
        if (command === 'disconnect') return await disconnect(context, integration.data, deps);
        return await connect(context, integration.data, deps);
      }
      default: {
        const io = {
          out: deps.out,
          err: deps.err,
          env: deps.env,
          readStdin: deps.readStdin ?? (async () => ''),
        };
        const args = argument === undefined ? [] : [argument, ...rest];
        const done = await runSettingsCommand(context, command, args, io);
        if (done !== undefined) return done;
        deps.err(usage);
        return command === undefined || command === 'help' ? 0 : 2;
      }
    }
  } catch (error) {
    if (error instanceof ApiError) {
      deps.err(describeRefusal(error));
      return error.code === 'bad_request' ? 2 : 1;
    }
    if (error instanceof TypeError && 'code' in error) {
      // parseArgs: an unknown or malformed option.
      deps.err(`${error.message}\n\n${usage}`);
      return 2;
    }
    deps.err(error instanceof Error ? error.message : String(error));
    return 1;
  } finally {
    await context.store.close();
  }
}

async function status(context: AppContext, deps: CliDeps): Promise<number> {
  for (const id of integrationIds) {
    const profile = await context.profile(id);
    const grant = await context.store.findGrant(id, { kind: 'owner' });
    const who =
      profile.mode === 'preauthorized'
        ? grant
          ? `connected as ${grant.account ?? 'the site owner'}`
          : 'not connected'
        : 'each visitor connects their own account';
    deps.out(
      `${id}: ${profile.mode} mode, ${profile.sandbox ? 'sandbox' : 'real provider'}, ${who}`,
    );
  }
  return 0;
}

async function disconnect(
  context: AppContext,
  integration: (typeof integrationIds)[number],
  deps: CliDeps,
): Promise<number> {
  const outcome = await disconnectOwner(context, integration);
  if (!outcome) {
    deps.out(`${integration} was not connected.`);
    return 0;
  }
  if (!outcome.revoked) {
    deps.err(
      `Disconnected ${integration} here, but ${(await context.profile(integration)).name} did not confirm the revocation (${outcome.reason ?? outcome.revocation}): the access may still be live there. Remove this app's access in the account's settings.`,
    );
    return 1;
  }
  deps.out(`Disconnected ${integration}: revoked at the provider and deleted here.`);
  return 0;
}

async function connect(
  context: AppContext,
  integration: (typeof integrationIds)[number],
  deps: CliDeps,
): Promise<number> {
  const { config } = context;
  const attempt = await createOwnerAttempt(context, integration);
  let ownServer: RunningProxy | undefined;
  if (!(await proxyAnswers(context))) {
    // Nobody serves the callback at PUBLIC_URL: serve it from here for the length of the sign-in.
    ownServer = await startProxy(config, { ...deps, store: context.store, logger: context.logger });
    deps.out(`(started a proxy on ${config.publicUrl} for the sign-in)`);
  }
  try {
    deps.out(`Open this URL in a browser and allow access:\n\n  ${startUrl(context, attempt)}\n`);
    deps.out('Waiting for the sign-in to finish…');
    for (;;) {
      await context.sleep(deps.pollEveryMs ?? 1000);
      const current = await context.store.findAttempt(attempt.id);
      if (current && current.status !== 'pending') {
        if (current.status === 'connected') {
          const grant = await context.store.findGrant(integration, { kind: 'owner' });
          deps.out(
            `Connected ${integration}${grant?.account ? ` as ${grant.account}` : ''}. Every visitor's requests now use this account.`,
          );
          return 0;
        }
        deps.err(
          `Not connected: ${current.status}${current.message ? ` (${current.message})` : ''}.`,
        );
        return 1;
      }
      if (!current || current.expiresAt <= context.clock()) {
        deps.err('Not connected: the sign-in link expired. Run the command again.');
        return 1;
      }
    }
  } finally {
    // The store belongs to the CLI; the temporary server must not close it.
    if (ownServer) await new Promise<void>((resolve) => ownServer.server.close(() => resolve()));
  }
}

async function proxyAnswers(context: AppContext): Promise<boolean> {
  try {
    const response = await context.fetch(`${context.config.publicUrl}/healthz`, {
      signal: context.timeout(2000),
    });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}
