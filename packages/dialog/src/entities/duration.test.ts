import { describe, expect, it } from 'vitest';
import { extractDuration } from './duration';

describe('extractDuration', () => {
  it.each([
    ['30 minutes', 30],
    ['for 1.5 hours', 90],
    ['1h30', 90],
    ['an hour', 60],
    ['half an hour', 30],
    ['90m', 90],
    ['lunch on Friday at 1pm for an hour', 60],
  ])('%s → %i minutes', (text, minutes) => {
    expect(extractDuration(text)).toEqual({ value: minutes });
  });

  it('refuses durations no event has', () => {
    expect(extractDuration('2 minutes')?.problem).toContain('too short');
    expect(extractDuration('30 hours')?.problem).toContain('longer than a day');
    expect(extractDuration('tomorrow at 3pm')).toBeUndefined();
  });
});
