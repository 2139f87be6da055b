import { describe, expect, it } from 'vitest';
import { calendlyApi } from '../../test-utils/calendly-api';

interface EventBody {
  uri: string;
  name: string;
  status: string;
  start_time: string;
  cancellation?: { canceler_type: string; reason: string };
}

describe('Calendly users and scheduled events', () => {
  it('answers /users/me with the host, whose URI is the token owner, and rate-limit headers', async () => {
    const { get, tokens } = await calendlyApi();
    const response = await get('/users/me');
    expect(response.status).toBe(200);
    expect(response.body.resource).toMatchObject({
      uri: tokens.owner,
      name: 'Jordan Alvarez',
      timezone: 'Europe/Madrid',
      current_organization: tokens.organization,
    });
    expect(response.headers['x-ratelimit-limit']).toBe('500');
    expect(response.headers['x-ratelimit-remaining']).toBe('499');
    expect(Number(response.headers['x-ratelimit-reset'])).toBeGreaterThan(0);
  });

  it('requires user or organization, like Calendly', async () => {
    const { get } = await calendlyApi();
    const response = await get('/scheduled_events');
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      title: 'Invalid Argument',
      message: 'The supplied parameters are invalid.',
      details: [{ parameter: 'user', message: 'One of user, organization, or group is required' }],
    });
  });

  it('lists past, upcoming and canceled events, filtered by status and start time', async () => {
    const { get, tokens } = await calendlyApi();
    const all = await get('/scheduled_events', { user: tokens.owner, count: '100' });
    expect(all.status).toBe(200);
    const starts = all.body.collection.map((event: EventBody) => event.start_time);
    expect(starts).toEqual([...starts].sort());
    expect(all.body.collection).toHaveLength(9);
    const upcoming = await get('/scheduled_events', {
      user: tokens.owner,
      status: 'active',
      min_start_time: '2026-11-20T20:00:00Z',
    });
    expect(upcoming.body.collection.map((event: EventBody) => event.start_time)).toEqual([
      '2026-11-23T10:00:00.000000Z',
      '2026-11-23T15:00:00.000000Z',
      '2026-11-24T09:00:00.000000Z',
      '2026-11-30T08:00:00.000000Z',
      '2026-12-02T13:00:00.000000Z',
    ]);
    const canceled = await get('/scheduled_events', {
      organization: tokens.organization,
      status: 'canceled',
    });
    expect(canceled.body.collection).toHaveLength(1);
    // Canceled by its invitee: the one person booked on it.
    const [canceledInvitee] = (await get(`${canceled.body.collection[0].uri}/invitees`)).body
      .collection;
    expect(canceled.body.collection[0].cancellation).toMatchObject({
      canceler_type: 'invitee',
      canceled_by: canceledInvitee.name,
    });
    expect(canceledInvitee).toMatchObject({
      status: 'canceled',
      cancellation: { canceled_by: canceledInvitee.name },
    });
    const descending = await get('/scheduled_events', {
      user: tokens.owner,
      sort: 'start_time:desc',
      count: '1',
    });
    expect(descending.body.collection[0].start_time).toBe('2026-12-02T13:00:00.000000Z');
  });

  it('pages with count, next_page (a full URL) and page tokens', async () => {
    const { get, tokens } = await calendlyApi();
    const first = await get('/scheduled_events', { user: tokens.owner, count: '4' });
    expect(first.body.pagination).toMatchObject({
      count: 4,
      previous_page: null,
      previous_page_token: null,
    });
    expect(first.body.pagination.next_page).toMatch(
      /^http:\/\/sandbox\.test\/calendly\/api\/scheduled_events\?/,
    );
    const seen: string[] = [];
    let page = first;
    for (;;) {
      seen.push(...page.body.collection.map((event: EventBody) => event.uri));
      if (!page.body.pagination.next_page) break;
      page = await get(page.body.pagination.next_page);
      expect(page.status).toBe(200);
    }
    expect(seen).toHaveLength(9);
    expect(new Set(seen).size).toBe(9);
    expect(page.body.pagination.next_page_token).toBeNull();
    const tooMany = await get('/scheduled_events', { user: tokens.owner, count: '101' });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.details[0].parameter).toBe('count');
  });

  it('refuses another user without organization with 403', async () => {
    const { get } = await calendlyApi();
    const response = await get('/scheduled_events', {
      user: 'https://api.calendly.com/users/SOMEONEELSE00000',
    });
    expect(response.status).toBe(403);
    expect(response.body.title).toBe('Permission Denied');
  });

  it('gets one event by uuid with its location and counters; 404 for an unknown one', async () => {
    const { get, tokens } = await calendlyApi();
    const list = await get('/scheduled_events', {
      user: tokens.owner,
      min_start_time: '2026-11-24T00:00:00Z',
      count: '1',
    });
    const uri: string = list.body.collection[0].uri;
    const event = await get(uri);
    expect(event.status).toBe(200);
    expect(event.body.resource).toMatchObject({
      uri,
      name: '60 Minute Strategy Session',
      location: { type: 'physical', location: expect.stringContaining('Madrid') },
      // A group session: two of its four seats are taken.
      invitees_counter: { total: 2, active: 2, limit: 4 },
      event_memberships: [{ user: tokens.owner }],
    });
    const missing = await get('/scheduled_events/NOPE000000000000');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({
      title: 'Resource Not Found',
      message: 'The server could not find the requested resource.',
    });
  });

  it('lists invitees with their answers and links, filtered by status and email', async () => {
    const { get, tokens } = await calendlyApi();
    const list = await get('/scheduled_events', {
      user: tokens.owner,
      min_start_time: '2026-11-23T15:00:00Z',
      count: '1',
    });
    const uri: string = list.body.collection[0].uri;
    const invitees = await get(`${uri}/invitees`);
    expect(invitees.status).toBe(200);
    const [invitee] = invitees.body.collection;
    expect(invitee).toMatchObject({
      event: uri,
      status: 'active',
      questions_and_answers: [
        { question: 'What would you like to discuss?', position: 0 },
        { question: 'Company size', position: 1 },
      ],
      cancel_url: expect.stringMatching(/\/calendly\/cancellations\/[A-Z0-9]{16}$/),
      reschedule_url: expect.stringMatching(/\/calendly\/reschedulings\/[A-Z0-9]{16}$/),
    });
    expect((await get(invitee.uri)).body.resource.email).toBe(invitee.email);
    expect((await get(`${uri}/invitees`, { status: 'canceled' })).body.collection).toEqual([]);
    expect(
      (await get(`${uri}/invitees`, { email: 'someone@else.example' })).body.collection,
    ).toEqual([]);
  });
});
