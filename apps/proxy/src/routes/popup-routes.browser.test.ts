/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserStack, type BrowserStack } from '../test-utils/browser-stack';

let stack: BrowserStack;
beforeAll(async () => {
  stack = await startBrowserStack({
    ADMIN_SECRET: 'correct-horse-battery-staple',
    CALENDLY_AUTH_MODE: 'preauthorized',
  });
}, 60_000);
afterAll(async () => {
  await stack?.close();
});

interface HostWindow {
  token: string;
  attemptId: string;
  messages: { origin: string; data: unknown }[];
}

/** On the host page: a session, and a button that opens the popup the way the widget does. */
async function preparePage(page: Page) {
  await page.goto(`${stack.hostOrigin}/`);
  await page.evaluate(async (proxy) => {
    const host = window as unknown as HostWindow;
    const session = await fetch(`${proxy}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    host.token = ((await session.json()) as { sessionToken: string }).sessionToken;
    host.messages = [];
    window.addEventListener('message', (event) =>
      host.messages.push({ origin: event.origin, data: event.data }),
    );
    document.getElementById('connect')?.addEventListener('click', async () => {
      // As the widget does: open the popup in the click, then point it at the start page.
      const popup = window.open('about:blank', 'slotchat-auth', 'popup,width=500,height=650');
      const attempt = await fetch(`${proxy}/api/auth/attempts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}` },
        body: JSON.stringify({ integration: 'google-calendar' }),
      });
      const created = (await attempt.json()) as { attemptId: string; authorizeUrl: string };
      host.attemptId = created.attemptId;
      if (popup) popup.location.href = created.authorizeUrl;
    });
  }, stack.proxyOrigin);
}

async function connectThroughPopup(page: Page, button: 'Allow' | 'Deny') {
  const [popup] = await Promise.all([page.waitForEvent('popup'), page.click('#connect')]);
  // The result page closes itself at once: listen before pressing the button.
  const closed = popup.waitForEvent('close');
  await popup
    .getByRole('button', { name: button })
    .click()
    .catch((error: unknown) => {
      if (!popup.isClosed()) throw error;
    });
  await closed;
  await page.waitForFunction(() => (window as unknown as HostWindow).messages.length > 0);
  return page.evaluate(() => {
    const host = window as unknown as HostWindow;
    return { messages: host.messages, attemptId: host.attemptId };
  });
}

describe('the popup in Chromium, embedded on another origin', () => {
  it('posts "connected" to the exact host origin and closes itself', async () => {
    const page = await (await stack.browser.newContext()).newPage();
    await preparePage(page);
    const { messages, attemptId } = await connectThroughPopup(page, 'Allow');
    expect(messages).toEqual([
      {
        origin: stack.proxyOrigin,
        data: {
          type: 'slotchat:auth-result',
          attemptId,
          integration: 'google-calendar',
          status: 'connected',
        },
      },
    ]);
  }, 60_000);

  it('posts "denied" when the visitor presses Deny', async () => {
    const page = await (await stack.browser.newContext()).newPage();
    await preparePage(page);
    const { messages } = await connectThroughPopup(page, 'Deny');
    expect(messages[0]?.data).toMatchObject({ status: 'denied' });
  }, 60_000);
});

/** An attempt created from the host page, as the widget does; returns its start URL. */
async function attemptFromHost(page: Page): Promise<string> {
  await preparePage(page);
  return page.evaluate(async (proxy) => {
    const host = window as unknown as HostWindow;
    const attempt = await fetch(`${proxy}/api/auth/attempts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}` },
      body: JSON.stringify({ integration: 'google-calendar' }),
    });
    const created = (await attempt.json()) as { attemptId: string; authorizeUrl: string };
    host.attemptId = created.attemptId;
    return created.authorizeUrl;
  }, stack.proxyOrigin);
}

async function attemptStatus(page: Page): Promise<string> {
  return page.evaluate(async (proxy) => {
    const host = window as unknown as HostWindow;
    const response = await fetch(`${proxy}/api/auth/attempts/${host.attemptId}`, {
      headers: { authorization: `Bearer ${host.token}` },
    });
    return ((await response.json()) as { status: string }).status;
  }, stack.proxyOrigin);
}

describe('where the start link may be opened from, in Chromium', () => {
  it('the popup-blocked link (a new tab from the host page) goes straight to the provider', async () => {
    const context = await stack.browser.newContext();
    const page = await context.newPage();
    const authorizeUrl = await attemptFromHost(page);
    await page.evaluate((href) => {
      // As the widget's auth card draws it when the popup was blocked.
      const link = Object.assign(document.createElement('a'), {
        href,
        target: '_blank',
        rel: 'noopener',
        id: 'link',
        textContent: 'Sign in',
      });
      document.body.append(link);
    }, authorizeUrl);
    const [tab] = await Promise.all([context.waitForEvent('page'), page.click('#link')]);
    // The result page closes itself; the widget learns the result by asking for the attempt.
    const closed = tab.waitForEvent('close');
    await tab
      .getByRole('button', { name: 'Allow' })
      .click()
      .catch((error: unknown) => {
        if (!tab.isClosed()) throw error;
      });
    await closed;
    expect(await attemptStatus(page)).toBe('connected');
  }, 60_000);

  it('a link opened on its own (sent to someone else) asks first; Continue goes on', async () => {
    const page = await (await stack.browser.newContext()).newPage();
    const authorizeUrl = await attemptFromHost(page);
    // Someone else's browser, pasting or clicking the link: no Referer from the host site.
    const stranger = await (await stack.browser.newContext()).newPage();
    await stranger.goto(authorizeUrl);
    expect(await stranger.getByRole('heading').textContent()).toBe('Connect Google Calendar?');
    expect(await stranger.getByRole('status').textContent()).toContain(stack.hostOrigin);
    expect(await attemptStatus(page)).toBe('pending');
    await stranger.getByRole('button', { name: 'Continue to Google Calendar' }).click();
    await stranger.getByRole('button', { name: 'Allow' }).click();
    await expect.poll(() => stranger.getByRole('status').textContent()).toContain('Connected');
  }, 60_000);
});
