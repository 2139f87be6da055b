import type { Effect } from '@slotchat/dialog';
import type { DialogState } from '@slotchat/dialog';
import { isSubset } from './subset';
import type { Expectation } from './transcript-schema';
import { blocksOf, effectsText } from './turn-text';

/**
 * Text as a reader compares it: Intl writes thin and narrow no-break spaces (around a range's
 * dash, before "AM"), which look like spaces and are written as spaces in a transcript.
 */
function spaced(text: string): string {
  return text.replace(/[^\S\n]/gu, ' ');
}

/** Every way the turn's effects fall short of the expectation, as sentences. */
export function checkExpectation(
  expectation: Expectation,
  effects: readonly Effect[],
  templates: ReadonlySet<string>,
  state: DialogState,
): string[] {
  const problems: string[] = [];
  const text = spaced(effectsText(effects));
  const lower = text.toLowerCase();
  const shown = () => `\n      said: ${text.replace(/\n/g, ' / ').slice(0, 400)}`;
  const calls = effects.filter(
    (effect): effect is Extract<Effect, { type: 'call-operation' }> =>
      effect.type === 'call-operation',
  );
  const blocks = blocksOf(effects);

  if (expectation.template !== undefined) {
    if (
      expectation.template === 'none' ? templates.size > 0 : !templates.has(expectation.template)
    ) {
      problems.push(
        `expected template ${expectation.template}, saw ${[...templates].join(', ') || 'none'}${shown()}`,
      );
    }
  }
  if (expectation.call) {
    const { operation, params } = expectation.call;
    if (
      !calls.some(
        (call) =>
          call.operation === operation && (params === undefined || isSubset(params, call.params)),
      )
    ) {
      problems.push(
        `expected a call ${operation} ${JSON.stringify(params ?? {})}, saw ${JSON.stringify(calls.map((c) => [c.operation, c.params]))}${shown()}`,
      );
    }
  }
  if (expectation.calls) {
    const seen = calls.map((call) => call.operation);
    if (JSON.stringify(seen) !== JSON.stringify(expectation.calls)) {
      problems.push(
        `expected calls ${expectation.calls.join(', ') || 'none'}, saw ${seen.join(', ') || 'none'}`,
      );
    }
  }
  if (expectation.noCall && calls.length > 0)
    problems.push(`expected no call, saw ${calls.map((c) => c.operation).join(', ')}`);
  for (const part of expectation.says ?? []) {
    if (!lower.includes(spaced(part).toLowerCase()))
      problems.push(`expected to say “${part}”${shown()}`);
  }
  for (const part of expectation.notSays ?? []) {
    if (lower.includes(spaced(part).toLowerCase()))
      problems.push(`expected not to say “${part}”${shown()}`);
  }
  if (expectation.matches && !new RegExp(expectation.matches, 'i').test(text)) {
    problems.push(`expected to match /${expectation.matches}/${shown()}`);
  }
  for (const type of expectation.blocks ?? []) {
    if (!blocks.some((block) => block.type === type)) {
      problems.push(
        `expected a ${type} block, saw ${blocks.map((b) => b.type).join(', ') || 'none'}${shown()}`,
      );
    }
  }
  if (
    expectation.block &&
    !blocks.some((block) => isSubset(expectation.block, JSON.parse(spaced(JSON.stringify(block)))))
  ) {
    problems.push(
      `expected a block like ${JSON.stringify(expectation.block)}, saw ${JSON.stringify(blocks).slice(0, 600)}`,
    );
  }
  for (const label of expectation.quickReplies ?? []) {
    const offered = blocks.flatMap((block) =>
      block.type === 'quick-replies'
        ? block.options.map((o) => o.label)
        : block.type === 'confirmation'
          ? block.options.map((o) => o.label)
          : [],
    );
    if (!offered.includes(label))
      problems.push(`expected a quick reply “${label}”, offered ${offered.join(', ') || 'none'}`);
  }
  if (expectation.authorization) {
    if (
      !effects.some(
        (effect) =>
          effect.type === 'request-authorization' &&
          effect.integration === expectation.authorization,
      )
    ) {
      problems.push(`expected an authorization request for ${expectation.authorization}${shown()}`);
    }
  }
  if (expectation.timeZone) {
    if (
      !effects.some(
        (effect) => effect.type === 'set-time-zone' && effect.timeZone === expectation.timeZone,
      )
    ) {
      problems.push(`expected the zone to become ${expectation.timeZone}${shown()}`);
    }
  }
  if (expectation.done !== undefined && (state.active === null) !== expectation.done) {
    problems.push(
      expectation.done
        ? `expected the dialog to be over, it is ${state.active?.phase.kind}`
        : 'expected the dialog to continue',
    );
  }
  return problems;
}
