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

/**
 * What a transcript shows about its template. Every template needs each of the first seven (see
 * `transcripts.test.ts`); the rest are for finding transcripts by topic.
 */
export const requiredCoverage = [
  'long-form',
  'guided',
  'correction',
  'cancellation',
  'authorization',
  'empty-result',
  'provider-error',
] as const;
export const coverageTags = [
  ...requiredCoverage,
  'bad-input',
  'range',
  'time-zone',
  'dst',
  'switch',
  'help',
  'follow-up',
] as const;
export type CoverageTag = (typeof coverageTags)[number];

/** Something done to the sandbox between turns, through its admin API. */
const sandboxAction = z.strictObject({
  /** Fault rules as `POST /__sandbox/faults` takes them (provider, operation, kind, times…). */
  faults: z.array(z.record(z.string(), z.unknown())).optional(),
  /** Revokes the provider's grants: the proxy's next refresh fails and the dialog reconnects. */
  revoke: z.enum(['google', 'calendly']).optional(),
  /** Removes every fault rule: the provider answers normally again. */
  clearFaults: z.boolean().optional(),
});
export type SandboxAction = z.infer<typeof sandboxAction>;

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
    /** Changes the sandbox before the next turn (sandbox transcripts only). */
    sandbox: sandboxAction.optional(),
    /** Repeats a visitor message this many times (fills the text with `user`). */
    repeat: z.number().int().min(1).max(10_000).optional(),
    expect: expectationSchema.optional(),
    /**
     * Values to reuse in later turns as `{{name}}`, read from this turn's blocks by a path: the
     * first block of the type, then fields ("event-list.events.0.id").
     */
    remember: z.record(z.string(), z.string()).optional(),
  })
  .refine(
    (turn) =>
      [turn.user, turn.reply, turn.respond, turn.authorize, turn.sandbox].filter(
        (v) => v !== undefined,
      ).length === 1,
    {
      message: 'each turn has exactly one of user, reply, respond, authorize, sandbox',
    },
  );
export type Turn = z.infer<typeof turnSchema>;

export const transcriptSchema = z.strictObject({
  name: z.string().min(1),
  /** The template it is about; default: the file's subject. */
  template: z.string().optional(),
  /** What it shows (coverage is checked per template by these tags). */
  covers: z.array(z.enum(coverageTags)).default([]),
  /**
   * Pinned clock (ISO instant); default Thursday 2026-11-19 10:00 in Berlin. Sandbox transcripts
   * take the sandbox's clock instead (the runner pins it when it starts the sandbox).
   */
  now: z.string().optional(),
  zone: z.string().default('Europe/Berlin'),
  /** Integrations connected from the start. */
  connected: z.array(z.string()).default([]),
  backend: z.enum(['fixtures', 'sandbox']).default('fixtures'),
  /** Answers by operation id, used in order; the last one repeats. */
  fixtures: z.record(z.string(), z.union([outcome, z.array(outcome)])).default({}),
  /** Sandbox fault rules active from the first turn, removed after the transcript. */
  faults: z.array(z.record(z.string(), z.unknown())).default([]),
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
