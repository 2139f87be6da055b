/**
 * What the ten templates say, in English: slot labels, questions and hints, confirmations,
 * answers and failures. The engine's own messages (`engineMessages` in @slotchat/dialog) and
 * these make one catalogue (`messages` of `@slotchat/integrations/templates`); a translation is
 * one object with the same keys. Each template's name and help line are in the catalogue too,
 * as `<template id>.title` and `.description`, from `template-catalogue.ts`.
 *
 * `{name}` is filled in by the template; dates, times, lengths, zone names and lists arrive
 * already formatted for the visitor's locale. `{during}` is a range as it reads after a verb
 * ("next week (…)", "on Thursday 19 November"), `{range}` a range's name.
 */
export const templateMessages = {
  // Both integrations.
  'shared.unexpectedAnswer.title': 'Unexpected answer',
  'shared.event.label': 'Event',
  'shared.dates.label': 'Dates',
  'shared.period.label': 'Period',
  'shared.period.prompt': 'Which period? For example today, this week or the next 5 days.',
  'shared.period.hint':
    'Say today, tomorrow, this week, next week, this month, next month, the weekend, or “the next 5 days”.',
  'shared.period.unreadable': 'I couldn’t read a period there.',
  'shared.period.today': 'Today',
  'shared.period.tomorrow': 'Tomorrow',
  'shared.period.thisWeek': 'This week',
  'shared.period.nextWeek': 'Next week',
  'shared.range.betweenWhich': 'Between which dates?',
  'shared.range.past': 'That is more than a year ago. Please pick a more recent range.',
  'shared.event.notFound.title': 'Event not found',

  // Google Calendar.
  'google.authorizationReason':
    'To read and manage your calendar, I need you to connect Google Calendar.',
  'google.unexpectedAnswer':
    'The calendar answered in a way I did not understand, so I can’t show it. Try again in a moment.',
  'google.noTitle': '(No title)',

  'google.getEvent.prompt': 'Which event? Send its id or paste its Google Calendar link.',
  'google.getEvent.hint':
    'An event id looks like “abc123def456”; a link starts with https://calendar.google.com/.',
  'google.getEvent.cancelled': 'Note: this event was cancelled.',
  'google.getEvent.notFound':
    'There is no event with the id “{id}” in your calendar. Check the id, or paste the event’s link.',

  'google.createEvent.title.label': 'Title',
  'google.createEvent.title.prompt': 'What should the event be called?',
  'google.createEvent.title.hint': 'Any short title, for example “Design review”.',
  'google.createEvent.title.tooLong': 'That title is too long (200 characters at most).',
  'google.createEvent.start.label': 'Start',
  'google.createEvent.start.prompt': 'When does it start?',
  'google.createEvent.start.hint': 'For example “tomorrow at 3pm” or “Friday 10:30”.',
  'google.createEvent.start.past': 'That time has already passed.',
  'google.createEvent.start.severalDays':
    'That is several days: {during}. Give the day and time it starts, or say “all day”.',
  'google.createEvent.allDay.label': 'All day',
  'google.createEvent.allDay.prompt': 'Is it an all-day event?',
  'google.createEvent.allDay.hint': 'Say yes for all day, or no to give it a time.',
  'google.createEvent.allDay.severalDays': 'That is several days: {during}.',
  'google.createEvent.days.label': 'Dates',
  'google.createEvent.days.prompt': 'Which day, or which days?',
  'google.createEvent.days.hint': 'For example “Friday”, “next week” or “14–16 December”.',
  'google.createEvent.days.notWhole':
    'An all-day event takes whole days: give the days without hours, or say the time it starts instead of “all day”.',
  'google.createEvent.days.past': 'That day has already passed.',
  'google.createEvent.days.startsEarlier': 'That starts before today. Give days from today on.',
  'google.createEvent.days.separate':
    'Those days are apart, and one all-day event covers days in a row. Give one day or a span, and add the other as its own event.',
  'google.createEvent.days.either': 'Which one: {first} or {second}?',
  'google.createEvent.days.tooLong': 'That is more than {max} days. Please give a shorter span.',
  'google.createEvent.duration.label': 'Duration',
  'google.createEvent.duration.prompt': 'How long will it be?',
  'google.createEvent.duration.hint': 'For example “30 minutes”, “1 hour” or “3-4pm”.',
  'google.createEvent.duration.halfHour': '30 minutes',
  'google.createEvent.duration.hour': '1 hour',
  'google.createEvent.duration.endsFirst': 'That ends before it starts.',
  'google.createEvent.repeats':
    'I can only create a single event, not a repeating series: this is the first one.',
  'google.createEvent.attendees.label': 'Attendees',
  'google.createEvent.attendees.prompt':
    'Who should be invited? Give email addresses, or say “nobody”.',
  'google.createEvent.attendees.hint': 'For example ana@example.com, bo@example.com.',
  'google.createEvent.attendees.onlyYou': 'Only you',
  /** `{list}`: who is invited; `{names}`: the people named without an address. */
  'google.createEvent.attendees.uninvited': {
    one: '{list} ({names} is not invited: no email address)',
    other: '{list} ({names} are not invited: no email address)',
  },
  'google.createEvent.guestEmails.label': 'Guests’ emails',
  /** `{names}`: the people named without an address ("Ana", "Ana and Bo"). */
  'google.createEvent.guestEmails.prompt': {
    one: 'What is the email address of {names}? I need it to invite them (or say “skip” to leave them off).',
    other:
      'What are the email addresses of {names}? I need them to invite everyone (or say “skip” to leave them off).',
  },
  'google.createEvent.guestEmails.hint': 'For example ana@example.com, or “skip”.',
  'google.createEvent.meet.label': 'Google Meet',
  'google.createEvent.meet.prompt': 'Add a Google Meet link?',
  'google.createEvent.meet.hint': 'Say yes or no.',
  'google.createEvent.location.label': 'Location',
  'google.createEvent.location.prompt': 'Where will it be?',
  'google.createEvent.location.hint': 'A room, an address or a place.',
  'google.createEvent.description.label': 'Description',
  'google.createEvent.description.prompt': 'What should the description say?',
  'google.createEvent.description.hint': 'A sentence or two.',
  'google.createEvent.confirm.title': 'Create this event?',
  'google.createEvent.confirm.when': 'When',
  'google.createEvent.confirm.allDay': '{days}, all day',
  'google.createEvent.confirm.note': 'Note',
  'google.createEvent.done': 'Done: “{title}” is in your Google Calendar.',
  'google.createEvent.meetPending':
    'Google is still setting up the Meet link; it will appear in the event shortly.',
  'google.createEvent.alreadyThere':
    'This event is already in your calendar: an earlier attempt went through, so I did not create it twice.',
  'google.createEvent.refused.title': 'Event not created',
  /** `{detail}` is Google's own explanation, as it gave it. */
  'google.createEvent.refused.message': 'Google Calendar did not accept the event: {detail}',
  'google.createEvent.check.label': 'Check my calendar',
  'google.createEvent.check.unknown':
    'Google Calendar did not confirm that “{title}” was created, so it may be there already. Shall I check your calendar before trying again?',
  'google.createEvent.check.notThere':
    '“{title}” is not in your calendar, so it was not created. Shall I try again?',
  'google.createEvent.check.failed.title': 'Could not check the calendar',
  'google.createEvent.check.unreadable': 'Google Calendar answered in a way I did not understand.',
  'google.createEvent.check.there': 'It went through: “{title}” is in your Google Calendar.',

  'google.busyByRange.prompt': 'Between which dates? For example “from Monday to the 14th”.',
  'google.busyByRange.hint':
    'Give a start and an end, like “from the 3rd to the 10th” or “Thursday 9-12”.',
  'google.busyByRange.tooLong':
    'That is {days} days; Google Calendar answers at most {max} days at a time. Please pick a shorter range.',
  'google.busyByRange.unreadable.title': 'Calendar not readable',
  /** `{reasons}`: Google's reason codes ("notFound"). */
  'google.busyByRange.unreadable.message': 'Google could not read your calendar ({reasons}).',
  'google.busyByNamedRange.tooLong':
    'That is {days} days; I show busy times for at most {max} days at a time. Please pick a shorter range.',
  'google.busy.title': 'Busy times, {range}',
  'google.busy.freeDuring': 'You’re free {during}.',
  'google.busy.freeAllOf': 'You’re free all of {range}.',
  'google.busy.summary': {
    one: 'You’re busy once {during}.',
    other: 'You’re busy {count} times {during}.',
  },
  /** `{reasons}`: the kinds of events left out, as a list. */
  'google.busy.notCounted': 'Not counted: {reasons}.',
  'google.busy.markedFree': {
    one: 'one event marked “free” in Google Calendar',
    other: '{count} events marked “free” in Google Calendar',
  },
  'google.busy.declined': {
    one: 'one event you declined',
    other: '{count} events you declined',
  },

  'google.byAttendee.person.label': 'Person',
  'google.byAttendee.person.prompt':
    'Whose events should I look for? Give a name or an email address.',
  'google.byAttendee.person.hint': 'For example “Ana” or ana@example.com.',
  'google.byAttendee.person.tooLong': 'That name is too long.',
  'google.byAttendee.range.hint': 'For example “next week” or “from the 3rd to the 10th”.',
  'google.byAttendee.range.tooLong':
    'That is {days} days; I look through at most a year at a time. Please pick a shorter range.',
  'google.byAttendee.title': 'Events with {person}, {range}',
  'google.byAttendee.empty': 'No events with {person} {during}.',

  // Calendly.
  'calendly.authorizationReason':
    'To see and book your Calendly events, I need you to connect Calendly.',
  'calendly.unexpectedAnswer':
    'Calendly answered in a way I did not understand, so I can’t show it. Try again in a moment.',
  'calendly.unreadable': 'Calendly answered in a way I did not understand.',
  'calendly.eventName': 'Calendly event',
  'calendly.event.hint':
    'Paste the event’s Calendly URI (it ends in /scheduled_events/…) or its UUID, or pick one above.',
  'calendly.event.pick':
    'Which Calendly event? Pick one of your next events, or paste its URI or UUID.',
  'calendly.event.noneUpcoming':
    'Which Calendly event? You have none coming up, so paste its URI or UUID.',
  /** A button for one upcoming event: `{name}` and `{when}`, its start. */
  'calendly.event.choice': '{name}, {when}',
  'calendly.event.notFound': 'Calendly has no event “{id}” that you can see.',
  'calendly.event.notAllowed.title': 'Not allowed',
  'calendly.event.notAllowed.message': 'Calendly does not let this account see that event.',
  /** `{count}` is the event's number of places, `{active}` how many are taken. */
  'calendly.getEvent.places': {
    one: '{active} of {count} place is booked.',
    other: '{active} of {count} places are booked.',
  },
  'calendly.getEvent.cancelled': 'This event was cancelled.',
  'calendly.getEvent.cancelledBy': 'This event was cancelled by {by}.',
  'calendly.getEvent.cancelledBecause': 'This event was cancelled: “{reason}”',
  'calendly.getEvent.cancelledByBecause': 'This event was cancelled by {by}: “{reason}”',
  'calendly.invitees.empty': 'Nobody has booked “{name}” yet.',

  'calendly.list.status.label': 'Status',
  'calendly.list.status.prompt': 'Active or cancelled events?',
  'calendly.list.status.hint': 'Say “active” or “cancelled”.',
  'calendly.list.status.unreadable': 'I can show active or cancelled events.',
  'calendly.list.status.active': 'Active',
  'calendly.list.status.cancelled': 'Cancelled',
  'calendly.list.range.hint': 'For example “from the 3rd to the 10th”.',
  'calendly.list.range.which': 'Sure — which dates?',
  'calendly.list.range.tooLong':
    'That is {days} days; I list at most a year of Calendly events at a time. Please pick a shorter range.',
  'calendly.list.title.active': 'Your Calendly events, {range}',
  'calendly.list.title.cancelled': 'Your cancelled Calendly events, {range}',
  'calendly.list.title.upcoming': 'Your Calendly events, coming up',
  'calendly.list.title.upcomingCancelled': 'Your cancelled Calendly events, coming up',
  'calendly.list.empty.active': 'You have no Calendly events {during}.',
  'calendly.list.empty.cancelled': 'You have no cancelled Calendly events {during}.',
  'calendly.list.empty.upcoming': 'You have no upcoming Calendly events.',
  'calendly.list.empty.upcomingCancelled': 'You have no upcoming cancelled Calendly events.',

  'calendly.schedule.appointment': 'Appointment',
  'calendly.schedule.eventType.label': 'Event type',
  'calendly.schedule.eventType.prompt': 'What kind of meeting would you like to book?',
  'calendly.schedule.eventType.none': 'There is nothing to book right now.',
  'calendly.schedule.eventType.hint': 'Pick one of the meeting types above, by name or number.',
  'calendly.schedule.range.prompt': 'Which dates should I look at?',
  'calendly.schedule.range.hint':
    'For example “Thursday”, “next week” or “from the 3rd to the 10th”.',
  'calendly.schedule.range.tooLong':
    'That is {days} days; Calendly shows open times for at most {max} days at a time. Please pick a shorter range.',
  'calendly.schedule.range.passed': 'Those dates have passed; pick future dates.',
  'calendly.schedule.time.label': 'Time',
  /** `{zone}`: the zone's name ("Central European Time (Berlin)"). */
  'calendly.schedule.time.prompt': 'Which time suits you? Times are in {zone}.',
  'calendly.schedule.time.none':
    'There are no open times {during}. Which other dates should I look at?',
  'calendly.schedule.time.hint': 'Pick a time above, or name other dates (“next week”).',
  'calendly.schedule.time.empty': 'No open times {during}.',
  'calendly.schedule.name.label': 'Name',
  'calendly.schedule.name.prompt': 'What name should the booking be under?',
  'calendly.schedule.name.hint': 'Your first and last name, for example “Ana Lopez”.',
  'calendly.schedule.name.unreadable': 'That doesn’t look like a name.',
  'calendly.schedule.email.label': 'Email',
  'calendly.schedule.email.prompt': 'And your email address, for the confirmation?',
  'calendly.schedule.email.hint': 'For example ana@example.com.',
  'calendly.schedule.confirm.title': 'Book this appointment?',
  'calendly.schedule.confirm.meeting': 'Meeting',
  'calendly.schedule.confirm.when': 'When',
  /** An event type with its length: "30 Minute Consultation (30 min)". */
  'calendly.schedule.confirm.type': '{name} ({duration})',
  /** `{when}` is the booked span with its zone. */
  'calendly.schedule.booked': 'You’re booked: {name}, {when}. A confirmation goes to {email}.',
  'calendly.schedule.check.label': 'Check if it was booked',
  'calendly.schedule.check.unknown':
    'Calendly did not confirm the booking for {when}, so it may have gone through. I won’t book again blindly: shall I check your bookings first?',
  'calendly.schedule.check.failed.title': 'Could not check the booking',
  'calendly.schedule.check.notThere':
    'There is no booking for {email} at {when}, so it did not go through. Shall I try booking it again?',
  'calendly.schedule.check.there':
    'Good news: it went through. You’re booked for {when}, and a confirmation goes to {email} with the links to reschedule or cancel.',
  'calendly.schedule.link':
    'I can’t finish this booking here (Calendly wants more from you than I can ask), so here is a single-use link: open it to book {name}, and choose {when} again there.',
  'calendly.schedule.taken': 'That time was just taken. Here are the open times again.',
} as const satisfies Record<string, string | { one?: string; other: string }>;

export type TemplateMessages = typeof templateMessages;
