import { describe, expect, it } from 'vitest';
import { discoveryFieldTree } from '../../test-utils/google-spec';
import { googleApi } from '../../test-utils/google-api';
import { eventFields, findUnknownField, freeBusyRequestFields } from './resource-fields';

const meeting = {
  summary: 'Body check',
  start: { dateTime: '2026-12-01T10:00:00-05:00' },
  end: { dateTime: '2026-12-01T11:00:00-05:00' },
};

describe('request body fields', () => {
  it('are exactly the fields of the discovery document’s Event and FreeBusyRequest', () => {
    expect(eventFields).toEqual(discoveryFieldTree('Event'));
    expect(freeBusyRequestFields).toEqual(discoveryFieldTree('FreeBusyRequest'));
  });

  it('finds the first unknown field and where it sits', () => {
    expect(findUnknownField({ summary: 'x', attendees: [{ email: 'a@b.c' }] }, eventFields)).toBe(
      undefined,
    );
    expect(
      findUnknownField({ attendees: [{ email: 'a@b.c' }, { mail: 'x' }] }, eventFields),
    ).toEqual({ name: 'mail', path: 'attendees[1]' });
    // Keys of free-form maps are the caller's own.
    expect(
      findUnknownField({ extendedProperties: { private: { anything: 'goes' } } }, eventFields),
    ).toBe(undefined);
  });
});

describe('unknown body fields (refused on purpose; see the README)', () => {
  it('events.insert refuses a misspelt field instead of creating an untitled event', async () => {
    const { post, get } = await googleApi();
    const { summary: _summary, ...untitled } = meeting;
    const response = await post('/calendars/primary/events', { ...untitled, sumary: 'Typo' });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({
      code: 400,
      message:
        'Invalid JSON payload received. Unknown name "sumary" at \'resource\': Cannot find field.',
      errors: [{ domain: 'global', reason: 'invalid' }],
      status: 'INVALID_ARGUMENT',
    });
    const nested = await post('/calendars/primary/events', {
      ...meeting,
      attendees: [{ email: 'ana@example.org', name: 'Ana' }],
    });
    expect(nested.body.error.message).toBe(
      'Invalid JSON payload received. Unknown name "name" at \'resource.attendees[0]\': Cannot find field.',
    );
    const listed = await get('/calendars/primary/events', {
      timeMin: meeting.start.dateTime,
      timeMax: meeting.end.dateTime,
      singleEvents: 'true',
    });
    expect(listed.body.items).toEqual([]);
  });

  it('events.insert accepts every Event field, read-only or not emulated ones included', async () => {
    const { post, get } = await googleApi();
    const fetched = (await get('/calendars/primary/events/abc123')).body as Record<string, unknown>;
    // Sending back what a read returned works, as with Google (read-only fields are ignored).
    const { id: _id, ...copy } = fetched;
    const echoed = await post('/calendars/primary/events', copy);
    expect(echoed.status).toBe(200);
    expect(echoed.body.id).not.toBe('abc123');
    const extras = await post('/calendars/primary/events', {
      ...meeting,
      source: { title: 'Ticket', url: 'https://example.org/t/1' },
      locked: false,
      attachments: [],
    });
    expect(extras.status).toBe(200);
  });

  it('freeBusy refuses an unknown field of its request', async () => {
    const { post } = await googleApi();
    const range = { timeMin: '2026-11-23T00:00:00Z', timeMax: '2026-11-24T00:00:00Z' };
    const top = await post('/freeBusy', { ...range, items: [{ id: 'primary' }], calendars: [] });
    expect(top.status).toBe(400);
    expect(top.body.error.message).toBe(
      'Invalid JSON payload received. Unknown name "calendars": Cannot find field.',
    );
    const item = await post('/freeBusy', { ...range, items: [{ id: 'primary', busy: true }] });
    expect(item.body.error.message).toBe(
      'Invalid JSON payload received. Unknown name "busy" at \'items[0]\': Cannot find field.',
    );
  });
});
