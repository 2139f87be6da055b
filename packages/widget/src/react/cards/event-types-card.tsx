import type { EventTypeView } from '@slotchat/dialog';
import { formatMinutes } from '../../core/datetime';
import { ReplyButton } from './reply-button';
import { useZone } from './use-zone';

/** Calendly event types to pick from; choosing one answers with its URI. */
export function EventTypesCard(props: { eventTypes: EventTypeView[]; active: boolean }) {
  const { locale } = useZone();
  return (
    <ul className="card event-types">
      {props.eventTypes.map((eventType) => (
        <li key={eventType.uri}>
          <ReplyButton
            className="option"
            active={props.active}
            reply={{ label: eventType.name, value: eventType.uri }}
          >
            <strong>{eventType.name}</strong>{' '}
            <span className="muted">{formatMinutes(eventType.durationMinutes, locale)}</span>
            {eventType.description ? (
              <span className="option-description">{eventType.description}</span>
            ) : null}
          </ReplyButton>
        </li>
      ))}
    </ul>
  );
}
