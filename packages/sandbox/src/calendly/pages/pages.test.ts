import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { calendlyApi } from '../../test-utils/calendly-api';

describe('Calendly sandbox pages', () => {
  it('books through a single-use scheduling link once; the booking shows in the API', async () => {
    const api = await calendlyApi();
    const types = await api.get('/event_types', { user: api.tokens.owner });
    const intro = types.body.collection[0];
    const link = await api.post('/scheduling_links', {
      max_event_count: 1,
      owner: intro.uri,
      owner_type: 'EventType',
    });
    const path = new URL(link.body.resource.booking_url).pathname;
    const pageResponse = await request(api.sandbox.app).get(path);
    expect(pageResponse.status).toBe(200);
    expect(pageResponse.text).toContain('15 Minute Intro Call');
    const start = /name="start" value="(\d+)"/.exec(pageResponse.text)?.[1] ?? '';
    const booked = await request(api.sandbox.app)
      .post(path)
      .type('form')
      .send({ start, name: 'Lia Romero', email: 'lia@example.org' });
    expect(booked.status).toBe(200);
    expect(booked.text).toContain('You are scheduled');
    const listed = await api.get('/scheduled_events', {
      user: api.tokens.owner,
      invitee_email: 'lia@example.org',
    });
    expect(listed.body.collection).toHaveLength(1);
    expect(listed.body.collection[0].start_time).toBe(
      new Date(Number(start)).toISOString().replace('Z', '000Z'),
    );
    expect((await request(api.sandbox.app).get(path)).status).toBe(410);
    const second = await request(api.sandbox.app)
      .post(path)
      .type('form')
      .send({ start, name: 'B', email: 'b@example.org' });
    expect(second.status).toBe(410);
  });

  it('refuses a taken time on the booking page with the reason', async () => {
    const api = await calendlyApi();
    const types = await api.get('/event_types', { user: api.tokens.owner });
    const path = new URL(types.body.collection[0].scheduling_url).pathname;
    const taken = Date.parse('2026-11-23T10:00:00Z');
    const response = await request(api.sandbox.app)
      .post(path)
      .type('form')
      .send({ start: String(taken), name: 'A', email: 'a@example.org' });
    expect(response.status).toBe(400);
    expect(response.text).toContain('The selected time is not available.');
  });

  it('cancels through the invitee’s cancel_url; the API then reports it canceled', async () => {
    const api = await calendlyApi();
    const upcoming = await api.get('/scheduled_events', {
      user: api.tokens.owner,
      status: 'active',
      min_start_time: '2026-11-21T00:00:00Z',
      count: '1',
    });
    const eventUri: string = upcoming.body.collection[0].uri;
    const invitee = (await api.get(`${eventUri}/invitees`)).body.collection[0];
    const cancelPath = new URL(invitee.cancel_url).pathname;
    expect((await request(api.sandbox.app).get(cancelPath)).text).toContain('Cancel Event');
    const done = await request(api.sandbox.app)
      .post(cancelPath)
      .type('form')
      .send({ reason: 'Double-booked' });
    expect(done.text).toContain('Cancellation confirmed');
    const event = (await api.get(eventUri)).body.resource;
    expect(event.status).toBe('canceled');
    expect(event.cancellation).toMatchObject({
      canceler_type: 'invitee',
      reason: 'Double-booked',
      canceled_by: invitee.name,
    });
    const after = (await api.get(invitee.uri)).body.resource;
    expect(after.status).toBe('canceled');
  });
});
