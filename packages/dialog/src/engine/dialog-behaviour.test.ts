/**
 * Behaviour the visitor notices, driven through `createEngine` with small templates written only
 * with the public model: corrections of choices at the confirmation, switching instead of quietly
 * changing a hidden slot, guided questions, writes whose outcome is unknown, and authorization.
 */
import { describe, expect, it } from 'vitest';
import type { DialogEvent, Effect, StepContext } from '../engine-types';
import { defineTemplate, type TemplateDefinition } from '../template';
import { createEngine } from './create-engine';
import type { DialogState } from './state';

const context: StepContext = {
  now: Date.parse('2026-11-19T09:00:00Z'),
  timeZone: 'Europe/Berlin',
  locale: 'en-GB',
  connected: { shop: true, notes: true },
};

const kinds = {
  collection: [
    { uri: 'k1', name: 'Intro call' },
    { uri: 'k2', name: '60 Minute Consultation' },
  ],
};

/** A booking: a kind from a lookup, then times that depend on the kind, then a confirmation. */
// These templates write their words as keys the catalogue does not have, which the engine says
// as they are (what a missing message does): enough for testing the dialog, not the words.
const booking = defineTemplate({
  id: 'shop.book',
  integration: 'shop',
  integrationName: 'Shop',
  title: 'Book a session',
  description: 'books a session.',
  examples: ['book a session', 'reserve a slot in the shop'],
  authorizationReason: 'Connect the shop.',
  lookups: [
    { name: 'kinds', dependsOn: [], build: () => ({ operation: 'shop:kinds', params: {} }) },
    {
      name: 'times',
      dependsOn: ['kind', 'range'],
      build: (slots) => ({ operation: 'shop:times', params: { kind: slots.kind } }),
    },
  ],
  slots: [
    {
      name: 'kind',
      label: 'Kind',
      entity: 'choice',
      prompt: 'Which kind?',
      hint: 'Pick one.',
      choices: {
        lookup: 'kinds',
        options: (data) => ({
          options: (data as typeof kinds).collection.map((kind) => ({
            label: kind.name,
            value: kind.uri,
          })),
          blocks: [],
        }),
      },
    },
    {
      name: 'range',
      label: 'Dates',
      entity: 'date-range',
      prompt: 'Which dates?',
      hint: 'For example next week.',
      required: false,
    },
    {
      name: 'time',
      label: 'Time',
      entity: 'choice',
      prompt: 'Which time?',
      hint: 'Pick a time.',
      choices: {
        lookup: 'times',
        options: (data) => ({
          options: (data as string[]).map((time) => ({ label: time, value: time })),
          blocks: [],
        }),
      },
    },
  ],
  confirmation: {
    title: 'Book it?',
    fields: (slots) => [
      { label: 'Kind', value: String(slots.kind) },
      { label: 'Time', value: String(slots.time) },
    ],
  },
  operation: { build: (slots) => ({ operation: 'shop:book', params: { time: slots.time } }) },
  verify: {
    label: 'Check my bookings',
    build: () => ({ operation: 'shop:bookings', params: {} }),
    outcome: (answer) =>
      answer.ok && Array.isArray(answer.data) && answer.data.length > 0
        ? { happened: true, blocks: [{ type: 'text', text: 'It went through.' }] }
        : { happened: false, blocks: [{ type: 'text', text: 'It did not go through.' }] },
  },
  render: () => [{ type: 'text', text: 'Booked.' }],
});

/** Something else to ask for mid-booking. */
const lookup = defineTemplate({
  id: 'notes.agenda',
  integration: 'notes',
  integrationName: 'Notes',
  title: 'Show my agenda',
  description: 'shows the agenda.',
  examples: ['what is on my agenda next week', 'show my agenda for today'],
  signals: ['named-range'],
  authorizationReason: 'Connect notes.',
  slots: [
    {
      name: 'range',
      label: 'Period',
      entity: 'date-range',
      prompt: 'Which period?',
      hint: 'Next week.',
    },
  ],
  operation: { build: () => ({ operation: 'notes:agenda', params: {} }) },
  render: () => [{ type: 'text', text: 'Your agenda.' }],
});

/** A write with optional slots that are asked only when guided. */
const note = defineTemplate({
  id: 'notes.write',
  integration: 'notes',
  integrationName: 'Notes',
  title: 'Write a note',
  description: 'writes a note.',
  examples: ['write a note called groceries', 'write a new note'],
  authorizationReason: 'Connect notes.',
  slots: [
    { name: 'title', label: 'Title', entity: 'title', prompt: 'What title?', hint: 'Any title.' },
    {
      name: 'tags',
      label: 'Tags',
      entity: 'text',
      prompt: 'Any tags?',
      hint: 'Words, or “none”.',
      required: false,
      askWhenGuided: true,
      defaultValue: () => 'none',
    },
  ],
  confirmation: {
    title: 'Write it?',
    fields: (slots) => [{ label: 'Title', value: String(slots.title) }],
  },
  operation: { build: (slots) => ({ operation: 'notes:write', params: { title: slots.title } }) },
  render: () => [{ type: 'text', text: 'Written.' }],
});

/** A reminder at a time, or on a day "whenever": the time only applies to the first kind. */
const reminder = defineTemplate({
  id: 'notes.remind',
  integration: 'notes',
  integrationName: 'Notes',
  title: 'Set a reminder',
  description: 'sets a reminder.',
  examples: ['remind me on friday at 3pm', 'set a reminder'],
  authorizationReason: 'Connect notes.',
  slots: [
    {
      name: 'anyTime',
      label: 'Any time',
      entity: 'yes-no',
      prompt: 'Any time that day?',
      hint: 'Yes or no.',
      extract: (text) => (/\bwhenever\b/i.test(text) ? { value: true } : undefined),
      defaultValue: () => false,
    },
    {
      name: 'at',
      label: 'When',
      entity: 'date-time',
      prompt: 'When?',
      hint: 'A day and a time.',
      when: (slots) => slots.anyTime !== true,
    },
  ],
  confirmation: { title: 'Set it?', fields: () => [] },
  operation: { build: () => ({ operation: 'notes:remind', params: {} }) },
  render: () => [{ type: 'text', text: 'Set.' }],
});

function chat(templates: readonly TemplateDefinition[], start: StepContext = context) {
  const engine = createEngine({ templates });
  let state: DialogState = engine.initialState();
  let ctx = start;
  const calls: Extract<Effect, { type: 'call-operation' }>[] = [];
  const answers: Record<string, unknown> = {
    'shop:kinds': kinds,
    'shop:times': ['Fri 10:00', 'Fri 11:00'],
    'notes:agenda': {},
    'notes:write': {},
  };
  function send(event: DialogEvent): string {
    const said: string[] = [];
    const queue: DialogEvent[] = [event];
    while (queue.length > 0) {
      const next = queue.shift() as DialogEvent;
      const result = engine.step(state, next, ctx);
      state = result.state;
      for (const effect of result.effects) {
        if (effect.type === 'say')
          for (const block of effect.message.blocks)
            said.push(block.type === 'text' ? block.text : `[${block.type}]`);
        if (effect.type === 'call-operation') {
          calls.push(effect);
          const data = answers[effect.operation];
          if (data !== undefined)
            queue.push({ type: 'operation-succeeded', callId: effect.callId, data });
        }
      }
    }
    return said.join(' | ');
  }
  return {
    say: (text: string) => send({ type: 'user-message', text }),
    send,
    calls,
    answers,
    get state() {
      return state;
    },
    setContext(next: StepContext) {
      ctx = next;
    },
  };
}

describe('dialog behaviour', () => {
  it('changes a choice at the confirmation by a word of its label, and asks again what depended on it', () => {
    const c = chat([booking, lookup]);
    c.say('book a session');
    c.say('Intro call');
    expect(c.say('Fri 10:00')).toContain('[confirmation]');
    const said = c.say('actually make it the consultation');
    expect(said).toContain('OK — Kind: k2');
    expect(said).toContain('Which time?');
    expect(c.calls.at(-1)).toMatchObject({ operation: 'shop:times', params: { kind: 'k2' } });
  });

  it('takes a new request while a choice is asked as a switch, not as a quiet change of the dates', () => {
    const c = chat([booking, lookup]);
    c.say('book a session');
    const said = c.say('what is on my agenda next week?');
    expect(said).toContain('Let’s do that first; I’ll keep “Book a session” for afterwards.');
    expect(said).toContain('Your agenda.');
    expect(c.state.suspended?.slots.range).toBeUndefined();
  });

  it('says so when a correction changes nothing', () => {
    const c = chat([note]);
    c.say('write a note called groceries');
    expect(c.say('change the title to "groceries"')).toContain('Title is already groceries.');
  });

  it('waits on “no wait” at a confirmation instead of cancelling', () => {
    const c = chat([note]);
    c.say('write a note called groceries');
    const said = c.say('no wait');
    expect(said).toContain('nothing happens until you say yes');
    expect(c.state.active?.phase.kind).toBe('choosing-change');
    expect(c.say('looks good')).toContain('Written.');
  });

  it('asks optional questions in a guided dialog only', () => {
    const guided = chat([note]);
    guided.say('write a new note');
    expect(guided.say('Shopping')).toContain('Any tags?');
    const longForm = chat([note]);
    expect(longForm.say('write a note called Shopping')).toContain('[confirmation]');
  });

  it('never repeats a write whose outcome is unknown: it offers a check first', () => {
    const c = chat([booking]);
    c.say('book a session');
    c.say('Intro call');
    c.say('Fri 10:00');
    c.say('yes');
    const book = c.calls.at(-1);
    expect(book?.operation).toBe('shop:book');
    const unknown = c.send({
      type: 'operation-failed',
      callId: book?.callId ?? '',
      error: {
        code: 'upstream_timeout',
        message: 'Timed out',
        retryable: false,
        details: { outcomeUnknown: true },
      },
    });
    expect(unknown).toContain('may have gone through');
    expect(unknown).not.toContain('[error]');
    c.answers['shop:bookings'] = [];
    const checked = c.send({ type: 'quick-reply', value: 'retry', label: 'Check my bookings' });
    expect(c.calls.at(-1)?.operation).toBe('shop:bookings');
    expect(checked).toContain('It did not go through.');
    // Only now is booking again offered, and it books.
    c.answers['shop:book'] = {};
    expect(c.send({ type: 'quick-reply', value: 'retry', label: 'Retry' })).toContain('Booked.');
  });

  it('tells the visitor which integration is still awaited when another one connects', () => {
    const c = chat([booking], { ...context, connected: {} });
    c.say('book a session');
    const said = c.send({
      type: 'authorization-result',
      integration: 'notes',
      outcome: 'connected',
    });
    expect(said).toBe(
      'notes is connected. I’m still waiting for Shop: connect it with the button above, or say “cancel”.',
    );
  });

  it('does not ask about what a slot that no longer applies could not read', () => {
    // "Friday" alone is no time of day, but this reminder takes none.
    expect(chat([reminder]).say('remind me whenever on friday')).toBe('[confirmation]');
    expect(chat([reminder]).say('remind me on friday')).toContain('What time on that day?');
  });

  it('drops the value of a slot that stops applying, so it cannot come back stale', () => {
    const c = chat([reminder]);
    expect(c.say('remind me on friday at 3pm')).toBe('[confirmation]');
    expect(c.state.active?.slots.at).toBe('2026-11-20T14:00:00.000Z');
    c.say('actually whenever');
    expect(c.state.active?.slots.anyTime).toBe(true);
    expect(c.state.active?.slots.at).toBeUndefined();
  });

  it('says when an earlier set-aside dialog is let go', () => {
    const c = chat([booking, lookup, note]);
    c.say('write a new note');
    c.say('book a session');
    expect(c.say('what is on my agenda next week?')).toContain(
      '(I’ve let go of “Write a note” from before.)',
    );
  });
});
