/**
 * What the engine itself says, in English: greetings and help, questions about what was not
 * understood, confirmations, sign-in outcomes, failures, and the words for dates and ranges its
 * readers produce. Templates add their own messages (`TemplateDefinition.messages`); the engine
 * merges them, and a translation replaces any of them (`createEngine({ strings })`).
 *
 * `{name}` is filled in by the engine; dates, times, zones and lists arrive already formatted
 * for the visitor's locale. Quotes and dashes are typographic (“ ” ’ —) on purpose.
 */
export const engineMessages = {
  // Greeting, help and what Slotchat can do.
  'welcome.intro': 'Hi! I can help with your calendars. Ask in your own words, for example:',
  'capabilities.none': 'No calendar actions are enabled on this site yet.',
  /** One line of the list of what Slotchat can do. */
  'capabilities.line': '• {title} — {description}',
  'help.intro': 'I can help with these — just ask in your own words:',
  'help.inDialog':
    'We’re working on “{task}”. You can correct anything you said (“make it 4pm”), say “cancel” to stop, or “start over”.',
  'greeting.idle': 'Hi! What can I do for you? For example:',
  'greeting.inDialog': 'Hello!',
  'thanks.idle': 'You’re welcome! Anything else I can do?',
  'thanks.inDialog': 'You’re welcome.',
  'decline.idle': 'OK. I’m here if you need anything else.',
  'startOver.done': 'OK, let’s start over.',
  'notUnderstood.intro': 'Sorry, I’m not sure what you’d like to do. Here is what I can help with:',
  /** `{action}` is the visitor's own verb ("cancel", "move"). */
  'unsupported.action': 'I can’t {action} events. Here is what I can help with:',
  'template.notOffered': '“{task}” is not offered on this site. Here is what I can help with:',
  'template.unavailable': 'That option is no longer available.',
  'disambiguation.ask': 'Did you mean “{first}” or “{second}”?',
  'disambiguation.again': 'Which of the two? Tap one, or say “the first” or “the second”.',

  // The text itself.
  'text.empty':
    'I didn’t get any text. Type what you’d like to do, or “help” to see what I can do.',
  'text.tooLong':
    'That message is too long for me ({length} characters). Please say it in under {max} characters.',

  // Buttons.
  'reply.yes': 'Yes',
  'reply.no': 'No',
  'reply.change': 'Change',
  'reply.cancel': 'Cancel',
  'reply.retry': 'Retry',
  'reply.check': 'Check',
  'reply.tryAgain': 'Try again',
  'reply.keepGoing': 'Keep going',
  'reply.stop': 'Stop',
  'reply.goBack': 'Yes, go back',

  // Questions and answers.
  'answer.unusable': 'Sorry, I couldn’t use that.',
  /** Why an answer could not be used, and an example of a good one. */
  'answer.problemAndHint': '{problem} {hint}',
  'answer.offerStop': 'This doesn’t seem to be working. Would you like to stop here?',
  'choice.severalFit': {
    one: 'That fits one of the options; which one exactly?',
    other: 'That fits {count} of the options; which one exactly?',
  },
  /** `{text}` is what the visitor typed ("3pm" for two open times at 3pm). */
  'choice.aliasFitsSeveral': {
    one: '“{text}” fits one option; which one exactly?',
    other: '“{text}” fits {count} options; which one exactly?',
  },
  'choice.notOffered': 'That isn’t one of the options; here they are again.',
  /** After a correction: `{changes}` lists "label: value" pairs, joined by `separator.fields`. */
  'correction.acknowledged': 'OK — {changes}.',
  'correction.field': '{label}: {value}',
  'separator.fields': '; ',
  'correction.already': '{label} is already {value}.',

  // Confirmations.
  'confirmation.timeZone': 'Time zone',
  'confirmation.wait': 'Sure — nothing happens until you say yes.',
  'confirmation.choose': 'Please choose Yes to go ahead, Change to edit something, or Cancel.',
  'confirmation.whatToChange':
    'What would you like to change? Pick one, or just tell me (“make it 4pm”).',

  // Stopping, switching, coming back.
  'cancel.nothing': 'There’s nothing in progress to cancel. What would you like to do?',
  'cancel.stopped': 'OK, I’ve stopped “{task}”.',
  'cancel.stoppedNothingWritten': 'OK, I’ve stopped “{task}”. Nothing was changed.',
  'switch.setAside': 'Let’s do that first; I’ll keep “{task}” for afterwards.',
  'switch.setAsideDropping':
    'Let’s do that first; I’ll keep “{task}” for afterwards. (I’ve let go of “{dropped}” from before.)',
  'resume.ask': 'Shall we go back to “{task}”?',
  'resume.back': 'Back to “{task}”.',
  'resume.declined': 'OK. What else can I do for you?',

  // Time zones. `{zone}` is the zone's name with its IANA id ("Central European Time
  // (Europe/Berlin)"), `{time}` the time there now.
  'zone.current':
    'Times are in {zone}; it’s {time} there now. Say “use New York time” to change it.',
  'zone.changed': 'OK, from now on times are in {zone}; it’s {time} there now.',
  'zone.unknown':
    'I don’t know the time zone “{place}”. Try a city such as “Berlin”, an abbreviation such as “PST”, or a zone such as “Europe/Berlin”.',

  // Signing in. `{integration}` is a provider's name ("Google Calendar").
  'authorization.denied':
    'Access to {integration} was not granted, so I can’t continue with this yet.',
  'authorization.closed': 'The {integration} sign-in window was closed before it finished.',
  'authorization.blocked':
    'Your browser blocked the {integration} sign-in window. Allow pop-ups for this site, or try again.',
  'authorization.expired': 'The {integration} sign-in took too long and expired.',
  'authorization.missingScopes':
    '{integration} was connected without all the permissions I need. Please connect again and leave every permission ticked.',
  'authorization.failed': 'Connecting {integration} did not work.',
  'authorization.renew':
    'Your {integration} connection needs to be renewed. Connect again and I’ll carry on.',
  'authorization.morePermissions':
    '{integration} needs one more permission for this. Connect again and allow access.',
  'authorization.connectToContinue':
    'Connect {integration} with the button above and I’ll carry on.',
  'authorization.stillNeeded':
    'To continue, connect {integration} with the button above, or say “cancel”.',
  'connected.idle': '{integration} is connected. What would you like to do?',
  'connected.inDialog': '{integration} is connected.',
  'connected.otherWaiting':
    '{integration} is connected. I’m still waiting for {waiting}: connect it with the button above, or say “cancel”.',

  // Calls and their failures.
  'calling.wait': 'One moment, I’m still waiting for {integration}.',
  'failure.title': 'I couldn’t finish: {task}',
  'failure.unexpectedAnswer.title': 'Unexpected answer',
  'failure.unexpectedAnswer.message':
    '{integration} answered in a way I did not understand, so I stopped there.',
  'failure.engine.title': 'Something went wrong',
  'failure.engine.message':
    'I hit a problem with that request and stopped it. Please try again or ask for something else.',
  'failure.unknownOutcome':
    '{integration} did not confirm whether that worked, so it may have gone through. I won’t try again blindly.',
  'failure.checkYourself': 'Please check in {integration} before trying again.',
  'error.notFound': '{integration} could not find that.',
  'error.rateLimited':
    '{integration} is receiving too many requests right now. Try again in a minute.',
  'error.unavailable': '{integration} did not answer properly. It is usually temporary; try again.',
  'error.providerRefused':
    '{integration} did not accept the request, so nothing was changed. Check what you asked for, or ask for something else.',
  /** `{detail}` is the provider's own explanation, as it gave it. */
  'error.refused': '{integration} did not accept the request: {detail}',
  'error.insufficientScopes': '{integration} is connected without the permission this needs.',
  'error.sessionExpired': 'Your chat session has expired. Reload the page to start a new one.',
  'error.conflict': '{integration} reports a conflict: {detail}',
  'error.disabled': 'The site owner has switched {integration} off here.',
  'error.misconfigured':
    '{integration} is not set up correctly on this site; the site owner needs to fix it.',
  'error.other': 'Something went wrong.',
  'error.otherWithDetail': 'Something went wrong: {detail}',

  // Dates and times the visitor gave. `{text}` is what they typed.
  'dateTime.whatTime': 'What time on that day?',
  'dateTime.whichDayOfMonth': 'Which day in {month}?',
  'dateTime.skipped':
    'Note: {asked} does not exist on {day} in {zone}; the clocks go forward that night, so I used {used}.',
  'dateTime.repeated':
    'Note: {asked} happens twice on {day} in {zone}, as the clocks go back that night; I used the first one, before the change.',
  'dateTime.clockChange.forward':
    'The clocks go forward from {before} to {after} during this event, in {zone}.',
  'dateTime.clockChange.back':
    'The clocks go back from {before} to {after} during this event, in {zone}.',
  'date.noSuchDay': 'There is no day {day} in a month.',
  'date.noSuchOrdinal': 'There is no {text} day in a month.',
  'date.weekdayClash': '{date} is not a {weekday}. Which day did you mean?',
  /** "“Nov 31” is not a date: November has 30 days." `{month}` may carry its year. */
  'date.notADate': '“{text}” is not a date: {month} has {count} days.',
  'date.noSuchMonth': '“{text}” is not a date: there is no month {month}.',
  'time.noSuchTime': '“{text}” is not a time of day.',
  'date.notInMonth': 'There is no {text} in {month} (it has {count} days).',
  'duration.tooShort': 'That is too short; events last at least 5 minutes.',
  'duration.tooLong': 'That is longer than a day; give a duration up to 24 hours.',
  'email.incomplete': 'That does not look like a complete email address.',
  'email.incompleteNamed': '“{text}” is not a complete email address.',
  'person.unreadable': 'I couldn’t read a name or an email address there.',
  'eventRef.google.badLink': 'That Google Calendar link does not contain an event I can read.',
  'eventRef.google.badId':
    'Google event ids use only the letters a–v and digits, at least 5 characters. You can also paste the event’s link.',
  'eventRef.calendly.bad': 'That doesn’t look like a Calendly event URI or UUID.',

  // Ranges the visitor gave.
  'range.reversed': 'That range ends before it starts. Which dates did you mean?',
  'range.hoursReversed':
    '“{text}” ends before it starts. Which hours did you mean, for example “9-12”?',
  'range.hoursOnOneDay':
    'I can look at hours like “{text}” on one day at a time. Which day did you mean?',
  'range.whichDay': 'Which day do you mean for “{text}”?',
  'range.unclear':
    'I’m not sure which dates “{text}” covers. Try “next week”, “the next 14 days” or “from the 3rd to the 10th”.',
  'range.readAs': 'I read that as {range}; say other dates if you meant something else.',

  // How a range is called (`range.label.*`, "next week (Monday 23 – Sunday 29 November)") and how
  // it reads after a verb (`range.during.*`: "You have no events {during}"). `{dates}` are the
  // range's days, `{month}` a month with its year, `{day}` one day, `{range}` hours on one day,
  // `{first}`/`{last}` the two ends.
  'range.label.today': 'today ({dates})',
  'range.during.today': 'today ({dates})',
  'range.label.tomorrow': 'tomorrow ({dates})',
  'range.during.tomorrow': 'tomorrow ({dates})',
  'range.label.dayAfterTomorrow': 'the day after tomorrow ({dates})',
  'range.during.dayAfterTomorrow': 'the day after tomorrow ({dates})',
  'range.label.yesterday': 'yesterday ({dates})',
  'range.during.yesterday': 'yesterday ({dates})',
  'range.label.restOfWeek': 'the rest of this week ({dates})',
  'range.during.restOfWeek': 'for the rest of this week ({dates})',
  'range.label.thisWeek': 'this week ({dates})',
  'range.during.thisWeek': 'this week ({dates})',
  'range.label.nextWeek': 'next week ({dates})',
  'range.during.nextWeek': 'next week ({dates})',
  'range.label.weekAfterNext': 'the week after next ({dates})',
  'range.during.weekAfterNext': 'the week after next ({dates})',
  'range.label.lastWeek': 'last week ({dates})',
  'range.during.lastWeek': 'last week ({dates})',
  'range.label.restOfMonth': 'the rest of this month ({dates})',
  'range.during.restOfMonth': 'for the rest of this month ({dates})',
  'range.label.thisMonth': 'this month ({dates})',
  'range.during.thisMonth': 'this month ({dates})',
  'range.label.nextMonth': 'next month ({dates})',
  'range.during.nextMonth': 'next month ({dates})',
  'range.label.lastMonth': 'last month ({dates})',
  'range.during.lastMonth': 'last month ({dates})',
  'range.label.thisYear': 'this year ({dates})',
  'range.during.thisYear': 'this year ({dates})',
  'range.label.nextYear': 'next year ({dates})',
  'range.during.nextYear': 'next year ({dates})',
  'range.label.weekend': 'the weekend ({dates})',
  'range.during.weekend': 'over the weekend ({dates})',
  'range.label.nextWeekend': 'next weekend ({dates})',
  'range.during.nextWeekend': 'next weekend ({dates})',
  'range.label.lastWeekend': 'last weekend ({dates})',
  'range.during.lastWeekend': 'last weekend ({dates})',
  'range.label.month': '{month} ({dates})',
  'range.during.month': 'in {month} ({dates})',
  'range.label.earlyMonth': 'early {month} ({dates})',
  'range.during.earlyMonth': 'in early {month} ({dates})',
  'range.label.midMonth': 'mid-{month} ({dates})',
  'range.during.midMonth': 'in mid-{month} ({dates})',
  'range.label.lateMonth': 'late {month} ({dates})',
  'range.during.lateMonth': 'in late {month} ({dates})',
  'range.label.firstWeekOf': 'the first week of {month} ({dates})',
  'range.during.firstWeekOf': 'in the first week of {month} ({dates})',
  'range.label.secondWeekOf': 'the second week of {month} ({dates})',
  'range.during.secondWeekOf': 'in the second week of {month} ({dates})',
  'range.label.thirdWeekOf': 'the third week of {month} ({dates})',
  'range.during.thirdWeekOf': 'in the third week of {month} ({dates})',
  'range.label.fourthWeekOf': 'the fourth week of {month} ({dates})',
  'range.during.fourthWeekOf': 'in the fourth week of {month} ({dates})',
  'range.label.lastWeekOf': 'the last week of {month} ({dates})',
  'range.during.lastWeekOf': 'in the last week of {month} ({dates})',
  'range.label.nextHours': {
    one: 'the next hour ({dates})',
    other: 'the next {count} hours ({dates})',
  },
  'range.during.nextHours': {
    one: 'in the next hour ({dates})',
    other: 'in the next {count} hours ({dates})',
  },
  'range.label.nextDays': {
    one: 'the next day ({dates})',
    other: 'the next {count} days ({dates})',
  },
  'range.during.nextDays': {
    one: 'in the next day ({dates})',
    other: 'in the next {count} days ({dates})',
  },
  'range.label.nextWeeks': {
    one: 'the next week ({dates})',
    other: 'the next {count} weeks ({dates})',
  },
  'range.during.nextWeeks': {
    one: 'in the next week ({dates})',
    other: 'in the next {count} weeks ({dates})',
  },
  'range.label.nextMonths': {
    one: 'the next month ({dates})',
    other: 'the next {count} months ({dates})',
  },
  'range.during.nextMonths': {
    one: 'in the next month ({dates})',
    other: 'in the next {count} months ({dates})',
  },
  'range.label.nextYears': {
    one: 'the next year ({dates})',
    other: 'the next {count} years ({dates})',
  },
  'range.during.nextYears': {
    one: 'in the next year ({dates})',
    other: 'in the next {count} years ({dates})',
  },
  'range.label.pastDays': {
    one: 'the past day ({dates})',
    other: 'the past {count} days ({dates})',
  },
  'range.during.pastDays': {
    one: 'in the past day ({dates})',
    other: 'in the past {count} days ({dates})',
  },
  'range.label.pastWeeks': {
    one: 'the past week ({dates})',
    other: 'the past {count} weeks ({dates})',
  },
  'range.during.pastWeeks': {
    one: 'in the past week ({dates})',
    other: 'in the past {count} weeks ({dates})',
  },
  'range.label.pastMonths': {
    one: 'the past month ({dates})',
    other: 'the past {count} months ({dates})',
  },
  'range.during.pastMonths': {
    one: 'in the past month ({dates})',
    other: 'in the past {count} months ({dates})',
  },
  'range.label.pastYears': {
    one: 'the past year ({dates})',
    other: 'the past {count} years ({dates})',
  },
  'range.during.pastYears': {
    one: 'in the past year ({dates})',
    other: 'in the past {count} years ({dates})',
  },
  'range.during.day': 'on {day}',
  'range.during.days': 'between {first} and {last}',
  'range.during.hours': 'on {range}',
  /** Hours to the end of a day: "Thursday 19 November from 15:00". */
  'range.label.restOfDay': '{day} from {time}',
  'range.during.restOfDay': 'on {day} from {time}',
  'range.during.times': 'between {first} and {last}',
} as const satisfies Record<string, string | { one?: string; other: string }>;

export type EngineMessages = typeof engineMessages;
export type EngineMessageKey = keyof EngineMessages;
