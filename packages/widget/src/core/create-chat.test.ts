import { createEngine } from '@slotchat/dialog';
import { templates } from '@slotchat/integrations/templates';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createChat } from './create-chat';
import type { DialogEngine } from './engine-port';
import { fakeTransport } from './test-doubles';

function engineCountingPrepare() {
  const engine = createEngine({ templates }) as DialogEngine;
  const prepare = vi.fn(() => engine.prepare?.());
  return { engine: { ...engine, prepare }, prepare };
}

describe('createChat', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('prepares the engine once the browser is idle, not while the chat opens', () => {
    const { engine, prepare } = engineCountingPrepare();
    const chat = createChat({
      proxyUrl: 'http://proxy.test',
      engine,
      transport: fakeTransport().transport,
      persist: false,
    });
    expect(prepare).not.toHaveBeenCalled();
    vi.runOnlyPendingTimers();
    expect(prepare).toHaveBeenCalledTimes(1);
    chat.dispose();
  });

  it('does not prepare an engine whose chat is already gone', () => {
    const { engine, prepare } = engineCountingPrepare();
    const chat = createChat({
      proxyUrl: 'http://proxy.test',
      engine,
      transport: fakeTransport().transport,
      persist: false,
    });
    chat.dispose();
    vi.runOnlyPendingTimers();
    expect(prepare).not.toHaveBeenCalled();
  });
});
