import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browserPopupOpener, waitForAuthorization } from './popup-authorization';
import { fakeMessages, fakePopup, fakeTransport } from './test-doubles';

const proxyOrigin = 'http://proxy.test';

async function start(popupOpen = true) {
  const proxy = fakeTransport();
  const messages = fakeMessages();
  const popup = popupOpen ? fakePopup() : null;
  const attempt = await proxy.transport.createAttempt('google-calendar');
  const controller = new AbortController();
  const outcome = waitForAuthorization({
    attemptId: attempt.attemptId,
    expiresAt: attempt.expiresAt,
    transport: proxy.transport,
    proxyOrigin,
    messages: messages.source,
    popup,
    now: Date.now,
    pollIntervalMs: 1000,
    signal: controller.signal,
  });
  return { proxy, messages, popup, attempt, controller, outcome };
}

describe('waitForAuthorization', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('believes a well-formed message from the proxy origin about this attempt', async () => {
    const { messages, attempt, outcome } = await start();
    const message = {
      type: 'slotchat:auth-result',
      attemptId: attempt.attemptId,
      integration: 'google-calendar',
      status: 'connected',
    };
    messages.post({ origin: 'http://evil.test', data: message });
    messages.post({ origin: proxyOrigin, data: { ...message, attemptId: 'another-attempt' } });
    messages.post({ origin: proxyOrigin, data: { ...message, status: 'owned' } });
    messages.post({ origin: proxyOrigin, data: message });
    await expect(outcome).resolves.toBe('connected');
    expect(messages.listenerCount).toBe(0);
  });

  it('learns the outcome by polling when no message arrives', async () => {
    const { proxy, attempt, outcome } = await start();
    await vi.advanceTimersByTimeAsync(3000);
    proxy.finish(attempt.attemptId, 'denied');
    await vi.advanceTimersByTimeAsync(1000);
    await expect(outcome).resolves.toBe('denied');
  });

  it('reports a popup closed while the attempt is still pending', async () => {
    const { popup, outcome } = await start();
    popup!.close();
    await vi.advanceTimersByTimeAsync(1000);
    await expect(outcome).resolves.toBe('closed');
  });

  it('prefers the stored result when the popup closed because it finished', async () => {
    const { proxy, popup, attempt, outcome } = await start();
    proxy.finish(attempt.attemptId, 'connected');
    popup!.close();
    await vi.advanceTimersByTimeAsync(1000);
    await expect(outcome).resolves.toBe('connected');
  });

  it('times out at the attempt expiry', async () => {
    const { outcome } = await start(false);
    await vi.advanceTimersByTimeAsync(11 * 60_000);
    await expect(outcome).resolves.toBe('expired');
  });

  it('resolves null when aborted and stops listening', async () => {
    const { messages, controller, outcome } = await start();
    controller.abort();
    await expect(outcome).resolves.toBeNull();
    expect(messages.listenerCount).toBe(0);
  });
});

describe('browserPopupOpener', () => {
  it('sends the popup to the sign-in URL by a link that shows only the origin, unseen by the page', () => {
    const opened: string[] = [];
    const fakeWindow = Object.create(window) as Window;
    Object.defineProperty(fakeWindow, 'open', {
      value: (url: string, name: string) => {
        opened.push(`${url} ${name}`);
        return { location: { href: '' }, closed: false, close() {} };
      },
    });
    const clicks: { href: string; target: string; referrerPolicy: string }[] = [];
    const pageClicks: EventTarget[] = [];
    const onPageClick = (event: Event) => pageClicks.push(event.target!);
    document.addEventListener('click', onPageClick);
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicks.push({ href: this.href, target: this.target, referrerPolicy: this.referrerPolicy });
      this.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    });
    try {
      const popup = browserPopupOpener(fakeWindow)();
      popup!.navigate('http://proxy.test/auth/google-calendar/start?attempt=a');
    } finally {
      click.mockRestore();
      document.removeEventListener('click', onPageClick);
    }
    const name = opened[0]!.split(' ')[1]!;
    expect(opened[0]).toMatch(/^about:blank slotchat-auth-/);
    expect(clicks).toEqual([
      {
        href: 'http://proxy.test/auth/google-calendar/start?attempt=a',
        target: name,
        referrerPolicy: 'origin',
      },
    ]);
    expect(pageClicks).toEqual([]);
    expect(document.querySelector('slotchat-link')).toBeNull();
  });
});
