/** Template 3: busy slots between two dates the visitor gives ("from Monday to the 14th"). */
import { catalogued } from '../../template-catalogue';
import { defineTemplate, isoWithOffset } from '@slotchat/dialog';
import { key, words } from '../../strings/words';
import { freeBusyResponseSchema } from '../event-schema';
import { freeBusyMaxDays } from '../../limits';
import { busyBlocks, rangeOf, rangeWithin } from './range-slots';
import { googleCalendarTemplateBase, notAboutBusyTimes, parseResult } from './shared';

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
  cues: notAboutBusyTimes,
  slots: [
    {
      name: 'range',
      label: key('shared.dates.label'),
      entity: 'date-range',
      prompt: key('google.busyByRange.prompt'),
      hint: key('google.busyByRange.hint'),
      validate: rangeWithin(freeBusyMaxDays, 'google.busyByRange.tooLong'),
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
    const parsed = parseResult(freeBusyResponseSchema, result, context);
    if (!parsed.ok) return parsed.blocks;
    const calendar = parsed.value.calendars.primary ?? Object.values(parsed.value.calendars)[0];
    if (calendar?.errors?.length) {
      return [
        {
          type: 'error',
          title: words(context, 'google.busyByRange.unreadable.title'),
          message: words(context, 'google.busyByRange.unreadable.message', {
            reasons: calendar.errors.map((entry) => entry.reason).join(', '),
          }),
          retry: true,
        },
      ];
    }
    return busyBlocks(rangeOf(slots), calendar?.busy ?? [], context);
  },
});
