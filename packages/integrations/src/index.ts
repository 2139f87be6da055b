/**
 * What the proxy may know: integrations, their auth profile defaults and allow-listed operations,
 * the template catalogue (names only) and the widget↔proxy HTTP contract. The admin console's
 * contract is its own entry point (`@slotchat/integrations/admin-api`), and the dialog templates
 * live behind `@slotchat/integrations/templates` so that the proxy never imports them.
 */
export * from './operation';
export * from './integration';
export * from './proxy-api';
export * from './template-catalogue';
export { knownScopes } from './known-scopes';
export { googleCalendar } from './google-calendar/integration';
export { calendly } from './calendly/integration';
export * as googleCalendarOperations from './google-calendar/operations';
export * as calendlyOperations from './calendly/operations';

import { calendly } from './calendly/integration';
import { googleCalendar } from './google-calendar/integration';
import type { IntegrationDefinition } from './integration';
import type { IntegrationId, OperationDefinition, OperationId } from './operation';

export const integrations: Readonly<Record<IntegrationId, IntegrationDefinition>> = {
  'google-calendar': googleCalendar,
  calendly,
};

/** The allow-list across all integrations, by operation id. */
export function findOperation(id: string): OperationDefinition<unknown> | undefined {
  for (const integration of Object.values(integrations)) {
    const found = integration.operations.find((operation) => operation.id === (id as OperationId));
    if (found) return found as OperationDefinition<unknown>;
  }
  return undefined;
}
