import { describe, expect, it } from 'vitest';
import { calendlyApi } from '../../test-utils/calendly-api';

interface InviteeBody {
  uri: string;
  name: string;
  status: string;
  created_at: string;
}

/** The past group session: three invitees booked an hour apart, the last one canceled. */
async function pastGroupEvent(api: Awaited<ReturnType<typeof calendlyApi>>) {
  const list = await api.get('/scheduled_events', {
    user: api.tokens.owner,
    max_start_time: '2026-11-20T20:00:00Z',
    count: '100',
  });
  const event = (list.body.collection as Array<{ uri: string; name: string }>).find(
    (item) => item.name === '60 Minute Strategy Session',
  );
  if (!event) throw new Error('no past strategy session in the seed');
  return event.uri;
}

describe('GET /scheduled_events/{uuid}/invitees on a group event', () => {
  it('lists every invitee, oldest booking first by default, newest first on request', async () => {
    const api = await calendlyApi();
    const uri = await pastGroupEvent(api);
    const event = await api.get(uri);
    expect(event.body.resource.invitees_counter).toEqual({ total: 3, active: 2, limit: 4 });
    const ascending = await api.get(`${uri}/invitees`);
    const created = ascending.body.collection.map((invitee: InviteeBody) => invitee.created_at);
    expect(created).toHaveLength(3);
    expect(created).toEqual([...created].sort());
    const descending = await api.get(`${uri}/invitees`, { sort: 'created_at:desc' });
    expect(descending.body.collection.map((invitee: InviteeBody) => invitee.uri)).toEqual(
      ascending.body.collection.map((invitee: InviteeBody) => invitee.uri).reverse(),
    );
  });

  it('pages with count and page_token, and filters by status', async () => {
    const api = await calendlyApi();
    const uri = await pastGroupEvent(api);
    const all = (await api.get(`${uri}/invitees`)).body.collection.map(
      (invitee: InviteeBody) => invitee.uri,
    );
    const first = await api.get(`${uri}/invitees`, { count: '2' });
    expect(first.body.collection).toHaveLength(2);
    expect(first.body.pagination).toMatchObject({ count: 2, previous_page_token: null });
    const second = await api.get(`${uri}/invitees`, {
      count: '2',
      page_token: first.body.pagination.next_page_token,
    });
    expect(second.body.pagination).toMatchObject({ count: 1, next_page: null });
    expect(
      [...first.body.collection, ...second.body.collection].map(
        (invitee: InviteeBody) => invitee.uri,
      ),
    ).toEqual(all);
    const back = await api.get(second.body.pagination.previous_page);
    expect(back.body.collection.map((invitee: InviteeBody) => invitee.uri)).toEqual(
      all.slice(0, 2),
    );

    const canceled = await api.get(`${uri}/invitees`, { status: 'canceled' });
    expect(canceled.body.collection).toHaveLength(1);
    expect(canceled.body.collection[0]).toMatchObject({
      status: 'canceled',
      cancellation: { canceler_type: 'invitee', canceled_by: canceled.body.collection[0].name },
    });
    const active = await api.get(`${uri}/invitees`, { status: 'active' });
    expect(active.body.collection).toHaveLength(2);
  });
});
