import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { calendarBase, googleApi } from '../../test-utils/google-api';
import { calendarScope, googleTokens } from '../../test-utils/oauth-flow';

describe('Calendar API options', () => {
  it('accepts the token as the access_token query parameter, as Google does', async () => {
    const { sandbox, tokens } = await googleApi();
    const response = await request(sandbox.app)
      .get(`${calendarBase}/calendars/primary/events/abc123`)
      .query({ access_token: tokens.access_token });
    expect(response.status).toBe(200);
  });

  it('trims attendees to maxAttendees and says so', async () => {
    const { get } = await googleApi();
    const response = await get('/calendars/primary/events/abc123', { maxAttendees: '2' });
    expect(response.body.attendees).toHaveLength(2);
    expect(response.body.attendeesOmitted).toBe(true);
  });

  it('filters by eventTypes', async () => {
    const { get } = await googleApi();
    const response = await get('/calendars/primary/events', {
      timeMin: '2026-11-20T00:00:00Z',
      timeMax: '2026-11-25T00:00:00Z',
      eventTypes: 'focusTime',
    });
    expect(response.body.items.map((event: { summary: string }) => event.summary)).toEqual([
      'Focus time',
    ]);
  });

  it('reports calendars past calendarExpansionMax as tooManyCalendarsRequested', async () => {
    const { post } = await googleApi();
    const response = await post('/freeBusy', {
      timeMin: '2026-11-23T00:00:00Z',
      timeMax: '2026-11-24T00:00:00Z',
      calendarExpansionMax: 1,
      items: [{ id: 'primary' }, { id: 'avery.chen@example.com' }],
    });
    expect(response.body.calendars['avery.chen@example.com'].errors).toEqual([
      { domain: 'calendar', reason: 'tooManyCalendarsRequested' },
    ]);
    expect(response.body.calendars.primary.busy.length).toBeGreaterThan(0);
  });

  it('merges earlier grants with include_granted_scopes=true', async () => {
    const { sandbox } = await googleApi({}, `${calendarScope}.readonly`);
    const merged = await googleTokens(
      sandbox.app,
      { include_granted_scopes: 'true' },
      `${calendarScope}.events`,
    );
    expect(merged.scope.split(' ').sort()).toEqual([
      `${calendarScope}.events`,
      `${calendarScope}.readonly`,
    ]);
    const alone = await googleTokens(sandbox.app, {}, `${calendarScope}.events`);
    expect(alone.scope).toBe(`${calendarScope}.events`);
  });
});
