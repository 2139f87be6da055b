/**
 * The demo landing page as a newcomer uses it: each of its ten example prompts, clicked in turn,
 * reaches a real answer from the sandbox — a card, not a question back. One visitor clicks them
 * all (connecting each provider once, when first asked), in the page's order.
 */
import { seededCalendlyEvents } from '@slotchat/sandbox/seeded-events';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser';
import type { Browser } from './browser';
import { artifactPath } from './artifacts';
import { chat } from './chat-page';
import type { ChatPage } from './chat-page';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let widget: ChatPage;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    timezoneId: 'Europe/Berlin',
    locale: 'en-GB',
  });
  page = await context.newPage();
  await page.goto(inject('proxyUrl'));
  widget = chat(page);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

/** What each example must end with, by the template it shows; `answer` gets the reply bubble. */
const answers: Record<string, (reply: Locator) => Promise<unknown>> = {
  'Google Calendar — get an event': (reply) =>
    reply.getByRole('article', { name: 'Design review' }).waitFor(),
  'Google Calendar — create an event': async (reply) => {
    await reply.getByRole('region', { name: 'Create this event?' }).waitFor();
    await reply.getByRole('button', { name: 'Yes' }).click();
    await widget.log.getByRole('article', { name: 'Planning' }).waitFor();
  },
  'Google Calendar — busy between dates': (reply) =>
    reply.locator('section.busy-timeline').getByRole('listitem').first().waitFor(),
  'Google Calendar — busy in a named range': (reply) =>
    reply.locator('section.busy-timeline').getByRole('listitem').first().waitFor(),
  'Google Calendar — events with someone': (reply) =>
    reply.locator('section.event-list').getByText('1:1 Priya / Avery').first().waitFor(),
  'Calendly — scheduled events': (reply) =>
    reply.locator('section.event-list li').first().waitFor(),
  'Calendly — invitees of an event': async (reply) => {
    await pickEvent(reply, seededCalendlyEvents.consultation);
    await widget.lastBot().locator('section.invitees li').first().waitFor();
  },
  'Calendly — one event': async (reply) => {
    await pickEvent(reply, seededCalendlyEvents.introCall);
    await widget.lastBot().getByRole('article', { name: '15 Minute Intro Call' }).waitFor();
  },
  'Calendly — events in a named range': (reply) =>
    reply.locator('section.event-list li').first().waitFor(),
  'Calendly — book an appointment': (reply) =>
    reply.locator('ul.event-types button').first().waitFor(),
};

/**
 * Asked about "my Calendly event", the chat offers the next scheduled events as buttons. The one
 * pressed is the seeded event with the fixed id (others may have been booked by earlier tests):
 * its name and start, read from the proxy as this visitor, say which button it is, and pressing
 * it must look up that very event.
 */
async function pickEvent(reply: Locator, eventId: string) {
  const label = await page.evaluate(
    async ({ eventId, origin }) => {
      const token = localStorage.getItem(`slotchat:${origin}:default:session`);
      const response = await fetch('/api/operations/calendly:scheduled_events.get', {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ params: { uuid: eventId } }),
      });
      const { data } = (await response.json()) as {
        data: { resource: { name: string; start_time: string } };
      };
      const when = new Intl.DateTimeFormat('en-GB', {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        hour: 'numeric',
        minute: '2-digit',
        timeZone: 'Europe/Berlin',
      }).format(new Date(data.resource.start_time));
      return `${data.resource.name}, ${when}`;
    },
    { eventId, origin: new URL(inject('proxyUrl')).origin },
  );
  const [request] = await Promise.all([
    page.waitForRequest((request) =>
      decodeURIComponent(request.url()).endsWith('/api/operations/calendly:scheduled_events.get'),
    ),
    reply.getByRole('button', { name: label, exact: true }).click(),
  ]);
  expect(
    (JSON.parse(request.postData() ?? '{}') as { params?: { uuid?: string } }).params?.uuid,
  ).toBe(eventId);
}

/** Allows access when the first reply asks for it (the first prompt of each provider). */
async function connectIfAsked(reply: Locator) {
  const connect = reply.getByRole('button', { name: /^Connect / });
  if ((await connect.count()) === 0) return;
  const [popup] = await Promise.all([page.waitForEvent('popup'), connect.click()]);
  await popup.getByRole('button', { name: 'Allow' }).click();
  await reply.getByText(/^You connected /).waitFor();
}

describe('the demo landing page', () => {
  it('shows one example per template', async () => {
    const shown = await page.locator('#examples .example-template').allTextContents();
    expect(shown).toEqual(Object.keys(answers));
  });

  for (const template of Object.keys(answers)) {
    it(`“${template}” reaches a real answer`, async () => {
      const button = page.locator('#examples .example', { hasText: template });
      const prompt = (await button.locator('.example-prompt').textContent())!.slice(1, -1);
      await button.click();
      // The prompt goes in as the visitor's own message; the bubble after it is the first reply.
      const question = widget.log
        .locator('li.bubble.visitor')
        .filter({ has: page.getByText(prompt, { exact: true }) });
      await question.waitFor();
      const position = await question.evaluate((bubble) =>
        [...bubble.parentElement!.children].indexOf(bubble),
      );
      const firstReply = widget.log.locator('li.bubble').nth(position + 1);
      await firstReply.waitFor();
      expect(await firstReply.getAttribute('class')).toContain('bot');
      await connectIfAsked(firstReply);
      // After a sign-in the answer comes in a message of its own: the latest one.
      const reply = widget.lastBot();
      await answers[template]!(reply).catch(async (error: unknown) => {
        await widget.panel.screenshot({ path: artifactPath(`demo-failed-${template}`) });
        throw error;
      });
      expect(await reply.getByText(/paste its URI|Which .*\?$/i).count()).toBe(0);
      // Close the chat again: its panel would cover the next examples.
      await widget.panel.getByRole('button', { name: 'Close chat' }).click();
      await widget.panel.waitFor({ state: 'detached' });
    });
  }
});
