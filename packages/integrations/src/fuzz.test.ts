/**
 * Thousands of random turns through the real engine and all ten templates: nothing throws, the
 * state always survives a JSON round trip and `restore`, and every call the engine asks for is one
 * the proxy's allow-list accepts.
 */
import {
  createEngine,
  type DialogEvent,
  type DialogState,
  type Effect,
  type StepContext,
} from '@slotchat/dialog';
import { describe, expect, it } from 'vitest';
import { findOperation } from './index';
import { templates } from './templates';

/** A small seeded generator (mulberry32): the same run every time, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const fragments = [
  'show me event abc123',
  'create an event',
  'schedule Design review tomorrow 3-4pm with ana@example.com and add a Meet link',
  'am I busy from Monday to the 14th?',
  'what am I busy with next week?',
  'events with Ana',
  'list my calendly events',
  'calendly events next week',
  'who booked calendly event EV00000000000001',
  'book a 30 minute intro call on Friday',
  'yes',
  'no',
  'change',
  'cancel',
  'start over',
  'help',
  'make it 4pm',
  'actually 45 minutes',
  'the 45th',
  'Feb 30',
  'from the 10th to the 3rd',
  'from December 1 to April 30',
  'use Berlin time',
  'use Atlantis time',
  'the first one',
  '1',
  '<script>alert(1)</script>',
  '🎉🎉🎉',
  'مرحبا بالعالم',
  'שלום',
  '   ',
  '',
  'ana@',
  'Ana Lopez',
  'tomorrow at 9',
  'next Tuesday at 3',
  'https://www.google.com/calendar/event?eid=YWJjMTIzIGFuYUBleGFtcGxlLmNvbQ',
  'https://api.calendly.com/scheduled_events/EV00000000000001',
  'called "Quarterly review"',
  'for 2 hours',
  'nobody',
  'try again',
  'retry',
  'keep going',
  '\u0000\u202e',
  'null',
  '{}',
  '[]',
];
const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789 .,:;!?@/-–"\'<>{}()[]\\🎉é漢ا';

function randomText(next: () => number): string {
  const roll = next();
  if (roll < 0.5) return fragments[Math.floor(next() * fragments.length)] ?? '';
  if (roll < 0.8) {
    const a = fragments[Math.floor(next() * fragments.length)] ?? '';
    const b = fragments[Math.floor(next() * fragments.length)] ?? '';
    return `${a} ${b}`;
  }
  if (roll < 0.99) {
    const length = Math.floor(next() * 80);
    return Array.from(
      { length },
      () => [...alphabet][Math.floor(next() * [...alphabet].length)],
    ).join('');
  }
  return 'x'.repeat(10_000);
}

const garbage: unknown[] = [
  null,
  42,
  'text',
  [],
  {},
  { items: 'no' },
  { collection: [{}] },
  { resource: { uri: 5 } },
  { calendars: {} },
];
const codes = [
  'not_found',
  'rate_limited',
  'authorization_required',
  'insufficient_scopes',
  'provider_error',
  'conflict',
  'upstream_timeout',
];
const outcomes = [
  'connected',
  'denied',
  'closed',
  'blocked',
  'expired',
  'missing-scopes',
  'failed',
] as const;

function randomEvent(
  next: () => number,
  lastCall: Extract<Effect, { type: 'call-operation' }> | undefined,
): DialogEvent {
  const roll = next();
  const callId = lastCall && next() < 0.9 ? lastCall.callId : `c${Math.floor(next() * 50)}`;
  if (roll < 0.6) return { type: 'user-message', text: randomText(next) };
  if (roll < 0.72) {
    const value =
      [
        'yes',
        'change',
        'cancel',
        'retry',
        'connect',
        'keep-going',
        'resume',
        'no-resume',
        'change:start',
        'template:calendly.schedule',
        'template:nope',
        randomText(next),
      ][Math.floor(next() * 12)] ?? '';
    return { type: 'quick-reply', value, label: value };
  }
  if (roll < 0.8) {
    return {
      type: 'authorization-result',
      integration: next() < 0.5 ? 'google-calendar' : 'calendly',
      outcome: outcomes[Math.floor(next() * outcomes.length)] ?? 'connected',
    };
  }
  if (roll < 0.9)
    return {
      type: 'operation-succeeded',
      callId,
      data: garbage[Math.floor(next() * garbage.length)],
    };
  if (roll < 0.98) {
    return {
      type: 'operation-failed',
      callId,
      error: {
        code: codes[Math.floor(next() * codes.length)] ?? 'x',
        message: 'm',
        retryable: next() < 0.5,
        details: { status: next() < 0.5 ? 400 : 403 },
      },
    };
  }
  return next() < 0.5 ? { type: 'reset' } : { type: 'time-zone-changed', timeZone: 'Asia/Tokyo' };
}

describe('fuzz', () => {
  it('survives thousands of random turns with sound state and only allow-listed calls', () => {
    const engine = createEngine({ templates });
    const next = random(Number(process.env.FUZZ_SEED ?? 20261119));
    let turns = 0;
    for (let conversation = 0; conversation < 60; conversation += 1) {
      let state: DialogState = engine.initialState();
      let lastCall: Extract<Effect, { type: 'call-operation' }> | undefined;
      const context: StepContext = {
        now: Date.parse('2026-11-19T09:00:00Z') + Math.floor(next() * 400) * 86_400_000,
        timeZone:
          ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe'][
            conversation % 4
          ] ?? 'UTC',
        locale: 'en-GB',
        connected: { 'google-calendar': next() < 0.5, calendly: next() < 0.5 },
      };
      for (let step = 0; step < 60; step += 1) {
        const event = randomEvent(next, lastCall);
        const result = engine.step(state, event, context);
        turns += 1;
        const restored = engine.restore(JSON.parse(JSON.stringify(result.state)));
        expect(restored, JSON.stringify(event).slice(0, 200)).toEqual(result.state);
        for (const effect of result.effects) {
          if (effect.type === 'say') {
            expect(effect.message.blocks.length).toBeGreaterThan(0);
            // The engine's safety net must never be needed: it means a template or handler threw.
            const crashed = effect.message.blocks.some(
              (block) => block.type === 'error' && block.code === 'engine_error',
            );
            expect(
              crashed,
              `engine_error after ${JSON.stringify(event).slice(0, 200)} in ${JSON.stringify(state).slice(0, 800)}`,
            ).toBe(false);
          }
          if (effect.type === 'call-operation') {
            const operation = findOperation(effect.operation);
            expect(operation, effect.operation).toBeDefined();
            const parsed = operation?.params.safeParse(effect.params);
            expect(
              parsed?.success,
              `${effect.operation} ${JSON.stringify(effect.params)} after ${JSON.stringify(event).slice(0, 200)}`,
            ).toBe(true);
            lastCall = effect;
          }
        }
        state = result.state;
      }
    }
    expect(turns).toBe(3600);
  }, 120_000);
});
