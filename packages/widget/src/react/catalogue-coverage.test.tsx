/**
 * Every word the widget itself shows comes from its catalogue: rendered with a catalogue whose
 * every message is marked «like this», the open widget with every card, the menu and the
 * time-zone picker may show only marked text, the engine's own words, and Intl's dates and
 * numbers. A string typed straight into a component fails this test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChatEntry } from '../core/chat-types';
import type { Message } from '@slotchat/dialog';
import type { Catalogue, StringKey } from '../core/strings';
import { en, translator } from '../core/strings';
import { cardMessages } from '../fixtures/card-blocks';
import { ChatApp } from './chat-app';
import { ChatProvider } from './chat-context';
import { testStore } from './test-store';

afterEach(cleanup);

// The package root: vitest runs each package's tests from its own directory.
const sourceRoot = join(process.cwd(), 'src');

function marked(message: Message): Message {
  if (typeof message === 'string') return `«${message}»`;
  return {
    ...Object.fromEntries(Object.entries(message).map(([form, text]) => [form, `«${text}»`])),
    other: `«${message.other}»`,
  };
}

const pseudo = Object.fromEntries(
  Object.entries(en).map(([key, message]) => [key, marked(message)]),
) as Catalogue;

/** Every string in the engine's messages (titles, labels, reasons…), which are not ours. */
function engineStrings(entries: ChatEntry[]): string[] {
  const found: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') found.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  for (const entry of entries) walk(entry.role === 'bot' ? entry.message : entry.text);
  return found;
}

function unexplained(root: HTMLElement, engine: string[]): string[] {
  const explained = (text: string) => {
    const trimmed = text.trim();
    return (
      trimmed === '' ||
      /^«[^]*»$/.test(trimmed) ||
      /\d/.test(trimmed) || // Intl dates, times, durations and counts
      engine.some((value) => value.includes(trimmed))
    );
  };
  const problems: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // Zone names come from Intl and the IANA ids, not from us.
    if (node.parentElement?.closest('.zone-option')) continue;
    if (!explained(node.textContent ?? '')) problems.push(`text: ${node.textContent}`);
  }
  for (const element of root.querySelectorAll('*')) {
    for (const attribute of ['aria-label', 'placeholder', 'title', 'alt']) {
      const value = element.getAttribute(attribute);
      if (value !== null && !explained(value)) problems.push(`${attribute}: ${value}`);
    }
  }
  return problems;
}

describe('the string catalogue', () => {
  it('covers every string of the widget: chrome, every card, the menu and the zone picker', async () => {
    const { store } = testStore();
    await store.getState().start();
    const entries: ChatEntry[] = cardMessages.map((message, index) => ({
      id: `card-${index}`,
      role: 'bot',
      at: Date.parse('2026-11-22T09:00:00Z'),
      message,
      // One older auth card that ended, besides the live one of the fixtures.
      ...(message.blocks[0]?.type === 'auth' ? { authOutcome: 'denied' as const } : {}),
    }));
    act(() => store.setState({ entries, auth: { calendly: { status: 'waiting' } } }));
    const t = translator(pseudo, 'en-GB');
    const { container } = render(
      <ChatProvider store={store} t={t}>
        <ChatApp />
      </ChatProvider>,
    );
    expect(unexplained(container, engineStrings(entries))).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: /^«Open chat/ }));
    fireEvent.click(screen.getByRole('button', { name: '«Chat options»' }));
    expect(unexplained(container, engineStrings(entries))).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: '«Change time zone»' }));
    expect(unexplained(container, engineStrings(entries))).toEqual([]);
  });

  it('holds only messages the widget uses, each plural with its "other" form', () => {
    // Every message is work for a translator: one that nothing shows is waste.
    const sources = readdirSync(sourceRoot, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
      .filter((file) => !file.endsWith('strings.ts'))
      .map((file) => readFileSync(join(sourceRoot, file), 'utf8'))
      .join('\n');
    const entries = Object.entries(en) as [StringKey, Message][];
    const unused = entries
      .map(([key]) => key)
      .filter((key) => !new RegExp(`['"]${key}['"]`).test(sources));
    expect(unused).toEqual([]);
    for (const [key, message] of entries) {
      if (typeof message !== 'string') expect(message.other, key).toBeTruthy();
    }
  });
});
