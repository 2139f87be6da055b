/**
 * The least an Express proxy of Slotchat's shape does per forwarded call, as a baseline: parse a
 * JSON body with express.json, make one provider call through undici's `request` on a keep-alive
 * pool (the client Slotchat uses), parse the JSON answer and send it back with `res.json`. No
 * session, grant, validation, rate limit, security header or log line: what remains is the cost
 * of the framework and the two HTTP exchanges, which no Express proxy can go below.
 */
import express from 'express';
import { bodyLimit } from '@slotchat/proxy';
import { floorCall } from './floor-call';

export function expressFloor(sandboxUrl: string): express.Express {
  const call = floorCall(sandboxUrl);
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use(express.json({ limit: bodyLimit }));
  app.post('/events', async (req, res) => {
    const { params } = req.body as { params: Record<string, string> };
    const { status, data } = await call(params, req.get('authorization') ?? '');
    res.status(status).json({ data });
  });
  return app;
}
