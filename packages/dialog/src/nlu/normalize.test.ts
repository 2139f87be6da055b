import { describe, expect, it } from 'vitest';
import { normalizeWords } from './normalize';

describe('normalizeWords', () => {
  it('folds verb forms onto one word, so "creating an event" reads like "create an event"', () => {
    expect(normalizeWords('what about creating an event')).toEqual(['create', 'event']);
    expect(normalizeWords('scheduling a meeting')).toEqual(['create', 'event']);
    expect(normalizeWords('making a booking')).toEqual(['create', 'booked']);
  });

  it('drops names, dates and filler words', () => {
    expect(normalizeWords('show my meetings with Ana Lopez next Friday')).toEqual([
      'show',
      'event',
      'with',
    ]);
  });
});
