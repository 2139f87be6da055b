/**
 * The template model: what a template author writes. A template reads like a form — slots with
 * prompts and entity types, the operation it calls, an optional confirmation, and how the result
 * becomes message blocks. Adding a template is one file of this shape; the engine does not change.
 *
 * Nothing a visitor reads is written here in English. Fixed words (a slot's label, prompt and
 * hint, a confirmation's title, buttons) are catalogue keys, which the engine says in the
 * visitor's language; functions that make words (a prompt that depends on the slots, a render)
 * take them from `context.t` and format dates with Intl (`formatDateTime(instant, context)`).
 * A template's English messages come with it (`messages`); the engine merges them into its
 * catalogue. Only `title` and `description` are English names as well as keys (see there).
 */
import type { OperationError } from './engine-types';
import type { EntityContext, EntityType, ExtractMode, Extraction } from './entities/types';
import type { JsonValue } from './json';
import type { ConfirmationField, MessageBlock } from './messages';
import type { Signal } from './nlu/signals';
import type { Catalogue } from './strings/catalogue';

/** A key of the message catalogue: the visitor reads its message, in their language. */
export type MessageKey = string;

/** Slot values filled so far, by slot name (plain JSON). */
export type SlotValues = Readonly<Record<string, JsonValue | undefined>>;

/**
 * What template functions may read: the clock, the zone and locale, the catalogue's words (`t`),
 * and the lookups fetched so far.
 */
export interface TemplateContext extends EntityContext {
  /** Results of the template's lookups, by lookup name: the provider's JSON as the proxy returned it. */
  lookups: Readonly<Record<string, unknown>>;
}

/** An allow-listed operation and its params, as the proxy takes them. */
export interface OperationRequest {
  operation: string;
  params: unknown;
}

/** One option of a `choice` slot: chosen by quick reply, by its label, an alias, or its position. */
export interface ChoiceOption {
  /** How the option reads (made by the template: a name from the provider, a formatted time). */
  label: string;
  value: string;
  aliases?: string[] | undefined;
}

export interface SlotChoices {
  /** The lookup whose result lists the options (event types, open times). */
  lookup: string;
  /** The options, and the blocks that show them with the question. */
  /** An option the request already named ("a 30 minute intro call"), chosen without asking. */
  preselect?(
    options: readonly ChoiceOption[],
    slots: SlotValues,
    context: TemplateContext,
  ): string | undefined;
  options(
    data: unknown,
    slots: SlotValues,
    context: TemplateContext,
  ): { options: ChoiceOption[]; blocks: MessageBlock[] };
}

/** A suggested answer offered with a question: the button's words (a key) and what it sends. */
export interface SuggestionDefinition {
  label: MessageKey;
  /** Read as if typed, so it is in the words the engine understands (English). */
  value: string;
}

export interface SlotDefinition {
  name: string;
  /** How the summary and "what would you like to change?" name it ("Start"): a key. */
  label: MessageKey;
  entity: EntityType;
  /** The question asked when it is missing: a key, or words made from the slots. */
  prompt: MessageKey | ((slots: SlotValues, context: TemplateContext) => string);
  /** Said when an answer could not be used: an example of a good answer (a key). */
  hint: MessageKey;
  /** Required slots are asked for; optional ones are only filled when offered (default true). */
  required?: boolean;
  /**
   * Only relevant when this holds (e.g. an end time only when no duration was given). A value it
   * has when this stops holding is dropped, so it cannot come back stale when it holds again.
   */
  when?(slots: SlotValues): boolean;
  /**
   * For a date-time slot while it is empty: the day (an ISO instant in it) that a time given
   * alone falls on — the first day of an all-day event made a timed one, so "10am" is that day's.
   * Passed to `extract` as `day`.
   */
  buildsOn?(slots: SlotValues): string | undefined;
  /** A value used instead of asking (a default duration), or for an optional slot. */
  defaultValue?(slots: SlotValues, context: TemplateContext): JsonValue | undefined;
  /** Refuses a well-formed but unusable value; the sentence says why. */
  validate?(value: JsonValue, slots: SlotValues, context: TemplateContext): string | undefined;
  /** Options from a lookup; the value is the chosen option's `value`. Use with entity `choice`. */
  choices?: SlotChoices;
  /** Quick replies offered with the question. */
  suggestions?: SuggestionDefinition[];
  /**
   * Reads the slot instead of the entity's own extractor. For a `choice` slot, a value it reads
   * counts when it is one of the offered options' values. `previous` is the slot's current value,
   * for corrections that change only part of it ("make it 4pm" keeps the day).
   */
  extract?(
    text: string,
    context: EntityContext,
    mode: ExtractMode,
    previous?: JsonValue,
    day?: string,
  ): Extraction | undefined;
  /** How the value reads in a summary. */
  format?(value: JsonValue, context: TemplateContext): string;
  /** Filled from the opening request (default true). */
  fromRequest?: boolean;
  /**
   * An optional slot that is asked, rather than defaulted, when the visitor is being guided
   * question by question ("create an event"); a long-form request that left it out takes the
   * default.
   */
  askWhenGuided?: boolean;
  /**
   * Kept by the template for itself (a generated id, a remembered preference): never asked or
   * offered to change, and read from text only by its own `extract`.
   */
  internal?: boolean;
}

/** A read-only call whose result other parts of the template need (the Calendly user, event types). */
export interface LookupDefinition {
  name: string;
  /** Slots whose values the call uses; when one changes, the lookup is fetched again. */
  dependsOn: readonly string[];
  /** Other lookups this one needs first. */
  needs?: readonly string[];
  build(slots: SlotValues, context: TemplateContext): OperationRequest;
  /** Checks the answer's shape; an answer it refuses becomes an error with Retry, never a bad next call. */
  isValid?(data: unknown): boolean;
}

export interface ConfirmationDefinition {
  /** "Create this event?": a key. */
  title: MessageKey;
  /** The summary's lines, in words (times also as instants, for the widget to format). */
  fields(slots: SlotValues, context: TemplateContext): ConfirmationField[];
}

/** What a template does when its operation fails in a way it can recover from. */
export interface FallbackDefinition {
  when(error: OperationError): boolean;
  build(slots: SlotValues, context: TemplateContext): OperationRequest;
  render(result: unknown, slots: SlotValues, context: TemplateContext): MessageBlock[];
}

/** Recovering from a failed call by asking again: which slots and lookups to forget, and why. */
export interface ErrorRecovery {
  blocks: MessageBlock[];
  clearSlots: readonly string[];
  refetch?: readonly string[];
}

/** A phrase that is evidence for or against a template (see `TemplateDefinition.cues`). */
export interface IntentCue {
  pattern: RegExp;
  weight: number;
}

/**
 * How a write whose outcome is unknown (the provider timed out after perhaps acting) is checked,
 * instead of being written again: a read-only call, and what its answer says.
 */
export interface VerifyDefinition {
  /** The button that starts the check ("Check my calendar"): a key. */
  label: MessageKey;
  /** What is said when the outcome is unknown; undefined: the engine's wording. */
  unknown?(error: OperationError, slots: SlotValues, context: TemplateContext): MessageBlock[];
  build(slots: SlotValues, context: TemplateContext): OperationRequest;
  /**
   * Whether the write happened, from the check's answer: `true` ends the dialog, `false` offers
   * to try the write again, `undefined` (the check failed too) offers to check again.
   */
  outcome(
    answer: { ok: true; data: unknown } | { ok: false; error: OperationError },
    slots: SlotValues,
    context: TemplateContext,
  ): { happened: boolean | undefined; blocks: MessageBlock[] };
}

export interface TemplateDefinition {
  /** `google-calendar.get-event`. */
  id: string;
  /** The integration whose operations it calls; it must be connected before any call. */
  integration: string;
  /** "Google Calendar": a proper name, said as it is. */
  integrationName: string;
  /**
   * "Look up an event", in English: read for intent scoring (as the examples are) and listed by
   * the admin console. Visitors read the catalogue's `<id>.title`, whose English is this.
   */
  title: string;
  /** One sentence for the help list, in English; visitors read `<id>.description`. */
  description: string;
  /**
   * The English messages of the keys this template uses (several templates may share one
   * object). The engine merges them into its catalogue; a translation replaces them.
   */
  messages?: Catalogue;
  /**
   * Phrasings the visitor might use, in English (the language requests are read in). The first
   * is offered as a suggestion: its button says the catalogue's `<id>.example` (English: this
   * phrasing) and sends the phrasing itself.
   */
  examples: readonly string[];
  /** More words that point here. */
  keywords?: readonly string[];
  /**
   * Added to this template's intent score: a small negative prior keeps a template from tying
   * with a likelier one when nothing in the request tells them apart (default 0).
   */
  prior?: number;
  /** Entities whose presence in a request points here. */
  signals?: readonly Signal[];
  /**
   * Phrases that point here (positive weight) or away (negative): "book" pulls a booking
   * template, "my bookings" pulls a list. Added to the intent score when the pattern matches.
   */
  cues?: readonly IntentCue[];
  /**
   * Words that name this template's integration in a request (default: its `integrationName`).
   * A request naming it points at its templates; one naming only another integration points away.
   */
  mentions?: readonly RegExp[];
  /** Why the visitor is asked to connect, in one sentence: a key. */
  authorizationReason: MessageKey;
  slots: readonly SlotDefinition[];
  lookups?: readonly LookupDefinition[];
  operation: {
    /** Lookups the operation needs first. */
    needs?: readonly string[];
    build(slots: SlotValues, context: TemplateContext): OperationRequest;
  };
  /** Writes must confirm: a summary and Yes / Change / Cancel before the call. */
  confirmation?: ConfirmationDefinition;
  render(result: unknown, slots: SlotValues, context: TemplateContext): MessageBlock[];
  /** Blocks for a failed call; undefined falls back to the engine's wording for the error code. */
  renderError?(
    error: OperationError,
    slots: SlotValues,
    context: TemplateContext,
  ): MessageBlock[] | undefined;
  fallback?: FallbackDefinition;
  /** Checks a write whose outcome is unknown instead of repeating it (see `VerifyDefinition`). */
  verify?: VerifyDefinition;
  /** Some failures are answered by asking again (a booked time just taken: pick another). */
  recover?(
    error: OperationError,
    slots: SlotValues,
    context: TemplateContext,
  ): ErrorRecovery | undefined;
}

/**
 * A slot the template keeps for itself (see `SlotDefinition.internal`): optional, never asked or
 * shown, so it has no words.
 */
export function internalSlot(
  slot: Pick<SlotDefinition, 'name' | 'entity' | 'extract' | 'defaultValue'>,
): SlotDefinition {
  return { ...slot, label: '', prompt: '', hint: '', internal: true, required: false };
}

/** Declares a template with its types checked. */
export function defineTemplate(template: TemplateDefinition): TemplateDefinition {
  return template;
}
