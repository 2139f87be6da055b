import { describe, expect, it } from 'vitest';
import { createSandbox } from '../create-sandbox';
import { seededCalendlyEvents } from './seeded-events';

const clock = () => Date.parse('2026-11-20T20:00:00Z');

function snapshot(seed: string, now = clock) {
  const sandbox = createSandbox({ clock: now, seed });
  return {
    google: [...sandbox.state.google.calendars.primary().events.values()],
    calendly: {
      account: sandbox.state.calendly.store.account,
      eventTypes: [...sandbox.state.calendly.store.eventTypes.values()],
      events: [...sandbox.state.calendly.store.events.values()],
      invitees: [...sandbox.state.calendly.store.invitees.values()],
    },
  };
}

describe('seeded data', () => {
  it('is the same for the same seed and clock, and different for another seed', () => {
    expect(snapshot('alpha')).toEqual(snapshot('alpha'));
    const other = snapshot('beta');
    expect(other.google.map((event) => event.id)).not.toEqual(
      snapshot('alpha').google.map((event) => event.id),
    );
    // The demo event keeps its id whatever the seed.
    expect(other.google.some((event) => event.id === 'abc123')).toBe(true);
  });

  it('follows the clock: the design review is on the next working day', () => {
    const monday = snapshot('x', () => Date.parse('2026-11-23T15:00:00Z'));
    const review = monday.google.find((event) => event.id === 'abc123');
    expect(review?.start.dateTime).toBe('2026-11-24T14:00:00-05:00');
  });

  it.each([
    ['a Friday', '2026-11-20T20:00:00Z'],
    ['a Saturday', '2026-11-21T15:00:00Z'],
    ['a Sunday', '2026-11-22T15:00:00Z'],
  ])('puts one-off work events on working days when today is %s', (_day, now) => {
    const { google } = snapshot('slotchat', () => Date.parse(now));
    const oneOff = google.filter(
      (event) => !event.recurrence && !event.recurringEventId && event.start.dateTime,
    );
    const weekend = oneOff.filter((event) => {
      const weekday = new Date(`${event.start.dateTime?.slice(0, 10)}T12:00:00Z`).getUTCDay();
      // The overnight release window is out of hours on purpose (it spans the DST change).
      return (weekday === 0 || weekday === 6) && event.summary !== 'Overnight release window';
    });
    expect(weekend.map((event) => event.summary)).toEqual([]);
  });

  it('has a realistic Google week: series, responses, all-day, cancelled, Meet, transparent, DST', () => {
    const { google } = snapshot('slotchat');
    expect(google.some((event) => event.recurrence?.[0]?.includes('BYDAY=MO,TU,WE,TH,FR'))).toBe(
      true,
    );
    const responses = new Set(
      google.flatMap((event) => event.attendees ?? []).map((attendee) => attendee.responseStatus),
    );
    expect([...responses].sort()).toEqual(['accepted', 'declined', 'needsAction', 'tentative']);
    expect(google.some((event) => event.start.date !== undefined)).toBe(true);
    expect(google.filter((event) => event.status === 'cancelled').length).toBeGreaterThanOrEqual(2);
    expect(google.some((event) => event.hangoutLink)).toBe(true);
    expect(google.some((event) => event.transparency === 'transparent')).toBe(true);
    const overnight = google.find((event) => event.summary === 'Overnight release window');
    const offset = (value: string | undefined) => value?.slice(-6);
    expect(offset(overnight?.start.dateTime)).not.toBe(offset(overnight?.end.dateTime));
  });

  it('has a Calendly host with three event types, past and upcoming events, answers and a cancellation', () => {
    const { calendly } = snapshot('slotchat');
    const now = clock();
    expect(calendly.eventTypes).toHaveLength(3);
    expect(calendly.events.some((event) => event.end < now)).toBe(true);
    expect(calendly.events.some((event) => event.start > now && event.status === 'active')).toBe(
      true,
    );
    expect(calendly.events.filter((event) => event.status === 'canceled')).toHaveLength(1);
    expect(calendly.invitees.some((invitee) => invitee.questionsAndAnswers.length > 0)).toBe(true);
    const typeOf = (uuid: string) => calendly.eventTypes.find((type) => type.uuid === uuid);
    for (const event of calendly.events) {
      const count = calendly.invitees.filter((invitee) => invitee.eventUuid === event.uuid).length;
      // One-on-one events have their one invitee; group events several, within the type's limit.
      const type = typeOf(event.eventTypeUuid);
      if (type?.kind === 'solo') expect(count).toBe(1);
      else expect(count).toBeGreaterThan(1);
      expect(count).toBeLessThanOrEqual(event.inviteesLimit);
    }
    const canceled = calendly.events.find((event) => event.status === 'canceled');
    const canceledInvitee = calendly.invitees.find(
      (invitee) => invitee.eventUuid === canceled?.uuid,
    );
    expect(canceled?.cancellation?.canceledBy).toBe(canceledInvitee?.name);
  });

  it('gives an upcoming consultation and intro call fixed ids whatever the seed, and leaves every other id as drawn', () => {
    for (const seed of ['slotchat', 'alpha', 'beta']) {
      const { calendly } = snapshot(seed);
      const byId = (uuid: string) => calendly.events.find((event) => event.uuid === uuid);
      const typeName = (uuid: string | undefined) =>
        calendly.eventTypes.find((type) => type.uuid === uuid)?.name;
      const consultation = byId(seededCalendlyEvents.consultation);
      const intro = byId(seededCalendlyEvents.introCall);
      expect(typeName(consultation?.eventTypeUuid)).toBe('30 Minute Consultation');
      expect(typeName(intro?.eventTypeUuid)).toBe('15 Minute Intro Call');
      for (const event of [consultation, intro]) {
        expect(event?.status).toBe('active');
        expect(event?.start).toBeGreaterThan(clock());
      }
      // The consultation's invitee answered its questions (the demo's "who is invited" shows them).
      const invitee = calendly.invitees.find((entry) => entry.eventUuid === consultation?.uuid);
      expect(invitee?.questionsAndAnswers.length).toBeGreaterThan(0);
    }
    // Only the two fixed ids are shared between seeds: every other id is the seed's own draw.
    const ids = (seed: string) => snapshot(seed).calendly.events.map((event) => event.uuid);
    expect(new Set([...ids('alpha')].filter((id) => ids('beta').includes(id)))).toEqual(
      new Set([seededCalendlyEvents.consultation, seededCalendlyEvents.introCall]),
    );
  });
});
