/**
 * The script-tag embed on a customer's site on another origin: a strict CSP (no inline script or
 * style, no eval), hostile global CSS, two widgets on one page, and the command queue.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import type { Browser } from './browser';
import { chat } from './chat-page';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let consoleErrors: string[];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  context = await browser.newContext();
  page = await context.newPage();
  consoleErrors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  // Every CSP violation on the host page is recorded (init scripts run outside the page's CSP).
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = violations;
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
});
afterEach(async () => {
  await context.close();
});

const violations = () =>
  page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

describe('script-tag embed on a strict, hostile site', () => {
  it('works end to end with no CSP violation, untouched by the page CSS and not leaking its own', async () => {
    await page.goto(`${inject('hostUrl')}/strict.html`);
    const widget = chat(page);
    await widget.open();

    const send = widget.panel.getByRole('button', { name: 'Send' });
    const sendStyle = await send.evaluate((element) => {
      const style = getComputedStyle(element);
      return {
        background: style.backgroundColor,
        fontSize: style.fontSize,
        border: style.borderTopStyle,
      };
    });
    expect(sendStyle).toEqual({ background: 'rgb(26, 86, 219)', fontSize: '15px', border: 'none' });
    const hostButton = await page.locator('#host-button').evaluate((element) => {
      const style = getComputedStyle(element);
      return { background: style.backgroundColor, fontSize: style.fontSize };
    });
    expect(hostButton).toEqual({ background: 'rgb(0, 255, 0)', fontSize: '31px' });

    await widget.send('show me event abc123');
    const popup = await widget.connect();
    await popup.getByRole('button', { name: 'Allow' }).click();
    await widget.eventCard('Design review').waitFor();

    expect(await violations()).toEqual([]);
    expect(consoleErrors.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
  });

  it('keeps two widgets on one page independent', async () => {
    await page.goto(`${inject('hostUrl')}/two-widgets.html`);
    const hosts = page.locator('slotchat-widget');
    await expect.poll(() => hosts.count()).toBe(2);
    const first = chat(page, hosts.nth(0));
    const second = chat(page, hosts.nth(1));
    await first.open();
    await first.send('show me event abc123');
    await first.log.getByRole('button', { name: 'Connect Google Calendar' }).waitFor();
    await second.open();
    await second.log.locator('li.bubble.bot').first().waitFor();
    expect(await second.log.locator('li.bubble.visitor').count()).toBe(0);
    expect(await first.log.locator('li.bubble.visitor').count()).toBe(1);
    expect(await violations()).toEqual([]);
  });

  it('runs queued commands and reports events to the host page', async () => {
    await page.goto(`${inject('hostUrl')}/strict.html`);
    await page.waitForFunction(
      () => (window as { Slotchat?: { loaded?: boolean } }).Slotchat?.loaded,
    );
    await page.evaluate(() => {
      const w = window as unknown as {
        Slotchat: (...args: unknown[]) => void;
        __events: string[];
      };
      w.__events = [];
      w.Slotchat('on', 'open', () => w.__events.push('open'));
      w.Slotchat('on', 'message', (message: { blocks: { type: string }[] }) =>
        w.__events.push(`message:${message.blocks.map((block) => block.type).join(',')}`),
      );
      w.Slotchat('open');
      w.Slotchat('send', 'show me event abc123');
    });
    const widget = chat(page);
    await widget.log.getByRole('button', { name: 'Connect Google Calendar' }).waitFor();
    const events = await page.evaluate(
      () => (window as unknown as { __events: string[] }).__events,
    );
    expect(events).toContain('open');
    expect(events).toContain('message:auth');
    await page.evaluate(() =>
      (window as unknown as { Slotchat: (c: string) => void }).Slotchat('close'),
    );
    await widget.panel.waitFor({ state: 'detached' });
  });

  it('takes its colours, radius and position from CSS custom properties on the host element', async () => {
    await page.goto(inject('proxyUrl'));
    await page.addStyleTag({
      content:
        'slotchat-widget { --slotchat-accent: rgb(120, 20, 90); --slotchat-offset-x: 40px; }',
    });
    const launcher = chat(page).launcher;
    const style = await launcher.evaluate((element) => {
      const computed = getComputedStyle(element);
      return { background: computed.backgroundColor, right: computed.right };
    });
    expect(style).toEqual({ background: 'rgb(120, 20, 90)', right: '40px' });
  });
});
