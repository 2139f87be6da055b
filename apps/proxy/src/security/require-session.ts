import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppContext } from '../app-context';
import { ApiError } from '../http/api-error';
import type { NodeMiddleware } from '../http/node-middleware';
import type { SessionRecord } from '../store/store';
import { sha256 } from './random-token';

const bearer = /^Bearer ([A-Za-z0-9_-]{20,200})$/;

/** The session each checked request runs as, for the handlers after requireSession. */
const sessions = new WeakMap<ServerResponse, SessionRecord>();

/**
 * Requires `Authorization: Bearer <session token>`, and — when the browser says where the call
 * comes from — the origin that created the session: a token copied to another site is useless.
 */
export function requireSession(context: AppContext): NodeMiddleware {
  return async (request, response, next) => {
    const match = bearer.exec(request.headers.authorization ?? '');
    if (!match?.[1]) {
      next(new ApiError('session_required', 'Start a session first (POST /api/sessions)'));
      return;
    }
    const session = await context.store.findSessionByTokenHash(sha256(match[1]), context.clock());
    if (!session) {
      next(
        new ApiError('session_required', 'The session is unknown or has expired; start a new one'),
      );
      return;
    }
    const origin = request.headers.origin;
    if (origin !== undefined && origin !== session.origin) {
      next(new ApiError('origin_not_allowed', 'This session belongs to another site'));
      return;
    }
    sessions.set(response, session);
    next();
  };
}

export function sessionOf(response: ServerResponse): SessionRecord {
  const session = sessions.get(response);
  if (!session) throw new Error('requireSession must run before this handler');
  return session;
}

/** The request's Origin if it is one of the allowed embedding origins. */
export async function allowedOriginOf(
  context: AppContext,
  request: IncomingMessage,
): Promise<string> {
  const origin = request.headers.origin;
  if (origin === undefined) {
    throw new ApiError('origin_not_allowed', 'The request has no Origin header');
  }
  if (!(await context.allowedOrigins()).includes(origin)) {
    throw new ApiError('origin_not_allowed', `${origin} is not allowed to embed this chat`);
  }
  return origin;
}
