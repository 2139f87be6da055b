import type {
  CalendlyEventType,
  CalendlyInvitee,
  CalendlyScheduledEvent,
  Cancellation,
  QuestionAndAnswer,
} from '../calendly/calendly-model';
import type { CalendlyStore } from '../calendly/calendly-store';
import type { SeededRandom } from '../random';
import { addLocalDays, isoWeekday, localDate, zonedInstant } from '../time/zoned';
import { calendlyUuid } from './accounts';
import { seededCalendlyEvents } from './seeded-events';

const invitees = [
  { name: 'Ana Souza', email: 'ana@acme.example', timezone: 'America/Sao_Paulo' },
  { name: 'Ben Carter', email: 'ben.carter@globex.example', timezone: 'America/Chicago' },
  { name: 'Chloé Martin', email: 'chloe.martin@initech.example', timezone: 'Europe/Paris' },
  { name: 'Dev Patel', email: 'dev@umbrella.example', timezone: 'Asia/Kolkata' },
  { name: 'Emma Schulz', email: 'emma.schulz@hooli.example', timezone: 'Europe/Berlin' },
  { name: 'Felix Nakamura', email: 'felix@piedpiper.example', timezone: 'Asia/Tokyo' },
  { name: 'Grace Okoye', email: 'grace.okoye@wayne.example', timezone: 'Africa/Lagos' },
  { name: 'Hugo Lindqvist', email: 'hugo@stark.example', timezone: 'Europe/Stockholm' },
] as const;

const topics = [
  'Pricing for a team of 20',
  'Migrating our calendar integrations',
  'A second opinion on our hiring plan',
  'Renewal and next quarter',
  'Scoping a discovery workshop',
];

/** Next weekday (Mon–Fri) on or after `date`. */
function weekdayOnOrAfter(date: string): string {
  let day = date;
  while (isoWeekday(day) > 5) day = addLocalDays(day, 1);
  return day;
}

/**
 * Seeds the Calendly host: three event types (one with custom questions, one an in-person group
 * session), past and upcoming scheduled events with invitees and their answers (group events with
 * several), and one canceled event — relative to the clock, deterministic for the seed.
 */
export function seedCalendly(store: CalendlyStore, random: SeededRandom, now: number): void {
  const zone = store.account.timezone;
  const createdAt = now - 120 * 86_400_000;
  const eventType = (
    input: Omit<
      CalendlyEventType,
      'uuid' | 'createdAt' | 'updatedAt' | 'active' | 'minimumNoticeMinutes' | 'position'
    >,
  ) => {
    const type: CalendlyEventType = {
      ...input,
      position: store.eventTypes.size,
      uuid: calendlyUuid(random),
      active: true,
      minimumNoticeMinutes: 240,
      createdAt,
      updatedAt: createdAt,
    };
    store.eventTypes.set(type.uuid, type);
    return type;
  };
  const intro = eventType({
    name: '15 Minute Intro Call',
    slug: '15min-intro',
    durationMinutes: 15,
    color: '#0069ff',
    descriptionPlain: 'A quick call to see whether we are a good fit.',
    locations: [{ kind: 'google_conference' }],
    customQuestions: [],
    slotStepMinutes: 15,
    kind: 'solo',
    inviteesLimit: 1,
  });
  const consultation = eventType({
    name: '30 Minute Consultation',
    slug: '30min-consultation',
    durationMinutes: 30,
    color: '#8247f5',
    descriptionPlain: 'Bring one concrete problem; leave with next steps.',
    locations: [{ kind: 'google_conference' }],
    customQuestions: [
      {
        uuid: calendlyUuid(random),
        name: 'What would you like to discuss?',
        type: 'text',
        position: 0,
        enabled: true,
        required: true,
        answerChoices: [],
        includeOther: false,
      },
      {
        uuid: calendlyUuid(random),
        name: 'Company size',
        type: 'single_select',
        position: 1,
        enabled: true,
        required: false,
        answerChoices: ['1-10', '11-50', '51-200', '200+'],
        includeOther: false,
      },
    ],
    slotStepMinutes: 30,
    kind: 'solo',
    inviteesLimit: 1,
  });
  const strategy = eventType({
    name: '60 Minute Strategy Session',
    slug: '60min-strategy',
    durationMinutes: 60,
    color: '#ff4f00',
    descriptionPlain: 'An in-person working session for up to four people at our Madrid office.',
    locations: [{ kind: 'physical', location: 'Northwind Consulting, Calle de Alcalá 42, Madrid' }],
    customQuestions: [],
    slotStepMinutes: 60,
    // A group type, so one event can hold several invitees (Calendly's `kind: group`).
    kind: 'group',
    inviteesLimit: 4,
  });

  const today = localDate(now, zone);
  let guestIndex = random.int(0, invitees.length - 1);
  const nextPerson = () => {
    const person = invitees[guestIndex % invitees.length] ?? invitees[0];
    guestIndex += 1;
    return person;
  };
  const noTracking: CalendlyInvitee['tracking'] = {
    utm_campaign: null,
    utm_source: null,
    utm_medium: null,
    utm_content: null,
    utm_term: null,
    salesforce_uuid: null,
  };

  /**
   * One scheduled event with `people` invitees (more than one only for a group type), booked a
   * few days ahead and an hour apart, so invitee lists have an order to sort and pages to turn.
   * `cancelReason` cancels the event by its invitee; `canceledPeople` cancels that many of a
   * group event's invitees while the event goes ahead. `uuid` fixes the event's id.
   */
  const book = (
    type: CalendlyEventType,
    dayOffset: number,
    hour: number,
    options: {
      people?: number;
      cancelReason?: string;
      canceledPeople?: number;
      uuid?: string;
    } = {},
  ) => {
    const date = weekdayOnOrAfter(addLocalDays(today, dayOffset));
    const start = zonedInstant(date, hour, 0, zone);
    const bookedAt = Math.min(now, start) - random.int(2, 10) * 86_400_000;
    const canceledAt = bookedAt + 86_400_000;
    const attending = [...Array(options.people ?? 1).keys()].map(() => nextPerson());
    const firstPerson = attending[0] ?? invitees[0];
    const eventCancellation: Cancellation | undefined = options.cancelReason
      ? {
          // The invitee who booked it is the one who called it off.
          canceledBy: firstPerson.name,
          reason: options.cancelReason,
          cancelerType: 'invitee',
          createdAt: canceledAt,
        }
      : undefined;
    // A fixed id still takes its draw, so every other id stays what the seed made it.
    const drawn = calendlyUuid(random);
    const event: CalendlyScheduledEvent = {
      uuid: options.uuid ?? drawn,
      eventTypeUuid: type.uuid,
      name: type.name,
      status: eventCancellation ? 'canceled' : 'active',
      start,
      end: start + type.durationMinutes * 60_000,
      location:
        type.locations[0]?.kind === 'physical'
          ? { type: 'physical', location: type.locations[0].location }
          : {
              type: 'google_conference',
              joinUrl: `https://meet.google.com/${random.string(3, 'abcdefghijklmnopqrstuvwxyz')}-${random.string(4, 'abcdefghijklmnopqrstuvwxyz')}-${random.string(3, 'abcdefghijklmnopqrstuvwxyz')}`,
            },
      guests: [],
      inviteesLimit: type.inviteesLimit,
      ...(eventCancellation ? { cancellation: eventCancellation } : {}),
      createdAt: bookedAt,
      updatedAt: eventCancellation ? canceledAt : bookedAt,
    };
    store.events.set(event.uuid, event);
    attending.forEach((person, index) => {
      const createdAt = bookedAt + index * 3_600_000;
      const canceled = index >= attending.length - (options.canceledPeople ?? 0);
      const cancellation: Cancellation | undefined =
        eventCancellation ??
        (canceled
          ? {
              canceledBy: person.name,
              reason: 'Can no longer make it, sorry.',
              cancelerType: 'invitee',
              createdAt: createdAt + 86_400_000,
            }
          : undefined);
      const answers: QuestionAndAnswer[] = type.customQuestions.length
        ? [
            {
              question: 'What would you like to discuss?',
              answer: random.pick(topics),
              position: 0,
            },
            {
              question: 'Company size',
              answer: random.pick(['1-10', '11-50', '51-200', '200+']),
              position: 1,
            },
          ]
        : [];
      const [firstName, ...rest] = person.name.split(' ');
      const invitee: CalendlyInvitee = {
        uuid: calendlyUuid(random),
        eventUuid: event.uuid,
        name: person.name,
        firstName: firstName ?? null,
        lastName: rest.join(' ') || null,
        email: person.email,
        status: cancellation ? 'canceled' : 'active',
        timezone: person.timezone,
        textReminderNumber: null,
        questionsAndAnswers: answers,
        tracking: noTracking,
        ...(cancellation ? { cancellation } : {}),
        createdAt,
        updatedAt: cancellation?.createdAt ?? createdAt,
      };
      store.invitees.set(invitee.uuid, invitee);
    });
    return event;
  };

  // Past.
  book(consultation, -9, 10);
  book(intro, -6, 12);
  // A full workshop but one: three signed up, the last of them dropped out.
  book(strategy, -3, 15, { people: 3, canceledPeople: 1 });
  // Upcoming.
  book(intro, 1, 11, { uuid: seededCalendlyEvents.introCall });
  book(consultation, 2, 16, { uuid: seededCalendlyEvents.consultation });
  // Two of four seats taken: the slot is still offered with invitees_remaining 2.
  book(strategy, 4, 10, { people: 2 });
  book(consultation, 8, 9);
  book(intro, 12, 14);
  // Canceled by its invitee.
  book(consultation, 3, 12, { cancelReason: 'Something came up, will rebook next week.' });
}
