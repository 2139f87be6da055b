/**
 * Puts a conversation into the widget the way a returning visitor's browser has it: in the
 * widget's localStorage entry, then a reload. Used to show every card (and every sign-in state)
 * without driving each dialog there.
 */
import type { cardMessages } from '@slotchat/widget/fixtures';
import type { Page } from 'playwright-core';
import { chat } from './chat-page';

type BotMessage = (typeof cardMessages)[number];

/** A fixed send time, so two pages show the same timestamps. */
export const shownAt = Date.parse('2026-11-18T08:30:00Z');

export interface StoredEntry {
  id: string;
  role: 'visitor' | 'bot';
  at: number;
  text?: string;
  message?: BotMessage;
  authOutcome?: string;
}

export const botEntry = (id: string, message: BotMessage, extra: Partial<StoredEntry> = {}) =>
  ({ id, role: 'bot', at: shownAt, message, ...extra }) satisfies StoredEntry;

/**
 * Opens the widget on the page already loaded (so it has saved its conversation), swaps the
 * conversation, and reloads. The panel was open in this tab, so it opens again by itself.
 */
export async function showConversation(
  page: Page,
  proxyUrl: string,
  entries: StoredEntry[],
  auth: Record<string, { status: string; authorizeUrl?: string }> = {},
) {
  const widget = chat(page);
  if ((await widget.panel.count()) === 0) await widget.open();
  await widget.log.locator('li.bubble.bot').first().waitFor();
  const key = `slotchat:${new URL(proxyUrl).origin}:default`;
  await page.evaluate(
    ({ key, entries, auth }) => {
      const stored = JSON.parse(localStorage.getItem(key)!);
      stored.snapshot.entries = entries;
      stored.snapshot.auth = auth;
      localStorage.setItem(key, JSON.stringify(stored));
    },
    { key, entries, auth },
  );
  await page.reload();
  await widget.log
    .locator('li.bubble')
    .nth(entries.length - 1)
    .waitFor();
  return widget;
}
