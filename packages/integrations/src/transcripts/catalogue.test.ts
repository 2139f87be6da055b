/**
 * Every word the chat says comes from the catalogue. All fixture transcripts run with a marked
 * catalogue swapped in (each message replaced by ⟦its key and placeholders⟧): every sentence
 * must be one mark, no English may be left between the marks, the behaviour must be exactly the
 * English run's, and in German every date must be German. (`pnpm transcripts --with-sandbox
 * --marked` does the same for the sandbox transcripts.)
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine, type Effect, type StepContext } from '@slotchat/dialog';
import { describe, expect, it } from 'vitest';
import { templates } from '../templates';
import { fixtureBackend } from './fixture-backend';
import { loadTranscriptFile } from './load-transcripts';
import { isOneMark, markedCatalogue, unmarkedWords } from './marked-words';
import { runTranscript } from './run-transcript';
import type { Transcript } from './transcript-schema';

const folder = join(import.meta.dirname, '..', '..', 'transcripts');
const english = createEngine({ templates });
const marked = createEngine({ templates, strings: markedCatalogue(english.messages) });

async function fixtureTranscripts(): Promise<Transcript[]> {
  const files = readdirSync(folder).filter((name) => name.endsWith('.yaml'));
  const loaded = await Promise.all(files.map((file) => loadTranscriptFile(join(folder, file))));
  return loaded.flatMap((file) => file.transcripts.filter((t) => t.backend === 'fixtures'));
}

async function run(engine: typeof english, transcript: Transcript, locale: string) {
  const failures: string[] = [];
  return runTranscript(engine, transcript, fixtureBackend(transcript, failures), failures, {
    locale,
    words: engine === english ? 'checked' : 'ignored',
  });
}

/** What a run did, without its words: blocks by type, buttons by value, calls with params. */
function behaviour(effects: readonly Effect[]): string[] {
  return effects.map((effect) => {
    if (effect.type !== 'say') return JSON.stringify(effect);
    return effect.message.blocks
      .map((block) =>
        block.type === 'quick-replies' || block.type === 'confirmation'
          ? `${block.type}(${block.options.map((option) => option.value).join('|')})`
          : block.type,
      )
      .join(',');
  });
}

const welcomeContext = (locale: string): StepContext => ({
  now: Date.parse('2026-11-19T09:00:00Z'),
  timeZone: 'Europe/Berlin',
  locale,
  connected: {},
});

describe('the catalogue', () => {
  it('marks every message, so a run in it shows where words came from', () => {
    const catalogue = markedCatalogue({
      plain: 'Hello',
      greeting: 'Hi {name}, it is {time}',
      events: { one: 'One event', other: '{count} events' },
    });
    expect(catalogue.greeting).toBe('⟦greeting {name} {time}⟧');
    expect(catalogue.events).toEqual({ one: '⟦events#one⟧', other: '⟦events#other {count}⟧' });
    expect(isOneMark('⟦a ⟦b x⟧ y⟧')).toBe(true);
    expect(isOneMark('⟦a⟧ ⟦b⟧')).toBe(false);
    expect(isOneMark('Hello ⟦a⟧')).toBe(false);
  });

  it('finds words written in code: a sentence, an English phrase between marks, an English date', () => {
    const said = (text: string): Effect[] => [
      { type: 'say', message: { id: 'm1', blocks: [{ type: 'text', text }] } },
    ];
    const messages = english.messages;
    expect(unmarkedWords(said('Which event?'), messages)).not.toEqual([]);
    expect(unmarkedWords(said('⟦a You’re welcome! Anything else I can do?⟧'), messages)).toEqual(
      expect.arrayContaining([expect.stringContaining('English from code')]),
    );
    expect(
      unmarkedWords(said('⟦range.during.day Friday 20 November⟧'), messages, {
        dates: 'not-english',
      }),
    ).toEqual([expect.stringContaining('English date')]);
    expect(unmarkedWords(said('⟦range.during.day Freitag, 20. November⟧'), messages)).toEqual([]);
  });

  it('says every word of every fixture transcript from the catalogue, and behaves the same', async () => {
    const problems: string[] = [];
    let turns = 0;
    for (const transcript of await fixtureTranscripts()) {
      const [plain, swapped] = [
        await run(english, transcript, 'en-GB'),
        await run(marked, transcript, 'en-GB'),
      ];
      turns += transcript.turns.length;
      expect(plain.failures, transcript.name).toEqual([]);
      expect(swapped.failures, transcript.name).toEqual([]);
      expect(behaviour(swapped.effects), transcript.name).toEqual(behaviour(plain.effects));
      problems.push(
        ...unmarkedWords(swapped.effects, english.messages).map(
          (problem) => `${transcript.name}: ${problem}`,
        ),
      );
    }
    const welcome = marked.welcome(welcomeContext('en-GB'));
    problems.push(...unmarkedWords([{ type: 'say', message: welcome }], english.messages));
    expect(problems).toEqual([]);
    expect(turns).toBeGreaterThan(350);
  });

  it('says dates and times in the visitor’s locale: no English date in a German run', async () => {
    const problems: string[] = [];
    for (const transcript of await fixtureTranscripts()) {
      const result = await run(marked, transcript, 'de-DE');
      // Requests are read in English whatever the locale, so the dialog goes the same way.
      expect(result.failures, transcript.name).toEqual([]);
      problems.push(
        ...unmarkedWords(result.effects, english.messages, { dates: 'not-english' }).map(
          (problem) => `${transcript.name}: ${problem}`,
        ),
      );
    }
    expect(problems).toEqual([]);
  });
});
