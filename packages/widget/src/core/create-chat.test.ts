import { createEngine } from '@slotchat/dialog';
import { templates } from '@slotchat/integrations/templates';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createChat } from './create-chat';
import type { DialogEngine } from './engine-port';
import { fakeTransport } from './test-doubles';

/** A chat over the real engine, with its `prepare` counted. */
function openChat() {
  const engine = createEngine({ templates }) as DialogEngine;
  const prepare = vi.fn(() => engine.prepare?.());
  const chat = createChat({
    proxyUrl: 'http://proxy.test',
    engine: { ...engine, prepare },
    transport: fakeTransport().transport,
    persist: false,
  });
  return { chat, prepare };
}

describe('createChat', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('prepares the engine once the browser is idle, not while the chat opens', () => {
    const { chat, prepare } = openChat();
    expect(prepare).not.toHaveBeenCalled();
    vi.runOnlyPendingTimers();
    expect(prepare).toHaveBeenCalledTimes(1);
    chat.dispose();
  });

  it('does not prepare an engine whose chat is already gone', () => {
    const { chat, prepare } = openChat();
    chat.dispose();
    vi.runOnlyPendingTimers();
    expect(prepare).not.toHaveBeenCalled();
  });
});
