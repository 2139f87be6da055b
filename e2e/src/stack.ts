/**
 * The real product on ephemeral ports, in this process: the sandbox (both providers' emulators)
 * and the proxy serving the built widget and demo. Nothing is faked.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp, loadConfig } from '@slotchat/proxy';
import { createSandbox, defaultClients } from '@slotchat/sandbox';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const widgetDir = join(root, 'packages/widget/dist');
export const demoDir = join(root, 'apps/demo/dist');

export interface Stack {
  proxyUrl: string;
  sandboxUrl: string;
  close(): Promise<void>;
}

function listen(server: ReturnType<typeof createServer>): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

export interface StackOptions {
  /** Other sites that may embed the widget (the proxy's own origin always may). */
  allowedOrigins?: string[];
  env?: Record<string, string>;
  /** Epoch ms for both the sandbox and the proxy (see `clock.ts`); default the real clock. */
  clock?: () => number;
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  for (const [name, dir] of [
    ['widget', join(widgetDir, 'widget.js')],
    ['demo', join(demoDir, 'index.html')],
  ] as const) {
    if (!existsSync(dir)) {
      throw new Error(`The ${name} is not built (${dir} is missing): run \`pnpm build\` first.`);
    }
  }
  // The proxy's port must be known before the sandbox registers its callback URI, so the
  // server listens first and gets its request handler once the app exists.
  const server = createServer();
  const port = await listen(server);
  const proxyUrl = `http://localhost:${port}`;
  const sandbox = createSandbox({
    clients: defaultClients([proxyUrl]),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const runningSandbox = await sandbox.listen(0);
  const dataDir = mkdtempSync(join(tmpdir(), 'slotchat-e2e-'));
  const proxy = createApp(
    loadConfig({
      PORT: String(port),
      PUBLIC_URL: proxyUrl,
      SANDBOX_URL: runningSandbox.url,
      WIDGET_DIR: widgetDir,
      PUBLIC_DIR: demoDir,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      ALLOWED_ORIGINS: [proxyUrl, ...(options.allowedOrigins ?? [])].join(','),
      ...options.env,
    }),
    options.clock ? { clock: options.clock } : {},
  );
  server.on('request', proxy.app);
  return {
    proxyUrl,
    sandboxUrl: runningSandbox.url,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await proxy.close();
      await runningSandbox.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
