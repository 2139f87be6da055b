/**
 * Every fixture transcript runs in the unit suite too; sandbox ones need a running proxy and run
 * with `pnpm transcripts --proxy-url …`.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine } from '@slotchat/dialog';
import { describe, expect, it } from 'vitest';
import { templates } from '../templates';
import { loadTranscriptFile } from './load-transcripts';
import { fixtureBackend, runTranscript } from './run-transcript';
import { transcriptSchema } from './transcript-schema';

const folder = join(import.meta.dirname, '..', '..', 'transcripts');
const files = readdirSync(folder).filter((name) => name.endsWith('.yaml'));
const engine = createEngine({ templates });

describe('transcripts', () => {
  it('cover every template at least 8 times', async () => {
    const counts = new Map<string, number>();
    for (const file of files) {
      const loaded = await loadTranscriptFile(join(folder, file));
      counts.set(loaded.subject, (counts.get(loaded.subject) ?? 0) + loaded.transcripts.length);
    }
    for (const template of templates)
      expect(counts.get(template.id), template.id).toBeGreaterThanOrEqual(8);
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
    expect(result.failures[0]).toContain('expected a call google-calendar:events.get');
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
