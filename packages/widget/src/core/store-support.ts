/** Small pure helpers of the chat store, kept apart so the store file reads as the flow. */
import type { OperationError } from '@slotchat/dialog';
import type { IntegrationId } from '@slotchat/integrations';
import { integrationIds } from '@slotchat/integrations';
import type { AuthCardStatus, ChatEntry } from './chat-types';
import { TransportError } from './transport';

export function isIntegrationId(value: string): value is IntegrationId {
  return (integrationIds as readonly string[]).includes(value);
}

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function browserLocale(): string {
  return (typeof navigator !== 'undefined' && navigator.language) || 'en-US';
}

/** What the engine is told about a failed call: the proxy's typed error, or a generic one. */
export function toOperationError(error: unknown): OperationError {
  if (error instanceof TransportError) {
    return {
      code: error.code,
      message: error.message,
      retryable: error.retryable,
      ...(error.details === undefined ? {} : { details: error.details }),
    };
  }
  return {
    code: 'internal_error',
    message: error instanceof Error ? error.message : 'Something went wrong.',
    retryable: true,
  };
}

function asksFor(entry: ChatEntry, integration: string): boolean {
  return (
    entry.role === 'bot' &&
    entry.message.blocks.some((block) => block.type === 'auth' && block.integration === integration)
  );
}

/** The id of the latest message that asked to connect `integration` (the one a sign-in answers). */
export function latestAuthEntryId(entries: ChatEntry[], integration: string): string | null {
  for (let index = entries.length - 1; index >= 0; index -= 1) {
    const entry = entries[index];
    if (entry && asksFor(entry, integration)) return entry.id;
  }
  return null;
}

/** The entries with the outcome written on the latest message that asked for `integration`. */
export function withAuthOutcome(
  entries: ChatEntry[],
  integration: string,
  outcome: AuthCardStatus,
): ChatEntry[] {
  const id = latestAuthEntryId(entries, integration);
  if (id === null) return entries;
  return entries.map((entry) =>
    entry.id === id && entry.role === 'bot' ? { ...entry, authOutcome: outcome } : entry,
  );
}
