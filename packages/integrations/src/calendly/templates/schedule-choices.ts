/** The choices of the booking dialog: event types, then open times in the visitor's zone. */
import {
  findChoiceIn,
  formatDateTime,
  formatTime,
  type ChoiceOption,
  type DateRangeValue,
  type MessageBlock,
  type SlotChoices,
  type TemplateContext,
} from '@slotchat/dialog';
import { calendlyAvailableTimesSchema, calendlyEventTypeListSchema } from '../schemas';
import { rangePhrase } from '../../google-calendar/templates/range-slots';
import { utc } from './shared';

/** The active event types from the `eventTypes` lookup. */
export function eventTypes(context: TemplateContext) {
  const parsed = calendlyEventTypeListSchema.safeParse(context.lookups.eventTypes);
  return parsed.success ? parsed.data.collection.filter((type) => type.active !== false) : [];
}

/** "15:00", "3pm", "3 pm", "3:00pm": how a visitor may type an offered time. */
function timeAliases(start: string, timeZone: string): string[] {
  const clock = formatTime(start, timeZone);
  const [hours = 0, minutes = 0] = clock.split(':').map(Number);
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  const suffix = hours < 12 ? 'am' : 'pm';
  const aliases = [clock, `${hour12}:${String(minutes).padStart(2, '0')}${suffix}`];
  if (minutes === 0) aliases.push(`${hour12}${suffix}`, `${hour12} ${suffix}`);
  return aliases;
}

export const eventTypeChoices: SlotChoices = {
  lookup: 'eventTypes',
  options: (_data, _slots, context) => {
    const types = eventTypes(context);
    const options: ChoiceOption[] = types.map((type) => ({
      label: type.name,
      value: type.uri,
      aliases: [
        type.slug ?? '',
        `${type.duration} minute`,
        `${type.duration} minutes`,
        `${type.duration} min`,
      ].filter(Boolean),
    }));
    const blocks: MessageBlock[] = [
      {
        type: 'event-types',
        eventTypes: types.map((type) => {
          const view: {
            uri: string;
            name: string;
            durationMinutes: number;
            description?: string;
            schedulingUrl?: string;
          } = {
            uri: type.uri,
            name: type.name,
            durationMinutes: type.duration,
          };
          if (type.description_plain) view.description = type.description_plain;
          if (type.scheduling_url) view.schedulingUrl = type.scheduling_url;
          return view;
        }),
      },
    ];
    return { options, blocks };
  },
  // "book an intro call": the type the request names, by its label, slug, length or a word only
  // its name has ("intro" in "15 Minute Intro Call").
  preselect: (options, slots) => {
    const request = String(slots.request ?? '');
    if (!request) return undefined;
    const found = findChoiceIn(
      options.map((option) => ({
        ...option,
        aliases: option.aliases?.filter((alias) => alias.length > 3),
      })),
      request,
    );
    return found && 'value' in found ? found.value : undefined;
  },
};

export const timeChoices: SlotChoices = {
  lookup: 'times',
  options: (data, slots, context) => {
    const parsed = calendlyAvailableTimesSchema.safeParse(data);
    const times = (parsed.success ? parsed.data.collection : [])
      .filter((time) => time.status === 'available')
      .slice(0, 40);
    const options: ChoiceOption[] = times.map((time) => ({
      label: formatDateTime(time.start_time, context.timeZone),
      value: utc(time.start_time),
      aliases: timeAliases(time.start_time, context.timeZone),
    }));
    const range = slots.range as DateRangeValue;
    const blocks: MessageBlock[] = [
      {
        type: 'time-slots',
        timeZone: context.timeZone,
        slots: options.map((option) => ({ start: option.value, value: option.value })),
        emptyText: `No open times ${rangePhrase(range)}.`,
      },
    ];
    return { options, blocks };
  },
  preselect: (options, slots) =>
    typeof slots.preferredTime === 'string'
      ? options.find(
          (option) => Date.parse(option.value) === Date.parse(String(slots.preferredTime)),
        )?.value
      : undefined,
};
