import { describe, expect, it } from 'vitest';
import { upstreamUrl } from './upstream-url';

const base = 'https://www.googleapis.com/calendar/v3';

describe('upstreamUrl', () => {
  it('joins the base, the path and the query (arrays repeat, undefined drops)', () => {
    const url = upstreamUrl(base, {
      path: '/calendars/a%40b.com/events',
      query: {
        q: 'Ana',
        maxResults: 50,
        singleEvents: true,
        eventTypes: ['default', 'focusTime'],
        pageToken: undefined,
      },
    });
    expect(url.toString()).toBe(
      'https://www.googleapis.com/calendar/v3/calendars/a%40b.com/events?q=Ana&maxResults=50&singleEvents=true&eventTypes=default&eventTypes=focusTime',
    );
  });

  it.each([
    '/../../oauth2/v4/token',
    '/%2e%2e/%2e%2e/x',
    '//evil.example/x',
    'relative',
    '/calendars/../../../x',
  ])('refuses %s, which would leave the API base', (path) => {
    expect(() => upstreamUrl(base, { path })).toThrow();
  });
});
