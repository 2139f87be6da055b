/**
 * `pnpm chat [--proxy-url http://localhost:3000] [--zone Europe/Berlin]` — the same engine and
 * templates against a running proxy (which uses the sandbox unless configured otherwise). For
 * authorization it prints the sign-in URL to open in a browser and waits for the outcome; Ctrl-C
 * while waiting gives up on that sign-in (the dialog hears "closed") instead of ending the chat.
 * A number presses the button it labels; start with ' to send a number as text ('2).
 */
import { createInterface } from 'node:readline/promises';
import { setTimeout as delay } from 'node:timers/promises';
import {
  createEngine,
  type DialogEvent,
  type DialogState,
  type Effect,
  type QuickReply,
  type StepContext,
} from '@slotchat/dialog';
import { renderBlock } from '../src/chat/render-block';
import { connectProxy, type ProxyClient } from '../src/proxy-client/proxy-client';
import { templates } from '../src/templates';

function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  const index = args.indexOf(`--${name}`);
  return index >= 0
    ? args[index + 1]
    : args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
}

const proxyUrl = option('proxy-url') ?? process.env.SLOTCHAT_PROXY_URL ?? 'http://localhost:3000';
const engine = createEngine({ templates });

let client: ProxyClient;
try {
  client = await connectProxy({ baseUrl: proxyUrl });
} catch (error) {
  console.error(
    `Cannot reach the proxy at ${proxyUrl}: ${(error as Error).message}\nStart it with \`npm start\`, or pass --proxy-url.`,
  );
  process.exit(1);
}

async function connected(): Promise<Record<string, boolean>> {
  const list = await client.integrations();
  return Object.fromEntries(list.map((integration) => [integration.id, integration.connected]));
}

let state: DialogState = engine.initialState();
let context: StepContext = {
  now: Date.now(),
  timeZone: option('zone') ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
  locale: 'en-GB',
  connected: await connected(),
};

/** Set while a sign-in is awaited: Ctrl-C then gives up on it rather than leaving the chat. */
let waiting: AbortController | undefined;

/** Runs a step and every effect it asks for, feeding outcomes back until the engine waits for the visitor. */
async function run(event: DialogEvent): Promise<void> {
  const queue: DialogEvent[] = [event];
  while (queue.length > 0) {
    const next = queue.shift() as DialogEvent;
    context = { ...context, now: Date.now() };
    const result = engine.step(state, next, context);
    state = result.state;
    for (const effect of result.effects) queue.push(...(await perform(effect)));
  }
}

async function perform(effect: Effect): Promise<DialogEvent[]> {
  switch (effect.type) {
    case 'say': {
      const offered = effect.message.blocks.flatMap((block) =>
        block.type === 'quick-replies' || block.type === 'confirmation' ? block.options : [],
      );
      if (offered.length > 0) replies = offered;
      console.log(
        `\nslotchat › ${effect.message.blocks.map((block) => renderBlock(block, context)).join('\n')}`,
      );
      return [];
    }
    case 'set-time-zone':
      context = { ...context, timeZone: effect.timeZone };
      return [];
    case 'call-operation': {
      const outcome = await client.call(effect.operation, effect.params);
      return [
        outcome.ok
          ? { type: 'operation-succeeded', callId: effect.callId, data: outcome.data }
          : { type: 'operation-failed', callId: effect.callId, error: outcome.error },
      ];
    }
    case 'request-authorization': {
      const attempt = await client.startAttempt(effect.integration);
      console.log(
        `\nOpen this URL in a browser to connect ${effect.integration}:\n  ${attempt.authorizeUrl}\nWaiting… (Ctrl-C to give up)`,
      );
      waiting = new AbortController();
      try {
        return [await waitForAttempt(effect.integration, attempt.attemptId, waiting.signal)];
      } finally {
        waiting = undefined;
      }
    }
  }
}

/** Polls the attempt until it ends, or until the visitor gives up (then it counts as closed). */
async function waitForAttempt(
  integration: string,
  attemptId: string,
  signal: AbortSignal,
): Promise<DialogEvent> {
  for (;;) {
    if (signal.aborted) {
      console.log('\nStopped waiting for the sign-in.');
      return { type: 'authorization-result', integration, outcome: 'closed' };
    }
    const status = await client.attemptStatus(attemptId);
    if (status.status !== 'pending') {
      if (status.status === 'connected')
        context = { ...context, connected: { ...context.connected, [integration]: true } };
      return { type: 'authorization-result', integration, outcome: status.status };
    }
    // A person is signing in in another window; polling once a second is plenty.
    await delay(1000, undefined, { signal }).catch(() => undefined);
  }
}

console.log(
  `Slotchat terminal chat — proxy ${proxyUrl}, zone ${context.timeZone}. Type “quit” to leave; a number picks a button.`,
);
const welcome = engine.welcome(context);
/** The buttons last offered: typing their number picks one. */
let replies: QuickReply[] = welcome.blocks.flatMap((block) =>
  block.type === 'quick-replies' ? block.options : [],
);
console.log(
  `\nslotchat › ${welcome.blocks.map((block) => renderBlock(block, context)).join('\n')}`,
);
// Created only now: stdin stays paused until then, so piped lines are not lost while we connect.
const terminal = createInterface({ input: process.stdin, output: process.stdout });
terminal.on('SIGINT', () => (waiting ? waiting.abort() : terminal.close()));
terminal.setPrompt('\nyou › ');
terminal.prompt();
// Reading lines as they come (not question by question) also works when a script pipes them in.
for await (const line of terminal) {
  if (line.trim() === 'quit') break;
  const picked = /^\d+$/.test(line.trim()) ? replies[Number(line.trim()) - 1] : undefined;
  // "'2" is the text 2, for when a number is the answer while buttons are shown.
  const text = line.startsWith("'") ? line.slice(1) : line;
  await run(
    picked
      ? { type: 'quick-reply', value: picked.value, label: picked.label }
      : { type: 'user-message', text },
  );
  terminal.prompt();
}
terminal.close();
