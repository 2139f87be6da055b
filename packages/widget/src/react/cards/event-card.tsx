import type { AttendeeView, EventView } from '@slotchat/dialog';
import { formatDateRange, formatRange } from '../../core/datetime';
import type { StringKey } from '../../core/strings';
import { useTranslate } from '../chat-context';
import { SafeLink } from './safe-link';
import { useZone } from './use-zone';

const responseKeys: Record<AttendeeView['response'], StringKey> = {
  accepted: 'responseAccepted',
  declined: 'responseDeclined',
  tentative: 'responseTentative',
  needsAction: 'responseNeedsAction',
};

export function EventWhen(props: { event: EventView }) {
  const { locale, timeZone } = useZone();
  const t = useTranslate();
  const { event } = props;
  return (
    <>
      {event.allDay
        ? t('allDayDates', { dates: formatDateRange(event.start, event.end, locale) })
        : formatRange(event.start, event.end, locale, timeZone)}
    </>
  );
}

/** One calendar event: title, when (in the visitor's zone), where, who, and how to join. */
export function EventCard(props: { event: EventView }) {
  const t = useTranslate();
  const { event } = props;
  return (
    <article className="card event-card" aria-label={event.title}>
      <h3 className="card-title">
        {event.title}
        {event.status !== 'confirmed' ? (
          <span className="tag">
            {event.status === 'cancelled' ? t('statusCancelled') : t('statusTentative')}
          </span>
        ) : null}
      </h3>
      <p className="when">
        <EventWhen event={event} />
      </p>
      {event.location ? (
        <dl>
          <div>
            <dt>{t('location')}</dt>
            <dd>{event.location}</dd>
          </div>
        </dl>
      ) : null}
      {event.description ? <p className="description">{event.description}</p> : null}
      {event.attendees.length > 0 ? (
        <>
          <h4 className="label">{t('attendees')}</h4>
          <ul className="attendees">
            {event.attendees.map((attendee) => (
              <li key={attendee.email}>
                <span className="attendee-name">{attendee.name ?? attendee.email}</span>
                {attendee.organizer ? (
                  <>
                    {' '}
                    <span className="tag">{t('organizer')}</span>
                  </>
                ) : null}
                {attendee.optional ? (
                  <>
                    {' '}
                    <span className="tag">{t('optional')}</span>
                  </>
                ) : null}{' '}
                <span className={`response response-${attendee.response}`}>
                  {t(responseKeys[attendee.response])}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="links">
        {event.meetUrl ? (
          <SafeLink className="button-link" href={event.meetUrl}>
            {t('joinMeet')}
          </SafeLink>
        ) : null}
        {event.link ? <SafeLink href={event.link}>{t('openInCalendar')}</SafeLink> : null}
      </p>
    </article>
  );
}
