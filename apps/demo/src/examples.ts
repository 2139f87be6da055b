/** One example prompt per template, shown as clickable buttons on the demo page. */
export interface Example {
  template: string;
  prompt: string;
}

/**
 * Two Calendly prompts name a scheduled event of the sandbox's seeded data: its ids come from the
 * seed alone (the same every day; only the times follow the clock), and the demo-page browser
 * test fails if the seed ever stops having them.
 */
export const seededCalendlyEvents = {
  /** A 30 Minute Consultation two days ahead, whose invitee answered its questions. */
  consultation: '3NEI74068CZHNN5Q',
  /** A 15 Minute Intro Call the next day. */
  introCall: '4PQ6DBW2DWPDCFXQ',
} as const;

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
    prompt: `who is invited to Calendly event ${seededCalendlyEvents.consultation}?`,
  },
  {
    template: 'Calendly — one event',
    prompt: `show Calendly event ${seededCalendlyEvents.introCall}`,
  },
  {
    template: 'Calendly — events in a named range',
    prompt: 'what Calendly events do I have next week?',
  },
  { template: 'Calendly — book an appointment', prompt: 'book an appointment' },
];
