/** Values a transcript reads from one turn's blocks and reuses in later turns as `{{name}}`. */
import type { MessageBlock } from '@slotchat/dialog';

/**
 * The value at `path` in the first block of the path's type: "event-list.events.0.id" is the id
 * of the first event of the first event list. Undefined when there is none.
 */
export function recall(blocks: readonly MessageBlock[], path: string): string | undefined {
  const [type, ...fields] = path.split('.');
  let value: unknown = blocks.find((block) => block.type === type);
  for (const field of fields) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[field];
  }
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

/** Replaces `{{name}}` with remembered values (escaped by `escape`, for text inside JSON). */
export function substitute(
  text: string,
  values: Readonly<Record<string, string>>,
  escape: (value: string) => string = (value) => value,
): string {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    values[name] === undefined ? whole : escape(values[name]),
  );
}
