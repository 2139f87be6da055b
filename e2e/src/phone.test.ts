/**
 * The widget on a phone: full screen, no zoom when a field takes focus (every form field at
 * least 16px), focus kept inside the panel, and the text box never under the on-screen keyboard
 * (a keyboard shrinks the visual viewport, emulated here, since headless Chromium has none).
 */
import { cardMessages } from '@slotchat/widget/fixtures';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations, focusedName } from './a11y';
import { artifactPath } from './artifacts';
import { visitorPerTest } from './browser';
import { chat } from './chat-page';
import { botEntry, shownAt, showConversation } from './conversation';

let page: Page;

visitorPerTest(
  {
    viewport: { width: 375, height: 667 },
    reducedMotion: 'reduce',
    hasTouch: true,
    isMobile: true,
  },
  async (visitor) => {
    ({ page } = visitor);
    // A visual viewport the test can shrink the way an on-screen keyboard does.
    await page.addInitScript(() => {
      const viewport = new EventTarget();
      // Until a keyboard opens, the real window's size (read late: a phone's page gets its width
      // from the viewport meta tag only after this script has run).
      let height: number | null = null;
      let offsetTop = 0;
      Object.defineProperties(viewport, {
        width: { get: () => window.innerWidth },
        height: { get: () => height ?? window.innerHeight },
        offsetTop: { get: () => offsetTop },
        offsetLeft: { get: () => 0 },
        pageTop: { get: () => window.scrollY + offsetTop },
        pageLeft: { get: () => window.scrollX },
        scale: { get: () => 1 },
      });
      Object.defineProperty(window, 'visualViewport', { get: () => viewport, configurable: true });
      (window as unknown as { __keyboard: (h: number, top: number) => void }).__keyboard = (
        nextHeight,
        nextTop,
      ) => {
        height = nextHeight;
        offsetTop = nextTop;
        viewport.dispatchEvent(new Event('resize'));
      };
    });
    await page.goto(`${inject('proxyUrl')}/plain.html`);
  },
);

const showEveryCard = () =>
  showConversation(page, inject('proxyUrl'), [
    { id: 'v', role: 'visitor', text: 'Show me everything', at: shownAt },
    ...cardMessages.map((message, index) => botEntry(`card-${index}`, message)),
  ]);

const keyboard = (height: number, top: number) =>
  page.evaluate(
    ([height, top]) =>
      (window as unknown as { __keyboard: (h: number, t: number) => void }).__keyboard(
        height!,
        top!,
      ),
    [height, top],
  );

describe('on a phone', () => {
  it('fills the screen, keeps focus inside, and passes axe', async () => {
    const widget = await showEveryCard();
    expect(await widget.panel.evaluate((element) => getComputedStyle(element).animationName)).toBe(
      'none',
    );
    expect(await widget.panel.boundingBox()).toEqual({ x: 0, y: 0, width: 375, height: 667 });
    expect(await axeViolations(page)).toEqual([]);
    await widget.panel.screenshot({ path: artifactPath('panel-phone') });
    // Focus stays inside the full-screen panel: Tab from the last control wraps to the first.
    await widget.panel.getByRole('button', { name: 'Send' }).focus();
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Chat options');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedName(page)).toBe('Send');
  });

  it('after a tapped quick reply, focus goes to the conversation: no keyboard pops up', async () => {
    const widget = chat(page);
    await widget.launcher.tap();
    const reply = widget.lastBot().getByRole('button', { name: 'show me event abc123' });
    await reply.tap();
    await widget.log.getByRole('button', { name: 'Connect Google Calendar' }).waitFor();
    expect(await focusedName(page)).toBe('Conversation');
  });

  it('makes every form field at least 16px, so focusing one does not zoom the page', async () => {
    const widget = chat(page);
    await widget.open();
    await widget.panel.getByRole('button', { name: 'Chat options' }).tap();
    await widget.panel.getByRole('button', { name: 'Change time zone' }).tap();
    await widget.panel.getByRole('combobox', { name: 'Time zone' }).waitFor();
    const sizes = await widget.panel.evaluate((panel) =>
      [...panel.querySelectorAll('input, select, textarea')].map((field) => ({
        field: field.getAttribute('aria-label') ?? field.id,
        size: parseFloat(getComputedStyle(field).fontSize),
      })),
    );
    expect(sizes.length).toBeGreaterThanOrEqual(2);
    for (const { field, size } of sizes) expect(size, field).toBeGreaterThanOrEqual(16);
  });

  it('keeps the text box above the on-screen keyboard as the visible area shrinks and moves', async () => {
    const widget = await showEveryCard();
    await widget.textBox.tap();
    const visible = async () => {
      const box = (await widget.textBox.boundingBox())!;
      return { top: Math.round(box.y), bottom: Math.round(box.y + box.height) };
    };
    // The keyboard takes the lower 300px.
    await keyboard(367, 0);
    await expect.poll(async () => (await visible()).bottom).toBeLessThanOrEqual(367);
    expect(await widget.panel.boundingBox()).toEqual({ x: 0, y: 0, width: 375, height: 367 });
    // The latest message is still in sight above it.
    const last = (await widget.lastBot().boundingBox())!;
    expect(last.y).toBeLessThan(367);
    await page.screenshot({ path: artifactPath('phone-keyboard-open') });

    // iOS scrolls the page under the keyboard: the visible area starts 120px down.
    await keyboard(367, 120);
    await expect.poll(async () => (await visible()).top).toBeGreaterThanOrEqual(120);
    expect((await visible()).bottom).toBeLessThanOrEqual(487);

    // Keyboard closed: full screen again.
    await keyboard(667, 0);
    await expect
      .poll(() => widget.panel.boundingBox())
      .toEqual({ x: 0, y: 0, width: 375, height: 667 });
  });
});
