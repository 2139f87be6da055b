/**
 * The transcript format: YAML, one file per subject, each holding a list of transcripts. A
 * transcript is visitor turns with expectations on the replies; provider answers come from
 * `fixtures` (answered through the allow-list's param check) or, with `backend: sandbox`, from the
 * real proxy and sandbox.
 */
import { z } from 'zod';

const outcome = z.object({
  data: z.unknown().optional(),
  error: z
    .object({
      code: z.string(),
      message: z.string().default('Failed'),
      retryable: z.boolean().default(false),
      details: z.unknown().optional(),
    })
    .optional(),
});
export type FixtureOutcome = z.infer<typeof outcome>;

const stringOrList = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : [value]));

export const expectationSchema = z.strictObject({
  /** A template that was active during the turn (the one chosen). `none`: no template. */
  template: z.string().optional(),
  /** Some call of the turn has this operation and (a subset of) these params. */
  call: z.strictObject({ operation: z.string(), params: z.unknown().optional() }).optional(),
  /** The operations called during the turn, in order. */
  calls: z.array(z.string()).optional(),
  noCall: z.boolean().optional(),
  /** Case-insensitive substrings of what was said. */
  says: stringOrList.optional(),
  notSays: stringOrList.optional(),
  matches: z.string().optional(),
  /** Block types that must appear. */
  blocks: z.array(z.string()).optional(),
  /** Quick-reply labels that must be offered. */
  quickReplies: z.array(z.string()).optional(),
  /** The dialog asked to authorize this integration. */
  authorization: z.string().optional(),
  /** The dialog asked to use this zone. */
  timeZone: z.string().optional(),
  /** No dialog is in progress after the turn. */
  done: z.boolean().optional(),
  /** A block of this type has (a subset of) these fields. */
  block: z.record(z.string(), z.unknown()).optional(),
});
export type Expectation = z.infer<typeof expectationSchema>;

const turnSchema = z
  .strictObject({
    user: z.string().optional(),
    /** Chooses a quick reply by value. */
    reply: z.string().optional(),
    /** Answers the pending call explicitly. */
    respond: outcome.optional(),
    /** How the popup authorization ends: in the sandbox, `connected` clicks Allow and `denied` Deny. */
    authorize: z
      .enum(['connected', 'denied', 'closed', 'blocked', 'expired', 'missing-scopes', 'failed'])
      .optional(),
    /** Repeats a visitor message this many times (fills the text with `user`). */
    repeat: z.number().int().min(1).max(10_000).optional(),
    expect: expectationSchema.optional(),
  })
  .refine(
    (turn) =>
      [turn.user, turn.reply, turn.respond, turn.authorize].filter((v) => v !== undefined)
        .length === 1,
    {
      message: 'each turn has exactly one of user, reply, respond, authorize',
    },
  );
export type Turn = z.infer<typeof turnSchema>;

export const transcriptSchema = z.strictObject({
  name: z.string().min(1),
  /** Pinned clock (ISO instant); default Thursday 2026-11-19 10:00 in Berlin. */
  now: z.string().optional(),
  zone: z.string().default('Europe/Berlin'),
  /** Integrations connected from the start. */
  connected: z.array(z.string()).default([]),
  backend: z.enum(['fixtures', 'sandbox']).default('fixtures'),
  /** Answers by operation id, used in order; the last one repeats. */
  fixtures: z.record(z.string(), z.union([outcome, z.array(outcome)])).default({}),
  turns: z.array(turnSchema).min(1),
});
export type Transcript = z.infer<typeof transcriptSchema>;

export const transcriptFileSchema = z.strictObject({
  subject: z.string(),
  /** Anchored fixtures that several transcripts of the file reuse (YAML `&name` / `*name`). */
  shared: z.unknown().optional(),
  transcripts: z.array(transcriptSchema).min(1),
});
export type TranscriptFile = z.infer<typeof transcriptFileSchema>;
