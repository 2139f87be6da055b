import type { Effect, MessageBlock } from '@slotchat/dialog';

/** What a block says, as a reader (or a screen reader) would hear it. */
export function blockText(block: MessageBlock): string {
  switch (block.type) {
    case 'text':
      return block.text;
    case 'quick-replies':
      return block.options.map((option) => `[${option.label}]`).join(' ');
    case 'event':
      return `Event: ${block.event.title}`;
    case 'event-list':
      return `${block.title}: ${block.events.length ? block.events.map((event) => event.title).join(', ') : block.emptyText}`;
    case 'busy-timeline':
      // As the card's list (its text equivalent) reads: the slots, by title where they have one.
      return `${block.title}: ${block.busy.length ? `${block.busy.length} busy (${block.busy.map((slot) => slot.title ?? 'busy').join(', ')})` : block.emptyText}`;
    case 'invitees':
      return `${block.eventName}: ${block.invitees.length ? block.invitees.map((i) => `${i.name} <${i.email}>`).join(', ') : block.emptyText}`;
    case 'event-types':
      return `Event types: ${block.eventTypes.map((type) => type.name).join(', ')}`;
    case 'time-slots':
      return block.slots.length ? `${block.slots.length} open times` : block.emptyText;
    case 'confirmation':
      return `${block.title} ${block.fields.map((field) => `${field.label}: ${field.value}`).join('; ')}`;
    case 'booking':
      return `Booking: ${block.eventName}${block.schedulingUrl ? ` ${block.schedulingUrl}` : ''}`;
    case 'auth':
      return `Connect ${block.integrationName}: ${block.reason}`;
    case 'error':
      return `${block.title}: ${block.message}${block.retry ? ' [Retry]' : ''}`;
  }
}

export function blocksOf(effects: readonly Effect[]): MessageBlock[] {
  return effects.flatMap((effect) => (effect.type === 'say' ? effect.message.blocks : []));
}

export function effectsText(effects: readonly Effect[]): string {
  return blocksOf(effects).map(blockText).join('\n');
}
