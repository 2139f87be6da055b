import { describe, expect, it } from 'vitest';
import { berlin } from '../test-utils/context';
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
    ['a quarter of an hour', 15],
    ['three quarters of an hour', 45],
    ['half hour', 30],
    ['ninety minutes', 90],
    ['forty-five minutes', 45],
    ['an hour and a half', 90],
    ['two and a half hours', 150],
    ['1 hour 30 minutes', 90],
    ['a couple of hours', 120],
  ])('%s → %i minutes', (text, minutes) => {
    expect(extractDuration(text, berlin)).toEqual({ value: minutes });
  });

  it('does not take when it starts ("in 2 hours", "an hour from now") for how long it lasts', () => {
    expect(extractDuration('create an event called Sync in 2 hours', berlin)).toBeUndefined();
    expect(extractDuration('an hour from now', berlin)).toBeUndefined();
    expect(extractDuration('in 2 hours for 30 minutes', berlin)).toEqual({ value: 30 });
    expect(extractDuration('2 hours', berlin)).toEqual({ value: 120 });
  });

  it('adds hours and minutes said together, in words or digits', () => {
    const minutes = (text: string) => extractDuration(text, berlin)?.value;
    expect(minutes('for an hour and 15 minutes')).toBe(75);
    expect(minutes('two hours 30 minutes')).toBe(150);
    expect(minutes('an hour and a quarter')).toBe(75);
    expect(minutes('one hour fifteen')).toBe(75);
    expect(minutes('2 hours and 15 mins')).toBe(135);
  });

  it('does not take a move of the start ("an hour later", "back 30 minutes") for a length', () => {
    expect(extractDuration('push it an hour later', berlin)).toBeUndefined();
    expect(extractDuration('30 minutes earlier', berlin)).toBeUndefined();
    expect(extractDuration('move it back by 2 hours', berlin)).toBeUndefined();
  });

  it('refuses durations no event has', () => {
    expect(extractDuration('2 minutes', berlin)?.problem).toContain('too short');
    expect(extractDuration('30 hours', berlin)?.problem).toContain('longer than a day');
    expect(extractDuration('tomorrow at 3pm', berlin)).toBeUndefined();
    expect(extractDuration('wait a minute', berlin)).toBeUndefined();
  });
});
