import express, { Router } from 'express';
import type { Request, Response } from 'express';
import { z } from 'zod';
import type { FaultController } from '../faults/fault-controller';
import type { OAuthOperation } from '../faults/operation-names';
import type { ClientRegistry } from './client-registry';
import { oauthFaultResponder } from './oauth-fault-responder';
import type { OAuthProfile } from './oauth-profile';
import type { Grant, OAuthStore } from './oauth-store';
import { verifyS256 } from './pkce';

export interface TokenRouterOptions {
  profile: OAuthProfile;
  store: OAuthStore;
  clients: ClientRegistry;
  clock: () => number;
  /** The sandbox's public origin as the caller reached it, for Calendly's owner URIs. */
  origin: (request: Request) => string;
  paths: { token: string; revoke: string };
  /** Fault switches for `oauth.token` and `oauth.revoke` (or rules for every operation). */
  faults: FaultController;
}

/** A parameter given twice arrives as an array: refuse it rather than guess (RFC 6749 §3.1). */
const formBody = z.record(z.string(), z.string());

function oauthError(response: Response, status: number, error: string, description: string) {
  response
    .status(status)
    .set('Cache-Control', 'no-store')
    .json({ error, error_description: description });
}

/** The token endpoint (authorization_code with PKCE, refresh_token) and the revocation endpoint. */
export function createTokenRouter(options: TokenRouterOptions): Router {
  const { profile, store, clients, clock } = options;
  const router = Router();
  const parseBody = [express.urlencoded({ extended: false }), express.json()] as const;

  const tokenResponse = (
    request: Request,
    grant: Grant,
    refreshToken: string | undefined,
    nonce?: string,
  ) => {
    const access = store.issueAccessToken(grant.id, profile.accessTokenLifetimeSeconds);
    return {
      access_token: access.token,
      token_type: 'Bearer',
      expires_in: profile.accessTokenLifetimeSeconds,
      ...(refreshToken ? { refresh_token: refreshToken } : {}),
      scope: grant.scopes.join(' '),
      ...profile.tokenResponseExtras(
        profile.account(),
        options.origin(request),
        Math.floor(clock() / 1000),
        { clientId: grant.clientId, scopes: grant.scopes, nonce },
      ),
    };
  };

  const rateLimitHeaders: Record<string, string> =
    profile.provider === 'calendly'
      ? { 'X-RateLimit-Limit': '8', 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': '60' }
      : { 'Retry-After': '1' };
  const faulted = (operation: OAuthOperation, response: Response) =>
    options.faults.intercept(
      profile.provider,
      operation,
      response,
      oauthFaultResponder(rateLimitHeaders),
    );

  router.post(options.paths.token, ...parseBody, async (request, response) => {
    if (await faulted('oauth.token', response)) return;
    const parsed = formBody.safeParse(request.body ?? {});
    if (!parsed.success) {
      oauthError(response, 400, 'invalid_request', 'Each parameter must appear once, as a string.');
      return;
    }
    const body = parsed.data;
    const auth = clients.authenticate(profile.provider, request, body);
    if (!auth.ok) {
      oauthError(
        response,
        auth.error === 'invalid_client' ? 401 : 400,
        auth.error,
        auth.error === 'invalid_client' ? profile.messages.invalidClient : auth.description,
      );
      return;
    }
    const client = auth.client;
    response.set('Pragma', 'no-cache');

    if (body.grant_type === 'authorization_code') {
      if (!body.code) {
        oauthError(response, 400, 'invalid_request', 'Missing required parameter: code');
        return;
      }
      const code = store.findCode(body.code);
      if (!code || code.clientId !== client.clientId) {
        oauthError(response, 400, 'invalid_grant', profile.messages.invalidGrant);
        return;
      }
      if (code.redeemedGrantId !== undefined) {
        // A replayed code means it leaked: revoke what it produced (RFC 6749 §4.1.2).
        if (code.redeemedGrantId) store.revokeGrant(code.redeemedGrantId);
        oauthError(response, 400, 'invalid_grant', profile.messages.invalidGrant);
        return;
      }
      // Single use from the first attempt on, whether or not the rest of it checks out.
      code.redeemedGrantId = '';
      if (store.isExpired(code)) {
        oauthError(response, 400, 'invalid_grant', profile.messages.invalidGrant);
        return;
      }
      if (body.redirect_uri !== code.redirectUri) {
        oauthError(
          response,
          400,
          profile.redirectMismatchError,
          'The redirect_uri does not match the authorization request.',
        );
        return;
      }
      if (!body.code_verifier) {
        oauthError(response, 400, 'invalid_grant', profile.messages.missingVerifier);
        return;
      }
      if (!verifyS256(body.code_verifier, code.codeChallenge)) {
        oauthError(response, 400, 'invalid_grant', profile.messages.invalidVerifier);
        return;
      }
      const grant = store.createGrant(client.clientId, code.subject, code.scopes);
      code.redeemedGrantId = grant.id;
      const refresh = code.issueRefreshToken ? store.issueRefreshToken(grant.id).token : undefined;
      response
        .set('Cache-Control', 'no-store')
        .json(tokenResponse(request, grant, refresh, code.nonce));
      return;
    }

    if (body.grant_type === 'refresh_token') {
      if (!body.refresh_token) {
        oauthError(response, 400, 'invalid_request', 'Missing required parameter: refresh_token');
        return;
      }
      const found = store.findRefreshToken(body.refresh_token);
      if (!found.ok || found.grant.clientId !== client.clientId) {
        oauthError(response, 400, 'invalid_grant', profile.messages.revokedGrant);
        return;
      }
      if (body.scope) {
        const asked = body.scope.split(/\s+/).filter(Boolean);
        if (asked.some((scope) => !found.grant.scopes.includes(scope))) {
          oauthError(
            response,
            400,
            'invalid_scope',
            'The requested scope exceeds the granted scope.',
          );
          return;
        }
      }
      let nextRefresh: string | undefined;
      if (profile.refreshTokens === 'rotate') {
        // Rotation: the refresh token just used dies; a new one comes with the new access token.
        store.deactivateRefreshToken(found.token);
        nextRefresh = store.issueRefreshToken(found.grant.id).token;
      }
      response
        .set('Cache-Control', 'no-store')
        .json(tokenResponse(request, found.grant, nextRefresh));
      return;
    }

    oauthError(
      response,
      400,
      body.grant_type ? 'unsupported_grant_type' : 'invalid_request',
      body.grant_type
        ? `Invalid grant_type: ${body.grant_type}`
        : 'Missing required parameter: grant_type',
    );
  });

  router.post(options.paths.revoke, ...parseBody, async (request, response) => {
    if (await faulted('oauth.revoke', response)) return;
    const parsed = formBody.safeParse({ ...(request.body ?? {}), ...request.query });
    if (!parsed.success) {
      oauthError(response, 400, 'invalid_request', 'Each parameter must appear once, as a string.');
      return;
    }
    const token = parsed.data.token;
    if (profile.revocation === 'google') {
      const grant = token ? store.grantOfToken(token) : undefined;
      if (!grant || grant.revoked) {
        oauthError(response, 400, 'invalid_token', 'Token expired or revoked');
        return;
      }
      store.revokeClientSubject(grant.clientId, grant.subject);
      response.status(200).json({});
      return;
    }
    const auth = clients.authenticate(profile.provider, request, parsed.data);
    if (!auth.ok) {
      oauthError(response, 401, 'invalid_client', profile.messages.invalidClient);
      return;
    }
    if (!token) {
      oauthError(response, 400, 'invalid_request', 'Missing required parameter: token');
      return;
    }
    const grant = store.grantOfToken(token);
    // RFC 7009 §2.2: an unknown or foreign token is not an error the client can act on.
    if (grant && grant.clientId === auth.client.clientId) store.revokeGrant(grant.id);
    response.status(200).json({});
  });

  return router;
}
