/**
 * Child process: the servers a request can go through on its way to the sandbox — the
 * Slotchat proxy, built and configured as it ships (LOG_LEVEL info to stdout, SQLite store,
 * encrypted tokens; only its rate limits raised, or the load itself would be refused), a plain
 * http-proxy-middleware pass-through with a keep-alive agent (the baseline "one HTTP hop"), the
 * Express floor (see express-floor.ts) and the Node floor (node-floor.ts).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, createServer } from 'node:http';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProxyMiddleware } from 'http-proxy-middleware';
import type * as ProxyPackage from '@slotchat/proxy';
import { closeServer, listen, unlimited } from '../stack/local-stack';
import { expressFloor } from './express-floor';
import { nodeFloor } from './node-floor';
import { benchOrigin, cpuUsage, type FromServers, type ToServers } from './messages';

// The proxy as it ships: the bundle `pnpm build` writes (apps/proxy/scripts/build.mjs) and its
// `start` runs, not its TypeScript under this process's tsx. (A variable, so the type checker
// takes the types from the source instead.)
const shipped = '@slotchat/proxy/built';
const { createApp, loadConfig } = (await import(shipped)) as typeof ProxyPackage;
type ProxyApp = ProxyPackage.ProxyApp;
const send = (message: FromServers) => process.send?.(message);
const slotchat = createServer();
const passThrough = createServer();
const slotchatPort = await listen(slotchat);
const passThroughPort = await listen(passThrough);
const floor = createServer();
const floorPort = await listen(floor);
const bareFloor = createServer();
const nodeFloorPort = await listen(bareFloor);
const dataDir = mkdtempSync(join(tmpdir(), 'slotchat-bench-proxy-'));
let proxy: ProxyApp | undefined;
const inspector = new Session();

function configure(sandboxUrl: string) {
  const publicUrl = `http://localhost:${slotchatPort}`;
  proxy = createApp(
    loadConfig({
      PORT: String(slotchatPort),
      PUBLIC_URL: publicUrl,
      SANDBOX_URL: sandboxUrl,
      DATA_DIR: dataDir,
      ALLOWED_ORIGINS: benchOrigin,
      TOKEN_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      LOG_LEVEL: 'info',
      ...unlimited,
    }),
    // Logs go to stdout as in production (pino's batched writer on fd 1, as logger.ts sets it);
    // the parent points this process's stdout at /dev/null.
  );
  slotchat.on('request', proxy.app);
  const forward = createProxyMiddleware({
    target: sandboxUrl,
    changeOrigin: true,
    agent: new Agent({ keepAlive: true }),
  });
  passThrough.on('request', (request, response) => {
    void forward(request, response, () => response.writeHead(404).end());
  });
  floor.on('request', expressFloor(sandboxUrl));
  const bare = nodeFloor(sandboxUrl);
  bareFloor.on('request', (request, response) => void bare(request, response));
}

process.on('message', async (message: ToServers) => {
  if (message.type === 'configure') {
    configure(message.sandboxUrl);
    send({ type: 'configured', storeCacheMs: proxy!.context.config.storeCacheMs });
  } else if (message.type === 'cpu') {
    send(cpuUsage());
  } else if (message.type === 'profile-start') {
    inspector.connect();
    await inspector.post('Profiler.enable');
    await inspector.post('Profiler.setSamplingInterval', { interval: 200 });
    await inspector.post('Profiler.start');
    send({ type: 'profile-started' });
  } else if (message.type === 'profile-stop') {
    const { profile } = await inspector.post('Profiler.stop');
    writeFileSync(message.file, JSON.stringify(profile));
    inspector.disconnect();
    send({ type: 'profile-stopped' });
  }
});

process.on('SIGTERM', () => {
  void (async () => {
    await Promise.all([
      closeServer(slotchat),
      closeServer(passThrough),
      closeServer(floor),
      closeServer(bareFloor),
    ]);
    await proxy?.close();
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  })();
});
send({ type: 'listening', slotchatPort, passThroughPort, floorPort, nodeFloorPort });
