/**
 * The provider call both floors make (express-floor.ts, node-floor.ts), so they differ only in
 * the server around it: event `params.eventId` of `params.calendarId` from the sandbox through
 * undici's `request` on a keep-alive pool, the answer parsed.
 */
import { Agent, request } from 'undici';

export function floorCall(sandboxUrl: string) {
  const agent = new Agent({ keepAliveTimeout: 30_000 });
  return async (
    params: Record<string, string>,
    authorization: string,
  ): Promise<{ status: number; data: unknown }> => {
    const url = `${sandboxUrl}/google/calendar/v3/calendars/${encodeURIComponent(params.calendarId!)}/events/${encodeURIComponent(params.eventId!)}`;
    const answer = await request(url, {
      headers: { authorization, accept: 'application/json' },
      dispatcher: agent,
    });
    return { status: answer.statusCode, data: JSON.parse(await answer.body.text()) as unknown };
  };
}
