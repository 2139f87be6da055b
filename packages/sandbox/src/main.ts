// Runs the sandbox alone: `pnpm --filter @slotchat/sandbox start` (SANDBOX_PORT, default 3001;
// SANDBOX_SEED, SANDBOX_FAULTS, SANDBOX_NOW and SANDBOX_REDIRECT_URIS: see the README).
import { createSandbox } from './create-sandbox';
import { loadMainConfig } from './main-config';

try {
  const config = loadMainConfig(process.env);
  const sandbox = createSandbox({ ...config.sandbox, clients: config.clients });
  const { url, close } = await sandbox.listen(config.port, config.host);
  console.log(`Slotchat provider sandbox listening on ${url}`);
  console.log(
    `  Google:   ${url}/google/o/oauth2/v2/auth, ${url}/google/token, ${url}/google/calendar/v3`,
  );
  console.log(
    `  Calendly: ${url}/calendly/oauth/authorize, ${url}/calendly/oauth/token, ${url}/calendly/api`,
  );
  console.log(`  Admin:    ${url}/__sandbox/faults (fault switches), ${url}/__sandbox/grants`);
  const rules = sandbox.state.faults.list();
  if (rules.length > 0) console.log(`  Faults:   ${rules.length} from SANDBOX_FAULTS`);
  const stop = () => {
    void close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
