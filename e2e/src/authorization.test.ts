/**
 * The walking skeleton's journeys: a visitor asks for a Google Calendar event, connects Google
 * Calendar in the popup on the sandbox's consent page, and sees the event, with no more typing;
 * or denies, and is told so and offered to try again.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launchBrowser } from './browser';
import type { Browser } from './browser';
import { chat } from './chat-page';

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function askForEvent() {
  context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(inject('proxyUrl'));
  const widget = chat(page);
  await widget.open();
  await widget.send('show me event abc123');
  const connect = widget.log.getByRole('button', { name: 'Connect Google Calendar' });
  await connect.waitFor();
  const [popup] = await Promise.all([page.waitForEvent('popup'), connect.click()]);
  return { page, widget, popup };
}

describe('popup authorization journey', () => {
  it('allow: the event card appears without further typing', async () => {
    const { widget, popup } = await askForEvent();
    await popup.getByRole('button', { name: 'Allow' }).click();
    await popup.waitForEvent('close');
    const card = widget.log.getByRole('article', { name: 'Design review' });
    await card.waitFor();
    expect(await card.textContent()).toContain('Design review');
    expect(await widget.panel.getByText('Google Calendar: connected').count()).toBe(1);
    await context.close();
  });

  it('deny: the chat says access was not granted and offers to try again', async () => {
    const { widget, popup } = await askForEvent();
    await popup.getByRole('button', { name: 'Deny' }).click();
    await popup.waitForEvent('close');
    const reply = widget.lastBot();
    await reply
      .getByText(/not granted/)
      .first()
      .waitFor();
    await reply.getByRole('button', { name: 'Try again' }).waitFor();
    expect(await widget.log.getByRole('article', { name: 'Design review' }).count()).toBe(0);
    await context.close();
  });
});
