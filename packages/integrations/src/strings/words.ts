/**
 * The templates' side of the catalogue: keys checked against the English messages (the engine's
 * and the templates'), and the words for them in the visitor's language.
 */
import type { EngineMessages, KeyAndParams, Translate } from '@slotchat/dialog';
import type { TemplateMessages } from './en';

type Messages = EngineMessages & TemplateMessages;
export type MessageKey = keyof Messages & string;

/** A catalogue key for the template model's fixed words (a label, a prompt), checked. */
export function key<K extends MessageKey>(name: K): K {
  return name;
}

/** The words for a key in the visitor's language, with its parameters checked. */
export function words<K extends MessageKey>(
  context: { t: Translate },
  ...[name, params]: KeyAndParams<Messages, K>
): string {
  return context.t(name, params);
}
