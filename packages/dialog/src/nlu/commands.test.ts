import { describe, expect, it } from 'vitest';
import { readCommand } from './commands';

/** Thursday 19 November 2026, 10:00 in Berlin. */
const context = {
  now: Date.parse('2026-11-19T09:00:00Z'),
  timeZone: 'Europe/Berlin',
  locale: 'en-GB',
};
const read = (text: string) => readCommand(text, context);

describe('commands', () => {
  it.each([
    'cancel',
    'please cancel',
    'cancel please',
    'no, cancel',
    'no cancel that',
    'I want to stop',
    'stop it',
    'stop this please',
    'forget about this',
    'forget it',
    'never mind',
    'nevermind.',
    'just stop',
    'ok stop',
    'no no, cancel it',
    'I changed my mind',
    'can we stop?',
    'quit',
  ])('“%s” stops the dialog', (text) => {
    expect(read(text)).toEqual({ type: 'cancel' });
  });

  it.each([
    "let's start again",
    'start over',
    'can we start over please',
    'restart',
    'start from scratch',
  ])('“%s” starts over', (text) => {
    expect(read(text)).toEqual({ type: 'start-over' });
  });

  it.each([
    'help',
    'help me',
    'what else can you do?',
    'what can I ask',
    '?',
    'how does this work',
    'how do I connect my google calendar?',
    'how can I sign in to calendly',
    'how do i use this',
  ])('“%s” asks for help', (text) => {
    expect(read(text)).toEqual({ type: 'help' });
  });

  it.each([
    'Cancel culture podcast',
    '"Cancel culture podcast"',
    '“stop”',
    'Stop the press review',
    'cancel my 3pm meeting',
    'help me book a meeting',
    'Reset password review',
    'stop at the office first',
    'I’m in a meeting',
    'use the first time',
    'show times in December',
  ])('“%s” is not a command, so a slot or a request can take it', (text) => {
    expect(read(text)).toBeUndefined();
  });

  it('greets and thanks without the whole list', () => {
    expect(read('hello')).toEqual({ type: 'greeting' });
    expect(read('Good morning!')).toEqual({ type: 'greeting' });
    expect(read('thanks!')).toEqual({ type: 'thanks' });
    // A polite no is not thanks: "You're welcome" would answer something nobody said.
    expect(read('no thanks')).toEqual({ type: 'decline' });
    expect(read('No, thank you.')).toEqual({ type: 'decline' });
    expect(read('no thanks, cancel it')).toEqual({ type: 'cancel' });
    expect(read('what time zone are you using?')).toEqual({ type: 'which-time-zone' });
  });

  it.each([
    ['use Berlin time', 'Europe/Berlin'],
    ['use Berlin time please', 'Europe/Berlin'],
    ['can you use Berlin time?', 'Europe/Berlin'],
    ["I'm in Tokyo", 'Asia/Tokyo'],
    ['I am based in New York', 'America/New_York'],
    ['times in London please', 'Europe/London'],
    ['change my time zone to Sydney', 'Australia/Sydney'],
    ['switch to PST', 'America/Los_Angeles'],
    ['use CET', 'Europe/Berlin'],
    ['use EDT', 'America/New_York'],
    ['set timezone to Asia/Kolkata', 'Asia/Kolkata'],
    ['set my time zone to asia/calcutta', 'Asia/Kolkata'],
    ['show me times in Kolkata', 'Asia/Kolkata'],
    ['use IST', 'Asia/Kolkata'],
  ])('“%s” switches to %s', (text, zone) => {
    expect(read(text)).toMatchObject({ type: 'time-zone', zone });
  });

  it('answers an unknown zone only when the visitor spoke of time zones', () => {
    expect(read('use Atlantis time')).toEqual({
      type: 'time-zone',
      place: 'Atlantis',
      zone: undefined,
    });
    expect(read('set my time zone to Mordor')).toMatchObject({ zone: undefined });
    expect(read('I live in a flat')).toBeUndefined();
  });
});
