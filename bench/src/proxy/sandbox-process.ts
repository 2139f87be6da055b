/**
 * Child process: the sandbox (emulated Google Calendar and Calendly with their OAuth servers) on
 * a loopback port. Its clients accept the proxy's callback URL given in PROXY_URL.
 */
import { createSandbox, defaultClients } from '@slotchat/sandbox';
import { cpuUsage, type FromSandbox, type ToSandbox } from './messages';

const proxyUrl = process.env.PROXY_URL;
if (!proxyUrl) throw new Error('PROXY_URL is required');
const sandbox = createSandbox({ clients: defaultClients([proxyUrl]) });
const running = await sandbox.listen(0);
const send = (message: FromSandbox) => process.send?.(message);

process.on('message', (message: ToSandbox) => {
  if (message.type === 'cpu') send(cpuUsage());
  else if (message.type === 'mint-token') {
    // The direct and pass-through runs need a token the emulated API accepts. Issuing it on the
    // grant the visitor just gave the proxy (in the consent page) skips a second consent.
    const grant = sandbox.state.google.oauth.liveGrants()[0];
    if (!grant) throw new Error('no Google grant yet: connect through the proxy first');
    send({
      type: 'token',
      token: sandbox.state.google.oauth.issueAccessToken(grant.id, 3600).token,
    });
  }
});
process.on('SIGTERM', () => {
  void running.close().then(() => process.exit(0));
});
send({ type: 'listening', url: running.url });
