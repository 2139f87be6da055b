/**
 * Pre-authorized mode: the site owner connects Google Calendar once on the proxy's admin page;
 * a visitor then gets the event with no popup at all, and the header says whose account answers.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser';
import type { Browser } from './browser';
import { chat } from './chat-page';
import { shiftedClock } from './clock';
import { startStack } from './stack';
import type { Stack } from './stack';

const adminSecret = 'e2e-admin-secret-0123456789';
let browser: Browser;
let stack: Stack;

beforeAll(async () => {
  browser = await launchBrowser();
  stack = await startStack({
    env: { GOOGLE_CALENDAR_AUTH_MODE: 'preauthorized', ADMIN_SECRET: adminSecret },
    clock: shiftedClock(inject('clockShiftMs')),
  });
});
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

describe('site-owner-authorized mode', () => {
  it('a visitor sees the event without connecting anything', async () => {
    const owner = await browser.newContext({
      httpCredentials: { username: 'owner', password: adminSecret },
    });
    const admin = await owner.newPage();
    await admin.goto(`${stack.proxyUrl}/admin`);
    await admin.getByRole('button', { name: 'Connect Google Calendar' }).click();
    await admin.getByRole('button', { name: 'Allow' }).click();
    await admin.getByRole('status').getByText('Connected.').waitFor();
    await owner.close();

    const visitor = await browser.newContext();
    const page = await visitor.newPage();
    await page.goto(stack.proxyUrl);
    const widget = chat(page);
    await widget.open();
    await widget.panel.getByText('Google Calendar: connected by the site owner').waitFor();
    await widget.send('show me event abc123');
    await widget.eventCard('Design review').waitFor();
    expect(await widget.log.getByRole('button', { name: 'Connect Google Calendar' }).count()).toBe(
      0,
    );
    await visitor.close();
  });
});
