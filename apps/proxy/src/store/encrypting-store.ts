import type {
  GrantRecord,
  OAuthStateRecord,
  Sealed,
  StorageBackend,
  Store,
  TokenUpdate,
} from './store';
import type { TokenCipher } from './token-cipher';
import { encryptingSettings } from './encrypting-settings';

/**
 * The one place secrets are encrypted: wraps a storage backend so that access and refresh
 * tokens and PKCE verifiers reach it only as AES-256-GCM ciphertext, and come back as plain
 * text. The associated data names the row and column (`grants:<id>:access_token`), so a value
 * copied to another grant or column fails to open. Every method is delegated by name on purpose:
 * a new backend method must be added here, which is where someone asks whether it carries a
 * secret.
 */
export function encryptingStore(backend: StorageBackend, cipher: TokenCipher): Store {
  const grantContext = (grantId: string, column: 'access_token' | 'refresh_token') =>
    `grants:${grantId}:${column}`;
  const stateContext = (stateHash: string) => `oauth_states:${stateHash}`;

  function sealTokens<T extends TokenUpdate>(grantId: string, value: T) {
    return {
      ...value,
      accessToken: cipher.encrypt(value.accessToken, grantContext(grantId, 'access_token')),
      refreshToken:
        value.refreshToken === null
          ? null
          : cipher.encrypt(value.refreshToken, grantContext(grantId, 'refresh_token')),
    };
  }

  function openGrant(grant: GrantRecord<Sealed>): GrantRecord {
    return {
      ...grant,
      accessToken: cipher.decrypt(grant.accessToken, grantContext(grant.id, 'access_token')),
      refreshToken:
        grant.refreshToken === null
          ? null
          : cipher.decrypt(grant.refreshToken, grantContext(grant.id, 'refresh_token')),
    };
  }

  function openState(state: OAuthStateRecord<Sealed>): OAuthStateRecord {
    return {
      ...state,
      codeVerifier: cipher.decrypt(state.codeVerifier, stateContext(state.stateHash)),
    };
  }

  return {
    ...encryptingSettings(backend, cipher),
    createSession: (session) => backend.createSession(session),
    findSessionByTokenHash: (tokenHash, now) => backend.findSessionByTokenHash(tokenHash, now),

    createAttempt: (attempt) => backend.createAttempt(attempt),
    findAttempt: (id) => backend.findAttempt(id),
    startAttempt: (id, now) => backend.startAttempt(id, now),
    settleAttempt: (id, status, message) => backend.settleAttempt(id, status, message),

    saveOAuthState: (state) =>
      backend.saveOAuthState({
        ...state,
        codeVerifier: cipher.encrypt(state.codeVerifier, stateContext(state.stateHash)),
      }),
    async takeOAuthState(stateHash, now) {
      const state = await backend.takeOAuthState(stateHash, now);
      return state && openState(state);
    },

    saveGrant: (grant) => backend.saveGrant(sealTokens(grant.id, grant)),
    async findGrant(integration, subject) {
      const grant = await backend.findGrant(integration, subject);
      return grant && openGrant(grant);
    },
    async findGrantById(id) {
      const grant = await backend.findGrantById(id);
      return grant && openGrant(grant);
    },
    async findGrantsByAccount(integration, account) {
      return (await backend.findGrantsByAccount(integration, account)).map(openGrant);
    },
    updateGrantTokens: (id, update) => backend.updateGrantTokens(id, sealTokens(id, update)),
    async findOrphanedGrants(now) {
      return (await backend.findOrphanedGrants(now)).map(openGrant);
    },
    deleteGrant: (id) => backend.deleteGrant(id),

    tryLeaseRefresh: (grantId, holder, now, until) =>
      backend.tryLeaseRefresh(grantId, holder, now, until),
    releaseRefresh: (grantId, holder) => backend.releaseRefresh(grantId, holder),

    ping: () => backend.ping(),
    close: () => backend.close(),
  };
}
