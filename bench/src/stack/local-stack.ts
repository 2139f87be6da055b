/**
 * The real product on ephemeral loopback ports, in this process: the sandbox (both providers'
 * emulators) and the proxy serving the built widget. The same approach as e2e/src/stack.ts,
 * copied rather than imported so the bench does not depend on the browser-test package.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, loadConfig } from '@slotchat/proxy';
import { createSandbox } from '@slotchat/sandbox';
import { defaultClients } from '@slotchat/sandbox';
import { widgetDist } from '../paths';

export interface LocalStack {
  proxyUrl: string;
  sandboxUrl: string;
  close(): Promise<void>;
}

export function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/** Limits high enough that a benchmark's own traffic is never the thing being rate-limited. */
export const unlimited = {
  RATE_LIMIT_IP_PER_MINUTE: '100000000',
  RATE_LIMIT_SESSION_PER_MINUTE: '100000000',
  RATE_LIMIT_SESSIONS_PER_IP_PER_MINUTE: '100000000',
};

export async function startLocalStack(
  options: { allowedOrigins?: string[] } = {},
): Promise<LocalStack> {
  // The proxy's port must be known before the sandbox registers its callback URI, so the
  // server listens first and gets its request handler once the app exists.
  const server = createServer();
  const port = await listen(server);
  const proxyUrl = `http://localhost:${port}`;
  const sandbox = await createSandbox({ clients: defaultClients([proxyUrl]) }).listen(0);
  const dataDir = mkdtempSync(join(tmpdir(), 'slotchat-bench-'));
  const proxy = createApp(
    loadConfig({
      PORT: String(port),
      PUBLIC_URL: proxyUrl,
      SANDBOX_URL: sandbox.url,
      WIDGET_DIR: widgetDist,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      // A key of our own: without one the sandbox set-up generates one and warns about it.
      TOKEN_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      ALLOWED_ORIGINS: [proxyUrl, ...(options.allowedOrigins ?? [])].join(','),
      ...unlimited,
    }),
  );
  server.on('request', proxy.app);
  return {
    proxyUrl,
    sandboxUrl: sandbox.url,
    async close() {
      await closeServer(server);
      await proxy.close();
      await sandbox.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
