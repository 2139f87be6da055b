import { createEngine } from '@slotchat/dialog';
import { templates } from '@slotchat/integrations/templates';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createChatStore } from './chat-store';
import type { ChatStoreOptions } from './chat-store';
import type { ChatEntry } from './chat-types';
import type { DialogEngine } from './engine-port';
import { memoryPersistence } from './persistence';
import { TransportError } from './transport';
import { fakeMessages, fakePopup, fakeTransport, googleStatus } from './test-doubles';

const designReview = {
  kind: 'calendar#event',
  id: 'abc123',
  status: 'confirmed',
  summary: 'Design review',
  htmlLink: 'https://www.google.com/calendar/event?eid=abc123',
  start: { dateTime: '2026-11-24T10:00:00+01:00', timeZone: 'Europe/Berlin' },
  end: { dateTime: '2026-11-24T11:00:00+01:00', timeZone: 'Europe/Berlin' },
  attendees: [{ email: 'ana@example.com', responseStatus: 'accepted' }],
};

function setup(overrides: Partial<ChatStoreOptions> = {}, proxyOptions = {}) {
  const proxy = fakeTransport({
    operations: { 'google-calendar:events.get': () => designReview },
    ...proxyOptions,
  });
  const messages = fakeMessages();
  const popup = fakePopup();
  let ids = 0;
  const store = createChatStore({
    engine: createEngine({ templates }) as DialogEngine,
    transport: proxy.transport,
    proxyOrigin: 'http://proxy.test',
    openPopup: () => popup,
    messages: messages.source,
    now: () => Date.parse('2026-11-22T09:00:00Z'),
    timeZone: 'Europe/Berlin',
    locale: 'en-GB',
    createId: () => `id-${++ids}`,
    pollIntervalMs: 1000,
    ...overrides,
  });
  return { store, proxy, messages, popup };
}

const blockTypes = (entry: ChatEntry | undefined) =>
  entry?.role === 'bot' ? entry.message.blocks.map((block) => block.type) : [];

describe('createChatStore with the real dialog engine', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('greets a new conversation and learns the integrations', async () => {
    const { store } = setup();
    await store.getState().start();
    const state = store.getState();
    expect(state.proxy).toBe('online');
    expect(state.integrations.map((status) => status.id)).toEqual(['google-calendar']);
    expect(state.entries).toHaveLength(1);
    expect(blockTypes(state.entries[0])).toContain('text');
  });

  it('asks to connect, opens the popup in the same call, and resumes by itself on success', async () => {
    const { store, proxy, popup, messages } = setup();
    await store.getState().start();
    store.getState().send('show me event abc123');
    expect(blockTypes(store.getState().entries.at(-1))).toEqual(['auth']);
    expect(store.getState().auth['google-calendar']?.status).toBe('connect');

    store.getState().connect('google-calendar');
    expect(store.getState().auth['google-calendar']?.status).toBe('waiting');
    await vi.advanceTimersByTimeAsync(0);
    const attemptId = store.getState().auth['google-calendar']?.attemptId;
    expect(attemptId).toBeDefined();
    expect(popup.urls).toEqual([expect.stringContaining(`attempt=${attemptId}`)]);

    proxy.finish(attemptId!, 'connected');
    messages.post({
      origin: 'http://proxy.test',
      data: {
        type: 'slotchat:auth-result',
        attemptId,
        integration: 'google-calendar',
        status: 'connected',
      },
    });
    await vi.advanceTimersByTimeAsync(0);
    await vi.waitFor(() => expect(blockTypes(store.getState().entries.at(-1))).toContain('event'));
    expect(proxy.calls).toEqual([
      {
        operation: 'google-calendar:events.get',
        params: expect.objectContaining({ eventId: 'abc123' }),
      },
    ]);
    expect(store.getState().auth['google-calendar']?.status).toBe('connected');
    expect(store.getState().pending).toBe(0);
  });

  it('writes each sign-in outcome on the message that asked for it', async () => {
    const { store, proxy } = setup();
    await store.getState().start();
    store.getState().send('show me event abc123');
    store.getState().connect('google-calendar');
    await vi.advanceTimersByTimeAsync(0);
    proxy.finish(store.getState().auth['google-calendar']!.attemptId!, 'denied');
    await vi.advanceTimersByTimeAsync(1000);
    const asked = store.getState().entries.find((entry) => blockTypes(entry).includes('auth'));
    expect(asked).toMatchObject({ authOutcome: 'denied' });
    // Only the message that asked carries it.
    expect(store.getState().entries.filter((entry) => 'authOutcome' in entry)).toHaveLength(1);
  });

  it('hands the templates the site owner enabled to the engine, which declines the others', async () => {
    const { store } = setup({}, { enabledTemplates: ['google-calendar.get-event'] });
    await store.getState().start();
    store.getState().send('book an appointment');
    expect(JSON.stringify(store.getState().entries.at(-1))).toMatch(/not offered on this site/);
  });

  it('shows the denial and does not call the provider', async () => {
    const { store, proxy } = setup();
    await store.getState().start();
    store.getState().send('show me event abc123');
    store.getState().connect('google-calendar');
    await vi.advanceTimersByTimeAsync(0);
    proxy.finish(store.getState().auth['google-calendar']!.attemptId!, 'denied');
    await vi.advanceTimersByTimeAsync(1000);
    expect(store.getState().auth['google-calendar']?.status).toBe('denied');
    const last = store.getState().entries.at(-1);
    expect(JSON.stringify(last)).toMatch(/not granted/);
    expect(proxy.calls).toHaveLength(0);
  });

  it('marks a blocked popup and still finishes when the visitor continues in a new tab', async () => {
    const { store, proxy } = setup({ openPopup: () => null });
    await store.getState().start();
    store.getState().send('show me event abc123');
    store.getState().connect('google-calendar');
    expect(store.getState().auth['google-calendar']?.status).toBe('blocked');
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().auth['google-calendar']?.authorizeUrl).toMatch(
      /^http:\/\/proxy.test\//,
    );
    proxy.finish(store.getState().auth['google-calendar']!.attemptId!, 'connected');
    await vi.advanceTimersByTimeAsync(1000);
    await vi.waitFor(() => expect(blockTypes(store.getState().entries.at(-1))).toContain('event'));
  });

  it('calls at once when the integration is already connected, with a typing indicator', async () => {
    let release: (value: unknown) => void = () => {};
    const { store } = setup(
      {},
      {
        integrations: [googleStatus(true)],
        operations: {
          'google-calendar:events.get': () => new Promise((resolve) => (release = resolve)),
        },
      },
    );
    await store.getState().start();
    store.getState().send('show me event abc123');
    expect(store.getState().pending).toBe(1);
    release(designReview);
    await vi.waitFor(() => expect(store.getState().pending).toBe(0));
    expect(blockTypes(store.getState().entries.at(-1))).toContain('event');
  });

  it('feeds a failed call back to the engine, and a lost connection marks the integration', async () => {
    const { store } = setup(
      {},
      {
        integrations: [googleStatus(true)],
        operations: {
          'google-calendar:events.get': () => {
            throw new TransportError({
              code: 'authorization_required',
              message: 'Connect first',
              retryable: false,
              integration: 'google-calendar',
            });
          },
        },
      },
    );
    await store.getState().start();
    store.getState().send('show me event abc123');
    await vi.waitFor(() => expect(store.getState().pending).toBe(0));
    expect(store.getState().integrations[0]?.connected).toBe(false);
    expect(store.getState().entries.length).toBeGreaterThan(2);
  });

  it('keeps the conversation in its persistence and restores it in a new store', async () => {
    const persistence = memoryPersistence();
    const first = setup({ persistence });
    await first.store.getState().start();
    first.store.getState().send('show me event abc123');
    const entries = first.store.getState().entries;

    const second = setup({ persistence });
    expect(second.store.getState().entries).toEqual(entries);
    await second.store.getState().start();
    expect(second.store.getState().entries).toEqual(entries);
  });

  it('resumes a sign-in that was waiting when the page reloaded', async () => {
    const persistence = memoryPersistence();
    const first = setup({ persistence });
    await first.store.getState().start();
    first.store.getState().send('show me event abc123');
    first.store.getState().connect('google-calendar');
    await vi.advanceTimersByTimeAsync(0);
    const attemptId = first.store.getState().auth['google-calendar']!.attemptId!;
    first.store.getState().dispose();

    // The page reloads: a new store over the same storage and the same proxy.
    const second = createChatStore({
      engine: createEngine({ templates }) as DialogEngine,
      transport: first.proxy.transport,
      proxyOrigin: 'http://proxy.test',
      openPopup: () => null,
      messages: fakeMessages().source,
      persistence,
      pollIntervalMs: 1000,
    });
    await second.getState().start();
    first.proxy.finish(attemptId, 'connected');
    await vi.advanceTimersByTimeAsync(1000);
    await vi.waitFor(() => expect(blockTypes(second.getState().entries.at(-1))).toContain('event'));
  });

  it('start over forgets the conversation and drops late results', async () => {
    let release: (value: unknown) => void = () => {};
    const persistence = memoryPersistence();
    const { store } = setup(
      { persistence },
      {
        integrations: [googleStatus(true)],
        operations: {
          'google-calendar:events.get': () => new Promise((resolve) => (release = resolve)),
        },
      },
    );
    await store.getState().start();
    store.getState().send('show me event abc123');
    store.getState().reset();
    release(designReview);
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().entries).toHaveLength(1);
    expect(persistence.load()?.entries).toHaveLength(1);
  });

  it('counts unread bot messages while closed and clears them on open', async () => {
    const { store } = setup();
    await store.getState().start();
    expect(store.getState().unread).toBe(1);
    store.getState().setOpen(true);
    expect(store.getState().unread).toBe(0);
    store.getState().send('show me event abc123');
    expect(store.getState().unread).toBe(0);
  });

  it('tells the engine about a new time zone', async () => {
    const { store } = setup();
    await store.getState().start();
    store.getState().setTimeZone('America/New_York');
    expect(store.getState().timeZone).toBe('America/New_York');
  });
});
