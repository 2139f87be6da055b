import {
  type LookupDefinition,
  type MessageBlock,
  type SlotDefinition,
  type SlotValues,
  type Translate,
} from '@slotchat/dialog';
import type { z } from 'zod';
import { templateMessages } from '../../strings/en';
import { key, words } from '../../strings/words';
import { calendlyUserSchema } from '../schemas';

export const calendlyTemplateBase = {
  integration: 'calendly',
  integrationName: 'Calendly',
  authorizationReason: key('calendly.authorizationReason'),
  mentions: [/calendly/i],
  messages: templateMessages,
};

/** Every Calendly list needs the user's URI first (`GET /users/me`). */
export const currentUserLookup: LookupDefinition = {
  name: 'me',
  dependsOn: [],
  build: () => ({ operation: 'calendly:users.me', params: {} }),
  isValid: (data) => calendlyUserSchema.safeParse(data).success,
};

/** A pasted event URI or UUID: a request about one event, not a list or a new booking. */
export const oneEventCue = {
  pattern:
    /scheduled_events\/|\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b|\b(?=[A-Z0-9]*\d)[A-Z0-9]{16}\b/i,
  weight: -0.3,
};

export function userUri(lookups: Readonly<Record<string, unknown>>): string {
  const parsed = calendlyUserSchema.safeParse(lookups.me);
  return parsed.success ? parsed.data.resource.uri : '';
}

/** The event as a slot, by its URI or UUID. */
export function calendlyEventSlot(): SlotDefinition {
  return {
    name: 'event',
    label: key('shared.event.label'),
    entity: 'calendly-event-ref',
    prompt: key('calendly.event.prompt'),
    hint: key('calendly.event.hint'),
  };
}

export function eventUuid(slots: SlotValues): string {
  return String(slots.event);
}

/** Calendly wants UTC with a `Z`. */
export function utc(instant: number | string): string {
  return new Date(typeof instant === 'string' ? Date.parse(instant) : instant).toISOString();
}

export function parseOr<T>(
  schema: z.ZodType<T>,
  data: unknown,
  context: { t: Translate },
): { ok: true; value: T } | { ok: false; blocks: MessageBlock[] } {
  const parsed = schema.safeParse(data);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    blocks: [
      {
        type: 'error',
        title: words(context, 'shared.unexpectedAnswer.title'),
        message: words(context, 'calendly.unexpectedAnswer'),
        retry: false,
      },
    ],
  };
}
