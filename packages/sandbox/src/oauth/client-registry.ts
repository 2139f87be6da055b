import { timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
import type { Provider, SandboxClientRegistration } from '../sandbox-options';

export type ClientAuthentication =
  | { ok: true; client: SandboxClientRegistration }
  | { ok: false; error: 'invalid_client' | 'invalid_request'; description: string };

function sameSecret(given: string, expected: string): boolean {
  const left = Buffer.from(given);
  const right = Buffer.from(expected);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Basic credentials are form-urlencoded before base64 (RFC 6749 §2.3.1). */
function parseBasic(header: string): { id: string; secret: string } | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  try {
    const decode = (part: string) => decodeURIComponent(part.replaceAll('+', ' '));
    return { id: decode(decoded.slice(0, colon)), secret: decode(decoded.slice(colon + 1)) };
  } catch {
    return undefined;
  }
}

export type ClientRegistry = ReturnType<typeof createClientRegistry>;

export function createClientRegistry(clients: readonly SandboxClientRegistration[]) {
  const find = (provider: Provider, clientId: unknown) =>
    typeof clientId === 'string'
      ? clients.find((client) => client.provider === provider && client.clientId === clientId)
      : undefined;

  return {
    find,
    /**
     * Authenticates the client of a token or revoke request: HTTP Basic or `client_id` +
     * `client_secret` in the form body — one method, not both (RFC 6749 §2.3).
     */
    authenticate(
      provider: Provider,
      request: Request,
      body: Record<string, unknown>,
    ): ClientAuthentication {
      const header = request.get('authorization');
      const basic = header ? parseBasic(header) : undefined;
      if (header && !basic) {
        return {
          ok: false,
          error: 'invalid_client',
          description: 'Malformed Authorization header.',
        };
      }
      if (basic && typeof body.client_secret === 'string') {
        return {
          ok: false,
          error: 'invalid_request',
          description: 'Use one client authentication method, not both.',
        };
      }
      if (basic && typeof body.client_id === 'string' && body.client_id !== basic.id) {
        return { ok: false, error: 'invalid_request', description: 'client_id does not match.' };
      }
      const id = basic?.id ?? body.client_id;
      const secret = basic?.secret ?? body.client_secret;
      const client = find(provider, id);
      if (!client || typeof secret !== 'string' || !sameSecret(secret, client.clientSecret)) {
        return { ok: false, error: 'invalid_client', description: 'Client authentication failed.' };
      }
      return { ok: true, client };
    },
  };
}
