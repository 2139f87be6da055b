/**
 * Whether what the proxy knows about a grant stays true when the provider changes it: after the
 * provider expires every access token (the proxy must refresh and go on), after the provider
 * revokes the grant (the proxy must say "connect again", every time, not serve a stale token),
 * and after the visitor disconnects. Run right after the load, when any cache would be warm.
 */
import type { ProxySession } from '../stack/proxy-client';

export interface Check {
  name: string;
  pass: boolean;
  detail: string;
}

const params = { calendarId: 'primary', eventId: 'abc123' };

async function sandboxAdmin(sandboxUrl: string, path: string): Promise<unknown> {
  const response = await fetch(`${sandboxUrl}/__sandbox/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ provider: 'google' }),
  });
  return response.json();
}

export async function tokenChecks(session: ProxySession, sandboxUrl: string): Promise<Check[]> {
  const checks: Check[] = [];
  const get = () => session.call('google-calendar:events.get', params);
  const codes = (outcomes: Awaited<ReturnType<typeof get>>[]) =>
    outcomes.map((outcome) => (outcome.ok ? 'ok' : outcome.error.code));

  await sandboxAdmin(sandboxUrl, 'tokens/expire');
  const started = performance.now();
  const burst = await Promise.all(Array.from({ length: 20 }, get));
  const burstMs = performance.now() - started;
  const after = await get();
  checks.push({
    name: 'provider expired the access token: 20 concurrent calls refresh and succeed',
    pass: burst.every((outcome) => outcome.ok) && after.ok,
    detail: `${codes(burst).filter((code) => code === 'ok').length}/20 ok in ${burstMs.toFixed(1)} ms, then ${codes([after])[0]}`,
  });

  await sandboxAdmin(sandboxUrl, 'grants/revoke');
  const revoked = [await get(), await get(), await get()];
  checks.push({
    name: 'provider revoked the grant: every later call asks to connect again',
    pass: revoked.every(
      (outcome) => !outcome.ok && outcome.error.code === 'authorization_required',
    ),
    detail: codes(revoked).join(', '),
  });

  await session.connect('google-calendar');
  const reconnected = await get();
  await session.disconnect('google-calendar');
  const disconnected = [await get(), await get()];
  checks.push({
    name: 'reconnected, then disconnected by the visitor: calls follow at once',
    pass:
      reconnected.ok &&
      disconnected.every(
        (outcome) => !outcome.ok && outcome.error.code === 'authorization_required',
      ),
    detail: `${codes([reconnected])[0]}, then ${codes(disconnected).join(', ')}`,
  });
  return checks;
}
