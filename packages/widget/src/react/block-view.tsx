import type { MessageBlock } from '@slotchat/dialog';
import type { AuthCardStatus } from '../core/chat-types';
import { AuthCard } from './cards/auth-card';
import { BookingCard } from './cards/booking-card';
import { BusyTimelineCard } from './cards/busy-timeline-card';
import { ConfirmationCard } from './cards/confirmation-card';
import { ErrorCard } from './cards/error-card';
import { EventCard } from './cards/event-card';
import { EventListCard } from './cards/event-list-card';
import { EventTypesCard } from './cards/event-types-card';
import { InviteesCard } from './cards/invitees-card';
import { QuickReplies } from './cards/quick-replies';
import { TimeSlotsCard } from './cards/time-slots-card';

/** One message block as its card. `active`: it belongs to the latest turn, so it can be answered. */
export function BlockView(props: {
  block: MessageBlock;
  active: boolean;
  /** A quick reply in the same message already offers Retry. */
  retryOffered?: boolean;
  /** For auth cards: whether this is the card a sign-in now answers, and how its own ended. */
  auth?: { live: boolean; outcome: AuthCardStatus | undefined };
}) {
  const { block, active } = props;
  switch (block.type) {
    case 'text':
      return <p className="text">{block.text}</p>;
    case 'quick-replies':
      return <QuickReplies options={block.options} active={active} />;
    case 'event':
      return <EventCard event={block.event} />;
    case 'event-list':
      return (
        <EventListCard title={block.title} events={block.events} emptyText={block.emptyText} />
      );
    case 'busy-timeline':
      return <BusyTimelineCard title={block.title} busy={block.busy} emptyText={block.emptyText} />;
    case 'invitees':
      return (
        <InviteesCard
          eventName={block.eventName}
          invitees={block.invitees}
          emptyText={block.emptyText}
        />
      );
    case 'event-types':
      return <EventTypesCard eventTypes={block.eventTypes} active={active} />;
    case 'time-slots':
      return <TimeSlotsCard slots={block.slots} emptyText={block.emptyText} active={active} />;
    case 'confirmation':
      return (
        <ConfirmationCard
          title={block.title}
          fields={block.fields}
          options={block.options}
          active={active}
        />
      );
    case 'booking':
      return <BookingCard booking={block} />;
    case 'auth':
      return (
        <AuthCard
          integration={block.integration}
          integrationName={block.integrationName}
          reason={block.reason}
          live={props.auth?.live ?? true}
          outcome={props.auth?.outcome}
        />
      );
    case 'error':
      return (
        <ErrorCard
          title={block.title}
          message={block.message}
          retry={block.retry && !props.retryOffered}
          active={active}
        />
      );
  }
}
