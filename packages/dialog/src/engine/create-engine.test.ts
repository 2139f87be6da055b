import { describe, expect, it } from 'vitest';
import type { Effect, StepContext } from '../engine-types';
import { defineTemplate } from '../template';
import { createEngine } from './create-engine';

const context: StepContext = {
  now: Date.parse('2026-11-19T09:00:00Z'),
  timeZone: 'Europe/Berlin',
  locale: 'en-GB',
  connected: { demo: true },
};

/** The demo templates' words, in English: their catalogue messages. */
const demoMessages = {
  'demo.lookup.reason': 'Connect Demo to look things up.',
  'demo.email.label': 'Email',
  'demo.email.prompt': 'Which email?',
  'demo.email.hint': 'For example ana@example.com.',
  'demo.write.reason': 'Connect Demo to write notes.',
  'demo.title.label': 'Title',
  'demo.title.prompt': 'What should the note be called?',
  'demo.title.hint': 'Any short title.',
  'demo.write.confirm': 'Create this note?',
};

/** A small template written only with the public model, like the real ones. */
const lookupTemplate = defineTemplate({
  id: 'demo.lookup',
  integration: 'demo',
  integrationName: 'Demo',
  title: 'Look up a thing',
  description: 'finds a thing by its email.',
  examples: ['look up the thing for ana@example.com', 'find thing by email'],
  authorizationReason: 'demo.lookup.reason',
  messages: demoMessages,
  slots: [
    {
      name: 'email',
      label: 'demo.email.label',
      entity: 'email',
      prompt: 'demo.email.prompt',
      hint: 'demo.email.hint',
    },
  ],
  operation: {
    build: (slots) => ({ operation: 'demo:things.get', params: { email: slots.email } }),
  },
  render: (result) => [{ type: 'text', text: `Found ${JSON.stringify(result)}` }],
});

const writeTemplate = defineTemplate({
  id: 'demo.write',
  integration: 'demo',
  integrationName: 'Demo',
  title: 'Create a note',
  description: 'writes a note.',
  examples: ['create a note called groceries', 'write a new note'],
  authorizationReason: 'demo.write.reason',
  messages: demoMessages,
  slots: [
    {
      name: 'title',
      label: 'demo.title.label',
      entity: 'title',
      prompt: 'demo.title.prompt',
      hint: 'demo.title.hint',
    },
  ],
  operation: {
    build: (slots) => ({ operation: 'demo:notes.insert', params: { title: slots.title } }),
  },
  confirmation: {
    title: 'demo.write.confirm',
    fields: (slots, context) => [
      { label: context.t('demo.title.label'), value: String(slots.title) },
    ],
  },
  render: () => [{ type: 'text', text: 'Created.' }],
});

const engine = createEngine({ templates: [lookupTemplate, writeTemplate] });

function texts(effects: Effect[]): string {
  return effects
    .flatMap((effect) => (effect.type === 'say' ? effect.message.blocks : []))
    .map((block) => (block.type === 'text' ? block.text : block.type))
    .join(' | ');
}

describe('createEngine', () => {
  it('is pure: the same state, event and context give the same result, and the input state is untouched', () => {
    const state = engine.initialState();
    const snapshot = JSON.stringify(state);
    const event = { type: 'user-message', text: 'look up the thing for ana@example.com' } as const;
    const first = engine.step(state, event, context);
    const second = engine.step(state, event, context);
    expect(second).toEqual(first);
    expect(JSON.stringify(state)).toBe(snapshot);
    expect(JSON.parse(JSON.stringify(first.state))).toEqual(first.state);
  });

  it('restores what it persisted and refuses anything else', () => {
    const { state } = engine.step(
      engine.initialState(),
      { type: 'user-message', text: 'find thing by email' },
      context,
    );
    expect(engine.restore(JSON.parse(JSON.stringify(state)))).toEqual(state);
    expect(engine.restore({ version: 2 })).toBeNull();
    expect(engine.restore('nonsense')).toBeNull();
    expect(
      engine.restore({ ...state, active: { ...state.active, templateId: 'gone.template' } }),
    ).toBeNull();
  });

  it('confirms a write with Yes / Change / Cancel and only then calls', () => {
    let state = engine.initialState();
    let result = engine.step(
      state,
      { type: 'user-message', text: 'create a note called groceries' },
      context,
    );
    state = result.state;
    const confirmation = result.effects
      .flatMap((effect) => (effect.type === 'say' ? effect.message.blocks : []))
      .find((block) => block.type === 'confirmation');
    expect(confirmation).toMatchObject({
      fields: [
        { label: 'Title', value: 'groceries' },
        { label: 'Time zone', value: 'Central European Time (Berlin)', timeZone: 'Europe/Berlin' },
      ],
      options: [{ value: 'yes' }, { value: 'change' }, { value: 'cancel' }],
    });
    expect(result.effects.some((effect) => effect.type === 'call-operation')).toBe(false);
    result = engine.step(state, { type: 'quick-reply', value: 'yes', label: 'Yes' }, context);
    expect(result.effects).toContainEqual(
      expect.objectContaining({
        type: 'call-operation',
        operation: 'demo:notes.insert',
        params: { title: 'groceries' },
      }),
    );
  });

  it('cancels at any point without calling anything', () => {
    let { state } = engine.step(
      engine.initialState(),
      { type: 'user-message', text: 'create a note called x' },
      context,
    );
    const result = engine.step(state, { type: 'user-message', text: 'cancel' }, context);
    state = result.state;
    expect(state.active).toBeNull();
    expect(texts(result.effects)).toContain('Nothing was changed');
    expect(result.effects.some((effect) => effect.type === 'call-operation')).toBe(false);
  });

  it('answers what it cannot understand with what it can do', () => {
    const result = engine.step(
      engine.initialState(),
      { type: 'user-message', text: 'sing me a song' },
      context,
    );
    expect(texts(result.effects)).toContain('not sure');
    expect(texts(result.effects)).toContain('Look up a thing');
  });

  it('ignores results of calls it is no longer waiting for', () => {
    const result = engine.step(
      engine.initialState(),
      { type: 'operation-succeeded', callId: 'c99', data: {} },
      context,
    );
    expect(result.effects).toEqual([]);
  });

  it('offers to stop after repeated unusable answers', () => {
    let { state } = engine.step(
      engine.initialState(),
      { type: 'user-message', text: 'find thing by email' },
      context,
    );
    let effects: Effect[] = [];
    for (const answer of ['ana@', 'bo@', 'cy@'])
      ({ state, effects } = engine.step(state, { type: 'user-message', text: answer }, context));
    expect(texts(effects)).toContain('Would you like to stop');
    expect(state.active?.phase.kind).toBe('offering-stop');
  });

  it('offers and starts only the templates the site owner enabled', () => {
    const onlyLookup = { ...context, enabledTemplates: ['demo.lookup'] };
    expect(JSON.stringify(engine.welcome(onlyLookup))).not.toContain('Create a note');
    const typed = engine.step(
      engine.initialState(),
      { type: 'user-message', text: 'create a note called x' },
      onlyLookup,
    );
    expect(typed.state.active).toBeNull();
    // Said plainly: the site does not offer it (not "I didn't understand").
    expect(texts(typed.effects)).toContain('“Create a note” is not offered on this site');
    const forced = engine.step(
      engine.initialState(),
      { type: 'quick-reply', value: 'template:demo.write', label: 'x' },
      onlyLookup,
    );
    expect(texts(forced.effects)).toContain('no longer available');
    expect(forced.state.active).toBeNull();
  });

  it('greets with what it can do', () => {
    const welcome = engine.welcome(context);
    expect(JSON.stringify(welcome)).toContain('Create a note');
  });
});

describe('the catalogue an engine speaks from', () => {
  it('lists every message in English: its own, the templates’, and their names', () => {
    expect(engine.messages).toMatchObject({
      'reply.yes': 'Yes',
      'demo.email.prompt': 'Which email?',
      'demo.write.title': 'Create a note',
      'demo.write.description': 'writes a note.',
      'demo.write.example': 'create a note called groceries',
    });
  });

  it('says a translation where it has one, English elsewhere, plural forms by the locale', () => {
    const german = createEngine({
      templates: [lookupTemplate, writeTemplate],
      strings: {
        'demo.write.title': 'Eine Notiz anlegen',
        'demo.title.prompt': 'Wie soll die Notiz heißen?',
        'reply.yes': 'Ja',
        'text.tooLong': 'Die Nachricht ist zu lang ({length} Zeichen).',
      },
    });
    const de = { ...context, locale: 'de-DE' };
    const asked = german.step(
      german.initialState(),
      { type: 'user-message', text: 'write a new note' },
      de,
    );
    expect(texts(asked.effects)).toBe('Wie soll die Notiz heißen?');
    const named = german.step(asked.state, { type: 'user-message', text: 'groceries' }, de);
    const confirmation = named.effects
      .flatMap((effect) => (effect.type === 'say' ? effect.message.blocks : []))
      .find((block) => block.type === 'confirmation');
    // Untranslated keys stay English; the zone is named by Intl in German.
    expect(confirmation).toMatchObject({
      title: 'Create this note?',
      fields: [
        { label: 'Title' },
        { label: 'Time zone', value: 'Mitteleuropäische Zeit (Berlin)' },
      ],
      options: [{ label: 'Ja', value: 'yes' }, { label: 'Change' }, { label: 'Cancel' }],
    });
    const long = german.step(
      german.initialState(),
      { type: 'user-message', text: 'x'.repeat(2500) },
      de,
    );
    expect(texts(long.effects)).toBe('Die Nachricht ist zu lang (2.500 Zeichen).');
    expect(JSON.stringify(german.welcome(de))).toContain('Eine Notiz anlegen');
  });
});
