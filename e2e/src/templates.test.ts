/**
 * Each of the ten templates end to end in Chromium: the widget, the real dialog engine and
 * templates, the real proxy and the sandbox's emulated Google Calendar and Calendly. Every test
 * is a new visitor (own browser context, own session), so each connects in the popup first.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { visitorPerTest } from './browser';
import { chat } from './chat-page';
import type { ChatPage } from './chat-page';

let page: Page;
let widget: ChatPage;

visitorPerTest({ timezoneId: 'Europe/Berlin', locale: 'en-GB' }, async (visitor) => {
  ({ page } = visitor);
  await page.goto(`${inject('proxyUrl')}/plain.html`);
  widget = chat(page);
  await widget.open();
});

/** Allows access in the popup when the latest reply asks for it. */
async function allowIfAsked(integration: 'Google Calendar' | 'Calendly') {
  const connect = widget.lastBot().getByRole('button', { name: `Connect ${integration}` });
  if ((await connect.count()) === 0) return;
  const [popup] = await Promise.all([page.waitForEvent('popup'), connect.click()]);
  await popup.getByRole('button', { name: 'Allow' }).click();
}

/** Sends a prompt, waits for the reply, and connects when the chat asks for it. */
async function ask(prompt: string, integration: 'Google Calendar' | 'Calendly') {
  const before = await widget.log.locator('li.bubble').count();
  await widget.send(prompt);
  await widget.log
    .locator('li.bubble')
    .nth(before + 1)
    .waitFor();
  await allowIfAsked(integration);
}

/** Calls the proxy as this visitor's widget would (its session token is in localStorage). */
async function operation(operationId: string, params: unknown): Promise<unknown> {
  return page.evaluate(
    async ({ operationId, params, origin }) => {
      const token = localStorage.getItem(`slotchat:${origin}:default:session`);
      const response = await fetch(`/api/operations/${operationId}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ params }),
      });
      return ((await response.json()) as { data: unknown }).data;
    },
    { operationId, params, origin: new URL(inject('proxyUrl')).origin },
  );
}

async function firstCalendlyEventUri(): Promise<string> {
  const me = (await operation('calendly:users.me', {})) as { resource: { uri: string } };
  const events = (await operation('calendly:scheduled_events.list', {
    user: me.resource.uri,
    status: 'active',
  })) as { collection: { uri: string }[] };
  const uri = events.collection[0]?.uri;
  if (!uri) throw new Error('the sandbox has no scheduled Calendly event');
  return uri;
}

describe('the ten templates through the widget', () => {
  it('google-calendar.get-event', async () => {
    await ask('what is event abc123?', 'Google Calendar');
    await widget.eventCard('Design review').waitFor();
  });

  it('google-calendar.create-event: confirmation, then the created event', async () => {
    await ask('create a 30 minute meeting called Planning tomorrow at 10am', 'Google Calendar');
    const confirmation = widget.log.getByRole('region', { name: 'Create this event?' });
    await confirmation.waitFor();
    const before = await widget.log.locator('li.bubble').count();
    await confirmation.getByRole('button', { name: 'Yes' }).click();
    // A new visitor is asked to connect only when something is about to be written.
    await widget.log
      .locator('li.bubble')
      .nth(before + 1)
      .waitFor();
    await allowIfAsked('Google Calendar');
    await widget.eventCard('Planning').waitFor();
  });

  it('google-calendar.busy-by-range: a timeline with its text equivalent', async () => {
    await ask('when am I busy from Monday to Friday?', 'Google Calendar');
    const times = widget.log
      .locator('section.busy-timeline')
      .getByRole('list', { name: 'Busy times' });
    await times.first().waitFor();
    expect(await times.first().getByRole('listitem').count()).toBeGreaterThan(0);
  });

  it('google-calendar.busy-by-named-range', async () => {
    await ask('what am I busy with next week?', 'Google Calendar');
    await widget.log.locator('section.busy-timeline').waitFor();
  });

  it('google-calendar.events-by-attendee', async () => {
    await ask('show meetings with priya.natarajan@example.com next week', 'Google Calendar');
    const list = widget.log.locator('section.event-list');
    await list.waitFor();
    await list.getByText('1:1 Priya / Avery').first().waitFor();
  });

  it('calendly.list-events', async () => {
    await ask('list my Calendly events', 'Calendly');
    const list = widget.log.locator('section.event-list');
    await list.waitFor();
    expect(await list.locator('li').count()).toBeGreaterThan(0);
  });

  it('calendly.list-events-by-named-range', async () => {
    await ask('what Calendly events do I have next week?', 'Calendly');
    await widget.log.locator('section.event-list').waitFor();
  });

  it('calendly.get-event and calendly.get-invitees by the event URI', async () => {
    await ask('list my Calendly events', 'Calendly');
    await widget.log.locator('section.event-list').waitFor();
    const uri = await firstCalendlyEventUri();
    await widget.send(`show Calendly event ${uri}`);
    await widget.log.locator('article.event-card').waitFor();
    await widget.send(`who is invited to ${uri}?`);
    await widget.log.locator('section.invitees').waitFor();
  });

  it('calendly.schedule: type, time, name, email, confirm, booking with .ics', async () => {
    await ask('book an appointment', 'Calendly');
    const types = widget.log.locator('ul.event-types').last();
    await types.waitFor();
    await types.getByRole('button').first().click();
    const slots = widget.log.locator('section.time-slots').last();
    await slots.waitFor();
    await slots.getByRole('button').first().click();
    await widget.lastBot().getByText(/name/i).waitFor();
    await widget.send('Ana Lopez');
    await widget.lastBot().getByText(/email/i).waitFor();
    await widget.send('ana@example.com');
    const confirmation = widget.log.locator('section.confirmation').last();
    await confirmation.waitFor();
    await confirmation.getByRole('button', { name: 'Yes' }).click();
    const booking = widget.log.locator('section.booking');
    await booking.waitFor();
    await booking.getByRole('link', { name: 'Add to calendar (.ics)' }).waitFor();
  });
});
