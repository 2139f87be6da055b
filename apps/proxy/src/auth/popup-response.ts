import type { Response } from 'express';
import type { AttemptStatusValue } from '@slotchat/integrations';
import type { AppContext } from '../app-context';
import type { AttemptRecord } from '../store/store';
import { renderCallbackPage, type CallbackPage } from './callback-page';

export function sendPage(
  response: Response,
  status: number,
  page: CallbackPage,
  // The URL carries the code and state: no Referer to anything the page might load. A page
  // with a form needs `same-origin`, or browsers post it with `Origin: null`.
  referrerPolicy: 'no-referrer' | 'same-origin' = 'no-referrer',
): void {
  response
    .status(status)
    .set({
      'content-security-policy': page.contentSecurityPolicy,
      // The popup must keep its opener (the widget on another origin) to post the result.
      'cross-origin-opener-policy': 'unsafe-none',
      'cache-control': 'no-store',
      'referrer-policy': referrerPolicy,
    })
    .type('html')
    .send(page.html);
}

/** A page for a request that belongs to no attempt we know: nobody is told anything. */
export function sendNotice(response: Response, status: number, headline: string): void {
  // Nothing was connected and nothing changed: a fresh Connect starts over cleanly.
  const nextStep = 'Close this window, then choose Connect in the chat to sign in again.';
  sendPage(
    response,
    status,
    renderCallbackPage({ headline, nextStep, message: null, target: null }),
  );
}

/**
 * The outcome of an attempt: a visitor's popup posts it to the attempt's embedding origin and
 * closes. The owner's (admin console or demo page, both on the proxy's own origin) posts it
 * there and closes too; opened by hand from the CLI, it stays, with a way to the console.
 */
export function sendResult(
  context: AppContext,
  response: Response,
  attempt: AttemptRecord,
  status: AttemptStatusValue,
  httpStatus = 200,
): void {
  const message = {
    type: 'slotchat:auth-result' as const,
    attemptId: attempt.id,
    integration: attempt.integration,
    status,
  };
  if (attempt.kind === 'visitor') {
    sendPage(response, httpStatus, renderCallbackPage({ message, target: attempt.origin }));
    return;
  }
  const link = context.config.adminSecret
    ? { href: `${context.config.publicUrl}/admin`, text: 'Open the admin console' }
    : undefined;
  sendPage(
    response,
    httpStatus,
    renderCallbackPage({ message, target: attempt.origin, ...(link ? { link } : {}) }),
  );
}
