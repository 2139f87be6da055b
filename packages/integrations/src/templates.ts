/**
 * The dialog templates, for whoever runs the dialog engine (the widget, the terminal chat, the
 * transcript runner). The proxy never imports this entry point.
 */
import type { TemplateDefinition } from '@slotchat/dialog';
/** What the templates say, in English (with the engine's `engineMessages`: the whole catalogue). */
export { templateMessages, type TemplateMessages } from './strings/en';
import { getCalendlyEventTemplate } from './calendly/templates/get-event';
import { getInviteesTemplate } from './calendly/templates/get-invitees';
import {
  listEventsByNamedRangeTemplate,
  listEventsTemplate,
} from './calendly/templates/list-events';
import { scheduleTemplate } from './calendly/templates/schedule';
import { busyByNamedRangeTemplate } from './google-calendar/templates/busy-by-named-range';
import { busyByRangeTemplate } from './google-calendar/templates/busy-by-range';
import { createEventTemplate } from './google-calendar/templates/create-event';
import { eventsByAttendeeTemplate } from './google-calendar/templates/events-by-attendee';
import { getEventTemplate } from './google-calendar/templates/get-event';

export {
  busyByNamedRangeTemplate,
  busyByRangeTemplate,
  createEventTemplate,
  eventsByAttendeeTemplate,
  getCalendlyEventTemplate,
  getEventTemplate,
  getInviteesTemplate,
  listEventsByNamedRangeTemplate,
  listEventsTemplate,
  scheduleTemplate,
};

/** Every template, in the order the help list shows them. */
export const templates: readonly TemplateDefinition[] = [
  getEventTemplate,
  createEventTemplate,
  busyByRangeTemplate,
  busyByNamedRangeTemplate,
  eventsByAttendeeTemplate,
  listEventsTemplate,
  getInviteesTemplate,
  getCalendlyEventTemplate,
  listEventsByNamedRangeTemplate,
  scheduleTemplate,
];
