/**
 * Moves the active dialog forward to its next need: a missing slot to ask for, a confirmation, a
 * lookup, the authorization, or the operation call. Called after every change to the dialog.
 */
import { formatZoneName } from '../format/intl';
import type { JsonValue } from '../json';
import type { MessageBlock } from '../messages';
import type {
  ChoiceOption,
  OperationRequest,
  SlotDefinition,
  TemplateDefinition,
} from '../template';
import type { ActiveDialog } from './state';
import { nextId, say, templateContext, templateOf, words, type Turn } from './turn';

export function advance(turn: Turn, active: ActiveDialog): void {
  const template = templateOf(turn, active);
  turn.state.active = active;
  for (const slot of template.slots) {
    if (slot.when && !slot.when(active.slots)) {
      delete active.slots[slot.name];
      continue;
    }
    if (active.slots[slot.name] !== undefined) continue;
    if (slot.askWhenGuided && active.guided) {
      askSlot(turn, active, template, slot, true);
      return;
    }
    const fallback = slot.defaultValue?.(active.slots, templateContext(turn, active));
    if (fallback !== undefined) {
      active.slots[slot.name] = fallback;
      continue;
    }
    if (slot.required === false) continue;
    askSlot(turn, active, template, slot, true);
    return;
  }
  if (template.confirmation && !active.confirmed) {
    showConfirmation(turn, active, template);
    return;
  }
  for (const need of template.operation.needs ?? []) {
    if (!ensureLookup(turn, active, template, need)) return;
  }
  if (!ensureConnected(turn, active, template)) return;
  const context = templateContext(turn, active);
  // After a write whose outcome is unknown, look before writing again.
  if (active.checkFirst && template.verify) {
    call(turn, active, template.verify.build(active.slots, context), 'verify');
    return;
  }
  const request =
    active.usingFallback && template.fallback
      ? template.fallback.build(active.slots, context)
      : template.operation.build(active.slots, context);
  call(turn, active, request, active.usingFallback ? 'fallback' : 'main');
}

/** Asks for one slot, with its choices when it has them. */
export function askSlot(
  turn: Turn,
  active: ActiveDialog,
  template: TemplateDefinition,
  slot: SlotDefinition,
  /** Take the option the request already named instead of asking (not when changing this slot). */
  allowPreselect = false,
): void {
  let blocks: MessageBlock[] = [];
  let options: ChoiceOption[] | undefined;
  if (slot.choices) {
    if (!ensureLookup(turn, active, template, slot.choices.lookup)) return;
    const context = templateContext(turn, active);
    const offered = slot.choices.options(
      context.lookups[slot.choices.lookup],
      active.slots,
      context,
    );
    blocks = offered.blocks;
    options = offered.options;
    const preselected = allowPreselect
      ? slot.choices.preselect?.(options, active.slots, context)
      : undefined;
    if (preselected !== undefined && options.some((option) => option.value === preselected)) {
      active.slots[slot.name] = preselected;
      advance(turn, active);
      return;
    }
  }
  const context = templateContext(turn, active);
  const prompt =
    typeof slot.prompt === 'function' ? slot.prompt(active.slots, context) : turn.t(slot.prompt);
  say(turn, { type: 'text', text: prompt }, ...blocks);
  if (slot.suggestions && slot.suggestions.length > 0)
    say(turn, {
      type: 'quick-replies',
      options: slot.suggestions.map((option) => ({
        label: turn.t(option.label),
        value: option.value,
      })),
    });
  active.phase = options
    ? { kind: 'asking', slot: slot.name, options }
    : { kind: 'asking', slot: slot.name };
}

export function showConfirmation(
  turn: Turn,
  active: ActiveDialog,
  template: TemplateDefinition,
): void {
  if (!template.confirmation) return;
  const context = templateContext(turn, active);
  const fields = template.confirmation.fields(active.slots, context);
  // Every confirmation states the zone its times are in, by its name and its id.
  if (!fields.some((field) => field.timeZone !== undefined))
    fields.push({
      label: words(turn, 'confirmation.timeZone'),
      value: formatZoneName(turn.context, turn.context.now),
      timeZone: context.timeZone,
    });
  say(turn, {
    type: 'confirmation',
    title: turn.t(template.confirmation.title),
    fields,
    options: [
      { label: words(turn, 'reply.yes'), value: 'yes' },
      { label: words(turn, 'reply.change'), value: 'change' },
      { label: words(turn, 'reply.cancel'), value: 'cancel' },
    ],
  });
  active.phase = { kind: 'confirming' };
}

/** True when the lookup's data is at hand for the current slot values; otherwise starts fetching it. */
function ensureLookup(
  turn: Turn,
  active: ActiveDialog,
  template: TemplateDefinition,
  name: string,
): boolean {
  const lookup = template.lookups?.find((candidate) => candidate.name === name);
  if (!lookup) throw new Error(`Template ${template.id} has no lookup "${name}"`);
  for (const need of lookup.needs ?? []) {
    if (!ensureLookup(turn, active, template, need)) return false;
  }
  if (active.lookups[name]?.key === lookupKey(active, lookup.dependsOn)) return true;
  if (!ensureConnected(turn, active, template)) return false;
  call(turn, active, lookup.build(active.slots, templateContext(turn, active)), 'lookup', name);
  return false;
}

export function lookupKey(active: ActiveDialog, dependsOn: readonly string[]): string {
  return JSON.stringify(dependsOn.map((slot): JsonValue => active.slots[slot] ?? null));
}

function ensureConnected(turn: Turn, active: ActiveDialog, template: TemplateDefinition): boolean {
  if (turn.context.connected[template.integration]) return true;
  requestAuthorization(turn, active, template, turn.t(template.authorizationReason));
  return false;
}

/** Shows the auth card and asks the holder to offer the Connect button; the dialog waits. */
export function requestAuthorization(
  turn: Turn,
  active: ActiveDialog,
  template: TemplateDefinition,
  reason: string,
): void {
  say(turn, {
    type: 'auth',
    integration: template.integration,
    integrationName: template.integrationName,
    reason,
  });
  turn.effects.push({ type: 'request-authorization', integration: template.integration });
  active.phase = { kind: 'authorizing', integration: template.integration };
}

function call(
  turn: Turn,
  active: ActiveDialog,
  request: OperationRequest,
  purpose: 'lookup' | 'main' | 'fallback' | 'verify',
  lookup?: string,
): void {
  const callId = nextId(turn, 'c');
  turn.effects.push({
    type: 'call-operation',
    callId,
    operation: request.operation,
    params: request.params,
  });
  active.phase = lookup
    ? { kind: 'calling', callId, purpose, lookup }
    : { kind: 'calling', callId, purpose };
}
