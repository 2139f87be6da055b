/** A real chat store (real engine) over the fake proxy, for component tests. */
import { createEngine } from '@slotchat/dialog';
import { templates } from '@slotchat/integrations/templates';
import { createChatStore } from '../core/chat-store';
import type { ChatStoreOptions } from '../core/chat-store';
import type { DialogEngine } from '../core/engine-port';
import { fakeMessages, fakePopup, fakeTransport } from '../core/test-doubles';
import type { FakeProxyOptions } from '../core/test-doubles';

export function testStore(overrides: Partial<ChatStoreOptions> = {}, proxy: FakeProxyOptions = {}) {
  const fake = fakeTransport(proxy);
  const popup = fakePopup();
  const opened: number[] = [];
  let ids = 0;
  const store = createChatStore({
    engine: createEngine({ templates }) as DialogEngine,
    transport: fake.transport,
    proxyOrigin: 'http://proxy.test',
    openPopup: () => {
      opened.push(Date.now());
      return popup;
    },
    messages: fakeMessages().source,
    timeZone: 'Europe/Berlin',
    locale: 'en-GB',
    now: () => Date.parse('2026-11-22T09:00:00Z'),
    createId: () => `id-${++ids}`,
    ...overrides,
  });
  return { store, fake, popup, opened };
}
