/**
 * `npm start`: the sandbox (both providers' emulators) on SANDBOX_PORT, then the proxy on PORT
 * serving the built widget and the demo, wired to each other. Prints the URL to open.
 */
import { fileURLToPath } from 'node:url';
import { createApp, loadConfig } from '@slotchat/proxy';
import { createSandbox, defaultClients } from '@slotchat/sandbox';
import type { Server } from 'node:http';

const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));

function portFrom(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`${name} must be a port number (0–65535), got "${raw}"`);
    process.exit(1);
  }
  return port;
}

async function main() {
  const port = portFrom('PORT', 3000);
  const sandboxPort = portFrom('SANDBOX_PORT', 3001);
  const publicUrl = process.env.PUBLIC_URL ?? `http://localhost:${port}`;

  // The sandbox only accepts the proxy's exact callback URIs, as Google and Calendly do.
  const sandbox = createSandbox({ clients: defaultClients([new URL(publicUrl).origin]) });
  const runningSandbox = await sandbox.listen(sandboxPort);

  const config = loadConfig({
    ...process.env,
    PORT: String(port),
    SANDBOX_URL: process.env.SANDBOX_URL ?? runningSandbox.url,
    WIDGET_DIR: process.env.WIDGET_DIR ?? `${repositoryRoot}packages/widget/dist`,
    PUBLIC_DIR: process.env.PUBLIC_DIR ?? `${repositoryRoot}apps/demo/dist`,
    DATA_DIR: process.env.DATA_DIR ?? `${repositoryRoot}.data`,
  });
  const proxy = createApp(config);
  const server = await new Promise<Server>((resolve, reject) => {
    const listening = proxy.app.listen(port, () => resolve(listening));
    listening.once('error', reject);
  });

  console.log(`Sandbox (Google Calendar + Calendly emulators): ${runningSandbox.url}`);
  console.log(`Slotchat demo: ${publicUrl}`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    server.close();
    server.closeIdleConnections();
    await proxy.close();
    await runningSandbox.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
