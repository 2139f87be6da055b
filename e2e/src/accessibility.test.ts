/**
 * axe-core (WCAG 2.x A/AA) in a real browser, light and dark, on everything a visitor can meet:
 * each card as the latest message (so its buttons are enabled and their contrast counts), every
 * sign-in state of the auth card, the menu, the time-zone picker, and the closed launcher with
 * its unread badge. Each state is kept as a screenshot (see `artifacts.ts`).
 */
import { cardBlocks, cardMessages } from '@slotchat/widget/fixtures';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations, contrastOf } from './a11y';
import { artifactPath } from './artifacts';
import { visitorPerTest } from './browser';
import { chat } from './chat-page';
import type { ChatPage } from './chat-page';
import { botEntry, shownAt, showConversation } from './conversation';
import type { StoredEntry } from './conversation';

let page: Page;

// Reduced motion: the widget must honour it, and screenshots never catch a half-run animation.
visitorPerTest(
  {
    viewport: { width: 1280, height: 900 },
    reducedMotion: 'reduce',
    timezoneId: 'Europe/Berlin',
    locale: 'en-GB',
  },
  async (visitor) => {
    ({ page } = visitor);
    await page.goto(`${inject('proxyUrl')}/plain.html`);
  },
);

const visitor: StoredEntry = { id: 'v', role: 'visitor', text: 'Show me', at: shownAt };

/** axe in light and dark, with a screenshot of `target` in each. */
async function checkBothSchemes(name: string, target: () => ReturnType<ChatPage['lastBot']>) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    expect(await axeViolations(page), `${name}, ${scheme}`).toEqual([]);
    await target().screenshot({ path: artifactPath(`${name}-${scheme}`) });
  }
}

describe('axe finds no violations', () => {
  it('with every card shown at once, light and dark', async () => {
    const widget = await showConversation(page, inject('proxyUrl'), [
      visitor,
      ...cardMessages.map((message, index) => botEntry(`card-${index}`, message)),
    ]);
    await widget.eventCard('Design review').waitFor();
    await checkBothSchemes('panel-all-cards', () => widget.panel);
  });

  it('with each card as the latest message, its buttons enabled', async () => {
    for (const message of cardMessages) {
      const widget = await showConversation(page, inject('proxyUrl'), [
        visitor,
        botEntry('card', message),
      ]);
      const bubble = widget.lastBot();
      // Active cards are the ones whose buttons answer the dialog: they must be enabled here.
      const buttons = bubble.locator('button');
      for (let index = 0; index < (await buttons.count()); index += 1) {
        expect(await buttons.nth(index).isEnabled(), message.id).toBe(true);
      }
      await checkBothSchemes(message.id.replace('fixture-', 'card-'), () => bubble);
    }
  });

  it('with the auth card in every sign-in state, and an older card that kept its outcome', async () => {
    const auth = cardBlocks.auth;
    const states: { status: string; authorizeUrl?: string }[] = [
      { status: 'connect' },
      { status: 'waiting' },
      {
        status: 'blocked',
        authorizeUrl: `${inject('proxyUrl')}/auth/calendly/start?attempt=example`,
      },
      { status: 'connected' },
      { status: 'denied' },
      { status: 'closed' },
      { status: 'expired' },
      { status: 'missing-scopes' },
      { status: 'failed' },
    ];
    for (const state of states) {
      const widget = await showConversation(
        page,
        inject('proxyUrl'),
        [
          visitor,
          botEntry('old', { id: 'old', blocks: [auth] }, { authOutcome: 'connected' }),
          { ...visitor, id: 'v2' },
          botEntry('live', { id: 'live', blocks: [auth] }),
        ],
        { calendly: state },
      );
      const live = widget.lastBot();
      await live.locator('section.auth').waitFor();
      if (state.status !== 'connect') {
        await live.locator(`.auth-${state.status}`).waitFor();
      }
      // The older card says how its own sign-in ended, whatever the live one shows.
      await widget.log
        .locator('li.bubble.bot')
        .first()
        .getByText('You connected Calendly.')
        .waitFor();
      await checkBothSchemes(`auth-${state.status}`, () => live);
    }
  });

  it('with the menu open and with the time-zone picker', async () => {
    const widget = chat(page);
    await widget.open();
    await widget.panel.getByRole('button', { name: 'Chat options' }).click();
    await widget.panel.getByRole('button', { name: 'Start over' }).waitFor();
    await checkBothSchemes('menu', () => widget.panel);
    await widget.panel.getByRole('button', { name: 'Change time zone' }).click();
    await widget.panel
      .getByRole('option', { name: /Berlin/ })
      .first()
      .waitFor();
    await checkBothSchemes('zone-picker', () => widget.panel);
  });

  it('with the panel closed and the unread badge on the launcher, named with its count', async () => {
    const widget = chat(page);
    await widget.launcher.waitFor();
    const slotchat = (...args: unknown[]) =>
      page.evaluate(
        (args) => (window as unknown as { Slotchat: (...a: unknown[]) => void }).Slotchat(...args),
        args,
      );
    // Messages that arrive while the panel is closed are counted, and the count is announced.
    await slotchat('send', 'show me event abc123');
    const launcher = page
      .locator('slotchat-widget')
      .getByRole('button', { name: /^Open chat, \d+ unread messages?$/ });
    await launcher.waitFor();
    const first = await launcher.getAttribute('aria-label');
    await slotchat('send', 'show me event abc123');
    await expect.poll(() => launcher.getAttribute('aria-label')).not.toBe(first);
    expect(await launcher.getAttribute('aria-label')).toMatch(/^Open chat, \d+ unread messages$/);
    await checkBothSchemes('launcher-badge', () => widget.launcher);
    // axe skips the badge (aria-hidden): its contrast is measured here, in both schemes.
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await contrastOf(page, '.badge'), colorScheme).toBeGreaterThanOrEqual(4.5);
    }
  });
});
