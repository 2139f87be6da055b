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
        'Europe/Berlin',
      ),
    ).toBe('Busy times, today\n  ■ Thu 19 Nov, 10:00–11:00  Standup');
    expect(
      renderBlock(
        { type: 'invitees', eventName: 'Workshop', invitees: [], emptyText: 'Nobody yet.' },
        'UTC',
      ),
    ).toBe('Workshop\n  Nobody yet.');
  });
});
