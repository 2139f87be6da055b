import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ChatApp } from './chat-app';
import { en, translator } from '../core/strings';
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

describe('ChatApp', () => {
  it('opens from the launcher with focus in the text box, and Escape gives focus back', async () => {
    await renderChat();
    const launcher = screen.getByRole('button', { name: 'Open chat' });
    expect(within(launcher).getByLabelText('1 new messages')).toBeTruthy();
    fireEvent.click(launcher);
    const box = screen.getByRole('textbox', { name: 'Message' });
    expect(document.activeElement).toBe(box);
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Open chat' }));
  });

  it('sends with Enter and shows the visitor bubble and the auth card', async () => {
    await renderChat();
    fireEvent.click(screen.getByRole('button', { name: 'Open chat' }));
    const box = screen.getByRole('textbox', { name: 'Message' });
    fireEvent.change(box, { target: { value: 'show me event abc123' } });
    fireEvent.submit(box.closest('form')!);
    const log = screen.getByRole('log', { name: 'Conversation' });
    expect(
      within(log).getByText('show me event abc123', { selector: '.visitor .text' }),
    ).toBeTruthy();
    expect(within(log).getByRole('button', { name: 'Connect Google Calendar' })).toBeTruthy();
    expect((box as HTMLInputElement).value).toBe('');
  });

  it('opens the popup inside the click on Connect, before anything is awaited', async () => {
    const { opened, store } = await renderChat();
    fireEvent.click(screen.getByRole('button', { name: 'Open chat' }));
    act(() => store.getState().send('show me event abc123'));
    fireEvent.click(screen.getByRole('button', { name: 'Connect Google Calendar' }));
    expect(opened).toHaveLength(1);
    expect(
      screen.getByText('Waiting for you to finish in the Google Calendar window…'),
    ).toBeTruthy();
  });

  it('offers a new-tab link when the popup is blocked', async () => {
    await renderChat({ openPopup: () => null });
    fireEvent.click(screen.getByRole('button', { name: 'Open chat' }));
    const box = screen.getByRole('textbox', { name: 'Message' });
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

  it('starts over from the menu', async () => {
    const { store } = await renderChat();
    fireEvent.click(screen.getByRole('button', { name: 'Open chat' }));
    act(() => store.getState().send('show me event abc123'));
    expect(store.getState().entries.length).toBeGreaterThan(1);
    fireEvent.click(screen.getByRole('button', { name: 'Chat options' }));
    fireEvent.click(screen.getByRole('button', { name: 'Start over' }));
    expect(store.getState().entries).toHaveLength(1);
    expect(screen.queryByText('show me event abc123', { selector: '.visitor .text' })).toBeNull();
  });

  it('changes the time zone from the menu', async () => {
    const { store } = await renderChat();
    fireEvent.click(screen.getByRole('button', { name: 'Open chat' }));
    fireEvent.click(screen.getByRole('button', { name: 'Chat options' }));
    fireEvent.click(screen.getByRole('button', { name: 'Change time zone' }));
    fireEvent.change(screen.getByLabelText('Time zone'), { target: { value: 'Asia/Tokyo' } });
    expect(screen.getByText('Times in Europe/Berlin')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(store.getState().timeZone).toBe('Asia/Tokyo');
    expect(screen.getByText('Times in Asia/Tokyo')).toBeTruthy();
  });

  it('shows every string from the catalogue it is given', async () => {
    const { store } = testStore();
    await store.getState().start();
    const german = translator({
      ...en,
      openChat: 'Chat öffnen',
      message: 'Nachricht',
      send: 'Senden',
    });
    render(
      <ChatProvider store={store} t={german}>
        <ChatApp />
      </ChatProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Chat öffnen' }));
    expect(screen.getByRole('textbox', { name: 'Nachricht' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Senden' })).toBeTruthy();
  });
});
