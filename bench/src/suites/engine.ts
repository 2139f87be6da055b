/**
 * Engine (issue 8 §3): time per visitor turn — understanding plus step — over a corpus of whole
 * conversations, in Node. Provider answers come from the real sandbox through the real proxy,
 * recorded once; the timed passes replay them, so only the engine is on the clock.
 */
import { createEngine, type StepContext } from '@slotchat/dialog';
import { templates } from '@slotchat/integrations/templates';
import { corpus, type Conversation } from '../engine/corpus';
import { runConversation, type RecordedCall, type Timings } from '../engine/conversation-runner';
import { figure, type SuiteResult } from '../results';
import { startLocalStack } from '../stack/local-stack';
import { openSession } from '../stack/proxy-client';
import { engineSettings } from '../settings';
import { median, round, summarize } from '../stats';

const origin = 'https://shop.example';

/** Fills `{calendlyEvent}` with a scheduled event that exists in this sandbox. */
function withEvent(conversation: Conversation, eventUri: string): Conversation {
  return {
    ...conversation,
    turns: conversation.turns.map((turn) =>
      'text' in turn
        ? { text: turn.text.replace('{calendlyEvent}', eventUri) }
        : { reply: turn.reply.replace('{calendlyEvent}', eventUri) },
    ),
  };
}

async function record(context: StepContext) {
  const stack = await startLocalStack({ allowedOrigins: [origin] });
  try {
    const session = await openSession(stack.proxyUrl, origin);
    await session.connect('google-calendar');
    await session.connect('calendly');
    const me = await session.call('calendly:users.me', {});
    const user = me.ok ? (me.data as { resource: { uri: string } }).resource.uri : '';
    const listed = await session.call('calendly:scheduled_events.list', { user, status: 'active' });
    const eventUri = listed.ok
      ? (listed.data as { collection: { uri: string }[] }).collection[0]?.uri
      : undefined;
    if (!eventUri) throw new Error('the sandbox has no scheduled Calendly event');
    const engine = createEngine({ templates });
    const recorded: { conversation: Conversation; calls: RecordedCall[] }[] = [];
    const drift: string[] = [];
    const reached = new Set<string>();
    for (const original of corpus) {
      const conversation = withEvent(original, eventUri);
      const run = await runConversation(engine, conversation, context, async (call) => {
        const outcome = await session.call(call.operation, call.params);
        return outcome.ok ? outcome : { ok: false, error: outcome.error };
      });
      recorded.push({ conversation, calls: run.calls });
      for (const id of run.templates) reached.add(id);
      const failed = run.calls.filter((call) => !call.answer.ok).map((call) => call.operation);
      const first = conversation.turns[0];
      const label = first && 'text' in first ? first.text : '?';
      if (original.template && !run.templates.has(original.template))
        drift.push(`"${label}" did not reach ${original.template}`);
      if (failed.length > 0) drift.push(`"${label}": ${failed.join(', ')} failed`);
    }
    return { recorded, drift, reached };
  } finally {
    await stack.close();
  }
}

export async function runEngine(): Promise<SuiteResult> {
  const started = performance.now();
  // One fixed instant for recording and replay: "tomorrow" must mean the same day in both.
  const context: StepContext = {
    now: Date.now(),
    timeZone: 'Europe/Berlin',
    locale: 'en-GB',
    connected: { 'google-calendar': true, calendly: true },
  };
  const { recorded, drift, reached } = await record(context);
  const engine = createEngine({ templates });
  const replay = async (timings?: Timings) => {
    for (const { conversation, calls } of recorded) {
      await runConversation(
        engine,
        conversation,
        context,
        (call, index) => {
          const answer = calls[index];
          if (!answer || answer.operation !== call.operation)
            throw new Error(`replay diverged at ${call.operation}: the engine is not pure?`);
          return answer.answer;
        },
        timings,
      );
    }
  };
  const { warmupPasses, measureMs, maxPasses } = engineSettings;
  for (let pass = 0; pass < warmupPasses; pass += 1) await replay();
  const timings: Timings = { visitorTurns: [], results: [], labels: [] };
  const perPass: number[] = [];
  const measureStart = performance.now();
  let passes = 0;
  while (passes < maxPasses && performance.now() - measureStart < measureMs) {
    const before = timings.visitorTurns.length;
    await replay(timings);
    perPass.push(median(timings.visitorTurns.slice(before)));
    passes += 1;
  }
  const turns = summarize(timings.visitorTurns);
  const results = summarize(timings.results);
  const turnsPerPass = timings.visitorTurns.length / passes;
  const note = `${turnsPerPass} turns × ${passes} passes after ${warmupPasses} warm-up passes`;
  return {
    figures: [
      figure('engine', 'visitor turn, median', round(turns.median, 4), 'ms', {
        target: { op: '<', value: 1 },
        note,
      }),
      figure('engine', 'visitor turn, p99', round(turns.p99, 4), 'ms', { note }),
      figure('engine', 'provider answer → cards, median', round(results.median, 4), 'ms'),
      figure('engine', 'provider answer → cards, p99', round(results.p99, 4), 'ms'),
      figure('engine', 'templates the corpus reached', reached.size, 'count', {
        target: { op: '=', value: templates.length },
      }),
    ],
    details: {
      conversations: corpus.length,
      turnsPerPass,
      passes,
      visitorTurns: { ...turns, median: round(turns.median, 4), p99: round(turns.p99, 4) },
      results: { ...results, median: round(results.median, 4), p99: round(results.p99, 4) },
      passMedians: { min: round(Math.min(...perPass), 4), max: round(Math.max(...perPass), 4) },
      slowestTurns: slowest(timings, 8),
      corpusDrift: drift,
    },
    durationMs: performance.now() - started,
  };
}

/** The turns with the highest median over the passes: where understanding spends its time. */
function slowest(timings: Timings, count: number): { text: string; medianMs: number }[] {
  const byText = new Map<string, number[]>();
  timings.labels.forEach((text, index) => {
    const list = byText.get(text) ?? [];
    list.push(timings.visitorTurns[index] ?? 0);
    byText.set(text, list);
  });
  return [...byText.entries()]
    .map(([text, samples]) => ({ text: text.slice(0, 80), medianMs: round(median(samples), 4) }))
    .sort((a, b) => b.medianMs - a.medianMs)
    .slice(0, count);
}
