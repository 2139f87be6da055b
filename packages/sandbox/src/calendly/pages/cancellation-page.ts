import express, { Router } from 'express';
import type { Response } from 'express';
import { z } from 'zod';
import { escapeHtml } from '../../http/html';
import type { CalendlyInvitee } from '../calendly-model';
import { formatWhen, page } from './page-layout';
import type { PagesOptions } from './booking-page';

const cancelForm = z.object({ reason: z.string().max(10_000).optional() });

/**
 * The invitee's `cancel_url` and `reschedule_url`: cancelling here marks the invitee and the
 * event canceled, which every later API read shows. Rescheduling cancels the old time and links
 * to the booking page (Calendly swaps the two in one step; the sandbox takes two).
 */
export function createCancellationPages({ store, clock }: Omit<PagesOptions, 'random'>): Router {
  const router = Router();

  const load = (uuid: string) => {
    const invitee = store.invitees.get(uuid);
    const event = invitee && store.events.get(invitee.eventUuid);
    return invitee && event ? { invitee, event } : undefined;
  };
  const notFound = (response: Response) =>
    response.status(404).type('html').send(page('Not found', '<h1>This page does not exist</h1>'));
  const summary = (invitee: CalendlyInvitee) => {
    const event = store.events.get(invitee.eventUuid);
    return event
      ? `<p>${escapeHtml(event.name)} with ${escapeHtml(store.account.name)}, ${escapeHtml(formatWhen(event.start, store.account.timezone))}</p>`
      : '';
  };

  const cancel = (invitee: CalendlyInvitee, reason: string | null) => {
    const found = load(invitee.uuid);
    if (!found) return;
    const cancellation = {
      canceledBy: invitee.name,
      reason,
      cancelerType: 'invitee' as const,
      createdAt: clock(),
    };
    Object.assign(found.invitee, { status: 'canceled', cancellation, updatedAt: clock() });
    // A one-on-one event is canceled with its invitee; a group event once nobody is left in it.
    const stillComing = store
      .inviteesOf(found.event.uuid)
      .some((other) => other.status === 'active');
    if (stillComing) Object.assign(found.event, { updatedAt: clock() });
    else Object.assign(found.event, { status: 'canceled', cancellation, updatedAt: clock() });
  };

  for (const kind of ['cancellations', 'reschedulings'] as const) {
    const verb = kind === 'cancellations' ? 'Cancel' : 'Reschedule';
    router.get(`/${kind}/:uuid`, (request, response) => {
      const found = load(request.params.uuid);
      if (!found) {
        notFound(response);
        return;
      }
      if (found.invitee.status === 'canceled') {
        response
          .type('html')
          .send(page('Canceled', `<h1>This event was canceled</h1>${summary(found.invitee)}`));
        return;
      }
      response.type('html').send(
        page(
          `${verb} event`,
          `<h1>${verb} event</h1>${summary(found.invitee)}
<form method="post">
<label>Reason <textarea name="reason"></textarea></label>
<button type="submit">${kind === 'cancellations' ? 'Cancel Event' : 'Cancel and pick a new time'}</button>
</form>`,
        ),
      );
    });
    router.post(`/${kind}/:uuid`, express.urlencoded({ extended: false }), (request, response) => {
      const found = load(request.params.uuid);
      if (!found) {
        notFound(response);
        return;
      }
      const parsed = cancelForm.safeParse(request.body ?? {});
      if (found.invitee.status === 'active')
        cancel(found.invitee, parsed.success ? parsed.data.reason?.trim() || null : null);
      const type = store.eventTypes.get(found.event.eventTypeUuid);
      const next =
        kind === 'reschedulings' && type
          ? `<p><a href="../${store.account.slug}/${type.slug}">Pick a new time</a></p>`
          : '';
      response
        .type('html')
        .send(page('Canceled', `<h1>Cancellation confirmed</h1>${summary(found.invitee)}${next}`));
    });
  }
  return router;
}
