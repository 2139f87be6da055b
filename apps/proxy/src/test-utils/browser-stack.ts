import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createSandbox, defaultClients } from '@slotchat/sandbox';
import type { Browser } from 'playwright-core';
import { loadConfig } from '../config/load-config';
import { createLogger } from '../logger';
import { startProxy, type RunningProxy } from '../server';
import { launchChromium } from './chromium';
import { manualSchedule, manualTimeouts } from './fake-timers';

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface BrowserStack {
  browser: Browser;
  proxy: RunningProxy;
  proxyOrigin: string;
  /** A customer's site on another origin (a blank page with one button). */
  hostOrigin: string;
  close(): Promise<void>;
}

/**
 * Everything real: the sandbox and the proxy listening on ports, a host page on a different
 * origin, and Debian's Chromium (headless) driven by playwright-core.
 */
export async function startBrowserStack(env: Record<string, string> = {}): Promise<BrowserStack> {
  const proxyPort = await freePort();
  const proxyOrigin = `http://127.0.0.1:${proxyPort}`;
  const host = http.createServer((_request, response) => {
    response.setHeader('content-type', 'text/html');
    response.end('<!doctype html><title>Host site</title><button id="connect">Connect</button>');
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  const hostOrigin = `http://localhost:${(host.address() as net.AddressInfo).port}`;
  // Latency faults pass at once: nothing here waits on a timer the test does not control.
  const sandbox = await createSandbox({
    clients: defaultClients([proxyOrigin]),
    delay: async () => {},
  }).listen(0);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'slotchat-browser-'));
  const config = loadConfig({
    PORT: String(proxyPort),
    PUBLIC_URL: proxyOrigin,
    SANDBOX_URL: sandbox.url,
    DATA_DIR: dataDir,
    ALLOWED_ORIGINS: hostOrigin,
    ...env,
  });
  const proxy = await startProxy(
    config,
    // The sweep never runs and timeouts fire only by hand (the provider is local and answers).
    {
      logger: createLogger('silent'),
      every: manualSchedule().every,
      timeout: manualTimeouts().timeout,
    },
    { port: proxyPort, host: '127.0.0.1' },
  );
  const browser = await launchChromium();
  return {
    browser,
    proxy,
    proxyOrigin,
    hostOrigin,
    async close() {
      await browser.close();
      await proxy.shutdown();
      await sandbox.close();
      await new Promise((resolve) => host.close(resolve));
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
