import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, type ProxyApp } from './app';
import type { AppDeps } from './app-context';
import type { ProxyConfig } from './config/config-types';

export interface RunningProxy {
  url: string;
  server: Server;
  proxy: ProxyApp;
  /** Graceful: stop accepting, let in-flight requests finish, then close the store. */
  shutdown(): Promise<void>;
}

/** Listens on `port` (config.port by default; 0 = ephemeral) and resolves once it accepts connections. */
export async function startProxy(
  config: ProxyConfig,
  deps: AppDeps = {},
  options: { port?: number; host?: string } = {},
): Promise<RunningProxy> {
  const proxy = createApp(config, deps);
  const server = await new Promise<Server>((resolve, reject) => {
    const listening = proxy.app.listen(
      options.port ?? config.port,
      options.host ?? '0.0.0.0',
      (error?: Error) => (error ? reject(error) : resolve(listening)),
    );
  });
  const { port } = server.address() as AddressInfo;
  let stopping: Promise<void> | undefined;
  return {
    url: `http://localhost:${port}`,
    server,
    proxy,
    shutdown() {
      stopping ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections with no request in flight would hold close() open forever.
        server.closeIdleConnections();
      }).then(() => proxy.close());
      return stopping;
    },
  };
}
