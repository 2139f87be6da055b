/**
 * The least an Express proxy of Slotchat's shape does per forwarded call, as a baseline: parse a
 * JSON body with express.json, make one provider call through undici's `request` on a keep-alive
 * pool (the client Slotchat uses), parse the JSON answer and send it back with `res.json`. No
 * session, grant, validation, rate limit, security header or log line: what remains is the cost
 * of the framework and the two HTTP exchanges, which no Express proxy can go below.
 */
import express from 'express';
import { Agent, request } from 'undici';
import { bodyLimit } from '@slotchat/proxy';

export function expressFloor(sandboxUrl: string): express.Express {
  const agent = new Agent({ keepAliveTimeout: 30_000 });
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use(express.json({ limit: bodyLimit }));
  app.post('/events', async (req, res) => {
    const { calendarId, eventId } = (req.body as { params: Record<string, string> }).params;
    const url = `${sandboxUrl}/google/calendar/v3/calendars/${encodeURIComponent(calendarId!)}/events/${encodeURIComponent(eventId!)}`;
    const answer = await request(url, {
      headers: { authorization: req.get('authorization') ?? '', accept: 'application/json' },
      dispatcher: agent,
    });
    const data: unknown = JSON.parse(await answer.body.text());
    res.status(answer.statusCode).json({ data });
  });
  return app;
}
