/** One example prompt per template, shown as clickable chips on the demo page. */
export const examples: { template: string; prompt: string }[] = [
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
  { template: 'Calendly — one event', prompt: 'show Calendly event details' },
  {
    template: 'Calendly — events in a named range',
    prompt: 'what Calendly events do I have next week?',
  },
  { template: 'Calendly — book an appointment', prompt: 'book an appointment' },
];
