import { z } from 'zod';
import { providers } from '../sandbox-options';
import { allOperations, operationsByProvider } from './operation-names';

/**
 * What a fault does to a matching request:
 * - `rate-limit`: Google 403 `rateLimitExceeded`; Calendly 429 with its X-RateLimit-* headers;
 * - `rate-limit-429`: Google's 429 `rateLimitExceeded` (Calendly: same as `rate-limit`);
 * - `server-error` 500, `unavailable` 503;
 * - `malformed-json`: a 200 whose JSON body is cut short;
 * - `latency`: delays the request by `latencyMs`, then lets it through.
 */
export const faultKinds = [
  'rate-limit',
  'rate-limit-429',
  'server-error',
  'unavailable',
  'malformed-json',
  'latency',
] as const;
export type FaultKind = (typeof faultKinds)[number];

export const faultRuleInputSchema = z
  .object({
    /** Omitted: both providers. */
    provider: z.enum(providers).optional(),
    /** An operation name (`events.get`, `scheduled_events.list`, …) or omitted for all. */
    operation: z
      .enum(allOperations, {
        error: (issue) =>
          `unknown operation ${JSON.stringify(issue.input)}; valid: Google ${operationsByProvider.google.join(', ')}; Calendly ${operationsByProvider.calendly.join(', ')}`,
      })
      .optional(),
    kind: z.enum(faultKinds),
    latencyMs: z.number().int().min(0).max(60_000).optional(),
    /** How many requests it affects before it switches itself off; omitted: until removed. */
    times: z.number().int().min(1).optional(),
  })
  .strict()
  .refine((rule) => rule.kind !== 'latency' || rule.latencyMs !== undefined, {
    message: 'latency faults need latencyMs',
    path: ['latencyMs'],
  })
  // `events.get` for Calendly would never fire: say so rather than accept a rule that tests nothing.
  .superRefine((rule, context) => {
    if (rule.provider === undefined || rule.operation === undefined) return;
    const valid: readonly string[] = operationsByProvider[rule.provider];
    if (!valid.includes(rule.operation)) {
      context.addIssue({
        code: 'custom',
        path: ['operation'],
        message: `"${rule.operation}" is not a ${rule.provider} operation; valid: ${valid.join(', ')}`,
      });
    }
  });

export type FaultRuleInput = z.infer<typeof faultRuleInputSchema>;

export interface FaultRule extends FaultRuleInput {
  id: string;
  /** Requests this rule has affected so far. */
  hits: number;
}
