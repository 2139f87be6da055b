/**
 * What visitors type, as whole conversations: every one of the ten templates, phrased the way
 * people write in a chat box (terse, polite, with typos of case and punctuation), one-shot where
 * people give everything at once and multi-turn where the dialog has to ask. Answers to the
 * bot's questions are what a visitor would type or tap (`reply` = a quick-reply button).
 *
 * `{calendlyEvent}` is replaced by a real scheduled event of the sandbox when recording.
 */

export type VisitorTurn = { text: string } | { reply: string };

export interface Conversation {
  /** The template the conversation is meant to reach (checked when recording). */
  template: string | null;
  turns: VisitorTurn[];
}

const say = (...texts: string[]): VisitorTurn[] => texts.map((text) => ({ text }));
const eventLink =
  'https://calendar.google.com/calendar/event?eid=YWJjMTIzIGF2ZXJ5LmNoZW5AZXhhbXBsZS5jb20';

export const corpus: readonly Conversation[] = [
  // google-calendar.get-event
  { template: 'google-calendar.get-event', turns: say('show me event abc123') },
  { template: 'google-calendar.get-event', turns: say('what is event abc123?') },
  { template: 'google-calendar.get-event', turns: say('who is attending event abc123?') },
  { template: 'google-calendar.get-event', turns: say(`what is this event? ${eventLink}`) },
  {
    template: 'google-calendar.get-event',
    turns: say('can you look up a calendar event for me', 'abc123'),
  },
  // google-calendar.create-event
  {
    template: 'google-calendar.create-event',
    turns: [
      ...say('create a 30 minute meeting called Planning tomorrow at 10am'),
      { reply: 'yes' },
    ],
  },
  {
    template: 'google-calendar.create-event',
    turns: [
      ...say('schedule a call with bob@example.com on Monday at 10 with a meet link', 'Kickoff'),
      ...say('30 minutes'),
      { reply: 'yes' },
    ],
  },
  {
    template: 'google-calendar.create-event',
    turns: [
      ...say('I need to set up a meeting', 'Budget sync', 'friday at 2pm', '45 minutes'),
      ...say('nobody'),
      { reply: 'yes' },
      { reply: 'yes' },
    ],
  },
  // google-calendar.busy-by-range
  {
    template: 'google-calendar.busy-by-range',
    turns: say('when am I busy from Monday to Friday?'),
  },
  {
    template: 'google-calendar.busy-by-range',
    turns: say('am i free between the 3rd and the 10th of next month'),
  },
  {
    template: 'google-calendar.busy-by-range',
    turns: say('check my availability', 'from tomorrow to next friday'),
  },
  // google-calendar.busy-by-named-range
  {
    template: 'google-calendar.busy-by-named-range',
    turns: say('what am I busy with next week?'),
  },
  { template: 'google-calendar.busy-by-named-range', turns: say('am I busy tomorrow') },
  { template: 'google-calendar.busy-by-named-range', turns: say('busy this weekend?') },
  {
    template: 'google-calendar.busy-by-named-range',
    turns: say('how booked am I over the next 3 days'),
  },
  // google-calendar.events-by-attendee
  {
    template: 'google-calendar.events-by-attendee',
    turns: say('show meetings with priya.natarajan@example.com next week'),
  },
  {
    template: 'google-calendar.events-by-attendee',
    turns: say('which meetings do I have with Priya?'),
  },
  // calendly.list-events
  { template: 'calendly.list-events', turns: say('show my calendly events') },
  { template: 'calendly.list-events', turns: say('list my canceled calendly bookings') },
  // calendly.list-events-by-named-range
  { template: 'calendly.list-events-by-named-range', turns: say('calendly events this week') },
  {
    template: 'calendly.list-events-by-named-range',
    turns: say('what calendly bookings do I have next month?'),
  },
  // calendly.get-event
  { template: 'calendly.get-event', turns: say('show calendly event {calendlyEvent}') },
  // calendly.get-invitees
  { template: 'calendly.get-invitees', turns: say('who booked calendly event {calendlyEvent}?') },
  {
    template: 'calendly.get-invitees',
    turns: say('show me the invitees of my calendly event', '{calendlyEvent}'),
  },
  // calendly.schedule
  {
    template: 'calendly.schedule',
    turns: [
      ...say('book a 15 minute intro call on Friday', 'the first one', 'Ana Lopez'),
      ...say('ana@example.com'),
      { reply: 'yes' },
    ],
  },
  {
    template: 'calendly.schedule',
    turns: [
      ...say('book an appointment', 'the intro call', '1', '1', 'my name is Sam Rivera'),
      ...say("it's sam.rivera@example.com"),
      { reply: 'yes' },
    ],
  },
  // Small talk around the templates: greetings, help, a change of mind.
  { template: null, turns: say('hi', 'what can you do?') },
  {
    template: 'google-calendar.create-event',
    turns: say('add lunch with the team on Friday at noon to my calendar', 'cancel'),
  },
];
