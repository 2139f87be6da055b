/**
 * Dialog state: plain JSON, so the widget can persist it and `restore` can check it with a schema
 * when it comes back from storage (zod/mini: it ships in the chat chunk, and its API tree-shakes).
 */
import { z } from 'zod/mini';
import type { JsonValue } from '../json';

const jsonValue: z.ZodMiniType<JsonValue> = z.lazy(() =>
  z.union([
    z.null(),
    z.boolean(),
    z.number(),
    z.string(),
    z.array(jsonValue),
    z.record(z.string(), jsonValue),
  ]),
);

const choiceOption = z.object({
  label: z.string(),
  value: z.string(),
  aliases: z.optional(z.array(z.string())),
});

/** What the active dialog is waiting for. */
const phase = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('asking'),
    slot: z.string(),
    options: z.optional(z.array(choiceOption)),
  }),
  z.object({ kind: z.literal('confirming') }),
  z.object({ kind: z.literal('choosing-change') }),
  z.object({ kind: z.literal('authorizing'), integration: z.string() }),
  z.object({ kind: z.literal('authorization-failed'), integration: z.string() }),
  z.object({
    kind: z.literal('calling'),
    callId: z.string(),
    purpose: z.enum(['lookup', 'main', 'fallback', 'verify']),
    lookup: z.optional(z.string()),
  }),
  z.object({ kind: z.literal('failed') }),
  z.object({ kind: z.literal('offering-stop'), slot: z.string() }),
]);
export type Phase = z.infer<typeof phase>;

const activeDialog = z.object({
  templateId: z.string(),
  slots: z.record(z.string(), jsonValue),
  /** Failed answers per slot, to offer stopping after a few. */
  failures: z.record(z.string(), z.int().check(z.nonnegative())),
  lookups: z.record(z.string(), z.object({ key: z.string(), data: jsonValue })),
  confirmed: z.boolean(),
  /** Set when the main operation failed and its fallback was tried instead. */
  usingFallback: z.boolean(),
  /**
   * Set when a write's outcome is unknown (a timeout after the provider may have acted): the next
   * call checks whether it happened instead of writing again.
   */
  checkFirst: z.optional(z.boolean()),
  /** The opening request filled no required slot: the visitor is guided question by question. */
  guided: z.optional(z.boolean()),
  phase,
});
export type ActiveDialog = z.infer<typeof activeDialog>;

const pending = z.discriminatedUnion('kind', [
  /** "Did you mean A or B?" was asked about this text. */
  z.object({
    kind: z.literal('disambiguation'),
    text: z.string(),
    templateIds: z.array(z.string()),
  }),
  /** After a detour, "shall we go back to …?" was asked. */
  z.object({ kind: z.literal('resume') }),
]);

export const dialogStateSchema = z.object({
  version: z.literal(1),
  /** Source of message and call ids: deterministic, never reused within a conversation. */
  counter: z.int().check(z.nonnegative()),
  active: z.nullable(activeDialog),
  /** A dialog set aside when the visitor switched to another request. */
  suspended: z.nullable(activeDialog),
  /**
   * The last lookup answered (never a write), kept for a follow-up that changes one thing: "what
   * about Marcus?", "and next week?". Optional: conversations stored before it still load.
   */
  previous: z.optional(z.nullable(activeDialog)),
  pending: z.nullable(pending),
});
export type DialogState = z.infer<typeof dialogStateSchema>;

export function initialDialogState(): DialogState {
  return { version: 1, counter: 0, active: null, suspended: null, pending: null };
}
