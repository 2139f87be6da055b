import { describe, expect, it } from 'vitest';
import type { CommandTarget } from './commands';
import { createCommandRouter } from './commands';
import type { InitOptions } from './init-options';

function fakeWidget(name: string, log: string[]): CommandTarget {
  return {
    open: () => log.push(`${name}:open`),
    close: () => log.push(`${name}:close`),
    send: (text) => log.push(`${name}:send:${text}`),
    setTimeZone: (zone) => log.push(`${name}:zone:${zone}`),
    reset: () => log.push(`${name}:reset`),
    on: (event) => log.push(`${name}:on:${event}`),
    setTheme: (theme) => log.push(`${name}:theme:${theme}`),
  };
}

function setup() {
  const log: string[] = [];
  const errors: string[] = [];
  const created: InitOptions[] = [];
  const router = createCommandRouter(
    (options) => {
      created.push(options);
      return fakeWidget(options.instance ?? 'default', log);
    },
    (message) => errors.push(message),
  );
  return { router, log, errors, created };
}

describe('the Slotchat command router', () => {
  it('sends commands to the first widget, or to the one named last', () => {
    const { router, log } = setup();
    router.command('init', { proxyUrl: 'https://chat.example' });
    router.command('init', { proxyUrl: 'https://chat.example', instance: 'sales' });
    router.command('open');
    router.command('send', 'hello', { instance: 'sales' });
    router.command('setTimeZone', 'Asia/Tokyo');
    router.command('reset', { instance: 'sales' });
    router.command('close');
    router.command('setTheme', 'dark', { instance: 'sales' });
    router.command('on', 'message', () => {});
    expect(log).toEqual([
      'default:open',
      'sales:send:hello',
      'default:zone:Asia/Tokyo',
      'sales:reset',
      'default:close',
      'sales:theme:dark',
      'default:on:message',
    ]);
  });

  it('creates one widget per instance, however often init is called', () => {
    const { router, created } = setup();
    router.command('init', { proxyUrl: 'https://chat.example' });
    router.command('init', { proxyUrl: 'https://other.example' });
    expect(created).toHaveLength(1);
    expect(router.widgets.size).toBe(1);
  });

  it('explains commands it cannot run, and runs nothing for them', () => {
    const { router, log, errors } = setup();
    router.command('open');
    router.command('init', {});
    router.command('init', { proxyUrl: 'https://chat.example' });
    router.command('open', { instance: 'nobody' });
    router.command('fly');
    router.command('on', 'explode', () => {});
    router.command('on', 'message', 'not a function');
    router.command('setTheme', 'purple');
    router.command('send', 42);
    expect(log).toEqual([]);
    expect(errors).toEqual([
      `"open" before init: call Slotchat('init', { proxyUrl }) first`,
      'init needs { proxyUrl: "https://…" }',
      '"open": no widget named "nobody"',
      'unknown command "fly"',
      'usage: Slotchat("on", "open" | "close" | "message" | "connection", handler)',
      'usage: Slotchat("on", "open" | "close" | "message" | "connection", handler)',
      'usage: Slotchat("setTheme", "auto" | "light" | "dark")',
      'usage: Slotchat("send", "text")',
    ]);
  });
});
