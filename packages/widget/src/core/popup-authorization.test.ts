import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { waitForAuthorization } from './popup-authorization';
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
