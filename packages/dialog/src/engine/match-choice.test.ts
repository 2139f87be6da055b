import { describe, expect, it } from 'vitest';
import { english } from '../test-utils/context';
import { matchChoice } from './fill';

const types = [
  { label: '15 Minute Intro Call', value: 'intro', aliases: ['15 minutes'] },
  { label: '30 Minute Consultation', value: 'consultation', aliases: ['30 minutes'] },
  { label: '60 Minute Strategy Session', value: 'strategy', aliases: ['60 minutes'] },
];
const context = { t: english };

describe('matchChoice', () => {
  it('takes an option by its label, an alias, its place, or a part of its label', () => {
    expect(matchChoice(types, '30 Minute Consultation', context)).toEqual({
      value: 'consultation',
    });
    expect(matchChoice(types, '60 minutes', context)).toEqual({ value: 'strategy' });
    expect(matchChoice(types, 'the second one', context)).toEqual({ value: 'consultation' });
    expect(matchChoice(types, 'intro call', context)).toEqual({ value: 'intro' });
  });

  it('reads a part of a label with an article in front: "the intro call"', () => {
    expect(matchChoice(types, 'the intro call', context)).toEqual({ value: 'intro' });
    expect(matchChoice(types, 'a strategy session.', context)).toEqual({ value: 'strategy' });
  });

  it('asks which when a part fits several, and finds nothing in unrelated words', () => {
    expect(matchChoice(types, 'the minute', context)).toEqual({
      problem: expect.stringContaining('3'),
    });
    expect(matchChoice(types, 'lunch', context)).toBeUndefined();
  });
});
