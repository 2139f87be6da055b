/**
 * Every fixture transcript runs in the unit suite too; sandbox ones run through the real proxy and
 * sandbox with `pnpm transcripts --with-sandbox` (part of `npm test`).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine } from '@slotchat/dialog';
import { describe, expect, it } from 'vitest';
import { templates } from '../templates';
import { fixtureBackend } from './fixture-backend';
import { loadTranscriptFile } from './load-transcripts';
import { runTranscript } from './run-transcript';
import { requiredCoverage, transcriptSchema, type TranscriptFile } from './transcript-schema';

const folder = join(import.meta.dirname, '..', '..', 'transcripts');
const files = readdirSync(folder).filter((name) => name.endsWith('.yaml'));
const engine = createEngine({ templates });

async function all(): Promise<{ file: string; loaded: TranscriptFile }[]> {
  return Promise.all(
    files.map(async (file) => ({ file, loaded: await loadTranscriptFile(join(folder, file)) })),
  );
}

describe('transcripts', () => {
  it('cover every template in every required category, and through the sandbox', async () => {
    const tags = new Map<string, Set<string>>();
    const sandbox = new Map<string, Set<string>>();
    for (const { loaded } of await all()) {
      for (const transcript of loaded.transcripts) {
        const template = transcript.template ?? loaded.subject;
        const into = (map: Map<string, Set<string>>) => {
          const set = map.get(template) ?? new Set<string>();
          for (const tag of transcript.covers) set.add(tag);
          set.add('any');
          map.set(template, set);
        };
        into(tags);
        if (transcript.backend === 'sandbox') into(sandbox);
      }
    }
    const missing = templates.flatMap((template) => [
      ...requiredCoverage
        .filter((tag) => !tags.get(template.id)?.has(tag))
        .map((tag) => `${template.id}: no ${tag} transcript`),
      ...(sandbox.get(template.id)?.has('any') ? [] : [`${template.id}: no sandbox transcript`]),
    ]);
    expect(missing).toEqual([]);
    const throughSandbox = new Set([...sandbox.values()].flatMap((set) => [...set]));
    expect(throughSandbox).toContain('empty-result');
    expect(throughSandbox).toContain('provider-error');
  });

  it('name only templates that exist, and assert on what was shown in every transcript', async () => {
    const ids = new Set(templates.map((template) => template.id));
    const problems: string[] = [];
    for (const { file, loaded } of await all()) {
      for (const transcript of loaded.transcripts) {
        const template = transcript.template ?? loaded.subject;
        if (transcript.template !== undefined && !ids.has(template))
          problems.push(`${file} › ${transcript.name}: no template ${template}`);
        const shown = transcript.turns.some(
          (turn) => turn.expect?.blocks || turn.expect?.block || turn.expect?.says,
        );
        if (!shown) problems.push(`${file} › ${transcript.name}: nothing shown is checked`);
        if (!transcript.turns.at(-1)?.expect)
          problems.push(`${file} › ${transcript.name}: the last turn has no expectation`);
      }
    }
    expect(problems).toEqual([]);
  });

  for (const file of files) {
    it(`${file} passes`, async () => {
      const loaded = await loadTranscriptFile(join(folder, file));
      for (const transcript of loaded.transcripts.filter((t) => t.backend === 'fixtures')) {
        const failures: string[] = [];
        const result = await runTranscript(
          engine,
          transcript,
          fixtureBackend(transcript, failures),
          failures,
        );
        expect(result.failures, transcript.name).toEqual([]);
      }
    });
  }

  it('fails a transcript whose expectation is not met', async () => {
    const transcript = transcriptSchema.parse({
      name: 'wrong on purpose',
      connected: ['google-calendar'],
      turns: [
        {
          user: 'show me event abc123',
          expect: { call: { operation: 'google-calendar:events.get', params: { eventId: 'zzz' } } },
        },
      ],
    });
    const failures: string[] = [];
    const result = await runTranscript(
      engine,
      transcript,
      fixtureBackend(transcript, failures),
      failures,
    );
    expect(result.ok).toBe(false);
    expect(result.failures.join('\n')).toContain('expected a call google-calendar:events.get');
  });

  it('fails a transcript that makes a call nobody prepared an answer for', async () => {
    const transcript = transcriptSchema.parse({
      name: 'no fixture',
      connected: ['google-calendar'],
      turns: [{ user: 'show me event abc123', expect: { says: 'anything' } }],
    });
    const failures: string[] = [];
    const result = await runTranscript(
      engine,
      transcript,
      fixtureBackend(transcript, failures),
      failures,
    );
    expect(result.failures).toContain(
      'turn 1: google-calendar:events.get was called with no prepared answer (add a fixture or a respond turn)',
    );
  });

  it('fails a transcript whose template builds params the allow-list refuses', async () => {
    const transcript = transcriptSchema.parse({
      name: 'bad params',
      connected: ['google-calendar'],
      fixtures: { 'google-calendar:events.get': { data: {} } },
      turns: [{ user: 'get event details' }, { user: 'abc123' }],
    });
    const failures: string[] = [];
    const broken = {
      ...templates[0]!,
      operation: {
        build: () => ({
          operation: 'google-calendar:events.get',
          params: { eventId: 'NOT-AN-ID' },
        }),
      },
    };
    const result = await runTranscript(
      createEngine({ templates: [broken] }),
      transcript,
      fixtureBackend(transcript, failures),
      failures,
    );
    expect(result.failures.join('\n')).toContain('params refused by the allow-list');
  });
});
