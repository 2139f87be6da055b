/**
 * Template 4: what you are busy with in a named range (today, this week, next month, the next N
 * days, the weekend). It lists events (`events.list`) so the timeline can show titles.
 */
import { defineTemplate, isoWithOffset } from '@slotchat/dialog';
import { googleEventListSchema } from '../event-schema';
import { busyBlocks, namedRangeSlot, rangeOf } from './range-slots';
import { googleCalendarTemplateBase, parseResult } from './shared';

export const busyByNamedRangeTemplate = defineTemplate({
  ...googleCalendarTemplateBase,
  id: 'google-calendar.busy-by-named-range',
  title: 'Check busy times for a period',
  description:
    'shows what you are busy with today, tomorrow, this or next week or month, or the next few days.',
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
  ],
  keywords: ['busy this week', 'my schedule', 'on my calendar', 'free today'],
  signals: ['named-range'],
  slots: [namedRangeSlot('Which period? For example today, this week or the next 5 days.')],
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
    const parsed = parseResult(googleEventListSchema, result);
    if (!parsed.ok) return parsed.blocks;
    // Free-time events ("transparent") and cancelled ones do not make anyone busy.
    const busy = parsed.value.items
      .filter(
        (event) =>
          event.status !== 'cancelled' &&
          event.transparency !== 'transparent' &&
          event.start?.dateTime &&
          event.end?.dateTime,
      )
      .map((event) => ({
        start: new Date(event.start?.dateTime ?? '').toISOString(),
        end: new Date(event.end?.dateTime ?? '').toISOString(),
        title: event.summary ?? '(No title)',
      }));
    return busyBlocks(rangeOf(slots), busy, context.timeZone);
  },
});
