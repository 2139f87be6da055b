import type { Request } from 'express';
import type { AppContext } from '../app-context';
import { randomToken, sha256 } from '../security/random-token';
import type { AttemptRecord } from '../store/store';

// The attempt travels with the request from our routes into passport's callbacks and back.
const attempts = new WeakMap<Request, AttemptRecord>();

export function bindAttempt(request: Request, attempt: AttemptRecord): void {
  attempts.set(request, attempt);
}

export function attemptOf(request: Request): AttemptRecord | undefined {
  return attempts.get(request);
}

/**
 * A state outlives its attempt by this much so a late callback can still be matched to it and
 * answered "expired" (the attempt's own expiry refuses the code exchange).
 */
const lateAnswerGraceMs = 60 * 60_000;

type StoreCallback = (error: Error | null, state?: string) => void;
type VerifyCallback = (error: Error | null, ok: string | false, info?: unknown) => void;

/**
 * passport-oauth2's state store, backed by our store instead of a cookie session: `state` is a
 * random handle (only its hash is kept) bound to one attempt and its PKCE verifier, and it can be
 * read exactly once. passport picks the PKCE code path from the arity of `store` (5) — keep it.
 */
export class AttemptStateStore {
  constructor(private readonly context: AppContext) {}

  store(
    request: Request,
    verifier: string,
    _state: unknown,
    _meta: unknown,
    callback: StoreCallback,
  ): void {
    const attempt = attemptOf(request);
    if (!attempt) {
      callback(new Error('No authorization attempt is bound to this request'));
      return;
    }
    const state = randomToken();
    this.context.store
      .saveOAuthState({
        stateHash: sha256(state),
        attemptId: attempt.id,
        codeVerifier: verifier,
        expiresAt: attempt.expiresAt + lateAnswerGraceMs,
      })
      .then(
        () => callback(null, state),
        (error: Error) => callback(error),
      );
  }

  verify(request: Request, providedState: unknown, callback: VerifyCallback): void {
    this.take(request, providedState).then(
      (verifier) =>
        verifier === undefined
          ? callback(null, false, { message: 'Unknown, used or missing state' })
          : callback(null, verifier, {}),
      (error: Error) => callback(error, false),
    );
  }

  /** Consumes the state; binds its attempt to the request. Undefined for a missing, forged or replayed state. */
  async take(request: Request, providedState: unknown): Promise<string | undefined> {
    if (
      typeof providedState !== 'string' ||
      providedState.length < 20 ||
      providedState.length > 200
    )
      return undefined;
    const record = await this.context.store.takeOAuthState(
      sha256(providedState),
      this.context.clock(),
    );
    if (!record) return undefined;
    const attempt = await this.context.store.findAttempt(record.attemptId);
    // A state issued for one integration is worthless at another's callback.
    if (!attempt || attempt.integration !== request.params.integration) return undefined;
    bindAttempt(request, attempt);
    if (attempt.expiresAt <= this.context.clock()) {
      // Too late: exchange nothing, and tell the widget the attempt expired.
      await this.context.store.settleAttempt(attempt.id, 'expired', 'The sign-in took too long');
      return undefined;
    }
    return record.codeVerifier;
  }
}
