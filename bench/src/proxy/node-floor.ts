/**
 * The Express floor's work (express-floor.ts) on Node's own http, without Express: read and parse
 * the JSON body, make the provider call through undici's `request` on a keep-alive pool, parse
 * the answer and send it. No session, grant, validation, rate limit, security header or log
 * line. Slotchat's operation calls run on Node's http too (apps/proxy/src/routes/
 * operation-lane.ts), so this is the floor to measure them against; the Express floor shows what
 * the framework would add.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Agent, request } from 'undici';

export function nodeFloor(sandboxUrl: string) {
  const agent = new Agent({ keepAliveTimeout: 30_000 });
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const { params } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
      params: Record<string, string>;
    };
    const url = `${sandboxUrl}/google/calendar/v3/calendars/${encodeURIComponent(params.calendarId!)}/events/${encodeURIComponent(params.eventId!)}`;
    const answer = await request(url, {
      headers: { authorization: req.headers.authorization ?? '', accept: 'application/json' },
      dispatcher: agent,
    });
    const data: unknown = JSON.parse(await answer.body.text());
    const text = JSON.stringify({ data });
    res.writeHead(answer.statusCode, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(text),
    });
    res.end(text);
  };
}
