/**
 * `npm start`: the sandbox (both providers' emulators), then the proxy on PORT serving the built
 * widget, the demo and the admin console, wired to each other. Prints the URLs to open.
 */
import { createServer, type Server } from 'node:http';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { createApp, loadConfig } from '@slotchat/proxy';
import { createSandbox, defaultClients, sandboxOptionsFromEnv } from '@slotchat/sandbox';

const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));
const defaultSandboxPort = 3001;

class StartError extends Error {}

function portFrom(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new StartError(`${name} must be a port number (0–65535), got "${raw}"`);
  }
  return port;
}

function listen(server: Server, port: number, host?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
}

async function startSandbox(publicOrigin: string, proxyPort: number) {
  // SANDBOX_SEED, SANDBOX_NOW and SANDBOX_FAULTS work here as for the standalone sandbox.
  const sandbox = createSandbox({
    ...sandboxOptionsFromEnv(process.env),
    clients: defaultClients([publicOrigin]),
  });
  const explicit = process.env.SANDBOX_PORT !== undefined && process.env.SANDBOX_PORT !== '';
  const wanted = portFrom('SANDBOX_PORT', defaultSandboxPort);
  if (wanted !== 0 && wanted === proxyPort) {
    throw new StartError(
      `SANDBOX_PORT and PORT are both ${wanted}: give the sandbox another port (or 0 for any free one)`,
    );
  }
  try {
    return await sandbox.listen(wanted);
  } catch (error) {
    // The default port may be taken by something else on a developer's machine; any free port
    // will do, since the proxy is told the sandbox's URL. A port the operator chose must be honoured.
    if (explicit || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    return sandbox.listen(0);
  }
}

async function main() {
  const port = portFrom('PORT', 3000);
  const environment = {
    ...process.env,
    PORT: String(port),
    WIDGET_DIR: process.env.WIDGET_DIR ?? `${repositoryRoot}packages/widget/dist`,
    PUBLIC_DIR: process.env.PUBLIC_DIR ?? `${repositoryRoot}apps/demo/dist`,
    ADMIN_DIR: process.env.ADMIN_DIR ?? `${repositoryRoot}apps/admin/dist`,
    DATA_DIR: process.env.DATA_DIR ?? `${repositoryRoot}.data`,
    // The demo page's mode switch; the proxy honours it only while every integration is on the
    // sandbox, so real credentials switch it off by themselves.
    DEMO_CONTROLS: process.env.DEMO_CONTROLS ?? 'true',
    // A newcomer gets a working admin console: a secret for this run, printed below.
    ADMIN_SECRET: process.env.ADMIN_SECRET || randomBytes(18).toString('base64url'),
  };
  // Validated before anything listens, so a bad variable stops start-up with its name.
  const draft = loadConfig(environment);
  const sandbox = await startSandbox(draft.publicOrigin, port);
  const config = loadConfig({
    ...environment,
    SANDBOX_URL: process.env.SANDBOX_URL ?? sandbox.url,
  });
  const proxy = createApp(config);
  const server = createServer(proxy.app);
  await listen(server, port);

  console.log(`Sandbox (Google Calendar + Calendly emulators): ${sandbox.url}`);
  console.log(`Admin console: ${config.publicUrl}/admin`);
  if (!process.env.ADMIN_SECRET) {
    console.log(
      `  admin secret for this run: ${environment.ADMIN_SECRET} (set ADMIN_SECRET to choose one)`,
    );
  }
  console.log(`Slotchat demo: ${config.publicUrl}`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    server.close();
    server.closeIdleConnections();
    await proxy.close();
    await sandbox.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
