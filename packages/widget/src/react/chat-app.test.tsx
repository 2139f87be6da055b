import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { cardBlocks } from '../fixtures/card-blocks';
import { en, translator } from '../core/strings';
import { ChatApp } from './chat-app';
import { ChatProvider } from './chat-context';
import { testStore } from './test-store';

afterEach(cleanup);

async function renderChat(options: Parameters<typeof testStore>[0] = {}) {
  const setup = testStore(options);
  await setup.store.getState().start();
  render(
    <ChatProvider store={setup.store}>
      <ChatApp />
    </ChatProvider>,
  );
  return setup;
}

async function openChat(options: Parameters<typeof testStore>[0] = {}) {
  const setup = await renderChat(options);
  fireEvent.click(screen.getByRole('button', { name: /^Open chat/ }));
  return { ...setup, box: screen.getByRole('textbox', { name: 'Message' }) };
}

const focused = () => document.activeElement;

describe('ChatApp', () => {
  it('opens from the launcher with focus in the text box, and Escape gives focus back', async () => {
    await renderChat();
    // The greeting arrived while closed: the launcher's name says so.
    const launcher = screen.getByRole('button', { name: 'Open chat, 1 unread message' });
    fireEvent.click(launcher);
    const box = screen.getByRole('textbox', { name: 'Message' });
    expect(focused()).toBe(box);
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(focused()).toBe(screen.getByRole('button', { name: 'Open chat' }));
  });

  it('counts unread messages in the launcher name, with the plural the locale wants', async () => {
    const { store } = await renderChat();
    act(() => store.getState().send('show me event abc123'));
    expect(screen.getByRole('button', { name: 'Open chat, 2 unread messages' })).toBeTruthy();
  });

  it('sends with Enter and shows the visitor bubble and the auth card', async () => {
    const { box } = await openChat();
    fireEvent.change(box, { target: { value: 'show me event abc123' } });
    fireEvent.submit(box.closest('form')!);
    const log = screen.getByRole('log', { name: 'Conversation' });
    expect(
      within(log).getByText('show me event abc123', { selector: '.visitor .text' }),
    ).toBeTruthy();
    expect(within(log).getByRole('button', { name: 'Connect Google Calendar' })).toBeTruthy();
    expect((box as HTMLInputElement).value).toBe('');
  });

  it('opens the popup inside the click on Connect, and keeps focus in the panel', async () => {
    const { opened, store, box } = await openChat();
    act(() => store.getState().send('show me event abc123'));
    const connect = screen.getByRole('button', { name: 'Connect Google Calendar' });
    connect.focus();
    fireEvent.click(connect);
    expect(opened).toHaveLength(1);
    expect(
      screen.getByText('Waiting for you to finish in the Google Calendar window…'),
    ).toBeTruthy();
    expect(focused()).toBe(box);
  });

  it('moves focus to the text box after a quick reply, not to the page', async () => {
    const { store, box } = await openChat();
    act(() =>
      store.setState({
        entries: [
          {
            id: 'q',
            role: 'bot',
            at: 0,
            message: { id: 'm', blocks: [cardBlocks['quick-replies']] },
          },
        ],
      }),
    );
    const reply = screen.getByRole('button', { name: 'Next week' });
    reply.focus();
    fireEvent.click(reply);
    expect(focused()).toBe(box);
  });

  it('offers a new-tab link when the popup is blocked', async () => {
    const { box } = await openChat({ openPopup: () => null });
    fireEvent.change(box, { target: { value: 'show me event abc123' } });
    fireEvent.submit(box.closest('form')!);
    fireEvent.click(screen.getByRole('button', { name: 'Connect Google Calendar' }));
    expect(screen.getByText('Your browser blocked the sign-in window.')).toBeTruthy();
    const link = await screen.findByRole('link', { name: 'Continue in a new tab' });
    expect(link.getAttribute('href')).toMatch(
      /^http:\/\/proxy\.test\/auth\/google-calendar\/start/,
    );
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
  });

  it('Escape with the menu open closes only the menu, and focus returns to its button', async () => {
    await openChat();
    const menuButton = screen.getByRole('button', { name: 'Chat options' });
    fireEvent.click(menuButton);
    const startOver = screen.getByRole('button', { name: 'Start over' });
    expect(focused()).toBe(startOver);
    fireEvent.keyDown(startOver, { key: 'Escape' });
    expect(screen.queryByRole('button', { name: 'Start over' })).toBeNull();
    expect(screen.getByRole('dialog')).toBeTruthy();
    expect(focused()).toBe(menuButton);
  });

  it('starts over from the menu, with focus back in the text box', async () => {
    const { store, box } = await openChat();
    act(() => store.getState().send('show me event abc123'));
    expect(store.getState().entries.length).toBeGreaterThan(1);
    fireEvent.click(screen.getByRole('button', { name: 'Chat options' }));
    fireEvent.click(screen.getByRole('button', { name: 'Start over' }));
    expect(store.getState().entries).toHaveLength(1);
    expect(screen.queryByText('show me event abc123', { selector: '.visitor .text' })).toBeNull();
    expect(focused()).toBe(box);
  });

  it('changes the time zone by searching the picker', async () => {
    const { store, box } = await openChat();
    expect(screen.getByText('Times in Berlin (GMT+1)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Chat options' }));
    fireEvent.click(screen.getByRole('button', { name: 'Change time zone' }));
    const search = screen.getByRole('combobox', { name: 'Time zone' });
    expect(focused()).toBe(search);
    // Suggestions first, with names a visitor recognises.
    const list = screen.getByRole('listbox', { name: 'Time zone' });
    expect(within(list).getAllByRole('option')[0]?.textContent).toContain('Berlin');
    fireEvent.change(search, { target: { value: 'tokyo' } });
    await waitFor(() =>
      expect(
        within(list)
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toEqual([expect.stringContaining('Tokyo')]),
    );
    fireEvent.keyDown(search, { key: 'Enter' });
    expect(store.getState().timeZone).toBe('Asia/Tokyo');
    expect(screen.getByText('Times in Tokyo (GMT+9)')).toBeTruthy();
    expect(focused()).toBe(box);
  });

  it('Escape in the time-zone picker cancels it and leaves the chat open', async () => {
    const { store } = await openChat();
    fireEvent.click(screen.getByRole('button', { name: 'Chat options' }));
    fireEvent.click(screen.getByRole('button', { name: 'Change time zone' }));
    const search = screen.getByRole('combobox', { name: 'Time zone' });
    fireEvent.keyDown(search, { key: 'ArrowDown' });
    fireEvent.keyDown(search, { key: 'Escape' });
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.getByRole('dialog')).toBeTruthy();
    expect(focused()).toBe(screen.getByRole('button', { name: 'Chat options' }));
    expect(store.getState().timeZone).toBe('Europe/Berlin');
  });

  it('shows the strings of the catalogue it is given, plural forms included', async () => {
    const { store } = testStore();
    await store.getState().start();
    const german = translator(
      {
        ...en,
        openChat: 'Chat öffnen',
        openChatUnread: {
          one: 'Chat öffnen, {count} ungelesene Nachricht',
          other: 'Chat öffnen, {count} ungelesene Nachrichten',
        },
        message: 'Nachricht',
        send: 'Senden',
      },
      'de-DE',
    );
    render(
      <ChatProvider store={store} t={german}>
        <ChatApp />
      </ChatProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Chat öffnen, 1 ungelesene Nachricht' }));
    expect(screen.getByRole('textbox', { name: 'Nachricht' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Senden' })).toBeTruthy();
  });
});
