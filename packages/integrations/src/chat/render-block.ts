/**
 * Message blocks as terminal text, for `pnpm chat`: a developer's tool, so its own few words
 * ("Join:", "(all day)") are English; times are formatted with Intl like the widget's cards.
 */
import {
  formatDateTime,
  formatTimeRange,
  type FormatContext,
  type MessageBlock,
} from '@slotchat/dialog';

function list(title: string, lines: string[], emptyText: string): string {
  return [title, ...(lines.length ? lines : [`  ${emptyText}`])].join('\n');
}

export function renderBlock(block: MessageBlock, context: FormatContext): string {
  switch (block.type) {
    case 'text':
      return block.text;
    case 'quick-replies':
      return block.options.map((option, index) => `  [${index + 1}] ${option.label}`).join('\n');
    case 'event': {
      const { event } = block;
      const when = event.allDay
        ? `${event.start} (all day)`
        : formatTimeRange(event.start, event.end, context);
      const lines = [
        `┌ ${event.title}${event.status === 'cancelled' ? ' (cancelled)' : ''}`,
        `│ ${when}`,
      ];
      if (event.location) lines.push(`│ ${event.location}`);
      for (const attendee of event.attendees)
        lines.push(`│ ${attendee.name ?? attendee.email} — ${attendee.response}`);
      if (event.meetUrl) lines.push(`│ Join: ${event.meetUrl}`);
      return lines.join('\n');
    }
    case 'event-list':
      return list(
        block.title,
        block.events.map(
          (event) => `  • ${formatTimeRange(event.start, event.end, context)}  ${event.title}`,
        ),
        block.emptyText,
      );
    case 'busy-timeline':
      return list(
        block.title,
        block.busy.map(
          (slot) =>
            `  ■ ${formatTimeRange(slot.start, slot.end, context)}${slot.title ? `  ${slot.title}` : ''}`,
        ),
        block.emptyText,
      );
    case 'invitees':
      return list(
        block.eventName,
        block.invitees.map((invitee) => `  • ${invitee.name} <${invitee.email}> ${invitee.status}`),
        block.emptyText,
      );
    case 'event-types':
      return block.eventTypes
        .map((type, index) => `  ${index + 1}. ${type.name} (${type.durationMinutes} min)`)
        .join('\n');
    case 'time-slots':
      return list(
        `Open times (${block.timeZone})`,
        block.slots.map(
          (slot, index) =>
            `  ${index + 1}. ${formatDateTime(slot.start, { ...context, timeZone: block.timeZone })}`,
        ),
        block.emptyText,
      );
    case 'confirmation':
      return [
        block.title,
        ...block.fields.map((field) => `  ${field.label}: ${field.value}`),
        block.options.map((option, index) => `  [${index + 1}] ${option.label}`).join('  '),
      ].join('\n');
    case 'booking':
      return [
        `✔ ${block.eventName}, ${formatTimeRange(block.start, block.end, { ...context, timeZone: block.timeZone })}`,
        block.rescheduleUrl ? `  Reschedule: ${block.rescheduleUrl}` : '',
        block.cancelUrl ? `  Cancel: ${block.cancelUrl}` : '',
        block.schedulingUrl ? `  Book here: ${block.schedulingUrl}` : '',
        block.ics ? '  (an .ics calendar file comes with it)' : '',
      ]
        .filter(Boolean)
        .join('\n');
    case 'auth':
      return `🔑 ${block.reason}`;
    case 'error':
      return `⚠ ${block.title}: ${block.message}${block.retry ? ' (say “retry”)' : ''}`;
  }
}
