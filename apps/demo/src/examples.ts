/** One example prompt per template, shown as clickable buttons on the demo page. */
import { seededCalendlyEvents } from '@slotchat/sandbox/seeded-events';

export interface Example {
  template: string;
  prompt: string;
}

/**
 * The two Calendly prompts about one event ask as a visitor would, without an id: the reply
 * offers the visitor's next scheduled events as buttons. Among them are these two events of the
 * sandbox's seeded data, whose ids are fixed whatever the seed (only their times follow the
 * clock); the demo-page browser test presses their buttons.
 */
export { seededCalendlyEvents };

export const examples: Example[] = [
  { template: 'Google Calendar — get an event', prompt: 'show me event abc123' },
  {
    template: 'Google Calendar — create an event',
    prompt: 'create a 30 minute meeting called Planning tomorrow at 10am',
  },
  {
    template: 'Google Calendar — busy between dates',
    prompt: 'when am I busy from Monday to Friday?',
  },
  { template: 'Google Calendar — busy in a named range', prompt: 'what am I busy with next week?' },
  {
    template: 'Google Calendar — events with someone',
    prompt: 'show meetings with priya.natarajan@example.com next week',
  },
  { template: 'Calendly — scheduled events', prompt: 'list my Calendly events' },
  {
    template: 'Calendly — invitees of an event',
    prompt: 'who is invited to my Calendly event?',
  },
  {
    template: 'Calendly — one event',
    prompt: 'show my Calendly event',
  },
  {
    template: 'Calendly — events in a named range',
    prompt: 'what Calendly events do I have next week?',
  },
  { template: 'Calendly — book an appointment', prompt: 'book an appointment' },
];
