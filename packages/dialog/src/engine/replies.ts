/** The engine's own wording: greeting, help, "I didn't understand", and errors from the proxy. */
import type { OperationError, StepContext } from '../engine-types';
import type { MessageBlock, QuickReply } from '../messages';
import type { TemplateDefinition } from '../template';

export function enabledTemplates(
  templates: ReadonlyMap<string, TemplateDefinition>,
  context: StepContext,
): TemplateDefinition[] {
  return [...templates.values()].filter(
    (template) => !context.enabledTemplates || context.enabledTemplates.includes(template.id),
  );
}

/** A few example requests to tap, one per template. */
export function exampleReplies(templates: readonly TemplateDefinition[], limit = 6): QuickReply[] {
  return templates.slice(0, limit).map((template) => ({
    label: template.examples[0] ?? template.title,
    value: template.examples[0] ?? template.title,
  }));
}

/** What Slotchat can do, one line per template. */
export function capabilityBlocks(templates: readonly TemplateDefinition[]): MessageBlock[] {
  if (templates.length === 0)
    return [{ type: 'text', text: 'No calendar actions are enabled on this site yet.' }];
  const lines = templates.map((template) => `• ${template.title} — ${template.description}`);
  return [
    { type: 'text', text: lines.join('\n') },
    { type: 'quick-replies', options: exampleReplies(templates) },
  ];
}

export function welcomeBlocks(templates: readonly TemplateDefinition[]): MessageBlock[] {
  return [
    {
      type: 'text',
      text: 'Hi! I can help with your calendars. Ask in your own words, for example:',
    },
    ...capabilityBlocks(templates),
  ];
}

export function notUnderstoodBlocks(templates: readonly TemplateDefinition[]): MessageBlock[] {
  return [
    {
      type: 'text',
      text: 'Sorry, I’m not sure what you’d like to do. Here is what I can help with:',
    },
    ...capabilityBlocks(templates),
  ];
}

/** A sentence for a failed call by its stable code, saying what the visitor can do. */
export function errorMessage(error: OperationError, integrationName: string): string {
  switch (error.code) {
    case 'not_found':
      return `${integrationName} could not find that.`;
    case 'rate_limited':
      return `${integrationName} is receiving too many requests right now. Try again in a minute.`;
    case 'upstream_unavailable':
    case 'upstream_timeout':
    case 'provider_error':
      return `${integrationName} did not answer properly. It is usually temporary; try again.`;
    case 'invalid_params':
    case 'bad_request':
      return `${integrationName} did not accept the request: ${error.message}`;
    case 'insufficient_scopes':
      return `${integrationName} is connected without the permission this needs.`;
    case 'session_required':
      return 'Your chat session has expired. Reload the page to start a new one.';
    case 'conflict':
      return `${integrationName} reports a conflict: ${error.message}`;
    default:
      return error.message || 'Something went wrong.';
  }
}
