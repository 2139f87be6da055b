import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { calendlyApi } from '../test-utils/calendly-api';
import { calendlyValidator } from '../test-utils/calendly-spec';
import { expectValid } from '../test-utils/specs';

let spec: ReturnType<typeof calendlyValidator>;
beforeAll(() => {
  spec = calendlyValidator();
});

describe('Calendly responses conform to the OpenAPI document (newer fields allowed)', () => {
  it('users/me, event types and one event type', async () => {
    const api = await calendlyApi();
    expectValid(spec.response('/users/me', 'get', '200'), (await api.get('/users/me')).body);
    const types = await api.get('/event_types', { user: api.tokens.owner });
    expectValid(spec.response('/event_types', 'get', '200'), types.body);
    expectValid(
      spec.response('/event_types/{uuid}', 'get', '200'),
      (await api.get(types.body.collection[0].uri)).body,
    );
  });

  it('scheduled events (list, one, canceled) and their invitees', async () => {
    const api = await calendlyApi();
    const list = await api.get('/scheduled_events', { user: api.tokens.owner, count: '3' });
    expectValid(spec.response('/scheduled_events', 'get', '200'), list.body);
    const all = await api.get('/scheduled_events', { user: api.tokens.owner, count: '100' });
    for (const event of all.body.collection as Array<{ uri: string }>) {
      expectValid(
        spec.response('/scheduled_events/{uuid}', 'get', '200'),
        (await api.get(event.uri)).body,
      );
      const invitees = await api.get(`${event.uri}/invitees`);
      expectValid(spec.response('/scheduled_events/{uuid}/invitees', 'get', '200'), invitees.body);
      const invitee = await api.get(invitees.body.collection[0].uri);
      expectValid(
        spec.response('/scheduled_events/{event_uuid}/invitees/{invitee_uuid}', 'get', '200'),
        invitee.body,
      );
    }
  });

  it('available times, a booking (POST /invitees), busy times and a scheduling link', async () => {
    const api = await calendlyApi();
    const types = await api.get('/event_types', { user: api.tokens.owner });
    const intro = types.body.collection[0].uri as string;
    const times = await api.get('/event_type_available_times', {
      event_type: intro,
      start_time: '2026-11-23T00:00:00Z',
      end_time: '2026-11-30T00:00:00Z',
    });
    expectValid(spec.response('/event_type_available_times', 'get', '200'), times.body);
    const booked = await api.post('/invitees', {
      event_type: intro,
      start_time: times.body.collection[0].start_time,
      invitee: { name: 'Conformance Check', email: 'check@example.org', timezone: 'UTC' },
    });
    expect(booked.status).toBe(201);
    // The 2023 document predates POST /invitees; its resource is an Invitee.
    expectValid(spec.schema('Invitee'), booked.body.resource);
    const busy = await api.get('/user_busy_times', {
      user: api.tokens.owner,
      start_time: '2026-11-23T00:00:00Z',
      end_time: '2026-11-30T00:00:00Z',
    });
    expectValid(spec.response('/user_busy_times', 'get', '200'), busy.body);
    const link = await api.post('/scheduling_links', {
      max_event_count: 1,
      owner: intro,
      owner_type: 'EventType',
    });
    expectValid(spec.response('/scheduling_links', 'post', '201'), link.body);
  });

  it('errors carry Calendly’s error body', async () => {
    const api = await calendlyApi();
    const unauthenticated = await request(api.sandbox.app).get('/calendly/api/users/me');
    expectValid(spec.response('/users/me', 'get', '401'), unauthenticated.body);
    expectValid(
      spec.response('/scheduled_events', 'get', '400'),
      (await api.get('/scheduled_events')).body,
    );
    expectValid(
      spec.response('/scheduled_events/{uuid}', 'get', '404'),
      (await api.get('/scheduled_events/NOPE')).body,
    );
    expectValid(
      spec.response('/scheduled_events', 'get', '403'),
      (await api.get('/scheduled_events', { user: 'https://api.calendly.com/users/OTHER' })).body,
    );
  });
});

describe('the Calendly validators have teeth', () => {
  it('reject a resource missing required fields or with a wrong enum value', () => {
    const validator = calendlyValidator();
    const user = validator.response('/users/me', 'get', '200');
    expect(user({ resource: { uri: 'https://api.calendly.com/users/A', name: 'x' } })).toBe(false);
    const unauthenticated = validator.response('/users/me', 'get', '401');
    expect(unauthenticated({ title: 'Unauthenticated', message: 'something else' })).toBe(false);
    expect(
      unauthenticated({ title: 'Unauthenticated', message: 'The access token is invalid' }),
    ).toBe(true);
  });
});
