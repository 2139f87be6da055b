import type { Request, RequestHandler } from 'express';
import { Passport, type AuthenticateOptions, type PassportStatic } from 'passport';
import OAuth2Strategy from 'passport-oauth2';
import type { IntegrationId } from '@slotchat/integrations';
import type { AppContext } from '../app-context';
import type { IntegrationProfile } from '../config/config-types';
import type { AttemptStateStore } from './attempt-state-store';
import type { TokenSet } from './token-client';

type CodeExchange = (
  code: string,
  params: Record<string, string>,
  callback: (
    error: Error | null,
    accessToken?: string,
    refreshToken?: string,
    results?: TokenSet,
  ) => void,
) => void;

export type VerifiedTokens = (request: Request, tokens: TokenSet) => Promise<unknown>;

/**
 * passport-oauth2 for one integration's profile: `state` on (our one-time store), PKCE S256,
 * the profile's extra authorize parameters, and the code exchange done by our TokenClient
 * (passport's bundled client cannot do HTTP Basic client auth, time out, or be injected).
 */
class ProfileStrategy extends OAuth2Strategy {
  constructor(
    private readonly profile: IntegrationProfile,
    context: AppContext,
    stateStore: AttemptStateStore,
    verified: VerifiedTokens,
  ) {
    super(
      {
        authorizationURL: profile.authorizationUrl,
        tokenURL: profile.tokenUrl,
        clientID: profile.clientId,
        clientSecret: profile.clientSecret,
        callbackURL: profile.redirectUri,
        scope: [...profile.scopes],
        scopeSeparator: ' ',
        state: true,
        pkce: true,
        store: stateStore as unknown as OAuth2Strategy.StateStore,
        skipUserProfile: true,
        passReqToCallback: true,
      },
      (
        request: Request,
        _access: string,
        _refresh: string,
        tokens: TokenSet,
        _profile: unknown,
        done: OAuth2Strategy.VerifyCallback,
      ) => {
        verified(request, tokens).then((result) => done(null, result as Express.User), done);
      },
    );
    this.name = profile.id;
    // This replaces a private method of passport-oauth2, so the package is pinned exactly in
    // package.json; integration-routes.test.ts fails if an upgrade stops calling it (the token
    // request would lose its HTTP Basic header). node-oauth's callback contract:
    // (error | null, access, refresh, raw results).
    (this._oauth2 as unknown as { getOAuthAccessToken: CodeExchange }).getOAuthAccessToken = (
      code: string,
      params: Record<string, string>,
      callback: (
        error: Error | null,
        accessToken?: string,
        refreshToken?: string,
        results?: TokenSet,
      ) => void,
    ) => {
      context.tokenClient
        .exchangeCode(profile, {
          code,
          codeVerifier: params.code_verifier,
          redirectUri: profile.redirectUri,
        })
        .then(
          (tokens) => callback(null, tokens.accessToken, tokens.refreshToken ?? undefined, tokens),
          (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
        );
    };
  }

  override authorizationParams(): object {
    return { ...this.profile.authorizationParams };
  }
}

export type Authenticate = (
  integration: IntegrationId,
  options: AuthenticateOptions,
  callback?: (...args: never[]) => void,
) => Promise<RequestHandler>;

/**
 * Passport's `authenticate` for one integration, built for each request from the profile as it
 * stands then (a Passport instance, not the global singleton): the admin console can change
 * client, URLs or scopes without a restart.
 */
export function createAuthenticator(
  context: AppContext,
  stateStore: AttemptStateStore,
  verified: VerifiedTokens,
): Authenticate {
  return async (integration, options, callback) => {
    const passport = new Passport() as PassportStatic;
    const profile = await context.profile(integration);
    passport.use(integration, new ProfileStrategy(profile, context, stateStore, verified));
    return passport.authenticate(integration, options, callback) as RequestHandler;
  };
}
