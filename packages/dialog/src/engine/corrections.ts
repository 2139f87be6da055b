/**
 * Corrections in words ("make it 4pm", "actually the consultation", "next week instead") at any
 * point after the opening request: the slots the text speaks about change, choices are matched
 * against the options on offer, and whatever depended on a changed slot is asked again.
 */
import type { DateRangeValue } from '../entities/types';
import { formatDateTime, formatDuration, formatValues } from '../format/intl';
import { rangeLabel } from '../format/range-words';
import type { JsonValue } from '../json';
import type {
  ChoiceOption,
  SlotDefinition,
  TemplateContext,
  TemplateDefinition,
} from '../template';
import { fillSlots, type FillOutcome } from './fill';
import type { ActiveDialog } from './state';
import { sayText, templateContext, templateOf, words, type Turn } from './turn';

/** The options a choice slot offers now, when its lookup has answered for the current slots. */
export function currentOptions(
  turn: Turn,
  active: ActiveDialog,
  slot: SlotDefinition,
): ChoiceOption[] | undefined {
  const template = templateOf(turn, active);
  if (!slot.choices) return undefined;
  const lookup = template.lookups?.find((candidate) => candidate.name === slot.choices?.lookup);
  const entry = active.lookups[slot.choices.lookup];
  if (!lookup || !entry) return undefined;
  const key = JSON.stringify(lookup.dependsOn.map((name): JsonValue => active.slots[name] ?? null));
  if (entry.key !== key) return undefined;
  const context = templateContext(turn, active);
  return slot.choices.options(entry.data, active.slots, context).options;
}

const wordsIn = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}:]+/gu) ?? [];

function mentions(text: string, phrase: string): boolean {
  const escaped = phrase.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])${escaped}(?:$|[^\\p{L}\\p{N}])`, 'u').test(
    text.toLowerCase(),
  );
}

/**
 * The one option a sentence names: by its whole label, an alias ("3pm", "consultation"), or a
 * word of its label no other option has ("the consultation" for "30 Minute Consultation").
 */
export function findChoiceIn(
  options: readonly ChoiceOption[],
  text: string,
  context: Pick<TemplateContext, 't'>,
): { value: string } | { problem: string } | undefined {
  const one = (found: readonly ChoiceOption[]) => {
    if (found.length === 1 && found[0]) return { value: found[0].value };
    if (found.length > 1)
      return { problem: context.t('choice.severalFit', { count: found.length }) };
    return undefined;
  };
  const byLabel = options.filter((option) => mentions(text, option.label));
  if (byLabel.length > 0) return one(byLabel);
  const byAlias = options.filter((option) =>
    option.aliases?.some((alias) => alias.length >= 3 && mentions(text, alias)),
  );
  if (byAlias.length > 0) return one(byAlias);
  const spoken = new Set(wordsIn(text));
  const distinctive = options.filter((option) =>
    wordsIn(option.label).some(
      (word) =>
        word.length >= 4 &&
        spoken.has(word) &&
        options.every((other) => other === option || !wordsIn(other.label).includes(word)),
    ),
  );
  return one(distinctive);
}

/** Choice slots whose options come from a lookup that depends on one of `changed`. */
function dependents(template: TemplateDefinition, changed: readonly string[]): SlotDefinition[] {
  return template.slots.filter((slot) => {
    if (!slot.choices || changed.includes(slot.name)) return false;
    const lookup = template.lookups?.find((candidate) => candidate.name === slot.choices?.lookup);
    return lookup?.dependsOn.some((name) => changed.includes(name)) ?? false;
  });
}

/**
 * Applies what a later message corrects. Choice slots are matched against the options on offer
 * (`except` is the slot being asked, which the caller reads itself); a choice whose options
 * depend on a changed slot is cleared, so it is asked again with the new options.
 */
export function applyCorrections(
  turn: Turn,
  active: ActiveDialog,
  text: string,
  except?: string,
): FillOutcome {
  const template = templateOf(turn, active);
  const context: TemplateContext = templateContext(turn, active);
  const outcome = fillSlots(template, active, text, context, 'correction', except);
  // Choices whose options a change just replaced are asked again, not matched against old options.
  const stale = new Set(dependents(template, outcome.changed).map((slot) => slot.name));
  for (const slot of template.slots) {
    if (slot.entity !== 'choice' || slot.internal || slot.name === except) continue;
    if (stale.has(slot.name) || (slot.when && !slot.when(active.slots))) continue;
    const options = currentOptions(turn, active, slot);
    if (!options) continue;
    let found: ReturnType<typeof findChoiceIn>;
    // A choice may be named in the slot's own terms ("make it 3pm" for an open time).
    const read = slot.extract?.(text, context, 'correction', active.slots[slot.name]);
    if (typeof read?.value === 'string') {
      const value = read.value;
      found = options.some((option) => option.value === value)
        ? { value }
        : { problem: words(turn, 'choice.notOffered') };
      if ('problem' in found) delete active.slots[slot.name];
    } else {
      found = findChoiceIn(options, text, context);
    }
    if (!found) continue;
    if ('problem' in found) {
      outcome.problems.push({ slot: slot.name, problem: found.problem });
      continue;
    }
    if (active.slots[slot.name] === found.value) {
      outcome.same.push(slot.name);
      continue;
    }
    active.slots[slot.name] = found.value;
    outcome.changed.push(slot.name);
  }
  for (const slot of dependents(template, outcome.changed)) {
    if (active.slots[slot.name] === undefined) continue;
    delete active.slots[slot.name];
    outcome.cleared.push(slot.name);
  }
  return outcome;
}

/** How a slot's value reads in a sentence: its own format, or the value itself. */
export function formatSlot(turn: Turn, active: ActiveDialog, name: string): string {
  const template = templateOf(turn, active);
  const slot = template.slots.find((candidate) => candidate.name === name);
  const value = active.slots[name];
  if (!slot || value === undefined) return '';
  const context = templateContext(turn, active);
  if (slot.format) return slot.format(value, context);
  // Values of the entity types that have words of their own are said in the visitor's words.
  if (slot.entity === 'date-range' && typeof value === 'object' && value && !Array.isArray(value))
    return rangeLabel(value as DateRangeValue, context);
  if (slot.entity === 'date-time' && typeof value === 'string')
    return formatDateTime(value, context);
  if (slot.entity === 'duration' && typeof value === 'number')
    return formatDuration(value, context);
  if (typeof value === 'boolean') return words(turn, value ? 'reply.yes' : 'reply.no');
  if (Array.isArray(value)) return formatValues(value.map(String), context.locale);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** "OK — Dates: next week (…)." for changes the visitor would otherwise not see. */
export function acknowledge(turn: Turn, active: ActiveDialog, changed: readonly string[]): void {
  const template = templateOf(turn, active);
  const parts = changed
    .map((name) => template.slots.find((slot) => slot.name === name))
    .filter((slot): slot is SlotDefinition => Boolean(slot && !slot.internal))
    .map((slot) =>
      words(turn, 'correction.field', {
        label: turn.t(slot.label),
        value: formatSlot(turn, active, slot.name),
      }),
    );
  if (parts.length > 0)
    sayText(
      turn,
      words(turn, 'correction.acknowledged', {
        changes: parts.join(words(turn, 'separator.fields')),
      }),
    );
}

/** "Duration is already 45 min." for a correction that changes nothing. */
export function alreadySo(turn: Turn, active: ActiveDialog, same: readonly string[]): boolean {
  const template = templateOf(turn, active);
  const slots = same
    .map((name) => template.slots.find((slot) => slot.name === name))
    .filter((slot): slot is SlotDefinition => Boolean(slot && !slot.internal));
  for (const slot of slots)
    sayText(
      turn,
      words(turn, 'correction.already', {
        label: turn.t(slot.label),
        value: formatSlot(turn, active, slot.name),
      }),
    );
  return slots.length > 0;
}
