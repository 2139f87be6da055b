/** Template 5: events in a range that include an attendee, matched by name or email. */
import { catalogued } from '../../template-catalogue';
import {
  defineTemplate,
  isoWithOffset,
  rangeDuring,
  rangeLabel,
  startOfZonedDay,
  type DateRangeValue,
} from '@slotchat/dialog';
import { key, words } from '../../strings/words';
import { googleEventListSchema, type GoogleEvent } from '../event-schema';
import { normalizeGoogleEvent } from '../normalize-event';
import { rangeOf, rangeWithin } from './range-slots';
import { googleCalendarTemplateBase, parseResult, withSomeone } from './shared';

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
  // "Do I have anything with ana this week?" is about Ana, not every busy time of the week.
  cues: [{ pattern: withSomeone, weight: 0.2 }],
  slots: [
    {
      name: 'person',
      label: key('google.byAttendee.person.label'),
      entity: 'person',
      prompt: key('google.byAttendee.person.prompt'),
      hint: key('google.byAttendee.person.hint'),
      validate: (value, _slots, context) =>
        String(value).length > 100 ? words(context, 'google.byAttendee.person.tooLong') : undefined,
    },
    {
      name: 'range',
      label: key('shared.dates.label'),
      entity: 'date-range',
      prompt: key('shared.range.betweenWhich'),
      hint: key('google.byAttendee.range.hint'),
      required: false,
      // Without dates, look at the next 30 days: what a visitor asking "when do I meet Ana" means.
      defaultValue: (_slots, context): DateRangeValue => ({
        start: new Date(startOfZonedDay(context.now, context.timeZone)).toISOString(),
        end: new Date(startOfZonedDay(context.now, context.timeZone, 30)).toISOString(),
        name: 'nextDays',
        count: '30',
      }),
      validate: rangeWithin(366, 'google.byAttendee.range.tooLong'),
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
    const parsed = parseResult(googleEventListSchema, result, context);
    if (!parsed.ok) return parsed.blocks;
    const person = String(slots.person);
    const range = rangeOf(slots);
    const events = parsed.value.items
      .filter((event) => event.status !== 'cancelled' && includesAttendee(event, person))
      .map((event) => normalizeGoogleEvent(event, context));
    return [
      {
        type: 'event-list',
        title: words(context, 'google.byAttendee.title', {
          person,
          range: rangeLabel(range, context),
        }),
        timeZone: context.timeZone,
        events,
        emptyText: words(context, 'google.byAttendee.empty', {
          person,
          during: rangeDuring(range, context),
        }),
      },
    ];
  },
});
