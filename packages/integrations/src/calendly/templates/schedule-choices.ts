/** The choices of the booking dialog: event types, then open times in the visitor's zone. */
import {
  findChoiceIn,
  formatDateTime,
  formatTime,
  rangeDuring,
  type ChoiceOption,
  type DateRangeValue,
  type MessageBlock,
  type SlotChoices,
  type TemplateContext,
  wallClockOf,
  extractDuration,
} from '@slotchat/dialog';
import { words } from '../../strings/words';
import { calendlyAvailableTimesSchema, calendlyEventTypeListSchema } from '../schemas';
import { utc } from './shared';

/** The active event types from the `eventTypes` lookup. */
export function eventTypes(context: TemplateContext) {
  const parsed = calendlyEventTypeListSchema.safeParse(context.lookups.eventTypes);
  return parsed.success ? parsed.data.collection.filter((type) => type.active !== false) : [];
}

/**
 * "15:00", "3pm", "3 pm", "3:00pm", and the time as the visitor's locale writes it: how they may
 * type an offered time (requests are read in English, so its forms are always there).
 */
function timeAliases(start: string, context: TemplateContext): string[] {
  // The engine's cached clock for the zone: a new Intl.DateTimeFormat per offered time was most
  // of this dialog's turn (40 times per card).
  const { hour: hours, minute: minutes } = wallClockOf(start, context.timeZone);
  const wall = `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  const suffix = hours < 12 ? 'am' : 'pm';
  const aliases = [wall, `${hour12}:${String(minutes).padStart(2, '0')}${suffix}`];
  if (minutes === 0) aliases.push(`${hour12}${suffix}`, `${hour12} ${suffix}`);
  const local = formatTime(start, context).replace(/\s/gu, ' ');
  return aliases.includes(local) ? aliases : [...aliases, local];
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
  preselect: (options, slots, context) => {
    const request = String(slots.request ?? '');
    if (!request) return undefined;
    // "a 45 minute call": the type of that length, or none (the visitor picks) — never another
    // length because its name shares the word "minute".
    const minutes = extractDuration(request, context)?.value;
    if (typeof minutes === 'number') {
      const ofThatLength = eventTypes(context).filter((type) => type.duration === minutes);
      return ofThatLength.length === 1 ? ofThatLength[0]?.uri : undefined;
    }
    const found = findChoiceIn(
      options.map((option) => ({
        ...option,
        aliases: option.aliases?.filter((alias) => alias.length > 3),
      })),
      request,
      context,
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
    // Labelled as the time-slot card says it, so a visitor who types what they see is understood.
    const options: ChoiceOption[] = times.map((time) => ({
      label: formatDateTime(time.start_time, context),
      value: utc(time.start_time),
      aliases: timeAliases(time.start_time, context),
    }));
    const range = slots.range as DateRangeValue;
    const blocks: MessageBlock[] = [
      {
        type: 'time-slots',
        timeZone: context.timeZone,
        slots: options.map((option) => ({ start: option.value, value: option.value })),
        emptyText: words(context, 'calendly.schedule.time.empty', {
          during: rangeDuring(range, context),
        }),
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
