import { z } from 'zod';
import type { AppContext } from '../app-context';
import type { IntegrationProfile } from '../config/config-types';

const googleCalendar = z.object({ id: z.string(), summary: z.string().optional() });
const calendlyUser = z.object({
  resource: z.object({ email: z.string().optional(), name: z.string().optional() }),
});

/**
 * Who just connected, for "connected as ana@example.com". Best effort: the grant is valid
 * without it, so any failure gives null rather than failing the authorization.
 */
export async function lookupAccount(
  context: AppContext,
  profile: IntegrationProfile,
  accessToken: string,
): Promise<string | null> {
  const path = profile.id === 'google-calendar' ? '/calendars/primary' : '/users/me';
  try {
    const response = await context.fetch(`${profile.apiBaseUrl}${path}`, {
      headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' },
      signal: context.timeout(context.config.upstreamTimeoutMs),
      redirect: 'error',
    });
    if (!response.ok) {
      await response.body?.cancel();
      return null;
    }
    const body: unknown = await response.json();
    if (profile.id === 'google-calendar') {
      const parsed = googleCalendar.safeParse(body);
      return parsed.success ? parsed.data.id : null;
    }
    const parsed = calendlyUser.safeParse(body);
    return parsed.success
      ? (parsed.data.resource.email ?? parsed.data.resource.name ?? null)
      : null;
  } catch {
    return null;
  }
}
