/**
 * Accessibility in a real browser: keyboard-only use from the launcher to the event card, and
 * axe-core (WCAG 2.x A/AA) on the open widget with every card type shown, in light and dark.
 * Each card is also kept as a screenshot in e2e/test-results/cards/.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cardMessages } from '@slotchat/widget/fixtures';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser';
import type { Browser } from './browser';
import { chat } from './chat-page';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const artifacts = fileURLToPath(new URL('../test-results/cards/', import.meta.url));

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(artifacts, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  // Reduced motion: the widget must honour it, and measurements never catch a half-run animation.
  context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    reducedMotion: 'reduce',
  });
  page = await context.newPage();
});
afterEach(async () => {
  await context.close();
});

/** The name of whatever has focus inside the widget's shadow root. */
const focused = () =>
  page.evaluate(() => {
    const active = document.querySelector('slotchat-widget')?.shadowRoot?.activeElement;
    return active
      ? (active.getAttribute('aria-label') ?? active.textContent ?? active.tagName)
      : null;
  });

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: unknown[] }[];
}

async function axeViolations(): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (...args: unknown[]) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(
      { include: [['slotchat-widget']] },
      {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      },
    );
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map((node) => ({ target: node.target })),
    }));
  });
}

/** Replaces the stored conversation with one bot message per card type, then reloads. */
async function showEveryCard() {
  await page.goto(`${inject('proxyUrl')}/plain.html`);
  const widget = chat(page);
  await widget.open();
  await widget.log.locator('li.bubble.bot').first().waitFor();
  const key = `slotchat:${new URL(inject('proxyUrl')).origin}:default`;
  await page.evaluate(
    ({ key, messages }) => {
      const stored = JSON.parse(localStorage.getItem(key)!);
      stored.snapshot.entries = [
        { id: 'v', role: 'visitor', text: 'Show me everything', at: Date.now() },
        ...messages.map((message, index) => ({
          id: `card-${index}`,
          role: 'bot',
          message,
          at: Date.now(),
        })),
      ];
      localStorage.setItem(key, JSON.stringify(stored));
    },
    { key, messages: cardMessages },
  );
  await page.reload();
  // The panel was open in this tab, so it opens again by itself.
  await widget.log.getByRole('article', { name: 'Design review' }).waitFor();
  return widget;
}

describe('accessibility', () => {
  it('can be used with the keyboard alone', async () => {
    await page.goto(`${inject('proxyUrl')}/plain.html`);
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Open chat');
    await page.keyboard.press('Enter');
    const widget = chat(page);
    await widget.textBox.waitFor();
    await expect.poll(focused).toBe('Message');
    expect(
      await widget.textBox.evaluate(
        (element) => element === (element.getRootNode() as ShadowRoot).activeElement,
      ),
    ).toBe(true);

    await page.keyboard.type('show me event abc123');
    await page.keyboard.press('Enter');
    await widget.log.getByRole('button', { name: 'Connect Google Calendar' }).waitFor();
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('Connect Google Calendar');
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('Enter')]);
    await popup.getByRole('button', { name: 'Allow' }).press('Enter');
    await widget.eventCard('Design review').waitFor();

    await widget.textBox.focus();
    await page.keyboard.press('Escape');
    await widget.panel.waitFor({ state: 'detached' });
    expect(await focused()).toBe('Open chat');
  });

  it('axe finds no violations with every card shown, light and dark; screenshots kept', async () => {
    const widget = await showEveryCard();
    expect(await axeViolations()).toEqual([]);

    const bubbles = widget.log.locator('li.bubble.bot');
    expect(await bubbles.count()).toBe(cardMessages.length);
    for (const [index, message] of cardMessages.entries()) {
      await bubbles.nth(index).screenshot({ path: join(artifacts, `${message.id}.png`) });
    }
    await widget.panel.screenshot({ path: join(artifacts, 'panel-light.png') });

    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations()).toEqual([]);
    await widget.panel.screenshot({ path: join(artifacts, 'panel-dark.png') });
  });

  it('fills the screen on a phone, with a 16px text box (no zoom on focus)', async () => {
    await page.setViewportSize({ width: 375, height: 667 });
    const widget = await showEveryCard();
    expect(await widget.panel.evaluate((element) => getComputedStyle(element).animationName)).toBe(
      'none',
    );
    const box = await widget.panel.boundingBox();
    expect(box).toEqual({ x: 0, y: 0, width: 375, height: 667 });
    expect(await widget.textBox.evaluate((element) => getComputedStyle(element).fontSize)).toBe(
      '16px',
    );
    expect(await axeViolations()).toEqual([]);
    await widget.panel.screenshot({ path: join(artifacts, 'panel-phone.png') });
    // Focus stays inside the full-screen panel: Tab from the last control wraps to the first.
    await widget.panel.getByRole('button', { name: 'Send' }).focus();
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Chat options');
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('Send');
  });
});
