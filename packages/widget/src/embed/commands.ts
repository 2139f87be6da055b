/**
 * The `window.Slotchat(...)` commands, routed to widgets. Kept apart from the script-tag entry
 * (`loader.ts`) so the routing can be tested without a page: which widget a command goes to,
 * what happens before `init`, and what an unknown command does.
 */
import type { ChatEventName } from '../core/chat-events';
import { chatEventNames } from '../core/chat-events';
import type { InitOptions, Theme } from './init-options';
import { themes } from './init-options';

/** What a command needs from one widget (the launcher and, once loaded, its chat). */
export interface CommandTarget {
  open(): void;
  close(): void;
  send(text: string): void;
  setTimeZone(timeZone: string): void;
  reset(): void;
  /** Must not load the chat: a handler waits until the chat exists. */
  on(name: ChatEventName, handler: (payload: unknown) => void): void;
  setTheme(theme: Theme): void;
}

export interface CommandRouter {
  command(name: unknown, ...args: unknown[]): void;
  /** The widgets by instance name, in the order they were created. */
  readonly widgets: ReadonlyMap<string, CommandTarget>;
}

function isTargeting(value: unknown): value is { instance: unknown } {
  return typeof value === 'object' && value !== null && 'instance' in value;
}

/**
 * @example
 * const router = createCommandRouter((options) => new Widget(options));
 * router.command('init', { proxyUrl: 'https://chat.example.com' });
 * router.command('open');
 * router.command('send', 'hello', { instance: 'sales' });
 */
export function createCommandRouter(
  create: (options: InitOptions) => CommandTarget,
  report: (message: string) => void = (message) => console.error(`[slotchat] ${message}`),
): CommandRouter {
  const widgets = new Map<string, CommandTarget>();

  function init(options: unknown) {
    if (!options || typeof (options as InitOptions).proxyUrl !== 'string') {
      report('init needs { proxyUrl: "https://…" }');
      return;
    }
    const initOptions = options as InitOptions;
    const name = initOptions.instance ?? 'default';
    if (widgets.has(name)) return;
    widgets.set(name, create(initOptions));
  }

  function target(args: unknown[]): CommandTarget | undefined {
    const last = args.at(-1);
    if (isTargeting(last)) return widgets.get(String(last.instance));
    return widgets.values().next().value;
  }

  function command(name: unknown, ...args: unknown[]): void {
    if (name === 'init') return init(args[0]);
    const widget = target(args);
    if (!widget) {
      const last = args.at(-1);
      report(
        isTargeting(last)
          ? `"${String(name)}": no widget named "${String(last.instance)}"`
          : `"${String(name)}" before init: call Slotchat('init', { proxyUrl }) first`,
      );
      return;
    }
    switch (name) {
      case 'open':
        return widget.open();
      case 'close':
        return widget.close();
      case 'send':
        if (typeof args[0] !== 'string') return report('usage: Slotchat("send", "text")');
        return widget.send(args[0]);
      case 'setTimeZone':
        if (typeof args[0] !== 'string')
          return report('usage: Slotchat("setTimeZone", "Europe/Berlin")');
        return widget.setTimeZone(args[0]);
      case 'reset':
        return widget.reset();
      case 'setTheme': {
        const theme = args[0];
        if (!themes.includes(theme as Theme)) {
          return report(`usage: Slotchat("setTheme", ${themes.map((t) => `"${t}"`).join(' | ')})`);
        }
        return widget.setTheme(theme as Theme);
      }
      case 'on': {
        const [event, handler] = args;
        if (!chatEventNames.includes(event as ChatEventName) || typeof handler !== 'function') {
          return report(
            `usage: Slotchat("on", ${chatEventNames.map((e) => `"${e}"`).join(' | ')}, handler)`,
          );
        }
        return widget.on(event as ChatEventName, handler as (payload: unknown) => void);
      }
      default:
        report(`unknown command "${String(name)}"`);
    }
  }

  return { command, widgets };
}
