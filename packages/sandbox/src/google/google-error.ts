import type { Response } from 'express';

/** One entry of Google's `error.errors[]`. */
export interface GoogleErrorItem {
  domain: string;
  reason: string;
  message: string;
  locationType?: string;
  location?: string;
}

export interface GoogleErrorBody {
  error: {
    code: number;
    message: string;
    errors: GoogleErrorItem[];
    status?: string;
    details?: unknown[];
  };
}

const statusNames: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  409: 'ALREADY_EXISTS',
  410: 'FAILED_PRECONDITION',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  503: 'UNAVAILABLE',
};

/** A Google API error: `{error: {code, message, errors: [{domain, reason, message, …}], status}}`. */
export class GoogleApiError extends Error {
  constructor(
    readonly status: number,
    readonly item: GoogleErrorItem,
    readonly topMessage: string = item.message,
    readonly extra: { details?: unknown[]; headers?: Record<string, string> } = {},
  ) {
    super(topMessage);
  }

  body(): GoogleErrorBody {
    const status = statusNames[this.status];
    return {
      error: {
        code: this.status,
        message: this.topMessage,
        errors: [this.item],
        ...(status ? { status } : {}),
        ...(this.extra.details ? { details: this.extra.details } : {}),
      },
    };
  }

  send(response: Response): void {
    response
      .status(this.status)
      .set(this.extra.headers ?? {})
      .json(this.body());
  }
}

/** The errors the emulated Calendar API returns, with Google's reasons and messages. */
export const googleErrors = {
  loginRequired: () =>
    new GoogleApiError(
      401,
      {
        domain: 'global',
        reason: 'required',
        message: 'Login Required.',
        locationType: 'header',
        location: 'Authorization',
      },
      'Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.',
      { headers: { 'WWW-Authenticate': 'Bearer realm="https://accounts.google.com/"' } },
    ),
  invalidCredentials: () =>
    new GoogleApiError(
      401,
      {
        domain: 'global',
        reason: 'authError',
        message: 'Invalid Credentials',
        locationType: 'header',
        location: 'Authorization',
      },
      'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.',
      {
        headers: {
          'WWW-Authenticate': 'Bearer realm="https://accounts.google.com/", error="invalid_token"',
        },
      },
    ),
  insufficientPermissions: (method: string) =>
    new GoogleApiError(
      403,
      { domain: 'global', reason: 'insufficientPermissions', message: 'Insufficient Permission' },
      'Request had insufficient authentication scopes.',
      {
        details: [
          {
            '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
            reason: 'ACCESS_TOKEN_SCOPE_INSUFFICIENT',
            domain: 'googleapis.com',
            metadata: { service: 'calendar-json.googleapis.com', method },
          },
        ],
        headers: {
          'WWW-Authenticate':
            'Bearer realm="https://accounts.google.com/", error="insufficient_scope"',
        },
      },
    ),
  notFound: () =>
    new GoogleApiError(404, { domain: 'global', reason: 'notFound', message: 'Not Found' }),
  duplicate: () =>
    new GoogleApiError(409, {
      domain: 'global',
      reason: 'duplicate',
      message: 'The requested identifier already exists.',
    }),
  invalidParameter: (location: string, message = 'Invalid Value') =>
    new GoogleApiError(400, {
      domain: 'global',
      reason: 'invalid',
      message,
      locationType: 'parameter',
      location,
    }),
  invalidField: (message: string) =>
    new GoogleApiError(400, { domain: 'global', reason: 'invalid', message }),
  required: (message: string) =>
    new GoogleApiError(400, { domain: 'global', reason: 'required', message }),
  badRequest: (message: string) =>
    new GoogleApiError(400, { domain: 'global', reason: 'badRequest', message }),
  timeRangeEmpty: () =>
    new GoogleApiError(400, {
      domain: 'calendar',
      reason: 'timeRangeEmpty',
      message: 'The specified time range is empty.',
      locationType: 'parameter',
      location: 'timeMax',
    }),
  /**
   * A body field the resource does not have, in the words of Google's JSON front end (the same
   * front end that answers `Invalid JSON payload received` for bodies that are not JSON).
   */
  unknownField: (name: string, at: string | undefined) => {
    const message = `Invalid JSON payload received. Unknown name "${name}"${at ? ` at '${at}'` : ''}: Cannot find field.`;
    return new GoogleApiError(400, { domain: 'global', reason: 'invalid', message }, message);
  },
  parseError: () =>
    new GoogleApiError(400, { domain: 'global', reason: 'parseError', message: 'Parse Error' }),
  rateLimit403: () =>
    new GoogleApiError(403, {
      domain: 'usageLimits',
      reason: 'rateLimitExceeded',
      message: 'Rate Limit Exceeded',
    }),
  rateLimit429: () =>
    new GoogleApiError(
      429,
      { domain: 'usageLimits', reason: 'rateLimitExceeded', message: 'Rate Limit Exceeded' },
      'Rate Limit Exceeded',
      { headers: { 'Retry-After': '1' } },
    ),
  backendError: () =>
    new GoogleApiError(500, { domain: 'global', reason: 'backendError', message: 'Backend Error' }),
  unavailable: () =>
    new GoogleApiError(503, {
      domain: 'global',
      reason: 'backendError',
      message: 'The service is currently unavailable.',
    }),
};
