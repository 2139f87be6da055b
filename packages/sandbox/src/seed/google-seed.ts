import { base32hexAlphabet, type SeededRandom } from '../random';
import type { CalendarStore } from '../google/calendar/calendar-store';
import type { EventAttendee, EventDateTime, GoogleEvent } from '../google/calendar/event-resource';
import { eventEtag, eventHtmlLink } from '../google/calendar/event-resource';
import {
  addLocalDays,
  isoWeekday,
  localDate,
  nextOffsetChange,
  rfc3339InZone,
  rfc3339Utc,
  zonedInstant,
} from '../time/zoned';
import { meetConference } from '../google/calendar/meet';
import { instanceId } from '../google/calendar/recurrence';

const people = {
  priya: { email: 'priya.natarajan@example.com', displayName: 'Priya Natarajan' },
  marcus: { email: 'marcus.webb@example.com', displayName: 'Marcus Webb' },
  lena: { email: 'lena.fischer@example.com', displayName: 'Lena Fischer' },
  tom: { email: 'tom.okafor@example.com', displayName: 'Tom Okafor' },
  sam: { email: 'sam.rivera@example.com', displayName: 'Sam Rivera' },
  dana: { email: 'dana.kim@northwind.example', displayName: 'Dana Kim' },
  // Google often has no display name for outside guests (provider-apis.md §1.5).
  raj: { email: 'raj@northwind.example' },
} as const;

type Person = (typeof people)[keyof typeof people];

interface SeedEventInput {
  id?: string;
  summary: string;
  description?: string;
  location?: string;
  start: EventDateTime;
  end: EventDateTime;
  attendees?: Array<[Person, EventAttendee['responseStatus']]>;
  recurrence?: string[];
  status?: GoogleEvent['status'];
  transparency?: GoogleEvent['transparency'];
  meet?: boolean;
  eventType?: GoogleEvent['eventType'];
  recurringEventId?: string;
  originalStartTime?: EventDateTime;
  extendedProperties?: GoogleEvent['extendedProperties'];
}

/** Next working day (Mon–Fri) strictly after `date`. */
function nextWorkday(date: string): string {
  let next = addLocalDays(date, 1);
  while (isoWeekday(next) > 5) next = addLocalDays(next, 1);
  return next;
}

/**
 * Seeds the primary calendar with a realistic work week around "now": a recurring stand-up (one
 * instance cancelled), meetings with named attendees and their responses, an all-day offsite, a
 * cancelled event, Meet links, a transparent focus block, and events across the next DST change.
 * Everything is computed from the clock and the seed, so tests can pin both.
 */
export function seedGoogleCalendar(store: CalendarStore, random: SeededRandom, now: number): void {
  const calendar = store.primary();
  const zone = calendar.timeZone;
  const account = store.account;
  const self = { email: account.email, displayName: account.name };
  const today = localDate(now, zone);
  const monday = addLocalDays(today, 1 - isoWeekday(today));
  const nextMonday = addLocalDays(monday, 7);
  const at = (date: string, hour: number, minute = 0): EventDateTime => ({
    dateTime: rfc3339InZone(zonedInstant(date, hour, minute, zone), zone),
    timeZone: zone,
  });
  const newId = () => random.string(26, base32hexAlphabet);

  const add = (input: SeedEventInput): GoogleEvent => {
    const id = input.id ?? newId();
    const createdMs = now - random.int(3, 30) * 86_400_000 - random.int(0, 86_399) * 1000;
    const attendees: EventAttendee[] | undefined = input.attendees && [
      { ...self, organizer: true, self: true, responseStatus: 'accepted' },
      ...input.attendees.map(([person, responseStatus]) => ({ ...person, responseStatus })),
    ];
    const event: GoogleEvent = {
      kind: 'calendar#event',
      etag: eventEtag(createdMs, 0),
      id,
      status: input.status ?? 'confirmed',
      htmlLink: eventHtmlLink(id, calendar.id),
      created: rfc3339Utc(createdMs),
      updated: rfc3339Utc(createdMs),
      summary: input.summary,
      ...(input.description ? { description: input.description } : {}),
      ...(input.location ? { location: input.location } : {}),
      creator: { email: account.email, self: true },
      organizer: { email: account.email, self: true },
      start: input.start,
      end: input.end,
      ...(input.recurrence ? { recurrence: input.recurrence } : {}),
      ...(input.recurringEventId ? { recurringEventId: input.recurringEventId } : {}),
      ...(input.originalStartTime ? { originalStartTime: input.originalStartTime } : {}),
      ...(input.transparency ? { transparency: input.transparency } : {}),
      iCalUID: `${input.recurringEventId ?? id}@google.com`,
      sequence: 0,
      ...(attendees ? { attendees } : {}),
      ...(input.extendedProperties ? { extendedProperties: input.extendedProperties } : {}),
      ...(input.meet ? meetConference(random) : {}),
      reminders: { useDefault: true },
      eventType: input.eventType ?? 'default',
    };
    calendar.events.set(id, event);
    return event;
  };

  const reviewDay = nextWorkday(today);
  add({
    id: 'abc123',
    summary: 'Design review',
    description: 'Walk through the new onboarding flow. Bring questions on the empty states.',
    location: 'Room 4B, 200 Park Ave, New York',
    start: at(reviewDay, 14),
    end: at(reviewDay, 15),
    attendees: [
      [people.priya, 'accepted'],
      [people.marcus, 'tentative'],
      [people.lena, 'needsAction'],
      [people.tom, 'declined'],
    ],
    meet: true,
  });

  const standupStart = addLocalDays(monday, -28);
  const standup = add({
    summary: 'Team stand-up',
    start: at(standupStart, 9, 30),
    end: at(standupStart, 9, 45),
    recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR'],
    attendees: [
      [people.priya, 'accepted'],
      [people.marcus, 'accepted'],
      [people.lena, 'accepted'],
    ],
    meet: true,
  });
  // One stand-up is cancelled (next week's Wednesday): an exception of the series, as Google keeps it.
  const skipped = addLocalDays(nextMonday, 2);
  const skippedStart = at(skipped, 9, 30);
  add({
    id: instanceId(standup.id, skippedStart),
    summary: 'Team stand-up',
    start: skippedStart,
    end: at(skipped, 9, 45),
    status: 'cancelled',
    recurringEventId: standup.id,
    originalStartTime: skippedStart,
  });

  add({
    summary: '1:1 Priya / Avery',
    start: at(addLocalDays(monday, 3), 11),
    end: at(addLocalDays(monday, 3), 11, 30),
    attendees: [[people.priya, 'accepted']],
    recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=TH;COUNT=12'],
  });
  // Working days only: a focus block or a work lunch on a Saturday would not be a work week.
  const focusDay = nextWorkday(today);
  const lunchDay = nextWorkday(focusDay);
  add({
    summary: 'Lunch with Sam',
    location: 'Joe & Pat’s, 1758 Broadway',
    start: at(lunchDay, 12, 30),
    end: at(lunchDay, 13, 30),
    attendees: [[people.sam, 'accepted']],
  });
  add({
    summary: 'Focus time',
    start: at(focusDay, 8),
    end: at(focusDay, 9, 30),
    transparency: 'transparent',
    eventType: 'focusTime',
  });
  add({
    summary: 'Northwind quarterly check-in',
    description: 'Renewal, roadmap preview, open support tickets.',
    start: at(addLocalDays(nextMonday, 1), 16),
    end: at(addLocalDays(nextMonday, 1), 17),
    attendees: [
      [people.dana, 'accepted'],
      [people.raj, 'needsAction'],
      [people.marcus, 'accepted'],
    ],
    meet: true,
    // What a CRM integration leaves on an event: shared with attendees' copies, and private.
    extendedProperties: {
      shared: { crmAccount: 'northwind' },
      private: { renewalStage: 'proposal' },
    },
  });
  add({
    summary: 'Hiring sync',
    start: at(addLocalDays(monday, 2), 15),
    end: at(addLocalDays(monday, 2), 15, 45),
    attendees: [
      [people.marcus, 'accepted'],
      [people.lena, 'declined'],
    ],
  });
  add({
    summary: 'Sprint retro',
    start: at(addLocalDays(monday, -3), 16),
    end: at(addLocalDays(monday, -3), 17),
    attendees: [
      [people.priya, 'accepted'],
      [people.marcus, 'accepted'],
      [people.lena, 'tentative'],
    ],
  });
  const offsite = addLocalDays(nextMonday, 3);
  add({
    summary: 'Quarterly planning offsite',
    location: 'Hudson Loft, 22 W 19th St',
    start: { date: offsite },
    end: { date: addLocalDays(offsite, 1) },
  });
  add({
    summary: 'Vendor demo (cancelled)',
    start: at(addLocalDays(monday, 4), 13),
    end: at(addLocalDays(monday, 4), 14),
    status: 'cancelled',
    attendees: [[people.raj, 'declined']],
  });

  // Across the next DST change: an overnight window that starts before and ends after the clocks
  // move, and a fortnightly series that runs through it (its wall time must stay 10:00).
  const change = nextOffsetChange(today, zone);
  if (change) {
    const eve = addLocalDays(change, -1);
    add({
      summary: 'Overnight release window',
      description: 'Spans the daylight-saving change: 8 hours on the clock, not 8 hours elapsed.',
      start: at(eve, 22),
      end: at(change, 6),
    });
    const planning = addLocalDays(monday, -14);
    add({
      summary: 'Sprint planning',
      start: at(planning, 10),
      end: at(planning, 11),
      recurrence: [
        `RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;UNTIL=${addLocalDays(change, 35).replaceAll('-', '')}T235959Z`,
      ],
      attendees: [
        [people.priya, 'accepted'],
        [people.marcus, 'tentative'],
      ],
    });
  }
}
