import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuthCardStatus } from '../../core/chat-types';
import { googleStatus } from '../../core/test-doubles';
import { ChatProvider } from '../chat-context';
import { testStore } from '../test-store';
import { AuthCard } from './auth-card';

afterEach(cleanup);

function renderCard(status: AuthCardStatus | null, authorizeUrl?: string) {
  const { store } = testStore();
  act(() =>
    store.setState({
      integrations: [googleStatus(false)],
      auth: status
        ? { 'google-calendar': { status, ...(authorizeUrl ? { authorizeUrl } : {}) } }
        : {},
    }),
  );
  render(
    <ChatProvider store={store}>
      <AuthCard
        integration="google-calendar"
        integrationName="Google Calendar"
        reason="Why."
        live={true}
        outcome={undefined}
      />
    </ChatProvider>,
  );
  return store;
}

const buttons = () => screen.queryAllByRole('button').map((button) => button.textContent);

describe('AuthCard states', () => {
  it.each([
    [null, null, ['Connect Google Calendar']],
    ['waiting', 'Waiting for you to finish in the Google Calendar window…', []],
    ['connected', 'You connected Google Calendar.', []],
    ['denied', 'Access to Google Calendar was not granted.', ['Try again']],
    ['closed', 'The sign-in window was closed before you finished.', ['Try again']],
    ['expired', 'The sign-in took too long and timed out.', ['Try again']],
    ['failed', 'Connecting Google Calendar did not work.', ['Try again']],
    [
      'missing-scopes',
      'Some permissions were not granted, so this cannot work yet.',
      ['Reconnect Google Calendar'],
    ],
  ] as const)('%s', (status, text, expectedButtons) => {
    renderCard(status);
    if (text) expect(screen.getByText(text)).toBeTruthy();
    expect(buttons()).toEqual(expectedButtons);
  });

  it('blocked: a new-tab link to an http(s) sign-in URL, never to anything else', () => {
    renderCard('blocked', 'http://proxy.test/auth/google-calendar/start?attempt=a');
    expect(screen.getByRole('link', { name: 'Continue in a new tab' }).getAttribute('href')).toBe(
      'http://proxy.test/auth/google-calendar/start?attempt=a',
    );
    cleanup();
    renderCard('blocked', 'javascript:alert(1)');
    expect(screen.queryByRole('link')).toBeNull();
    expect(buttons()).toEqual(['Try again']);
  });

  it('connected by the site owner', () => {
    const { store } = testStore();
    act(() => store.setState({ integrations: [{ ...googleStatus(true), connectedBy: 'owner' }] }));
    render(
      <ChatProvider store={store}>
        <AuthCard
          integration="google-calendar"
          integrationName="Google Calendar"
          reason="Why."
          live={true}
          outcome={undefined}
        />
      </ChatProvider>,
    );
    expect(screen.getByText('The site owner has connected Google Calendar.')).toBeTruthy();
  });

  it('an older card keeps its own outcome and offers no buttons', () => {
    const { store } = testStore();
    // Today the integration is not connected and a newer card asks again.
    act(() =>
      store.setState({
        integrations: [googleStatus(false)],
        auth: { 'google-calendar': { status: 'connect' } },
      }),
    );
    render(
      <ChatProvider store={store}>
        <AuthCard
          integration="google-calendar"
          integrationName="Google Calendar"
          reason="Why."
          live={false}
          outcome="connected"
        />
        <AuthCard
          integration="google-calendar"
          integrationName="Google Calendar"
          reason="Why."
          live={false}
          outcome={undefined}
        />
      </ChatProvider>,
    );
    expect(screen.getByText('You connected Google Calendar.')).toBeTruthy();
    expect(buttons()).toEqual([]);
  });
});
