/** The engine's own wording: greeting, help, "I didn't understand", and errors from the proxy. */
import type { OperationError, StepContext } from '../engine-types';
import type { MessageBlock, QuickReply } from '../messages';
import type { Translate } from '../strings/catalogue';
import type { TemplateDefinition } from '../template';
import { titleOf, words, type Turn } from './turn';

export function enabledTemplates(
  templates: ReadonlyMap<string, TemplateDefinition>,
  context: StepContext,
): TemplateDefinition[] {
  return [...templates.values()].filter(
    (template) => !context.enabledTemplates || context.enabledTemplates.includes(template.id),
  );
}

/**
 * A few example requests to tap, one per template: the button says the example in the visitor's
 * words and sends it in the words requests are read in.
 */
export function exampleReplies(
  turn: Turn,
  templates: readonly TemplateDefinition[],
  limit = 6,
): QuickReply[] {
  return templates.slice(0, limit).map((template) => ({
    label: turn.t(`${template.id}.example`),
    value: template.examples[0] ?? template.title,
  }));
}

/** What Slotchat can do, one line per template. */
export function capabilityBlocks(
  turn: Turn,
  templates: readonly TemplateDefinition[],
): MessageBlock[] {
  if (templates.length === 0) return [{ type: 'text', text: words(turn, 'capabilities.none') }];
  const lines = templates.map((template) =>
    words(turn, 'capabilities.line', {
      title: titleOf(turn, template),
      description: turn.t(`${template.id}.description`),
    }),
  );
  return [
    { type: 'text', text: lines.join('\n') },
    { type: 'quick-replies', options: exampleReplies(turn, templates) },
  ];
}

export function welcomeBlocks(
  turn: Turn,
  templates: readonly TemplateDefinition[],
): MessageBlock[] {
  return [
    { type: 'text', text: words(turn, 'welcome.intro') },
    ...capabilityBlocks(turn, templates),
  ];
}

export function notUnderstoodBlocks(
  turn: Turn,
  templates: readonly TemplateDefinition[],
): MessageBlock[] {
  return [
    { type: 'text', text: words(turn, 'notUnderstood.intro') },
    ...capabilityBlocks(turn, templates),
  ];
}

/**
 * A sentence for a failed call by its stable code, saying what the visitor can do. The
 * provider's own explanation (`error.message`) is quoted where it helps, as the proxy gave it.
 */
export function errorMessage(
  error: OperationError,
  integrationName: string,
  context: { t: Translate },
): string {
  const { t } = context;
  const integration = integrationName;
  switch (error.code) {
    case 'not_found':
      return t('error.notFound', { integration });
    case 'rate_limited':
      return t('error.rateLimited', { integration });
    case 'upstream_unavailable':
    case 'upstream_timeout':
      return t('error.unavailable', { integration });
    case 'provider_error': {
      // A 4xx the provider gave for this request: not a passing fault, so no "try again".
      const detail = providerExplanation(error.details);
      return detail
        ? t('error.refused', { integration, detail })
        : t('error.providerRefused', { integration });
    }
    case 'invalid_params':
    case 'bad_request':
      return t('error.refused', { integration, detail: error.message });
    case 'insufficient_scopes':
      return t('error.insufficientScopes', { integration });
    case 'session_required':
      return t('error.sessionExpired');
    case 'conflict':
      return t('error.conflict', { integration, detail: error.message });
    case 'integration_disabled':
      return t('error.disabled', { integration });
    case 'integration_misconfigured':
      return t('error.misconfigured', { integration });
    default:
      return error.message
        ? t('error.otherWithDetail', { detail: error.message })
        : t('error.other');
  }
}

/**
 * The provider's own words for a refusal, from the body the proxy passed on: Calendly's
 * `details[0].message` or `message`, Google's `error.message`. Undefined when there are none.
 */
function providerExplanation(details: unknown): string | undefined {
  const body = (details as { body?: unknown } | null | undefined)?.body as
    | {
        message?: unknown;
        details?: { message?: unknown }[];
        error?: { message?: unknown };
      }
    | null
    | undefined;
  const candidates = [body?.details?.[0]?.message, body?.message, body?.error?.message];
  const found = candidates.find(
    (text): text is string => typeof text === 'string' && text.trim().length > 0,
  );
  return found && found.length <= 200 ? found.trim() : undefined;
}
