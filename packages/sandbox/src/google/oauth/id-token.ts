import { createHash, createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import type { OAuthAccount } from '../../oauth/oauth-profile';

export interface IdTokenSigner {
  /** An RS256-signed OpenID Connect ID token, as Google's token endpoint returns for `openid`. */
  sign(claims: Record<string, unknown>): string;
  /** The public key set clients verify with (Google's `oauth2/v3/certs`). */
  jwks(): { keys: Array<Record<string, unknown>> };
}

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

/**
 * One signing key per sandbox, made on first use: generating an RSA key takes a noticeable
 * moment, and most sandboxes (most tests) never issue an ID token.
 */
export function createIdTokenSigner(): IdTokenSigner {
  let key: { privateKey: KeyObject; publicJwk: Record<string, unknown>; kid: string } | undefined;
  const current = () => {
    if (!key) {
      const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
      const publicJwk = pair.publicKey.export({ format: 'jwk' }) as Record<string, unknown>;
      const kid = createHash('sha256').update(JSON.stringify(publicJwk)).digest('hex').slice(0, 40);
      key = { privateKey: pair.privateKey, publicJwk, kid };
    }
    return key;
  };
  return {
    sign(claims) {
      const { privateKey, kid } = current();
      const header = base64url(JSON.stringify({ alg: 'RS256', kid, typ: 'JWT' }));
      const payload = base64url(JSON.stringify(claims));
      const signature = createSign('RSA-SHA256').update(`${header}.${payload}`).sign(privateKey);
      return `${header}.${payload}.${base64url(signature)}`;
    },
    jwks() {
      const { publicJwk, kid } = current();
      return { keys: [{ ...publicJwk, alg: 'RS256', use: 'sig', kid }] };
    },
  };
}

/** Google's `sub`: a stable string of digits per account, never the email. */
export function googleSubject(email: string): string {
  const digest = createHash('sha256').update(email).digest();
  return `1${digest.readBigUInt64BE(0).toString().padStart(20, '0').slice(0, 20)}`;
}

/**
 * The claims of a Google ID token: `email` claims with the `email` scope, name claims with
 * `profile` (their userinfo.* forms too), `nonce` echoed from the authorization request.
 */
export function googleIdTokenClaims(input: {
  account: OAuthAccount;
  clientId: string;
  scopes: readonly string[];
  nowSeconds: number;
  nonce: string | undefined;
}): Record<string, unknown> {
  const { account, scopes } = input;
  const has = (...names: string[]) => names.some((name) => scopes.includes(name));
  const [givenName = account.name, ...family] = account.name.split(' ');
  return {
    iss: 'https://accounts.google.com',
    azp: input.clientId,
    aud: input.clientId,
    sub: googleSubject(account.email),
    ...(has('email', 'https://www.googleapis.com/auth/userinfo.email')
      ? { email: account.email, email_verified: true }
      : {}),
    ...(has('profile', 'https://www.googleapis.com/auth/userinfo.profile')
      ? { name: account.name, given_name: givenName, family_name: family.join(' ') }
      : {}),
    ...(input.nonce !== undefined ? { nonce: input.nonce } : {}),
    iat: input.nowSeconds,
    exp: input.nowSeconds + 3600,
  };
}
