import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { calendlyApi } from '../../test-utils/calendly-api';

describe('Calendly query parameters', () => {
  it('refuses a parameter the endpoint does not have (chosen on purpose; see the README)', async () => {
    const api = await calendlyApi();
    const response = await api.get('/scheduled_events', {
      user: api.tokens.owner,
      colour: 'red',
      statuss: 'active',
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      title: 'Invalid Argument',
      message: 'The supplied parameters are invalid.',
      details: [
        { parameter: 'colour', message: 'is not a valid parameter' },
        { parameter: 'statuss', message: 'is not a valid parameter' },
      ],
    });
    expect((await api.get('/users/me', { fields: 'uri' })).status).toBe(400);
  });

  it('says what is wrong in Calendly’s words, once per parameter', async () => {
    const api = await calendlyApi();
    const response = await api.get('/scheduled_events', {
      user: api.tokens.owner,
      status: 'done',
      min_start_time: 'yesterday',
      count: '0',
    });
    expect(response.body.details).toEqual([
      { parameter: 'status', message: 'must be one of: active, canceled' },
      { parameter: 'min_start_time', message: 'must be an ISO-8601 timestamp' },
      { parameter: 'count', message: 'must be between 1 and 100' },
    ]);
    const repeated = await request(api.sandbox.app)
      .get(
        `/calendly/api/scheduled_events?user=${encodeURIComponent(api.tokens.owner)}&sort=start_time:asc&sort=start_time:desc`,
      )
      .set('Authorization', `Bearer ${api.tokens.access_token}`);
    expect(repeated.body.details).toEqual([
      { parameter: 'sort', message: 'must be one of: start_time:asc, start_time:desc' },
    ]);
    const body = await api.post('/invitees', { start_time: 'soon', invitee: {} });
    for (const detail of body.body.details as Array<{ message: string }>) {
      expect(detail.message).not.toMatch(/Invalid (option|input)|expected/);
    }
  });
});

describe('X-RateLimit-* headers', () => {
  it('come with every answer, unauthenticated ones too, which do not count', async () => {
    const api = await calendlyApi();
    const anonymous = await request(api.sandbox.app).get('/calendly/api/users/me');
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers['x-ratelimit-limit']).toBe('500');
    const unknownPath = await request(api.sandbox.app).get('/calendly/api/nothing/here');
    expect(unknownPath.status).toBe(404);
    expect(unknownPath.headers['x-ratelimit-reset']).toBeDefined();
    const counted = await api.get('/users/me');
    expect(counted.headers['x-ratelimit-remaining']).toBe('499');
    expect(
      (await request(api.sandbox.app).get('/calendly/api/users/me')).headers[
        'x-ratelimit-remaining'
      ],
    ).toBe('499');
  });
});

describe('request bodies', () => {
  it('ignore fields Calendly’s (unconfirmed) field list does not have (chosen on purpose)', async () => {
    const api = await calendlyApi();
    const types = await api.get('/event_types', { user: api.tokens.owner });
    const link = await api.post('/scheduling_links', {
      max_event_count: 1,
      owner: types.body.collection[0].uri,
      owner_type: 'EventType',
      note: 'not a Calendly field',
    });
    expect(link.status).toBe(201);
  });
});
