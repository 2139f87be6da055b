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
});
