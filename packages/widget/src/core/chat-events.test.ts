import { createEngine } from '@slotchat/dialog';
import { templates } from '@slotchat/integrations/templates';
import { describe, expect, it, vi } from 'vitest';
import { createChatEvents } from './chat-events';
import { createChatStore } from './chat-store';
import type { DialogEngine } from './engine-port';
import { fakeMessages, fakeTransport, googleStatus } from './test-doubles';

describe('createChatEvents', () => {
  it('reports open/close, each new bot message and connection changes; handlers can leave', async () => {
    const proxy = fakeTransport({ integrations: [googleStatus(false)] });
    const store = createChatStore({
      engine: createEngine({ templates }) as DialogEngine,
      transport: proxy.transport,
      proxyOrigin: 'http://proxy.test',
      openPopup: () => null,
      messages: fakeMessages().source,
    });
    const events = createChatEvents(store);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const seen: string[] = [];
    events.on('open', () => seen.push('open'));
    const stop = events.on('close', () => seen.push('close'));
    events.on('message', (message) => seen.push(`message:${message.blocks[0]?.type}`));
    events.on('connection', ({ integration, connected }) =>
      seen.push(`${integration}:${connected}`),
    );
    events.on('open', () => {
      throw new Error('a broken host handler');
    });

    await store.getState().start();
    store.getState().setOpen(true);
    store.getState().setOpen(false);
    stop();
    store.getState().setOpen(true);
    store.getState().send('show me event abc123');
    store.setState({ integrations: [googleStatus(true)] });
    events.dispose();
    expect(logged).toHaveBeenCalledTimes(2);
    logged.mockRestore();
    store.getState().setOpen(false);

    expect(seen).toEqual([
      'message:text',
      'open',
      'close',
      'open',
      'message:auth',
      'google-calendar:true',
    ]);
  });
});
