/** Template 5: events in a range that include an attendee, matched by name or email. */
import { catalogued } from '../../template-catalogue';
import {
  defineTemplate,
  isoWithOffset,
  startOfZonedDay,
  formatDayRange,
  type DateRangeValue,
} from '@slotchat/dialog';
import { googleEventListSchema, type GoogleEvent } from '../event-schema';
import { normalizeGoogleEvent } from '../normalize-event';
import { rangeOf, rangePhrase, rangeWithin } from './range-slots';
import { googleCalendarTemplateBase, parseResult } from './shared';

/** `q` is fuzzy free text, so results are checked against the attendees themselves. */
export function includesAttendee(event: GoogleEvent, person: string): boolean {
  const wanted = person.toLowerCase();
  return (event.attendees ?? []).some(
    (attendee) =>
      attendee.email?.toLowerCase() === wanted ||
      attendee.email?.toLowerCase().split('@')[0]?.includes(wanted.replace(/\s+/g, '.')) ||
      attendee.displayName?.toLowerCase().includes(wanted),
  );
}

export const eventsByAttendeeTemplate = defineTemplate({
  ...googleCalendarTemplateBase,
  ...catalogued('google-calendar.events-by-attendee'),
  examples: [
    'which events do I have with Ana?',
    'show meetings with ana@example.com next week',
    'when am I meeting Bob',
    'find events with attendee Ana Lopez',
    'events including bo@example.com this month',
    'events with Ana next week',
    'meetings with Bob this month',
    'when do I meet Ana next',
    'is Bob in any of my meetings',
    'which events include ana@example.com',
    'events where Priya is invited',
  ],
  keywords: ['meetings with', 'attendee', 'with person', 'together with'],
  signals: ['email', 'with-person'],
  slots: [
    {
      name: 'person',
      label: 'Person',
      entity: 'person',
      prompt: 'Whose events should I look for? Give a name or an email address.',
      hint: 'For example “Ana” or ana@example.com.',
      validate: (value) => (String(value).length > 100 ? 'That name is too long.' : undefined),
    },
    {
      name: 'range',
      label: 'Dates',
      entity: 'date-range',
      prompt: 'Between which dates?',
      hint: 'For example “next week” or “from the 3rd to the 10th”.',
      required: false,
      // Without dates, look at the next 30 days: what a visitor asking "when do I meet Ana" means.
      defaultValue: (_slots, context) => {
        const start = startOfZonedDay(context.now, context.timeZone);
        const end = startOfZonedDay(context.now, context.timeZone, 30);
        const label = `the next 30 days (${formatDayRange(start, end, context.timeZone)})`;
        return {
          start: new Date(start).toISOString(),
          end: new Date(end).toISOString(),
          label,
          during: `in ${label}`,
        };
      },
      validate: rangeWithin(366, 'I look through at most a year at a time'),
      format: (value) => (value as DateRangeValue).label,
    },
  ],
  operation: {
    build: (slots, context) => {
      const range = rangeOf(slots);
      return {
        operation: 'google-calendar:events.list',
        params: {
          calendarId: 'primary',
          timeMin: isoWithOffset(Date.parse(range.start), context.timeZone),
          timeMax: isoWithOffset(Date.parse(range.end), context.timeZone),
          q: String(slots.person),
          timeZone: context.timeZone,
        },
      };
    },
  },
  render(result, slots, context) {
    const parsed = parseResult(googleEventListSchema, result);
    if (!parsed.ok) return parsed.blocks;
    const person = String(slots.person);
    const range = rangeOf(slots);
    const events = parsed.value.items
      .filter((event) => event.status !== 'cancelled' && includesAttendee(event, person))
      .map(normalizeGoogleEvent);
    return [
      {
        type: 'event-list',
        title: `Events with ${person}, ${range.label}`,
        timeZone: context.timeZone,
        events,
        emptyText: `No events with ${person} ${rangePhrase(range)}.`,
      },
    ];
  },
});
