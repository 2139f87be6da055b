/**
 * Templates 6 and 9: Calendly scheduled events — upcoming by default, with status and range filters
 * (template 6), or for a named range such as "next week" (template 9).
 */
import { catalogued } from '../../template-catalogue';
import {
  defineTemplate,
  extractDateRange,
  rangeDuring,
  rangeLabel,
  type DateRangeValue,
  type MessageBlock,
  type SlotDefinition,
  type SlotValues,
  type TemplateContext,
} from '@slotchat/dialog';
import { key, words } from '../../strings/words';
import { normalizeCalendlyEvent } from '../normalize';
import { calendlyEventListSchema } from '../schemas';
import { namedRangeSlot, rangeWithin } from '../../google-calendar/templates/range-slots';
import {
  asksWhenMineIs,
  calendlyTemplateBase,
  currentUserLookup,
  oneEventCue,
  parseOr,
  userUri,
  utc,
} from './shared';

const statusSlot: SlotDefinition = {
  name: 'status',
  label: key('calendly.list.status.label'),
  entity: 'text',
  prompt: key('calendly.list.status.prompt'),
  hint: key('calendly.list.status.hint'),
  required: false,
  defaultValue: () => 'active',
  extract: (text, context, mode) => {
    if (/\bcancel(?:l)?ed\b|\bcanceled\b/i.test(text)) return { value: 'canceled' };
    if (/\bactive\b|\bnot cancel/i.test(text)) return { value: 'active' };
    return mode === 'answer'
      ? { problem: words(context, 'calendly.list.status.unreadable') }
      : undefined;
  },
  format: (value, context) =>
    words(
      context,
      value === 'canceled' ? 'calendly.list.status.cancelled' : 'calendly.list.status.active',
    ),
};

/** At most a year at a time: Calendly pages through the rest slowly. */
const withinAYear = rangeWithin(366, 'calendly.list.range.tooLong');

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
  const parsed = parseOr(calendlyEventListSchema, result, context);
  if (!parsed.ok) return parsed.blocks;
  const range = slots.range as DateRangeValue | undefined;
  const cancelled = slots.status === 'canceled';
  const title = range
    ? words(context, cancelled ? 'calendly.list.title.cancelled' : 'calendly.list.title.active', {
        range: rangeLabel(range, context),
      })
    : words(
        context,
        cancelled ? 'calendly.list.title.upcomingCancelled' : 'calendly.list.title.upcoming',
      );
  const emptyText = range
    ? words(context, cancelled ? 'calendly.list.empty.cancelled' : 'calendly.list.empty.active', {
        during: rangeDuring(range, context),
      })
    : words(
        context,
        cancelled ? 'calendly.list.empty.upcomingCancelled' : 'calendly.list.empty.upcoming',
      );
  return [
    {
      type: 'event-list',
      title,
      timeZone: context.timeZone,
      events: parsed.value.collection.map((event) => normalizeCalendlyEvent(event, context)),
      emptyText,
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
  // Enough alone: "when is my consultation" has no other word the examples share.
  cues: [listCue, oneEventCue, { pattern: asksWhenMineIs, weight: 0.55 }],
  keywords: ['calendly bookings', 'scheduled events', 'upcoming appointments'],
  signals: ['explicit-range', 'explicit-date'],
  lookups: [currentUserLookup],
  slots: [
    {
      name: 'range',
      label: key('shared.dates.label'),
      entity: 'date-range',
      prompt: key('shared.range.betweenWhich'),
      hint: key('calendly.list.range.hint'),
      required: false,
      // "between two dates" without the dates is a wish to choose them: ask, don't list everything.
      extract: (text, context) =>
        extractDateRange(text, context) ??
        (/\b(?:between|for|in|over|on|within)\s+(?:some|two|certain|specific|particular|a few|other)\s+(?:dates|days|range|period)\b|\b(?:a|some) date range\b/i.test(
          text,
        )
          ? { problem: words(context, 'calendly.list.range.which') }
          : undefined),
      validate: withinAYear,
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
  cues: [listCue, oneEventCue, { pattern: asksWhenMineIs, weight: 0.4 }],
  keywords: ['calendly this week', 'calendly today', 'calendly next month'],
  signals: ['named-range'],
  lookups: [currentUserLookup],
  slots: [namedRangeSlot(key('shared.period.prompt'), withinAYear), statusSlot],
  operation: { needs: ['me'], build: listRequest },
  render: renderList,
});
