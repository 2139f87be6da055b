import type { Response } from 'express';

export interface CalendlyErrorDetail {
  parameter?: string;
  message: string;
}

/** Calendly's error body: `{title, message, details?}` (provider-apis.md §2). */
export class CalendlyApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    message: string,
    readonly details?: CalendlyErrorDetail[],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  send(response: Response): void {
    response
      .status(this.status)
      .set(this.headers)
      .json({
        title: this.title,
        message: this.message,
        ...(this.details ? { details: this.details } : {}),
      });
  }
}

export const calendlyErrors = {
  unauthenticated: () =>
    new CalendlyApiError(401, 'Unauthenticated', 'The access token is invalid'),
  expired: () => new CalendlyApiError(401, 'Unauthenticated', 'The access token expired'),
  permissionDenied: (message = 'You do not have permission') =>
    new CalendlyApiError(403, 'Permission Denied', message),
  notFound: () =>
    new CalendlyApiError(
      404,
      'Resource Not Found',
      'The server could not find the requested resource.',
    ),
  invalidArgument: (
    details: CalendlyErrorDetail[],
    message = 'The supplied parameters are invalid.',
  ) => new CalendlyApiError(400, 'Invalid Argument', message, details),
  tooManyRequests: (headers: Record<string, string>) =>
    new CalendlyApiError(
      429,
      'Too Many Requests',
      'You have exceeded the rate limit. Try again later.',
      undefined,
      headers,
    ),
  internal: () =>
    new CalendlyApiError(
      500,
      'Internal Server Error',
      'The server encountered an unexpected condition that prevented it from fulfilling the request.',
    ),
  unavailable: () =>
    new CalendlyApiError(
      503,
      'Service Unavailable',
      'The service is temporarily unavailable. Try again later.',
    ),
};
