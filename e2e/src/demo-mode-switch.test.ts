/**
 * The demo page's switch between "each visitor authorizes" and "the site owner authorized", on
 * the sandbox: the owner's sandbox account is connected once from the page, a visitor is then
 * answered with no popup, and switching back makes the chat ask to connect again.
 */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser';
import type { Browser } from './browser';
import { chat } from './chat-page';
import { shiftedClock } from './clock';
import { startStack } from './stack';
import type { Stack } from './stack';

let browser: Browser;
let stack: Stack;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  stack = await startStack({
    env: { DEMO_CONTROLS: 'true' },
    clock: shiftedClock(inject('clockShiftMs')),
  });
  context = await browser.newContext();
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await stack?.close();
});

describe('the demo mode switch', () => {
  it('connects the site owner once, answers a visitor without a popup, and switches back', async () => {
    const page = await context.newPage();
    await page.goto(stack.proxyUrl);
    const owner = page.getByRole('radio', { name: 'The site owner, once, for every visitor' });
    await owner.check();
    await page.getByRole('status').getByText('The site owner now authorizes').waitFor();
    const [popup] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByRole('button', { name: 'Connect Google Calendar as the site owner' }).click(),
    ]);
    await popup.getByRole('button', { name: 'Allow' }).click();
    await page.getByText('Google Calendar: connected as avery.chen@example.com.').waitFor();

    const widget = chat(page);
    await widget.open();
    await widget.send('show me event abc123');
    await widget.eventCard('Design review').waitFor();
    expect(await widget.log.getByRole('button', { name: 'Connect Google Calendar' }).count()).toBe(
      0,
    );

    await page
      .getByRole('radio', { name: 'Each visitor, in a popup when a request needs it' })
      .check();
    await page.getByRole('status').getByText('Each visitor now connects').waitFor();
    await widget.send('show me event abc123');
    await widget.lastBot().getByRole('button', { name: 'Connect Google Calendar' }).waitFor();
  });

  it('is replaced by a pointer to the admin console when the proxy has no demo controls', async () => {
    const page = await context.newPage();
    await page.goto(inject('proxyUrl'));
    await page.getByRole('link', { name: 'admin console' }).first().waitFor();
    expect(await page.getByRole('radio').count()).toBe(0);
  });
});
