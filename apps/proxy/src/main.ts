import { integrationIds } from '@slotchat/integrations';
import { ConfigError } from './config/config-error';
import { loadConfig } from './config/load-config';
import { drainTimeoutMs, startProxy } from './server';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const running = await startProxy(config);
  const { logger } = running.proxy.context;
  for (const id of integrationIds) {
    const profile = await running.proxy.context.profile(id);
    logger.info(
      {
        integration: profile.id,
        mode: profile.mode,
        provider: profile.sandbox ? 'sandbox' : 'real',
        authorizationUrl: profile.authorizationUrl,
        apiBaseUrl: profile.apiBaseUrl,
      },
      `${profile.name}: ${profile.sandbox ? `sandbox at ${config.sandboxUrl} (no client id set)` : 'real provider'}, ${profile.mode} mode`,
    );
  }
  logger.info(
    { url: config.publicUrl, allowedOrigins: await running.proxy.context.allowedOrigins() },
    `Slotchat proxy listening on ${config.publicUrl}`,
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    // The last resort: shutdown cuts in-flight requests at its own deadline, so this only fires
    // if closing itself hangs (a stuck store).
    setTimeout(
      () => {
        logger.error('shutdown did not finish in time; exiting');
        process.exit(1);
      },
      drainTimeoutMs(config) + 5_000,
    ).unref();
    running.shutdown().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  // E.g. the port is taken: say so plainly instead of an unhandled rejection.
  console.error(
    `Slotchat proxy failed to start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
