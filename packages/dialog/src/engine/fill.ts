/** Reading slot values out of what the visitor wrote: the opening request, answers and corrections. */
import { movedRange } from '../entities/moved-range';
import { extractDateTime } from '../entities/date-time';
import { extractEntity } from '../entities/extract';
import type { ExtractMode, Extraction } from '../entities/types';
import type { JsonValue } from '../json';
import type {
  ChoiceOption,
  SlotDefinition,
  TemplateContext,
  TemplateDefinition,
} from '../template';
import type { ActiveDialog } from './state';

/** Reads one slot from the text, using its own extractor when it has one. */
export function readSlot(
  slot: SlotDefinition,
  text: string,
  context: TemplateContext,
  mode: ExtractMode,
  previous: JsonValue | undefined,
  day?: string,
): Extraction | undefined {
  // "the week after" counts from the range already chosen, whoever reads the slot.
  if (slot.entity === 'date-range' && mode !== 'request') {
    const moved = movedRange(text, previous, context);
    if (moved) return moved;
  }
  if (slot.extract) return slot.extract(text, context, mode, previous, day);
  if (slot.entity === 'date-time') {
    return extractDateTime(text, context, typeof previous === 'string' ? previous : undefined, day);
  }
  return extractEntity(slot.entity, text, context, mode);
}

export interface FillOutcome {
  /** Slots whose value changed. */
  changed: string[];
  /** Slots the text spoke about that already had that value ("actually 45 minutes" at 45). */
  same: string[];
  /** Why some slot the text spoke about could not be filled. */
  problems: { slot: string; problem: string }[];
  /** What the visitor should hear about values that were set (a time DST moved). */
  notes: string[];
  /** Slots emptied because what they depended on changed (open times, after the event type). */
  cleared: string[];
}

/**
 * Fills every slot the text speaks about (`request`: the opening message; `correction`: later
 * messages, which only change what they clearly mention). Values are validated before they are set.
 */
export function fillSlots(
  template: TemplateDefinition,
  active: ActiveDialog,
  text: string,
  context: TemplateContext,
  mode: 'request' | 'correction',
  except?: string,
): FillOutcome {
  const outcome: FillOutcome = { changed: [], same: [], problems: [], notes: [], cleared: [] };
  for (const slot of template.slots) {
    if (slot.name === except || slot.entity === 'choice') continue;
    if (slot.internal && !slot.extract) continue;
    if (mode === 'request' && slot.fromRequest === false) continue;
    // Read in order, so a slot the same text made irrelevant (a start time, once "all day" was
    // read) is not filled, nor acknowledged as changed.
    if (slot.when && !slot.when(active.slots)) continue;
    const previous = active.slots[slot.name];
    const result = readSlot(slot, text, context, mode, previous, slot.buildsOn?.(active.slots));
    if (!result) continue;
    if (result.problem !== undefined) {
      outcome.problems.push({ slot: slot.name, problem: result.problem });
      continue;
    }
    let value = result.value;
    // "add bob@example.com", "oh and ana@…" add to the list; a plain list, or "only …",
    // replaces it.
    if (Array.isArray(value) && Array.isArray(previous) && addsToList(text)) {
      value = [...new Set([...previous, ...value])];
    }
    const problem = slot.validate?.(value, active.slots, context);
    if (problem) {
      outcome.problems.push({ slot: slot.name, problem });
      continue;
    }
    if (JSON.stringify(previous) !== JSON.stringify(value)) {
      active.slots[slot.name] = value;
      outcome.changed.push(slot.name);
      if (result.note) outcome.notes.push(result.note);
    } else {
      outcome.same.push(slot.name);
    }
  }
  // A slot that does not apply once the text is read (a start time, for an event the same text
  // made all-day) has nothing to ask about: its problem is not the visitor's.
  outcome.problems = outcome.problems.filter((problem) => {
    const slot = template.slots.find((candidate) => candidate.name === problem.slot);
    return !slot?.when || slot.when(active.slots);
  });
  return outcome;
}

function addsToList(text: string): boolean {
  if (/\b(?:only|instead|replace|rather)\b|\bjust\b(?!\s+(?:add|invite|include))/i.test(text))
    return false;
  return /\b(?:add|also|plus|too|as well|include|invite|another|one more)\b|^\s*(?:oh,?\s+)?and\b/i.test(
    text,
  );
}

/** Words just before or after an option that turn it down. */
const turnedDownBefore =
  /\b(?:not|no|can't|cannot|can not|couldn't|won't|don't want|do not want|rather not|instead of|rather than|other than|except)(?:\s+(?:do|make|take|have|manage|want|the|a|at))*\s*$/;
const turnedDownAfter =
  /^(?:is |isn't |is not )?(?:doesn't|does not|won't|will not|can't|cannot|isn't|is too|too|is no good|no good|is bad|is not good|not good|is out)\b/;

const ordinals: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  last: -1,
};

/** Picks an offered option by its value, its label, an alias, or its position ("the second one"). */
export function matchChoice(
  options: readonly ChoiceOption[],
  text: string,
  context: Pick<TemplateContext, 't'>,
): Extraction | undefined {
  const lower = text.trim().toLowerCase();
  if (!lower) return undefined;
  const byValueOrLabel = options.find(
    (option) => option.value === text.trim() || option.label.toLowerCase() === lower,
  );
  if (byValueOrLabel) return { value: byValueOrLabel.value };
  // An alias may fit several options ("3pm" on two days): then ask which one.
  const byAlias = options.filter((option) =>
    option.aliases?.some((alias) => alias.toLowerCase() === lower),
  );
  if (byAlias.length === 1 && byAlias[0]) return { value: byAlias[0].value };
  if (byAlias.length > 1) {
    return {
      problem: context.t('choice.aliasFitsSeveral', { text: text.trim(), count: byAlias.length }),
    };
  }
  // "4pm please", "I'll take the 3pm": an alias said in a sentence, when only one option has
  // it — not one the sentence turns down ("not the 3pm", "3pm doesn't work for me").
  const words = ` ${lower.replace(/[^\p{L}\p{N}:']+/gu, ' ')} `;
  const saidAlias = options.filter((option) =>
    option.aliases?.some((alias) => {
      const said = ` ${alias.toLowerCase()} `;
      const at = words.indexOf(said);
      if (alias.length < 3 || at < 0) return false;
      const before = words.slice(Math.max(0, at - 24), at);
      const after = words.slice(at + said.length, at + said.length + 28);
      return !(turnedDownBefore.test(before) || turnedDownAfter.test(after));
    }),
  );
  if (saidAlias.length === 1 && saidAlias[0]) return { value: saidAlias[0].value };
  const position =
    /^(?:the\s+)?(?:number\s+|#)?(\d{1,2}|first|second|third|fourth|fifth|last)\b/.exec(lower);
  if (position?.[1]) {
    const index = ordinals[position[1]] ?? Number(position[1]);
    const chosen = index === -1 ? options[options.length - 1] : options[index - 1];
    if (chosen) return { value: chosen.value };
  }
  // "the intro call" names "15 Minute Intro Call" as much as "intro call" does.
  const core = lower.replace(/^(?:the|a|an|my)\s+/, '').replace(/[.!?]+$/, '');
  const partial = options.filter(
    (option) =>
      option.label.toLowerCase().includes(core) ||
      (core.length >= 3 && option.aliases?.some((alias) => alias.toLowerCase().includes(core))) ||
      (lower.length >= 4 && lower.includes(option.label.toLowerCase())),
  );
  if (partial.length === 1 && partial[0]) return { value: partial[0].value };
  if (partial.length > 1)
    return { problem: context.t('choice.severalFit', { count: partial.length }) };
  return undefined;
}
