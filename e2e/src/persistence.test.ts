/**
 * The conversation outlives the page: a reload keeps it, a reload while the sign-in popup is
 * open still completes the authorization, two tabs of the site stay in sync, and "Start over"
 * clears it everywhere.
 */
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { visitorPerTest } from './browser';
import { chat } from './chat-page';

let context: BrowserContext;
let page: Page;

visitorPerTest({}, (visitor) => {
  ({ context, page } = visitor);
});

const visitorTexts = (widget: ReturnType<typeof chat>) =>
  widget.log.locator('li.bubble.visitor .text').allTextContents();

describe('persistence', () => {
  it('keeps the conversation across a reload', async () => {
    await page.goto(inject('proxyUrl'));
    const widget = chat(page);
    await widget.open();
    await widget.send('show me event abc123');
    await widget.log.getByRole('button', { name: 'Connect Google Calendar' }).waitFor();
    await page.reload();
    // The panel was open in this tab, so it opens again by itself.
    await widget.log.getByRole('button', { name: 'Connect Google Calendar' }).waitFor();
    expect(await visitorTexts(widget)).toEqual(['show me event abc123']);
  });

  it('a reload while the popup is open still completes the authorization', async () => {
    await page.goto(inject('proxyUrl'));
    const widget = chat(page);
    await widget.open();
    await widget.send('show me event abc123');
    const popup = await widget.connect();
    await popup.getByRole('button', { name: 'Allow' }).waitFor();
    await widget.panel.getByRole('button', { name: 'Close chat' }).first().click();
    await page.reload();
    await popup.getByRole('button', { name: 'Allow' }).click();
    // The closed launcher counts what arrived meanwhile; opening shows the event.
    await page.locator('slotchat-widget').getByText('1', { exact: true }).waitFor();
    await widget.open();
    await widget.eventCard('Design review').waitFor();
  });

  it('keeps two tabs of the site in sync, and Start over clears both', async () => {
    await page.goto(inject('proxyUrl'));
    const first = chat(page);
    await first.open();
    const other = await context.newPage();
    await other.goto(inject('proxyUrl'));
    const second = chat(other);
    await second.open();

    await first.send('show me event abc123');
    await second.log.getByRole('button', { name: 'Connect Google Calendar' }).waitFor();
    expect(await visitorTexts(second)).toEqual(['show me event abc123']);

    await second.panel.getByRole('button', { name: 'Chat options' }).click();
    await second.panel.getByRole('button', { name: 'Start over' }).click();
    await first.log.locator('li.bubble.visitor').waitFor({ state: 'detached' });
    await page.reload();
    await first.log.locator('li.bubble.bot').first().waitFor();
    expect(await visitorTexts(first)).toEqual([]);
  });

  it('discards a corrupt stored conversation instead of breaking', async () => {
    await page.goto(inject('proxyUrl'));
    const origin = new URL(inject('proxyUrl')).origin;
    await page.evaluate(
      (key) => localStorage.setItem(key, '{"version":1,"snapshot":{"entries":[{"role":"bot"}]}}'),
      `slotchat:${origin}:default`,
    );
    await page.reload();
    const widget = chat(page);
    await widget.open();
    await widget.send('show me event abc123');
    await widget.log.getByRole('button', { name: 'Connect Google Calendar' }).waitFor();
  });

  it('navigating to another page of the site keeps the panel open, without stealing focus', async () => {
    await page.goto(inject('proxyUrl'));
    const widget = chat(page);
    await widget.open();
    await widget.send('show me event abc123');
    await widget.log.getByRole('button', { name: 'Connect Google Calendar' }).waitFor();
    await page.goto(`${inject('proxyUrl')}/plain.html`);
    await widget.log.getByRole('button', { name: 'Connect Google Calendar' }).waitFor();
    expect(await visitorTexts(widget)).toEqual(['show me event abc123']);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');

    // A tab of its own starts with the panel closed.
    const other = await context.newPage();
    await other.goto(inject('proxyUrl'));
    await chat(other).launcher.waitFor();
    expect(await chat(other).panel.count()).toBe(0);
  });
});
