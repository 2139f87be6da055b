/**
 * Template 4: what you are busy with in a named range (today, this week, next month, the next N
 * days, the weekend). It lists events (`events.list`) so the timeline can show titles; busy means
 * what Google's free/busy means: every event not marked free, all-day ones included.
 */
import { catalogued } from '../../template-catalogue';
import { defineTemplate, formatAnd, isoWithOffset, zonedInstant } from '@slotchat/dialog';
import { key, words } from '../../strings/words';
import { googleEventListSchema, type GoogleEvent } from '../event-schema';
import { freeBusyMaxDays } from '../../limits';
import { busyBlocks, namedRangeSlot, rangeOf, rangeWithin } from './range-slots';

const busyListMaxDays = freeBusyMaxDays;
import {
  asksOwnFreeTime,
  googleCalendarTemplateBase,
  notAboutBusyTimes,
  parseResult,
} from './shared';

export const busyByNamedRangeTemplate = defineTemplate({
  ...googleCalendarTemplateBase,
  ...catalogued('google-calendar.busy-by-named-range'),
  examples: [
    'what am I busy with next week?',
    'am I busy today?',
    'how busy am I tomorrow',
    'show my calendar for this week',
    'what is on my calendar the next 5 days',
    'am I free this weekend?',
    'busy next month',
    'am I busy',
    'show my agenda for today',
    'what does my week look like',
    'what do I have today',
    'what meetings do I have this week',
    'do I have anything on next week',
    'what is coming up over the next few days',
    'how many events are on my agenda tomorrow',
  ],
  keywords: ['busy this week', 'my schedule', 'on my calendar', 'free today'],
  signals: ['named-range'],
  cues: [
    ...notAboutBusyTimes,
    // "Am I free?", "when am I free", "my availability": the visitor's own calendar, with no
    // dates yet (a booking with the site's owner says "you" or "book").
    { pattern: asksOwnFreeTime, weight: 0.3 },
  ],
  slots: [
    namedRangeSlot(
      key('shared.period.prompt'),
      // A timeline is read at a glance; beyond a quarter it is a wall of blocks.
      rangeWithin(busyListMaxDays, 'google.busyByNamedRange.tooLong'),
    ),
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
          timeZone: context.timeZone,
        },
      };
    },
  },
  render(result, slots, context) {
    const parsed = parseResult(googleEventListSchema, result, context);
    if (!parsed.ok) return parsed.blocks;
    const range = rangeOf(slots);
    const live = parsed.value.items.filter((event) => event.status !== 'cancelled');
    const declined = (event: GoogleEvent) =>
      event.attendees?.some((attendee) => attendee.self && attendee.responseStatus === 'declined');
    // As in Google's free/busy: an event makes you busy unless it is marked "free" (transparent)
    // or you declined it; all-day events count too (they are busy unless marked free).
    const busy = live
      .filter((event) => event.transparency !== 'transparent' && !declined(event))
      .flatMap((event) => {
        const span = eventSpan(event, context.timeZone);
        if (!span) return [];
        // An event that started before the range or runs past it is busy only within it.
        const start = Math.max(span.start, Date.parse(range.start));
        const end = Math.min(span.end, Date.parse(range.end));
        if (!(end > start)) return [];
        return [
          {
            start: new Date(start).toISOString(),
            end: new Date(end).toISOString(),
            title: event.summary?.trim() || words(context, 'google.noTitle'),
          },
        ];
      });
    const free = live.filter((event) => event.transparency === 'transparent').length;
    const left = live.filter((event) => event.transparency !== 'transparent' && declined(event));
    const reasons = [
      ...(free > 0 ? [words(context, 'google.busy.markedFree', { count: free })] : []),
      ...(left.length > 0 ? [words(context, 'google.busy.declined', { count: left.length })] : []),
    ];
    const note =
      reasons.length > 0
        ? words(context, 'google.busy.notCounted', {
            reasons: formatAnd(reasons, context.locale),
          })
        : undefined;
    return busyBlocks(range, busy, context, note);
  },
});

/** When an event takes time: its instants, or for an all-day event its dates as whole days here. */
function eventSpan(
  event: GoogleEvent,
  timeZone: string,
): { start: number; end: number } | undefined {
  if (event.start?.dateTime && event.end?.dateTime)
    return { start: Date.parse(event.start.dateTime), end: Date.parse(event.end.dateTime) };
  const day = (date: string | undefined) => {
    const [year, month, dayOfMonth] = (date ?? '').split('-').map(Number);
    return year && month && dayOfMonth
      ? zonedInstant(timeZone, year, month, dayOfMonth)
      : undefined;
  };
  const start = day(event.start?.date);
  // All-day end dates are exclusive ("date": the day after the last one).
  const end = day(event.end?.date);
  return start !== undefined && end !== undefined && end > start ? { start, end } : undefined;
}
