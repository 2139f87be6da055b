/** Template 3: busy slots between two dates the visitor gives ("from Monday to the 14th"). */
import { catalogued } from '../../template-catalogue';
import { defineTemplate, isoWithOffset, type DateRangeValue } from '@slotchat/dialog';
import { freeBusyResponseSchema } from '../event-schema';
import { freeBusyMaxDays } from '../operations';
import { busyBlocks, rangeOf, rangeWithin } from './range-slots';
import { googleCalendarTemplateBase, parseResult } from './shared';

export const busyByRangeTemplate = defineTemplate({
  ...googleCalendarTemplateBase,
  ...catalogued('google-calendar.busy-by-range'),
  examples: [
    'am I busy from Monday to the 14th?',
    'when am I busy between the 3rd and the 10th',
    'show my busy times from Tuesday to Friday',
    'check my availability between two dates',
    'free busy from december 1 to december 5',
    'am I free on Thursday afternoon?',
    'do I have anything on Friday?',
    'is my calendar free on the 3rd',
    'do I have meetings on Monday',
    'what do I have on Dec 3',
    'what does Friday look like',
    'am I available on the 12th',
  ],
  keywords: ['busy between', 'free between', 'availability from to', 'busy on'],
  signals: ['explicit-range', 'explicit-date'],
  slots: [
    {
      name: 'range',
      label: 'Dates',
      entity: 'date-range',
      prompt: 'Between which dates? For example “from Monday to the 14th”.',
      hint: 'Give a start and an end, like “from the 3rd to the 10th” or “Thursday 9-12”.',
      validate: rangeWithin(
        freeBusyMaxDays,
        `Google Calendar answers at most ${freeBusyMaxDays} days at a time`,
      ),
      format: (value) => (value as DateRangeValue).label,
    },
  ],
  operation: {
    build: (slots, context) => {
      const range = rangeOf(slots);
      return {
        operation: 'google-calendar:freebusy.query',
        params: {
          timeMin: isoWithOffset(Date.parse(range.start), context.timeZone),
          timeMax: isoWithOffset(Date.parse(range.end), context.timeZone),
          timeZone: context.timeZone,
          calendarIds: ['primary'],
        },
      };
    },
  },
  render(result, slots, context) {
    const parsed = parseResult(freeBusyResponseSchema, result);
    if (!parsed.ok) return parsed.blocks;
    const calendar = parsed.value.calendars.primary ?? Object.values(parsed.value.calendars)[0];
    if (calendar?.errors?.length) {
      return [
        {
          type: 'error',
          title: 'Calendar not readable',
          message: `Google could not read your calendar (${calendar.errors.map((e) => e.reason).join(', ')}).`,
          retry: true,
        },
      ];
    }
    return busyBlocks(rangeOf(slots), calendar?.busy ?? [], context.timeZone);
  },
});
