import { describe, expect, it } from 'vitest';
import { english } from '../test-utils/context';
import { extractEmails } from './email';

const context = { t: english };

describe('extractEmails', () => {
  it('reads every address of a list, in order, without repeats, a full stop after the last', () => {
    expect(extractEmails('with Ana@example.com and bob@example.org.', context)).toEqual({
      value: ['ana@example.com', 'bob@example.org'],
    });
    expect(extractEmails('ana@example.com, ana@example.com', context)).toEqual({
      value: ['ana@example.com'],
    });
  });

  it('names an address that is not complete instead of quietly inviting only the others', () => {
    expect(extractEmails('ana@example.com, bob@example', context)).toEqual({
      problem: '“bob@example” is not a complete email address.',
    });
    expect(extractEmails('invite @bob', context)).toEqual({
      problem: '“@bob” is not a complete email address.',
    });
  });

  it('takes "nobody" as an empty list and text without addresses as nothing', () => {
    expect(extractEmails('nobody', context)).toEqual({ value: [] });
    expect(extractEmails('the whole team', context)).toBeUndefined();
    for (const text of [
      'no',
      'No.',
      'none',
      'no guests',
      'just me',
      'no one',
      'no, nobody',
      'no guests please',
      'no, just me',
      "no thanks, it's just me",
      'no, no one else',
    ])
      expect(extractEmails(text, context), text).toEqual({ value: [] });
    // A "no" that opens a correction of something else says nothing about guests.
    expect(extractEmails('no wait, the day after', context)).toBeUndefined();
    expect(extractEmails('no, friday', context)).toBeUndefined();
    // Read as a correction, a bare "no" answers another question (a Meet link).
    expect(extractEmails('No', context, 'correction')).toBeUndefined();
    expect(extractEmails('no guests', context, 'correction')).toEqual({ value: [] });
    expect(extractEmails('none needed', context)).toEqual({ value: [] });
    expect(extractEmails('no, none needed', context, 'correction')).toBeUndefined();
  });
});
