import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { calendlyApi } from '../../test-utils/calendly-api';

// Tuesday 24 November, 10:00 in Madrid (09:00 UTC): the seeded group session, two of four seats taken.
const sessionStart = '2026-11-24T09:00:00.000000Z';
const tuesday = { start_time: '2026-11-24T00:00:00Z', end_time: '2026-11-25T00:00:00Z' };

async function strategyType(api: Awaited<ReturnType<typeof calendlyApi>>) {
  const types = await api.get('/event_types', { user: api.tokens.owner });
  return types.body.collection.find(
    (type: { name: string }) => type.name === '60 Minute Strategy Session',
  ) as { uri: string; kind: string; kind_description: string };
}

describe('a group event type', () => {
  it('is a group type, and offers its partly booked time with the seats left', async () => {
    const api = await calendlyApi();
    const strategy = await strategyType(api);
    expect(strategy).toMatchObject({ kind: 'group', kind_description: 'Group' });
    const times = await api.get('/event_type_available_times', {
      event_type: strategy.uri,
      ...tuesday,
    });
    const session = times.body.collection.find(
      (slot: { start_time: string }) => slot.start_time === sessionStart,
    );
    expect(session).toMatchObject({ status: 'available', invitees_remaining: 2 });
    expect(
      times.body.collection
        .filter((slot: { start_time: string }) => slot.start_time !== sessionStart)
        .every((slot: { invitees_remaining: number }) => slot.invitees_remaining === 4),
    ).toBe(true);
  });

  it('adds later bookings to the same event until it is full', async () => {
    const api = await calendlyApi();
    const strategy = await strategyType(api);
    const booking = (name: string) =>
      api.post('/invitees', {
        event_type: strategy.uri,
        start_time: sessionStart,
        invitee: { name, email: `${name.toLowerCase()}@example.org`, timezone: 'Europe/Madrid' },
      });
    const third = await booking('Iris');
    expect(third.status).toBe(201);
    const fourth = await booking('Jon');
    expect(fourth.body.resource.event).toBe(third.body.resource.event);
    const event = await api.get(third.body.resource.event);
    expect(event.body.resource.invitees_counter).toEqual({ total: 4, active: 4, limit: 4 });
    const full = await booking('Kai');
    expect(full.status).toBe(400);
    expect(full.body.details[0].parameter).toBe('start_time');
    const times = await api.get('/event_type_available_times', {
      event_type: strategy.uri,
      ...tuesday,
    });
    expect(
      times.body.collection.map((slot: { start_time: string }) => slot.start_time),
    ).not.toContain(sessionStart);
  });

  it('stays active when one invitee cancels, and is canceled when the last one does', async () => {
    const api = await calendlyApi();
    const strategy = await strategyType(api);
    const events = await api.get('/scheduled_events', {
      user: api.tokens.owner,
      min_start_time: '2026-11-24T00:00:00Z',
      max_start_time: '2026-11-25T00:00:00Z',
    });
    const event = events.body.collection.find(
      (item: { event_type: string }) => item.event_type === strategy.uri,
    );
    const invitees = (await api.get(`${event.uri}/invitees`)).body.collection as Array<{
      cancel_url: string;
    }>;
    expect(invitees).toHaveLength(2);
    const cancel = (url: string) =>
      request(api.sandbox.app).post(new URL(url).pathname).type('form').send({ reason: 'Busy' });
    await cancel(invitees[0]?.cancel_url ?? '');
    expect((await api.get(event.uri)).body.resource).toMatchObject({
      status: 'active',
      invitees_counter: { total: 2, active: 1, limit: 4 },
    });
    await cancel(invitees[1]?.cancel_url ?? '');
    expect((await api.get(event.uri)).body.resource.status).toBe('canceled');
  });
});

describe('event type order', () => {
  it('sorts by position (the booking page order) when asked', async () => {
    const api = await calendlyApi();
    const ascending = await api.get('/event_types', {
      user: api.tokens.owner,
      sort: 'position:asc',
    });
    expect(ascending.body.collection.map((type: { position: number }) => type.position)).toEqual([
      0, 1, 2,
    ]);
    const descending = await api.get('/event_types', {
      user: api.tokens.owner,
      sort: 'position:desc',
    });
    expect(descending.body.collection.map((type: { name: string }) => type.name)).toEqual([
      '60 Minute Strategy Session',
      '30 Minute Consultation',
      '15 Minute Intro Call',
    ]);
  });
});
