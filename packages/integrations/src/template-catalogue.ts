import type { IntegrationId } from './operation';

/** What the admin console and the proxy know of a template: no dialog, just its name and job. */
export interface TemplateSummary {
  id: string;
  integration: IntegrationId;
  title: string;
  /** Completes "<title>: …" in the chat's help ("shows one event by its id…"). */
  description: string;
}

/**
 * The ten templates, in the order the help list and the admin console show them. The templates
 * themselves (behind `@slotchat/integrations/templates`) take their id, title and description
 * from here, so the proxy can list and enable them without importing the dialog engine.
 */
export const templateCatalogue = [
  {
    id: 'google-calendar.get-event',
    integration: 'google-calendar',
    title: 'Look up a Google Calendar event',
    description: 'shows one event by its id or its link: time, place, attendees and Meet link.',
  },
  {
    id: 'google-calendar.create-event',
    integration: 'google-calendar',
    title: 'Create a Google Calendar event',
    description:
      'adds an event with a title, a time or whole days, attendees and an optional Meet link, after you confirm.',
  },
  {
    id: 'google-calendar.busy-by-range',
    integration: 'google-calendar',
    title: 'Check busy times between dates',
    description: 'shows when your Google Calendar is busy between two dates you give.',
  },
  {
    id: 'google-calendar.busy-by-named-range',
    integration: 'google-calendar',
    title: 'Check busy times for a period',
    description:
      'shows what you are busy with today, tomorrow, this or next week or month, or the next few days.',
  },
  {
    id: 'google-calendar.events-by-attendee',
    integration: 'google-calendar',
    title: 'Find events with someone',
    description: 'lists your events that include a person, by name or email.',
  },
  {
    id: 'calendly.list-events',
    integration: 'calendly',
    title: 'List Calendly events',
    description:
      'lists your scheduled Calendly events: upcoming by default, or active/cancelled in dates you give.',
  },
  {
    id: 'calendly.get-invitees',
    integration: 'calendly',
    title: 'See who booked a Calendly event',
    description: 'lists the invitees of a Calendly event with their answers and links.',
  },
  {
    id: 'calendly.get-event',
    integration: 'calendly',
    title: 'Look up a Calendly event',
    description:
      'shows one scheduled Calendly event: time, place or join link, hosts and how many have booked.',
  },
  {
    id: 'calendly.list-events-by-named-range',
    integration: 'calendly',
    title: 'Calendly events for a period',
    description:
      'lists your Calendly events today, this or next week or month, or the next few days.',
  },
  {
    id: 'calendly.schedule',
    integration: 'calendly',
    title: 'Book a Calendly appointment',
    description:
      'books a meeting: pick a type, see open times in your zone, confirm, get the booking and calendar file.',
  },
] as const satisfies readonly TemplateSummary[];

export type TemplateId = (typeof templateCatalogue)[number]['id'];

export const templateIds = templateCatalogue.map(
  (template) => template.id,
) as readonly TemplateId[];

/** The catalogue entry of a template id, or undefined for an id Slotchat does not have. */
export function findTemplateSummary(id: string): TemplateSummary | undefined {
  return templateCatalogue.find((template) => template.id === id);
}

/**
 * A template's id, title and description from the catalogue, for the template itself to spread
 * in: the names are written once, here.
 */
export function catalogued(id: TemplateId): { id: string; title: string; description: string } {
  const entry = templateCatalogue.find((template) => template.id === id);
  if (!entry) throw new Error(`${id} is not in the template catalogue`);
  return { id: entry.id, title: entry.title, description: entry.description };
}
