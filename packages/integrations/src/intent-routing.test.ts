/**
 * Which template a request starts, through the real engine: every template's own examples route
 * to it, and the held-out phrasings of `intent-corpus.ts` (never used as examples) mostly do too.
 * The corpus test reports every miss, so a change that helps one template and hurts another shows.
 */
import { createEngine, type StepContext } from '@slotchat/dialog';
import { describe, expect, it } from 'vitest';
import { intentCorpus } from './intent-corpus';
import { templates } from './templates';

const engine = createEngine({ templates });
const context: StepContext = {
  now: Date.parse('2026-11-19T09:00:00Z'),
  timeZone: 'Europe/Berlin',
  locale: 'en-GB',
  connected: { 'google-calendar': true, calendly: true },
};

/** The template a request starts, "ask:a|b" for a did-you-mean, or "none". */
function route(text: string): string {
  const { state } = engine.step(engine.initialState(), { type: 'user-message', text }, context);
  if (state.active) return state.active.templateId;
  if (state.pending?.kind === 'disambiguation') return `ask:${state.pending.templateIds.join('|')}`;
  return 'none';
}

/** At least this share of each template's held-out phrasings must start it outright. */
const perTemplate = 0.8;
const overall = 0.93;

describe('intent routing', () => {
  for (const template of templates) {
    it(`${template.id}: its own examples start it`, () => {
      const misses = template.examples
        .map((example) => ({ example, routed: route(example) }))
        .filter(({ routed }) => routed !== template.id);
      expect(misses).toEqual([]);
    });
  }

  it('has held-out phrasings for every template, and none that is also an example', () => {
    const examples = new Set(templates.flatMap((template) => template.examples));
    for (const template of templates) {
      const phrasings = intentCorpus[template.id] ?? [];
      expect(phrasings.length, template.id).toBeGreaterThanOrEqual(25);
      expect(
        phrasings.filter((phrasing) => examples.has(phrasing)),
        template.id,
      ).toEqual([]);
    }
  });

  it(`routes held-out phrasings: ≥ ${perTemplate * 100}% per template, ≥ ${overall * 100}% overall`, () => {
    let right = 0;
    let total = 0;
    const report: string[] = [];
    for (const [id, phrasings] of Object.entries(intentCorpus)) {
      const misses = phrasings
        .map((phrasing) => ({ phrasing, routed: route(phrasing) }))
        .filter(({ routed }) => routed !== id);
      right += phrasings.length - misses.length;
      total += phrasings.length;
      const share = (phrasings.length - misses.length) / phrasings.length;
      if (share < perTemplate)
        report.push(
          `${id}: ${Math.round(share * 100)}%\n${misses.map((miss) => `  ${miss.routed} ← ${miss.phrasing}`).join('\n')}`,
        );
    }
    expect(report).toEqual([]);
    expect(right / total).toBeGreaterThanOrEqual(overall);
  });

  it('starts nothing for small talk, and checks (not creates) on "am I free … for an hour"', () => {
    for (const text of ['tell me a joke', 'who won the football', "what's the weather"])
      expect(route(text), text).toBe('none');
    expect(route('am i free monday afternoon for an hour')).toBe('google-calendar.busy-by-range');
    // Respelt by the engine: short and misspelt day names.
    expect(route('am i free on tues')).toBe('google-calendar.busy-by-range');
    expect(route('am I free on wensday')).toBe('google-calendar.busy-by-range');
  });

  it('reads "the next N hours" as a period to check, not an event of N hours to create', () => {
    for (const text of [
      'am I busy in the next 3 hours',
      'am I free for the next hour',
      'anything on in the next few hours?',
    ])
      expect(route(text), text).toBe('google-calendar.busy-by-named-range');
    // A length with a time is still an event to create.
    expect(route('create a 3 hour workshop tomorrow at 9')).toBe('google-calendar.create-event');
  });

  it('reads "my next consultation" as one that exists, "book my next consultation" as a booking', () => {
    expect(route('show my next consultation')).toBe('calendly.get-event');
    expect(route('details of my next intro call')).toBe('calendly.get-event');
    expect(route('book my next consultation')).toBe('calendly.schedule');
    expect(route('when is my next calendly meeting')).toBe('calendly.list-events');
  });

  it('reads "when is my appointment" as one that exists, "what times do you have" as a booking', () => {
    expect(route('what time is my dentist appointment')).toBe('calendly.list-events');
    expect(route('when is my dentist appointment?')).toBe('calendly.list-events');
    // No word of it is in an example: the question's shape alone routes it.
    expect(route('when is my next consultation')).toBe('calendly.list-events');
    for (const text of [
      'what times do you have for an appointment',
      'what time are you open for appointments',
      'are you open on saturday',
      'can I come in on friday',
      'do you have anything on thursday afternoon?',
      "I'd like an appointment please",
      'can i get a slot on 23/11?',
      'can I get an appointment on friday',
    ])
      expect(route(text), text).toBe('calendly.schedule');
    // The visitor's own free times are the calendar's.
    expect(route('what times am I free tomorrow')).toBe('google-calendar.busy-by-named-range');
    expect(route('do I have anything on thursday afternoon?')).toBe(
      'google-calendar.busy-by-range',
    );
    expect(route('what time is my meeting tomorrow')).toBe('google-calendar.busy-by-named-range');
  });

  it('reads an all-day event stated or put in the calendar as one to create', () => {
    expect(route('team offsite on 14/12 all day')).toBe('google-calendar.create-event');
    expect(route('I’m away from the 14th to the 16th, put it in my calendar')).toBe(
      'google-calendar.create-event',
    );
    expect(route('am i free all day friday')).toBe('google-calendar.busy-by-range');
    expect(route('anything all day on monday?')).toBe('google-calendar.busy-by-range');
    expect(route('meetings all day monday')).toBe('google-calendar.busy-by-range');
    expect(route('my whole day tomorrow')).toBe('google-calendar.busy-by-named-range');
  });

  it('reads "anything with ana this week" as events with Ana, names in lower case too', () => {
    expect(route('do I have anything with ana this week?')).toBe(
      'google-calendar.events-by-attendee',
    );
    expect(route('meetings with bob')).toBe('google-calendar.events-by-attendee');
    expect(route('am I busy this week')).toBe('google-calendar.busy-by-named-range');
    // "Fortnight" names a period as "week" does.
    expect(route('am i free next fortnight')).toBe('google-calendar.busy-by-named-range');
  });

  it('reads "today after 3pm" as hours to check, not a meeting at 3pm to create', () => {
    expect(route('do i have any meetings today after 3pm')).toBe('google-calendar.busy-by-range');
    expect(route('am I free tomorrow before noon')).toBe('google-calendar.busy-by-range');
    expect(route('create a meeting tomorrow at 3pm')).toBe('google-calendar.create-event');
  });
});
