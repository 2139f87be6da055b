// Runs the sandbox alone: `pnpm --filter @slotchat/sandbox start` (SANDBOX_PORT, default 3001).
import { createSandbox } from './create-sandbox';
import { loadMainConfig } from './main-config';

try {
  const config = loadMainConfig(process.env);
  const sandbox = createSandbox({
    clients: config.clients,
    ...(config.seed ? { seed: config.seed } : {}),
  });
  const { url, close } = await sandbox.listen(config.port, config.host);
  console.log(`Slotchat provider sandbox listening on ${url}`);
  console.log(
    `  Google:   ${url}/google/o/oauth2/v2/auth, ${url}/google/token, ${url}/google/calendar/v3`,
  );
  console.log(
    `  Calendly: ${url}/calendly/oauth/authorize, ${url}/calendly/oauth/token, ${url}/calendly/api`,
  );
  console.log(`  Admin:    ${url}/__sandbox/faults (fault switches), ${url}/__sandbox/grants`);
  const stop = () => {
    void close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
