import { describe, expect, it } from 'vitest';
import { googleApi } from '../../test-utils/google-api';
import type { GoogleEvent } from './event-resource';

const summaries = (body: { items: GoogleEvent[] }) => body.items.map((event) => event.summary);
const slot = (day: string) => ({
  start: { dateTime: `2026-12-${day}T10:00:00-05:00` },
  end: { dateTime: `2026-12-${day}T11:00:00-05:00` },
});

describe('events.list extended-property filters', () => {
  it('stores extendedProperties on insert and returns them on get', async () => {
    const { post, get } = await googleApi();
    const created = await post('/calendars/primary/events', {
      summary: 'Tagged',
      ...slot('01'),
      extendedProperties: { private: { bookedBy: 'slotchat' }, shared: { ticket: 'T-1' } },
    });
    expect(created.status).toBe(200);
    expect(created.body.extendedProperties).toEqual({
      private: { bookedBy: 'slotchat' },
      shared: { ticket: 'T-1' },
    });
    const read = await get(`/calendars/primary/events/${created.body.id}`);
    expect(read.body.extendedProperties).toEqual(created.body.extendedProperties);
    const untagged = await post('/calendars/primary/events', {
      summary: 'Untagged',
      ...slot('02'),
      extendedProperties: { private: {} },
    });
    expect(untagged.body.extendedProperties).toBeUndefined();
  });

  it('matches private and shared properties separately, every constraint at once', async () => {
    const { post, get } = await googleApi();
    const tag = async (summary: string, day: string, extendedProperties: unknown) =>
      post('/calendars/primary/events', { summary, ...slot(day), extendedProperties });
    await tag('Both', '01', { private: { source: 'slotchat', kind: 'demo' } });
    await tag('Source only', '02', { private: { source: 'slotchat' } });
    await tag('Shared source', '03', { shared: { source: 'slotchat' } });
    const list = (query: Record<string, string | string[]>) =>
      get('/calendars/primary/events', { timeMin: '2026-12-01T00:00:00Z', ...query });

    expect(summaries((await list({ privateExtendedProperty: 'source=slotchat' })).body)).toEqual([
      'Both',
      'Source only',
    ]);
    const both = await list({ privateExtendedProperty: ['source=slotchat', 'kind=demo'] });
    expect(summaries(both.body)).toEqual(['Both']);
    expect(summaries((await list({ sharedExtendedProperty: 'source=slotchat' })).body)).toEqual([
      'Shared source',
    ]);
    // The seeded Northwind check-in carries what a CRM integration would leave on it.
    const seeded = await get('/calendars/primary/events', {
      sharedExtendedProperty: 'crmAccount=northwind',
    });
    expect(summaries(seeded.body)).toEqual(['Northwind quarterly check-in']);
    expect((await list({ privateExtendedProperty: 'source=other' })).body.items).toEqual([]);
  });

  it('refuses a constraint that is not name=value, naming the parameter', async () => {
    const { get } = await googleApi();
    const response = await get('/calendars/primary/events', { sharedExtendedProperty: 'nothing' });
    expect(response.status).toBe(400);
    expect(response.body.error.errors[0]).toMatchObject({
      reason: 'invalid',
      location: 'sharedExtendedProperty',
    });
  });
});

describe('events.list without timeMax', () => {
  it('lists one-off events however far ahead; series stop at the expansion horizon', async () => {
    const { post, get } = await googleApi();
    const farAhead = await post('/calendars/primary/events', {
      summary: 'Ten-year reunion',
      start: { date: '2036-06-01' },
      end: { date: '2036-06-02' },
    });
    expect(farAhead.status).toBe(200);
    const listed = await get('/calendars/primary/events', {
      timeMin: '2030-01-01T00:00:00Z',
      singleEvents: 'true',
    });
    expect(summaries(listed.body)).toEqual(['Ten-year reunion']);
  });
});
