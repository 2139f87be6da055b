import type { Response } from 'express';
import type { Provider } from '../sandbox-options';
import type { FaultOperation } from './operation-names';
import { faultRuleInputSchema, type FaultRule, type FaultRuleInput } from './fault-rule';

/** Writes a provider's error response for a fault kind. */
export type FaultResponder = (
  kind: Exclude<FaultRule['kind'], 'latency'>,
  response: Response,
) => void;

export type FaultController = ReturnType<typeof createFaultController>;

/**
 * The fault switches of one sandbox instance. Handlers call `intercept` after authentication;
 * when it returns true, a fault already answered the request.
 */
export function createFaultController(options: {
  delay: (ms: number) => Promise<void>;
  responders: Record<Provider, FaultResponder>;
  initial?: readonly FaultRuleInput[];
}) {
  let rules: FaultRule[] = [];
  let nextId = 1;

  const add = (input: FaultRuleInput): FaultRule => {
    const result = faultRuleInputSchema.safeParse(input);
    if (!result.success) {
      // Code callers (createSandbox({faults}), tests) get the field and the reason, not zod's JSON.
      const issue = result.error.issues[0];
      throw new Error(
        `Invalid fault rule: ${issue?.path.join('.') || 'rule'}: ${issue?.message ?? 'bad value'}`,
      );
    }
    const parsed = result.data;
    const rule: FaultRule = { ...parsed, id: `fault-${nextId}`, hits: 0 };
    nextId += 1;
    rules.push(rule);
    return rule;
  };
  options.initial?.forEach(add);

  // A rule without an operation hits every API operation; the OAuth endpoints (`oauth.*`) only
  // when named, so a global fault never stops a test from getting its tokens.
  const matches = (rule: FaultRule, provider: Provider, operation: FaultOperation) =>
    (rule.provider === undefined || rule.provider === provider) &&
    (rule.operation === undefined ? !operation.startsWith('oauth.') : rule.operation === operation);

  const use = (rule: FaultRule) => {
    rule.hits += 1;
    if (rule.times !== undefined && rule.hits >= rule.times) {
      rules = rules.filter((other) => other !== rule);
    }
  };

  return {
    add,
    list: (): FaultRule[] => rules.map((rule) => ({ ...rule })),
    remove(id: string): boolean {
      const before = rules.length;
      rules = rules.filter((rule) => rule.id !== id);
      return rules.length < before;
    },
    clear(): void {
      rules = [];
    },
    /** Applies matching latency, then the first matching failure. True when the request was answered. */
    async intercept(
      provider: Provider,
      operation: FaultOperation,
      response: Response,
      responder: FaultResponder = options.responders[provider],
    ): Promise<boolean> {
      const matching = rules.filter((rule) => matches(rule, provider, operation));
      const latency = matching.filter((rule) => rule.kind === 'latency');
      const totalDelay = latency.reduce((sum, rule) => sum + (rule.latencyMs ?? 0), 0);
      latency.forEach(use);
      if (totalDelay > 0) await options.delay(totalDelay);
      const failure = matching.find((rule) => rule.kind !== 'latency');
      if (!failure || failure.kind === 'latency') return false;
      use(failure);
      responder(failure.kind, response);
      return true;
    },
  };
}
