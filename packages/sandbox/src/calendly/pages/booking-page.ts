import express, { Router } from 'express';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { escapeHtml } from '../../http/html';
import type { SeededRandom } from '../../random';
import { isValidTimeZone } from '../../time/zoned';
import { availableStartTimes } from '../availability';
import { book } from '../book';
import type { CalendlyEventType } from '../calendly-model';
import { calendlyUrls } from '../calendly-render';
import type { CalendlyStore } from '../calendly-store';
import { formatWhen, page } from './page-layout';

export interface PagesOptions {
  store: CalendlyStore;
  clock: () => number;
  random: SeededRandom;
  origin: (request: Request) => string;
}

const bookingForm = z.object({
  start: z.coerce.number().int(),
  name: z.string().trim().min(1, 'Enter your name'),
  email: z.string().trim().email('Enter a valid email'),
  timezone: z.string().refine(isValidTimeZone).optional(),
  answer: z.string().optional(),
});

/** How far ahead the booking page offers times. */
const horizonMs = 7 * 86_400_000;

/**
 * The booking pages a `scheduling_url` or a single-use `booking_url` opens: open times for the
 * next week and a name/email form; booking writes the same store the API reads.
 */
export function createBookingPages(options: PagesOptions): Router {
  const router = Router();
  const { store, clock } = options;
  const form = express.urlencoded({ extended: false });

  const typeBySlug = (slug: string) =>
    [...store.eventTypes.values()].find((type) => type.slug === slug);

  const render = (response: Response, type: CalendlyEventType, action: string, error?: string) => {
    const zone = store.account.timezone;
    const slots = availableStartTimes(store, type, clock(), clock() + horizonMs, clock());
    const question = type.customQuestions.find((item) => item.required);
    const options = slots
      .map(
        (slot, index) =>
          `<label><input type="radio" name="start" value="${slot}"${index === 0 ? ' checked' : ''}> ${escapeHtml(formatWhen(slot, zone))}</label>`,
      )
      .join('\n');
    response
      .status(error ? 400 : 200)
      .type('html')
      .send(
        page(
          type.name,
          `<h1>${escapeHtml(type.name)}</h1>
<p>${escapeHtml(store.account.name)} · ${type.durationMinutes} min</p>
${error ? `<p role="alert">${escapeHtml(error)}</p>` : ''}
${
  slots.length === 0
    ? '<p>No open times in the next seven days.</p>'
    : `<form method="post" action="${escapeHtml(action)}">
<fieldset><legend>Pick a time</legend>${options}</fieldset>
<label>Name <input type="text" name="name" required></label>
<label>Email <input type="email" name="email" required></label>
${question ? `<label>${escapeHtml(question.name)} <textarea name="answer" required></textarea></label>` : ''}
<button type="submit">Schedule Event</button>
</form>`
}`,
        ),
      );
  };

  const submit = (
    request: Request,
    response: Response,
    type: CalendlyEventType,
    action: string,
  ): boolean => {
    const parsed = bookingForm.safeParse(request.body ?? {});
    if (!parsed.success) {
      render(response, type, action, parsed.error.issues[0]?.message ?? 'Check the form');
      return false;
    }
    const question = type.customQuestions.find((item) => item.required);
    const result = book(
      store,
      {
        type,
        start: parsed.data.start,
        name: parsed.data.name,
        firstName: null,
        lastName: null,
        email: parsed.data.email,
        timezone: parsed.data.timezone ?? store.account.timezone,
        textReminderNumber: null,
        questionsAndAnswers:
          question && parsed.data.answer
            ? [{ question: question.name, answer: parsed.data.answer, position: question.position }]
            : [],
        guests: [],
      },
      clock(),
      options.random,
    );
    if (!result.ok) {
      render(response, type, action, result.message);
      return false;
    }
    const urls = calendlyUrls(options.origin(request), store.account);
    response.type('html').send(
      page(
        'Confirmed',
        `<h1>You are scheduled</h1>
<p>${escapeHtml(type.name)} with ${escapeHtml(store.account.name)}</p>
<p>${escapeHtml(formatWhen(result.event.start, store.account.timezone))}</p>
<p><a href="${escapeHtml(urls.reschedule(result.invitee.uuid))}">Reschedule</a> · <a href="${escapeHtml(urls.cancel(result.invitee.uuid))}">Cancel</a></p>`,
      ),
    );
    return true;
  };

  router.get('/d/:code/:typeSlug', (request, response) => {
    const link = store.schedulingLinks.get(request.params.code);
    const type = link && store.eventTypes.get(link.eventTypeUuid);
    if (!link || !type || type.slug !== request.params.typeSlug) {
      response
        .status(404)
        .type('html')
        .send(page('Not found', '<h1>This page does not exist</h1>'));
      return;
    }
    if (link.bookings >= link.maxEventCount) {
      response
        .status(410)
        .type('html')
        .send(page('Link used', '<h1>This link has already been used</h1>'));
      return;
    }
    render(response, type, request.originalUrl);
  });
  router.post('/d/:code/:typeSlug', form, (request, response) => {
    const link = store.schedulingLinks.get(request.params.code);
    const type = link && store.eventTypes.get(link.eventTypeUuid);
    if (!link || !type || link.bookings >= link.maxEventCount) {
      response
        .status(410)
        .type('html')
        .send(page('Link used', '<h1>This link has already been used</h1>'));
      return;
    }
    if (submit(request, response, type, request.originalUrl)) link.bookings += 1;
  });

  router.get('/:userSlug/:typeSlug', (request, response, next) => {
    const type =
      request.params.userSlug === store.account.slug
        ? typeBySlug(request.params.typeSlug)
        : undefined;
    if (!type?.active) {
      next();
      return;
    }
    render(response, type, request.originalUrl);
  });
  router.post('/:userSlug/:typeSlug', form, (request, response, next) => {
    const type =
      request.params.userSlug === store.account.slug
        ? typeBySlug(request.params.typeSlug)
        : undefined;
    if (!type?.active) {
      next();
      return;
    }
    submit(request, response, type, request.originalUrl);
  });
  return router;
}
