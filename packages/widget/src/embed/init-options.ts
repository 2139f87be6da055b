/** What `Slotchat('init', options)` and the script tag's data attributes accept. */
import type { Catalogue as BotCatalogue } from '@slotchat/dialog';
import type { Catalogue } from '../core/strings';

/** `auto` follows the visitor's preference; the others force a scheme (a site's own switch). */
export type Theme = 'auto' | 'light' | 'dark';
export const themes: readonly Theme[] = ['auto', 'light', 'dark'];

export interface InitOptions {
  proxyUrl: string;
  instance?: string;
  position?: 'left' | 'right';
  timeZone?: string;
  locale?: string;
  theme?: Theme;
  /** When to load the chat: on first open (default) or when the browser is idle. */
  load?: 'open' | 'idle';
  nonce?: string;
  /** Replacements for the widget's strings (a translation). */
  strings?: Partial<Catalogue>;
  /** A translation of what the assistant says (the dialog engine's catalogue, by key). */
  botStrings?: BotCatalogue;
  /** Where to put the widget (default: the end of `<body>`). */
  container?: Element;
}

/** Sets (or clears, for `auto`) the attribute the styles read. */
export function applyTheme(host: HTMLElement, theme: Theme | undefined): void {
  if (theme === 'light' || theme === 'dark') host.setAttribute('data-theme', theme);
  else host.removeAttribute('data-theme');
}
