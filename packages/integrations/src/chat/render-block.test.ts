import { describe, expect, it } from 'vitest';
import { renderBlock } from './render-block';

describe('renderBlock', () => {
  it('shows times in the visitor’s zone and empty lists plainly', () => {
    expect(
      renderBlock(
        {
          type: 'busy-timeline',
          title: 'Busy times, today',
          timeZone: 'Europe/Berlin',
          range: { start: '', end: '' },
          busy: [{ start: '2026-11-19T09:00:00Z', end: '2026-11-19T10:00:00Z', title: 'Standup' }],
          emptyText: 'Free',
        },
        { locale: 'en-GB', timeZone: 'Europe/Berlin' },
      ).replace(/\s/gu, (space) => (space === '\n' ? space : ' ')),
    ).toBe('Busy times, today\n  ■ Thursday 19 November, 10:00–11:00 CET  Standup');
    expect(
      renderBlock(
        { type: 'invitees', eventName: 'Workshop', invitees: [], emptyText: 'Nobody yet.' },
        { locale: 'en-GB', timeZone: 'UTC' },
      ),
    ).toBe('Workshop\n  Nobody yet.');
  });
});
