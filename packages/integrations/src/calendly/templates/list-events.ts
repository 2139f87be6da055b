/**
 * Templates 6 and 9: Calendly scheduled events — upcoming by default, with status and range filters
 * (template 6), or for a named range such as "next week" (template 9).
 */
import { catalogued } from '../../template-catalogue';
import {
  defineTemplate,
  extractDateRange,
  type DateRangeValue,
  type MessageBlock,
  type SlotDefinition,
  type SlotValues,
  type TemplateContext,
} from '@slotchat/dialog';
import { normalizeCalendlyEvent } from '../normalize';
import { calendlyEventListSchema } from '../schemas';
import {
  namedRangeSlot,
  rangePhrase,
  rangeWithin,
} from '../../google-calendar/templates/range-slots';
import {
  calendlyTemplateBase,
  currentUserLookup,
  oneEventCue,
  parseOr,
  userUri,
  utc,
} from './shared';

const statusSlot: SlotDefinition = {
  name: 'status',
  label: 'Status',
  entity: 'text',
  prompt: 'Active or cancelled events?',
  hint: 'Say “active” or “cancelled”.',
  required: false,
  defaultValue: () => 'active',
  extract: (text, _context, mode) => {
    if (/\bcancel(?:l)?ed\b|\bcanceled\b/i.test(text)) return { value: 'canceled' };
    if (/\bactive\b|\bnot cancel/i.test(text)) return { value: 'active' };
    return mode === 'answer' ? { problem: 'I can show active or cancelled events.' } : undefined;
  },
  format: (value) => (value === 'canceled' ? 'Cancelled' : 'Active'),
};

/** "my bookings", "booked", "upcoming", "cancelled": existing events, not a new booking. */
const listCue = {
  pattern:
    /\bbookings\b|\bmy (?:\w+ ){0,2}booking\b|\bbooked\b|\bupcoming\b|\bcoming up\b|\bcancell?ations?\b|\bcancell?ed\b/i,
  weight: 0.15,
};

function listRequest(slots: SlotValues, context: TemplateContext) {
  const range = slots.range as DateRangeValue | undefined;
  const params: Record<string, unknown> = {
    user: userUri(context.lookups),
    status: slots.status === 'canceled' ? 'canceled' : 'active',
    sort: 'start_time:asc',
  };
  if (range) {
    params.minStartTime = utc(range.start);
    params.maxStartTime = utc(range.end);
  } else {
    params.minStartTime = utc(context.now);
  }
  return { operation: 'calendly:scheduled_events.list', params };
}

function renderList(result: unknown, slots: SlotValues, context: TemplateContext): MessageBlock[] {
  const parsed = parseOr(calendlyEventListSchema, result);
  if (!parsed.ok) return parsed.blocks;
  const range = slots.range as DateRangeValue | undefined;
  const cancelled = slots.status === 'canceled';
  const what = cancelled ? 'cancelled Calendly events' : 'Calendly events';
  const when = range ? range.label : 'coming up';
  return [
    {
      type: 'event-list',
      title: `Your ${what}, ${when}`,
      timeZone: context.timeZone,
      events: parsed.value.collection.map(normalizeCalendlyEvent),
      emptyText: range
        ? `You have no ${what} ${rangePhrase(range)}.`
        : `You have no upcoming ${what}.`,
    },
  ];
}

export const listEventsTemplate = defineTemplate({
  ...calendlyTemplateBase,
  ...catalogued('calendly.list-events'),
  // Unless Calendly is named, "my events" means the calendar.
  prior: -0.12,
  examples: [
    'list my calendly events',
    'show my upcoming calendly bookings',
    'what calendly meetings do I have',
    'show cancelled calendly events',
    'calendly events from the 3rd to the 10th',
    'when is my next calendly meeting',
    'which bookings do I have on calendly',
    'show my upcoming calendly events',
    'list calendly events between two dates',
  ],
  cues: [listCue, oneEventCue],
  keywords: ['calendly bookings', 'scheduled events', 'upcoming appointments'],
  signals: ['explicit-range', 'explicit-date'],
  lookups: [currentUserLookup],
  slots: [
    {
      name: 'range',
      label: 'Dates',
      entity: 'date-range',
      prompt: 'Between which dates?',
      hint: 'For example “from the 3rd to the 10th”.',
      required: false,
      // "between two dates" without the dates is a wish to choose them: ask, don't list everything.
      extract: (text, context) =>
        extractDateRange(text, context) ??
        (/\b(?:between|for|in|over|on|within)\s+(?:some|two|certain|specific|particular|a few|other)\s+(?:dates|days|range|period)\b|\b(?:a|some) date range\b/i.test(
          text,
        )
          ? { problem: 'Sure — which dates?' }
          : undefined),
      validate: rangeWithin(366, 'I list at most a year of Calendly events at a time'),
      format: (value) => (value as DateRangeValue).label,
    },
    statusSlot,
  ],
  operation: { needs: ['me'], build: listRequest },
  render: renderList,
});

export const listEventsByNamedRangeTemplate = defineTemplate({
  ...calendlyTemplateBase,
  ...catalogued('calendly.list-events-by-named-range'),
  // Unless Calendly is named, "my events" means the calendar; and without a named period the
  // plain list (upcoming events) is what is meant.
  prior: -0.16,
  examples: [
    'calendly events next week',
    'what calendly bookings do I have today',
    'my calendly appointments this month',
    'calendly meetings for the next 5 days',
    'cancelled calendly events this month',
    'who booked me on calendly tomorrow',
    'what calendly events do I have the week after next',
  ],
  cues: [listCue, oneEventCue],
  keywords: ['calendly this week', 'calendly today', 'calendly next month'],
  signals: ['named-range'],
  lookups: [currentUserLookup],
  slots: [
    namedRangeSlot(
      'Which period? For example today, this week or the next 5 days.',
      rangeWithin(366, 'I list at most a year of Calendly events at a time'),
    ),
    statusSlot,
  ],
  operation: { needs: ['me'], build: listRequest },
  render: renderList,
});
