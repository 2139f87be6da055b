import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, type ProxyApp } from './app';
import type { AppDeps } from './app-context';
import type { ProxyConfig } from './config/config-types';

export interface RunningProxy {
  url: string;
  server: Server;
  proxy: ProxyApp;
  /**
   * Graceful, in this order: /readyz answers 503 and the sweep stops (a sweep under way
   * finishes its grant); the server stops accepting and in-flight requests finish — until the
   * drain deadline, when their connections are cut; then the store closes.
   */
  shutdown(): Promise<void>;
}

/** How long in-flight requests may take to finish: one operation's whole budget, and a margin. */
export function drainTimeoutMs(config: ProxyConfig): number {
  return config.operationTimeoutMs + 5_000;
}

/** Listens on `port` (config.port by default; 0 = ephemeral) and resolves once it accepts connections. */
export async function startProxy(
  config: ProxyConfig,
  deps: AppDeps = {},
  options: { port?: number; host?: string } = {},
): Promise<RunningProxy> {
  const proxy = createApp(config, deps);
  const server = createServer(proxy.app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? config.port, options.host ?? '0.0.0.0', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const { logger } = proxy.context;

  async function drain(): Promise<void> {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // Keep-alive connections with no request in flight would hold close() open forever.
    server.closeIdleConnections();
    // A signal, not a sleep: it keeps no timer alive once the drain is done (and tests fire it).
    const deadline = proxy.context.timeout(drainTimeoutMs(config));
    const late = new Promise<'late'>((resolve) =>
      deadline.addEventListener('abort', () => resolve('late'), { once: true }),
    );
    if ((await Promise.race([closed, late])) === 'late') {
      logger.warn('in-flight requests did not finish before the drain deadline: cutting them off');
      server.closeAllConnections();
      await closed;
    }
  }

  let stopping: Promise<void> | undefined;
  return {
    url: `http://localhost:${port}`,
    server,
    proxy,
    shutdown() {
      stopping ??= (async () => {
        await proxy.beginShutdown();
        await drain();
        await proxy.close();
      })();
      return stopping;
    },
  };
}
