import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AdminIntegration } from '@slotchat/integrations/admin-api';
import type { AdminClient } from '../api/admin-client';
import { ClientProvider } from '../api/client-context';
import { ProfileForm } from './profile-form';

afterEach(cleanup);

const google: AdminIntegration = {
  id: 'google-calendar',
  name: 'Google Calendar',
  enabled: true,
  mode: 'user',
  modeLockedBy: null,
  provider: 'sandbox',
  connection: null,
  templates: [],
  profile: {
    type: 'oauth2',
    clientId: { value: '', lockedBy: null },
    clientSecret: { set: false, lockedBy: null },
    authorizationUrl: {
      value: 'http://localhost:3001/google/o/oauth2/v2/auth',
      default: 'https://accounts.google.com/o/oauth2/v2/auth',
      lockedBy: null,
    },
    tokenUrl: {
      value: 'http://localhost:3001/google/token',
      default: 'https://oauth2.googleapis.com/token',
      lockedBy: 'GOOGLE_CALENDAR_TOKEN_URL',
    },
    refreshTokenUrl: {
      value: 'http://localhost:3001/google/token',
      default: 'https://oauth2.googleapis.com/token',
      lockedBy: null,
    },
    scopes: {
      value: ['https://www.googleapis.com/auth/calendar'],
      default: ['https://www.googleapis.com/auth/calendar'],
      known: ['https://www.googleapis.com/auth/calendar'],
      lockedBy: null,
    },
    redirectUri: 'http://localhost:3000/auth/google-calendar/callback',
  },
};

function renderForm(saved: unknown[] = []) {
  const client = {
    saveProfile: async (_id: string, input: unknown) => {
      saved.push(input);
      return google;
    },
  } as unknown as AdminClient;
  render(
    <ClientProvider client={client}>
      <ProfileForm integration={google} onSaved={() => {}} onSignedOut={() => {}} />
    </ClientProvider>,
  );
}

describe('ProfileForm', () => {
  it('shows a field the environment sets as locked, with the variable named', () => {
    renderForm();
    const tokenUrl = screen.getByLabelText('Token URL');
    expect(tokenUrl).toHaveProperty('disabled', true);
    expect(tokenUrl.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText('GOOGLE_CALENDAR_TOKEN_URL')).toBeTruthy();
  });

  it('names each field to fix, and saves nothing, when the owner saves a client id without a secret', async () => {
    const saved: unknown[] = [];
    renderForm(saved);
    fireEvent.change(screen.getByLabelText('Client ID'), {
      target: { value: 'real.apps.googleusercontent.com' },
    });
    fireEvent.change(screen.getByLabelText('Authorization URL'), {
      target: { value: 'http://accounts.example.com/auth' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save profile' }));
    expect(
      await screen.findByText('Some fields need attention before the profile can be saved.'),
    ).toBeTruthy();
    expect(screen.getByLabelText('Client secret').getAttribute('aria-invalid')).toBe('true');
    expect(
      screen.getByText('Use https:// — plain http is only allowed for localhost.'),
    ).toBeTruthy();
    expect(saved).toEqual([]);
  });

  it('offers the provider URLs when a real client id is typed over the sandbox ones', () => {
    renderForm();
    fireEvent.change(screen.getByLabelText('Client ID'), {
      target: { value: 'real.apps.googleusercontent.com' },
    });
    fireEvent.click(screen.getByRole('button', { name: "Use Google Calendar's URLs" }));
    expect((screen.getByLabelText('Authorization URL') as HTMLInputElement).value).toBe(
      'https://accounts.google.com/o/oauth2/v2/auth',
    );
    // Locked by the environment: left alone.
    expect((screen.getByLabelText('Token URL') as HTMLInputElement).value).toBe(
      'http://localhost:3001/google/token',
    );
  });

  it('flags a scope the provider does not define', () => {
    renderForm();
    fireEvent.change(screen.getByLabelText('Scopes'), {
      target: { value: 'https://www.googleapis.com/auth/calendar\ncalendar.everything' },
    });
    expect(screen.getByText(/does not define/).textContent).toContain('calendar.everything');
  });
});
