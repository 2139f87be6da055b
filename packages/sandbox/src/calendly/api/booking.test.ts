import { describe, expect, it } from 'vitest';
import { calendlyApi } from '../../test-utils/calendly-api';

interface Slot {
  start_time: string;
  scheduling_url: string;
}

async function eventTypes(api: Awaited<ReturnType<typeof calendlyApi>>) {
  const response = await api.get('/event_types', { user: api.tokens.owner });
  const byName = (name: string) =>
    response.body.collection.find((type: { name: string }) => type.name === name);
  return {
    response,
    intro: byName('15 Minute Intro Call'),
    consultation: byName('30 Minute Consultation'),
  };
}

// Monday 23 November in Madrid (UTC+1): working hours 09:00–17:00 = 08:00–16:00 UTC.
const monday = { start_time: '2026-11-23T00:00:00Z', end_time: '2026-11-24T00:00:00Z' };

describe('Calendly event types, availability and booking', () => {
  it('lists the three event types sorted by name, with questions and locations', async () => {
    const api = await calendlyApi();
    const { response, consultation } = await eventTypes(api);
    expect(response.status).toBe(200);
    expect(response.body.collection.map((type: { name: string }) => type.name)).toEqual([
      '15 Minute Intro Call',
      '30 Minute Consultation',
      '60 Minute Strategy Session',
    ]);
    expect(consultation).toMatchObject({
      duration: 30,
      active: true,
      kind: 'solo',
      profile: { type: 'User', owner: api.tokens.owner },
      custom_questions: [
        { name: 'What would you like to discuss?', required: true },
        {
          name: 'Company size',
          required: false,
          answer_choices: ['1-10', '11-50', '51-200', '200+'],
        },
      ],
    });
    expect((await api.get(consultation.uri)).body.resource.uri).toBe(consultation.uri);
  });

  it('offers open times in working hours, skipping booked ones but not canceled ones', async () => {
    const api = await calendlyApi();
    const { intro } = await eventTypes(api);
    const response = await api.get('/event_type_available_times', {
      event_type: intro.uri,
      ...monday,
    });
    expect(response.status).toBe(200);
    const starts: string[] = response.body.collection.map((slot: Slot) => slot.start_time);
    expect(starts[0]).toBe('2026-11-23T08:00:00.000000Z');
    expect(starts.at(-1)).toBe('2026-11-23T15:45:00.000000Z');
    // 11:00 Madrid holds the seeded intro call; 16:00 a consultation; 12:00's consultation was canceled.
    expect(starts).not.toContain('2026-11-23T10:00:00.000000Z');
    expect(starts).not.toContain('2026-11-23T15:00:00.000000Z');
    expect(starts).toContain('2026-11-23T11:00:00.000000Z');
    expect(response.body.collection[0]).toMatchObject({
      status: 'available',
      invitees_remaining: 1,
    });
  });

  it('refuses a start in the past, a window over 31 days and missing parameters', async () => {
    const api = await calendlyApi();
    const { intro } = await eventTypes(api);
    const past = await api.get('/event_type_available_times', {
      event_type: intro.uri,
      start_time: '2026-11-20T19:00:00Z',
      end_time: '2026-11-22T00:00:00Z',
    });
    expect(past.status).toBe(400);
    expect(past.body.details).toEqual([
      { parameter: 'start_time', message: 'must be in the future' },
    ]);
    const long = await api.get('/event_type_available_times', {
      event_type: intro.uri,
      start_time: '2026-11-21T00:00:00Z',
      end_time: '2026-12-22T00:00:01Z',
    });
    expect(long.status).toBe(400);
    expect(long.body.details[0].parameter).toBe('end_time');
    const thirtyOne = await api.get('/event_type_available_times', {
      event_type: intro.uri,
      start_time: '2026-11-21T00:00:00Z',
      end_time: '2026-12-22T00:00:00Z',
    });
    expect(thirtyOne.status).toBe(200);
    const missing = await api.get('/event_type_available_times', { event_type: intro.uri });
    expect(missing.body.details.map((detail: { parameter: string }) => detail.parameter)).toEqual([
      'start_time',
      'end_time',
    ]);
  });

  it('books an open time; the booking shows in events, invitees, availability and busy times', async () => {
    const api = await calendlyApi();
    const { consultation } = await eventTypes(api);
    const booking = {
      event_type: consultation.uri,
      start_time: '2026-11-23T09:00:00Z',
      invitee: { name: 'Iris Novak', email: 'iris@example.org', timezone: 'Europe/Prague' },
      questions_and_answers: [
        {
          question: 'What would you like to discuss?',
          answer: 'Our onboarding funnel',
          position: 0,
        },
      ],
    };
    const created = await api.post('/invitees', booking);
    expect(created.status).toBe(201);
    expect(created.body.resource).toMatchObject({
      name: 'Iris Novak',
      email: 'iris@example.org',
      status: 'active',
      timezone: 'Europe/Prague',
      cancel_url: expect.stringContaining('/calendly/cancellations/'),
      reschedule_url: expect.stringContaining('/calendly/reschedulings/'),
    });
    const eventUri: string = created.body.resource.event;
    const event = await api.get(eventUri);
    expect(event.body.resource).toMatchObject({
      name: '30 Minute Consultation',
      status: 'active',
      start_time: '2026-11-23T09:00:00.000000Z',
      end_time: '2026-11-23T09:30:00.000000Z',
      location: {
        type: 'google_conference',
        join_url: expect.stringMatching(/^https:\/\/meet\.google\.com\//),
      },
    });
    const invitees = await api.get(`${eventUri}/invitees`);
    expect(invitees.body.collection.map((invitee: { email: string }) => invitee.email)).toEqual([
      'iris@example.org',
    ]);
    const listed = await api.get('/scheduled_events', {
      user: api.tokens.owner,
      invitee_email: 'iris@example.org',
    });
    expect(listed.body.collection.map((item: { uri: string }) => item.uri)).toEqual([eventUri]);
    const slots = await api.get('/event_type_available_times', {
      event_type: consultation.uri,
      ...monday,
    });
    expect(slots.body.collection.map((slot: Slot) => slot.start_time)).not.toContain(
      '2026-11-23T09:00:00.000000Z',
    );
    const busy = await api.get('/user_busy_times', { user: api.tokens.owner, ...monday });
    expect(busy.body.collection).toContainEqual(
      expect.objectContaining({
        start_time: '2026-11-23T09:00:00.000000Z',
        end_time: '2026-11-23T09:30:00.000000Z',
      }),
    );

    const again = await api.post('/invitees', {
      ...booking,
      invitee: { ...booking.invitee, email: 'late@example.org' },
    });
    expect(again.status).toBe(400);
    expect(again.body).toEqual({
      title: 'Invalid Argument',
      message: 'The supplied parameters are invalid.',
      details: [{ parameter: 'start_time', message: 'The selected time is not available.' }],
    });
  });

  it.each([
    ['outside working hours', { start_time: '2026-11-23T18:00:00Z' }, 'start_time'],
    ['off the slot grid', { start_time: '2026-11-23T09:10:00Z' }, 'start_time'],
    ['in the past', { start_time: '2026-11-20T08:00:00Z' }, 'start_time'],
    ['without the required answer', { questions_and_answers: [] }, 'questions_and_answers'],
    [
      'with a bad email',
      { invitee: { name: 'X', email: 'nope', timezone: 'UTC' } },
      'invitee.email',
    ],
    [
      'with a bad time zone',
      { invitee: { name: 'X', email: 'x@example.org', timezone: 'Mars/Base' } },
      'invitee.timezone',
    ],
    ['with a location the type lacks', { location: { kind: 'zoom_conference' } }, 'location.kind'],
  ])('refuses a booking %s with 400', async (_name, override, parameter) => {
    const api = await calendlyApi();
    const { consultation } = await eventTypes(api);
    const response = await api.post('/invitees', {
      event_type: consultation.uri,
      start_time: '2026-11-23T09:00:00Z',
      invitee: { name: 'Iris Novak', email: 'iris@example.org', timezone: 'Europe/Prague' },
      questions_and_answers: [
        { question: 'What would you like to discuss?', answer: 'Pricing', position: 0 },
      ],
      ...override,
    });
    expect(response.status).toBe(400);
    expect(response.body.title).toBe('Invalid Argument');
    expect(response.body.details[0].parameter).toBe(parameter);
  });

  it('creates single-use scheduling links', async () => {
    const api = await calendlyApi();
    const { intro } = await eventTypes(api);
    const created = await api.post('/scheduling_links', {
      max_event_count: 1,
      owner: intro.uri,
      owner_type: 'EventType',
    });
    expect(created.status).toBe(201);
    expect(created.body.resource).toEqual({
      booking_url: expect.stringMatching(
        /^http:\/\/sandbox\.test\/calendly\/d\/[a-z0-9]{4}-[a-z0-9]{4}\/15min-intro$/,
      ),
      owner: intro.uri,
      owner_type: 'EventType',
    });
    const bad = await api.post('/scheduling_links', {
      max_event_count: 2,
      owner: intro.uri,
      owner_type: 'User',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((detail: { parameter: string }) => detail.parameter)).toEqual([
      'max_event_count',
      'owner_type',
    ]);
  });
});
