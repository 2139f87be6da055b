import { describe, expect, it } from 'vitest';
import { defineTemplate, type TemplateDefinition } from '../template';
import { confidenceThreshold, createIntentIndex } from './classify';

const context = {
  now: Date.parse('2026-11-19T09:00:00Z'),
  timeZone: 'Europe/Berlin',
  locale: 'en-GB',
};

function template(
  id: string,
  examples: string[],
  signals: TemplateDefinition['signals'] = [],
): TemplateDefinition {
  return defineTemplate({
    id,
    integration: 'demo',
    integrationName: 'Demo',
    title: id,
    description: id,
    examples,
    signals,
    authorizationReason: '',
    slots: [],
    operation: { build: () => ({ operation: 'demo:x', params: {} }) },
    render: () => [],
  });
}

const index = createIntentIndex([
  template('busy', ['am I busy next week', 'show my busy times'], ['named-range']),
  template('create', ['create a meeting', 'add an event to my calendar'], ['date-time']),
  template('lookup', ['show me event abc123'], ['google-event-ref']),
]);

describe('intent scoring', () => {
  it('understands phrasing beyond the examples through synonyms and signals', () => {
    expect(index.score('how occupied am I this week?', context)[0]?.templateId).toBe('busy');
    expect(index.score('please set up an appointment tomorrow at 3', context)[0]?.templateId).toBe(
      'create',
    );
    expect(index.score('look up k3v9q2l1m0abc', context)[0]?.templateId).toBe('lookup');
  });

  it('scores unrelated text below the threshold', () => {
    const [top] = index.score('sing me a song about cheese', context);
    expect(top?.score ?? 0).toBeLessThan(confidenceThreshold);
  });

  it('does not let names stand for intents', () => {
    const withNames = createIntentIndex([template('people', ['events with Ana'])]);
    expect(withNames.score('Ana', context)[0]?.score ?? 0).toBeLessThan(confidenceThreshold);
  });

  it('only scores the enabled templates', () => {
    expect(
      index.score('am I busy next week', context, ['create']).map((score) => score.templateId),
    ).toEqual(['create']);
  });

  it('reads the integration a request names from the templates, for any integration', () => {
    const outlook = {
      ...template('outlook.list', ['list my events']),
      integration: 'outlook',
      integrationName: 'Outlook',
    };
    const other = {
      ...template('other.list', ['list my events']),
      integration: 'other',
      integrationName: 'Other',
    };
    const both = createIntentIndex([outlook, other]);
    expect(both.score('list my outlook events', context)[0]?.templateId).toBe('outlook.list');
    expect(both.score('list my other events', context)[0]?.templateId).toBe('other.list');
    const named = createIntentIndex([{ ...outlook, mentions: [/\bexchange\b/i] }, other]);
    expect(named.score('list my exchange events', context)[0]?.templateId).toBe('outlook.list');
  });

  it('lets a template weigh phrases with cues', () => {
    const booking = {
      ...template('book', ['book a call']),
      cues: [{ pattern: /\bwith you\b/i, weight: 0.4 }],
    };
    const create = template('create', ['create a call']);
    const scored = createIntentIndex([booking, create]).score('a call with you', context);
    expect(scored[0]?.templateId).toBe('book');
  });

  it('tells a range from a named period by the dates, not by the words', () => {
    const byDates = createIntentIndex([
      template('range', ['am I busy from Monday to the 14th']),
      template('period', ['am I busy next week', 'am I busy']),
    ]);
    expect(byDates.score('am I busy from the 3rd to the 10th', context)[0]?.templateId).toBe(
      'range',
    );
    expect(byDates.score('am I busy this month', context)[0]?.templateId).toBe('period');
    expect(byDates.score('am I busy', context)[0]?.templateId).toBe('period');
  });

  it('reads the examples on the first score or prepare, not when the index is made', () => {
    let reads = 0;
    const counted = template('busy', ['am I busy next week']);
    const examples = counted.examples;
    Object.defineProperty(counted, 'examples', {
      get: () => {
        reads += 1;
        return examples;
      },
    });
    const lazy = createIntentIndex([counted]);
    expect(reads).toBe(0);
    lazy.prepare();
    expect(reads).toBe(1);
    expect(lazy.score('am I busy next week', context)[0]?.templateId).toBe('busy');
    lazy.prepare();
    expect(reads).toBe(1);
  });
});
