import { afterEach, describe, expect, it } from 'vitest';
import type { ChatInstance, MountOptions } from './mount-chat';
import type { ChatModule } from './launcher-widget';
import { LauncherWidget } from './launcher-widget';

afterEach(() => {
  document.body.innerHTML = '';
  sessionStorage.clear();
  localStorage.clear();
});

/** A chat chunk that records what it is asked, loaded only when the widget asks for it. */
function fakeChunk() {
  const calls: string[] = [];
  let mountOptions: MountOptions | null = null;
  let loads = 0;
  const instance: ChatInstance = {
    open: () => calls.push('open'),
    close: () => calls.push('close'),
    send: (text) => calls.push(`send:${text}`),
    setTimeZone: (zone) => calls.push(`zone:${zone}`),
    reset: () => calls.push('reset'),
    on: (name) => {
      calls.push(`on:${name}`);
      return () => {};
    },
    unmount: () => {},
  };
  const module: ChatModule = {
    mountChat(_shadow, options) {
      mountOptions = options;
      return instance;
    },
  };
  return {
    calls,
    get loads() {
      return loads;
    },
    get mountOptions() {
      return mountOptions;
    },
    load: () => {
      loads += 1;
      return Promise.resolve(module);
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the launcher before the chat has loaded', () => {
  it('draws only the launcher, inside a reset root of its own shadow root', () => {
    const chunk = fakeChunk();
    new LauncherWidget({ proxyUrl: 'https://chat.example', theme: 'dark' }, chunk.load);
    const host = document.querySelector('slotchat-widget')!;
    expect(host.getAttribute('data-theme')).toBe('dark');
    const button = host.shadowRoot!.querySelector('.root > button.launcher');
    expect(button?.getAttribute('aria-label')).toBe('Open chat');
    expect(chunk.loads).toBe(0);
  });

  it('keeps "on" handlers without loading the chat, and hands them over when it mounts', async () => {
    const chunk = fakeChunk();
    const widget = new LauncherWidget({ proxyUrl: 'https://chat.example' }, chunk.load);
    const handler = () => {};
    widget.on('message', handler);
    widget.on('open', handler);
    widget.close();
    widget.setTheme('light');
    await settle();
    expect(chunk.loads).toBe(0);

    widget.open();
    await settle();
    expect(chunk.loads).toBe(1);
    expect(chunk.mountOptions?.listeners?.map((listener) => listener.name)).toEqual([
      'message',
      'open',
    ]);
    expect(chunk.mountOptions?.open).toBe(true);
    // Later handlers go straight to the chat.
    widget.on('close', handler);
    expect(chunk.calls).toEqual(['open', 'on:close']);
  });

  it('runs commands queued while the chunk loads, in order', async () => {
    const chunk = fakeChunk();
    const widget = new LauncherWidget({ proxyUrl: 'https://chat.example' }, chunk.load);
    widget.send('hello');
    widget.setTimeZone('Asia/Tokyo');
    widget.reset();
    widget.close();
    await settle();
    expect(chunk.loads).toBe(1);
    expect(chunk.mountOptions?.open).toBe(false);
    expect(chunk.calls).toEqual(['send:hello', 'zone:Asia/Tokyo', 'reset', 'close']);
  });
});
