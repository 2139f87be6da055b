/**
 * The Express floor's work (express-floor.ts) on Node's own http, without Express: read and parse
 * the JSON body, make the provider call through undici's `request` on a keep-alive pool, parse
 * the answer and send it. No session, grant, validation, rate limit, security header or log
 * line. Slotchat's operation calls run on Node's http too (apps/proxy/src/routes/
 * operation-lane.ts), so this is the floor to measure them against; the Express floor shows what
 * the framework would add.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { floorCall } from './floor-call';

export function nodeFloor(sandboxUrl: string) {
  const call = floorCall(sandboxUrl);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const { params } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
      params: Record<string, string>;
    };
    const { status, data } = await call(params, req.headers.authorization ?? '');
    const text = JSON.stringify({ data });
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(text),
    });
    res.end(text);
  };
}
