import { describe, expect, it } from 'vitest';
import { calendlyApi } from '../test-utils/calendly-api';
import { calendlyDocument } from '../test-utils/calendly-spec';

/**
 * Query parameters provider-apis.md lists (from Calendly's current reference) that the saved 2023
 * document lacks.
 */
const newerParameters: Record<string, string[]> = { '/scheduled_events': ['group'] };

describe('every query parameter Calendly documents for an emulated operation is accepted', () => {
  it('none is refused as unknown, and each works with a valid value', async () => {
    const api = await calendlyApi();
    const document = calendlyDocument();
    const types = await api.get('/event_types', { user: api.tokens.owner });
    const eventType = types.body.collection[0].uri as string;
    const events = await api.get('/scheduled_events', { user: api.tokens.owner, count: '100' });
    // A group event: several invitees, so its invitee list has a second page to ask for.
    const event = (
      events.body.collection as Array<{ uri: string; invitees_counter: { total: number } }>
    ).find((item) => item.invitees_counter.total > 1)?.uri as string;
    const window = { start_time: '2026-11-23T00:00:00Z', end_time: '2026-11-25T00:00:00Z' };
    const operations: Array<[path: string, target: string, base: Record<string, string>]> = [
      ['/users/me', '/users/me', {}],
      ['/scheduled_events', '/scheduled_events', { user: api.tokens.owner }],
      ['/scheduled_events/{uuid}', event, {}],
      ['/scheduled_events/{uuid}/invitees', `${event}/invitees`, {}],
      ['/event_types', '/event_types', { user: api.tokens.owner }],
      ['/event_types/{uuid}', eventType, {}],
      [
        '/event_type_available_times',
        '/event_type_available_times',
        { event_type: eventType, ...window },
      ],
      ['/user_busy_times', '/user_busy_times', { user: api.tokens.owner, ...window }],
    ];
    const samples: Record<string, string> = {
      organization: api.tokens.organization,
      group: 'https://api.calendly.com/groups/AAAAAAAAAAAAAAAA',
      invitee_email: 'ana@acme.example',
      email: 'ana@acme.example',
      status: 'active',
      min_start_time: '2026-11-01T00:00:00Z',
      max_start_time: '2026-12-31T00:00:00Z',
      active: 'true',
      admin_managed: 'false',
      count: '5',
    };
    const sorts: Record<string, string> = {
      '/scheduled_events': 'start_time:desc',
      '/scheduled_events/{uuid}/invitees': 'created_at:desc',
      '/event_types': 'name:desc',
    };
    let checked = 0;
    for (const [path, target, base] of operations) {
      const definition = document.paths[path]?.get;
      expect(definition, `${path} is in the document`).toBeDefined();
      const documented = (definition?.parameters ?? [])
        .map((parameter) =>
          typeof parameter.$ref === 'string'
            ? document.components.parameters?.[parameter.$ref.split('/').at(-1) ?? '']
            : parameter,
        )
        .filter((parameter) => parameter?.in === 'query')
        .map((parameter) => String(parameter?.name));
      const firstPage = await api.get(target, { ...base, count: '1' });
      for (const name of [...documented, ...(newerParameters[path] ?? [])]) {
        const value =
          name === 'page_token'
            ? (firstPage.body.pagination?.next_page_token as string)
            : name === 'sort'
              ? sorts[path]
              : (base[name] ?? samples[name]);
        expect(value, `a sample value for ${path} ${name}`).toBeDefined();
        const response = await api.get(target, { ...base, [name]: value ?? '' });
        expect(response.status, `${path} ${name}=${value}: ${JSON.stringify(response.body)}`).toBe(
          200,
        );
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});
