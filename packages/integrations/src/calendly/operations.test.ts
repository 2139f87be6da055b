import { describe, expect, it } from 'vitest';
import { findOperation } from '../index';
import {
  createInvitee,
  createSchedulingLink,
  listAvailableTimes,
  listScheduledEvents,
} from './operations';

const user = 'https://api.calendly.com/users/AAAAAAAAAAAAAAAA';
const eventType = 'https://api.calendly.com/event_types/BBBBBBBBBBBBBBBB';

describe('Calendly operations', () => {
  it('are all on the allow-list', () => {
    for (const id of [
      'users.me',
      'scheduled_events.list',
      'scheduled_events.get',
      'scheduled_events.invitees.list',
      'event_types.list',
      'event_type_available_times.list',
      'invitees.create',
      'scheduling_links.create',
    ]) {
      expect(findOperation(`calendly:${id}`)?.id).toBe(`calendly:${id}`);
    }
  });

  it('lists scheduled events with Calendly’s query names', () => {
    const params = listScheduledEvents.params.parse({
      user,
      minStartTime: '2026-11-19T00:00:00.000Z',
      status: 'active',
    });
    expect(listScheduledEvents.request(params)).toMatchObject({
      path: '/scheduled_events',
      query: {
        user,
        min_start_time: '2026-11-19T00:00:00.000Z',
        status: 'active',
        sort: 'start_time:asc',
      },
    });
  });

  it('refuses available-time ranges over 31 days or reversed', () => {
    expect(
      listAvailableTimes.params.safeParse({
        eventType,
        startTime: '2026-11-20T00:00:00.000Z',
        endTime: '2026-12-30T00:00:00.000Z',
      }).success,
    ).toBe(false);
    expect(
      listAvailableTimes.params.safeParse({
        eventType,
        startTime: '2026-11-20T00:00:00.000Z',
        endTime: '2026-11-19T00:00:00.000Z',
      }).success,
    ).toBe(false);
  });

  it('books with the invitee and builds a single-use link as Calendly wants', () => {
    const booking = createInvitee.params.parse({
      eventType,
      startTime: '2026-11-20T14:00:00.000Z',
      invitee: { name: 'Ana', email: 'ana@example.com', timezone: 'Europe/Berlin' },
    });
    expect(createInvitee.request(booking).body).toEqual({
      event_type: eventType,
      start_time: '2026-11-20T14:00:00.000Z',
      invitee: { name: 'Ana', email: 'ana@example.com', timezone: 'Europe/Berlin' },
    });
    expect(createInvitee.idempotent).toBe(false);
    expect(createSchedulingLink.request({ eventType }).body).toEqual({
      max_event_count: 1,
      owner: eventType,
      owner_type: 'EventType',
    });
  });
});
