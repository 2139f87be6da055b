import { describe, expect, it } from 'vitest';
import { berlin } from '../test-utils/context';
import { extractTitle } from './title';

const titleOf = (text: string) => extractTitle(text, berlin, 'request')?.value;

describe('extractTitle', () => {
  it.each([
    ['schedule Design review tomorrow 3-4pm', 'Design review'],
    ['create a 30 minute meeting called Planning tomorrow at 10am', 'Planning'],
    ["add 'Budget sync' on Friday at 2", 'Budget sync'],
    // Punctuation after the verb is not the title's; "a call with …" is named by whom.
    ['new event: coffee with sarah on friday at 4', 'coffee'],
    ['new event - coffee tomorrow at 4', 'coffee'],
    ['add call with the accountant at 4:30pm on the 27th', 'Call with the accountant'],
    ['schedule a meeting with Ana tomorrow at 3', 'Meeting with Ana'],
    // A name runs into a date without "on" or "at": the date is not part of it.
    ['create a meeting called Sync a week from now at 10', 'Sync'],
    ['create event called Review friday at 3', 'Review'],
    ['create an event called Friday drinks tomorrow at 6pm', 'Friday drinks'],
    ['create an event called Review of last week tomorrow at 3pm', 'Review of last week'],
    ['book Night job on Sunday at 10pm', 'Night job'],
    // "at", "from" and "in" end a name only before a time or a date.
    ['create an event called Lunch at Nandos tomorrow at 1pm', 'Lunch at Nandos'],
    [
      'create an event called Pick up kids from school on friday at 3pm',
      'Pick up kids from school',
    ],
    ['create an event called 30 minute check in tomorrow at 10am', '30 minute check in'],
    ['schedule Lunch at the office tomorrow at 1pm', 'Lunch at the office'],
    ['create an event called Tea at 4 on friday', 'Tea'],
    ['call it Checkup instead', 'Checkup'],
    ['create an event called Standup from 9 to 9:15 tomorrow', 'Standup'],
    // The purpose at the end names the event when nothing before the date does.
    ['block 2 hours on friday morning for deep work', 'Deep work'],
    ['block out an hour tomorrow at 9 for focus time', 'Focus time'],
    ['add a meeting tomorrow at 3 for the budget review', 'Budget review'],
    ['reserve 45 minutes on Monday at 10 to prepare the launch', 'Prepare the launch'],
    // "All day" says when, not what.
    ['block friday all day for the move', 'Move'],
    ['add an all-day event called Fair on Monday', 'Fair'],
    ['add Team offsite on 14/12 all day', 'Team offsite'],
    ['create an all-day Offsite on Friday', 'Offsite'],
    ['add a whole day of interviews on friday', 'interviews'],
    ['block from monday to wednesday all day for the offsite', 'Offsite'],
    ['block the first week of december all day for the offsite', 'Offsite'],
    ['block the rest of the week all day for the move', 'Move'],
  ])('%s → %s', (text, title) => {
    expect(titleOf(text)).toBe(title);
  });

  it.each([
    // Who or how long it is for is not what it is called.
    'schedule a meeting tomorrow at 3 for an hour',
    'schedule a meeting tomorrow at 3 for 30 minutes',
    'add a meeting on Friday at 2 for the team',
    'book a call tomorrow at 10 for me and Ana',
    'create a meeting tomorrow at 3 for ana@example.com',
    'block 2 hours on friday',
    'schedule a meeting tomorrow at 3 for next week',
    'block the whole day on friday',
    'add an all-day event on Monday',
  ])('%s → no title', (text) => {
    expect(titleOf(text)).toBeUndefined();
  });

  it('takes no preposition for a title ("add a meeting at noon tomorrow")', () => {
    expect(titleOf('add a meeting at noon tomorrow lasting two hours')).toBeUndefined();
  });

  it('takes the whole reply as the answer to "what should it be called?"', () => {
    expect(extractTitle('"Deep work"', berlin, 'answer')?.value).toBe('Deep work');
  });
});
