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

  it('takes an alias said in a sentence when only one option has it', () => {
    const times = [
      { label: 'Friday 15:00', value: 'fri-15', aliases: ['15:00', '3pm'] },
      { label: 'Friday 16:00', value: 'fri-16', aliases: ['16:00', '4pm'] },
      { label: 'Monday 16:00', value: 'mon-16', aliases: ['16:00', '4pm'] },
    ];
    expect(matchChoice(times, "I'll take the 3pm please", context)).toEqual({ value: 'fri-15' });
    // Said of two options, it picks neither; a word that only contains an alias is not it.
    expect(matchChoice(times, 'can I have 4pm?', context)?.value).toBeUndefined();
    expect(matchChoice(times, '13pm', context)?.value).toBeUndefined();
    // Turned down by the words next to it: the other one said is taken, or none.
    expect(matchChoice(times, "I'd rather not do 3pm", context)?.value).toBeUndefined();
    expect(matchChoice(times, "I can't do 3pm", context)?.value).toBeUndefined();
    expect(matchChoice(times, '3pm is fine, no problem', context)).toEqual({ value: 'fri-15' });
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
