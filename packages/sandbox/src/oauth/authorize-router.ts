import express, { Router } from 'express';
import type { Response } from 'express';
import { z } from 'zod';
import { renderConsentPage, renderOAuthErrorPage } from './consent-page';
import type { ClientRegistry } from './client-registry';
import type { OAuthProfile } from './oauth-profile';
import type { OAuthStore } from './oauth-store';
import { isWellFormedPkceValue } from './pkce';

export interface AuthorizeRouterOptions {
  profile: OAuthProfile;
  store: OAuthStore;
  clients: ClientRegistry;
  clock: () => number;
  /** Path of the authorize endpoint inside the router; the consent form posts to `${path}/consent`. */
  path: string;
}

const single = z.string().optional();
const authorizeQuery = z.object({
  client_id: single,
  redirect_uri: single,
  response_type: single,
  scope: single,
  state: single,
  code_challenge: single,
  code_challenge_method: single,
  access_type: single,
  prompt: single,
  include_granted_scopes: single,
  nonce: single,
});

const consentForm = z.object({
  consent_id: z.string().min(1),
  decision: z.enum(['allow', 'deny']),
  scope: z.union([z.string(), z.array(z.string())]).optional(),
});

/** A consent screen left open longer than this must be started again. */
const consentLifetimeMs = 10 * 60 * 1000;

function redirectWith(
  response: Response,
  redirectUri: string,
  params: Record<string, string | undefined>,
) {
  const target = new URL(redirectUri);
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined) target.searchParams.set(key, value);
  }
  response.redirect(302, target.toString());
}

/**
 * The authorization endpoint (RFC 6749 §4.1.1 with PKCE): validates the request, shows the consent
 * page, and on Allow redirects with a single-use code; on Deny with `error=access_denied`.
 */
export function createAuthorizeRouter({
  profile,
  store,
  clients,
  clock,
  path,
}: AuthorizeRouterOptions): Router {
  const router = Router();
  const errorPage = (response: Response, status: number, error: string, description: string) =>
    response
      .status(status)
      .type('html')
      .send(renderOAuthErrorPage(profile.brand, error, description));

  router.get(path, (request, response) => {
    const parsed = authorizeQuery.safeParse(request.query);
    if (!parsed.success) {
      errorPage(response, 400, 'invalid_request', 'Each parameter may appear only once.');
      return;
    }
    const query = parsed.data;
    const client = clients.find(profile.provider, query.client_id);
    if (!client) {
      errorPage(response, 401, 'invalid_client', 'The OAuth client was not found.');
      return;
    }
    // Never redirect to a URI that is not registered exactly: that would leak codes.
    if (!query.redirect_uri || !client.redirectUris.includes(query.redirect_uri)) {
      errorPage(
        response,
        400,
        'redirect_uri_mismatch',
        `The redirect URI in the request, ${query.redirect_uri ?? '(none)'}, does not match the ones authorized for the OAuth client.`,
      );
      return;
    }
    const redirectUri = query.redirect_uri;
    const fail = (error: string, description: string) =>
      redirectWith(response, redirectUri, {
        error,
        error_description: description,
        state: query.state,
      });

    if (query.response_type !== 'code') {
      fail('unsupported_response_type', 'Only response_type=code is supported.');
      return;
    }
    const requested = query.scope?.split(/[\s+]+/).filter(Boolean) ?? [];
    if (requested.length === 0 && !profile.defaultScopes) {
      fail('invalid_request', 'Missing required parameter: scope');
      return;
    }
    const unknown = requested.filter((scope) => !(scope in profile.scopes));
    if (unknown.length > 0) {
      fail('invalid_scope', `Some requested scopes were invalid: ${unknown.join(' ')}`);
      return;
    }
    if (!query.code_challenge) {
      fail(
        'invalid_request',
        'Missing required parameter: code_challenge (PKCE S256 is required).',
      );
      return;
    }
    if (query.code_challenge_method !== 'S256') {
      fail('invalid_request', 'code_challenge_method must be S256; plain is not allowed.');
      return;
    }
    if (!isWellFormedPkceValue(query.code_challenge)) {
      fail('invalid_request', 'Invalid code_challenge.');
      return;
    }
    const scopes =
      requested.length > 0 ? [...new Set(requested)] : [...(profile.defaultScopes ?? [])];
    const pending = store.addPending({
      clientId: client.clientId,
      redirectUri,
      scopes,
      state: query.state,
      codeChallenge: query.code_challenge,
      offline: query.access_type === 'offline',
      forceConsent: query.prompt?.split(' ').includes('consent') ?? false,
      includeGrantedScopes: query.include_granted_scopes === 'true',
      nonce: query.nonce,
      expiresAt: clock() + consentLifetimeMs,
    });
    response
      .type('html')
      .set('Cache-Control', 'no-store')
      .send(
        renderConsentPage({
          brand: profile.brand,
          appName: client.name ?? client.clientId,
          account: profile.account(),
          scopes: scopes.map((scope) => ({ scope, description: profile.scopes[scope] ?? scope })),
          scopesSelectable: profile.scopesSelectable,
          consentId: pending.id,
          action: `${request.baseUrl}${path}/consent`,
        }),
      );
  });

  router.post(`${path}/consent`, express.urlencoded({ extended: false }), (request, response) => {
    const parsed = consentForm.safeParse(request.body);
    if (!parsed.success) {
      errorPage(response, 400, 'invalid_request', 'The consent form was incomplete.');
      return;
    }
    const pending = store.takePending(parsed.data.consent_id);
    if (!pending) {
      errorPage(
        response,
        400,
        'invalid_request',
        'This sign-in request has expired or was already answered. Start again.',
      );
      return;
    }
    const account = profile.account();
    const chosen = [parsed.data.scope ?? []].flat();
    const granted = profile.scopesSelectable
      ? pending.scopes.filter((scope) => chosen.includes(scope))
      : pending.scopes;
    if (parsed.data.decision === 'deny' || granted.length === 0) {
      redirectWith(response, pending.redirectUri, { error: 'access_denied', state: pending.state });
      return;
    }
    const scopes = pending.includeGrantedScopes
      ? [...new Set([...store.grantedScopes(pending.clientId, account.subject), ...granted])]
      : granted;
    const issueRefreshToken =
      profile.refreshTokens === 'rotate' ||
      (pending.offline &&
        (pending.forceConsent || !store.hasLiveRefreshToken(pending.clientId, account.subject)));
    const code = store.issueCode({
      clientId: pending.clientId,
      subject: account.subject,
      redirectUri: pending.redirectUri,
      scopes,
      codeChallenge: pending.codeChallenge,
      issueRefreshToken,
      nonce: pending.nonce,
      expiresAt: clock() + profile.codeLifetimeSeconds * 1000,
    });
    redirectWith(response, pending.redirectUri, {
      code,
      state: pending.state,
      ...(profile.provider === 'google' ? { scope: scopes.join(' ') } : {}),
    });
  });

  return router;
}
