import type { MessageBlock } from '@slotchat/dialog';
import { formatRange } from '../../core/datetime';
import { useTranslate } from '../chat-context';
import { SafeLink } from './safe-link';
import { useZone } from './use-zone';

type Booking = Extract<MessageBlock, { type: 'booking' }>;

function icsHref(ics: string): string {
  return `data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}`;
}

/** The event's name as a file name every system accepts. */
function icsFileName(eventName: string): string {
  const safe = [...eventName]
    .map((character) => (character < ' ' || '\\/:*?"<>|'.includes(character) ? ' ' : character))
    .join('')
    .trim();
  return `${safe || 'event'}.ics`;
}

/**
 * A confirmed booking with its links and an .ics file for any calendar app; or one the visitor
 * still has to finish on the provider's page, which says so in its title.
 */
export function BookingCard(props: { booking: Booking }) {
  const t = useTranslate();
  const { locale, timeZone } = useZone();
  const { booking } = props;
  const title = t(booking.toFinish ? 'bookingToFinish' : 'bookingConfirmed', {
    name: booking.eventName,
  });
  return (
    <section className="card booking" aria-label={title}>
      <h3 className="card-title">{title}</h3>
      <p className="when">{formatRange(booking.start, booking.end, locale, timeZone)}</p>
      <p className="links">
        {booking.rescheduleUrl ? (
          <SafeLink href={booking.rescheduleUrl}>{t('reschedule')}</SafeLink>
        ) : null}
        {booking.cancelUrl ? (
          <SafeLink href={booking.cancelUrl}>{t('cancelBooking')}</SafeLink>
        ) : null}
        {booking.schedulingUrl ? (
          <SafeLink href={booking.schedulingUrl}>
            {t(booking.toFinish ? 'finishBooking' : 'schedulingLink')}
          </SafeLink>
        ) : null}
        {booking.ics ? (
          <a href={icsHref(booking.ics)} download={icsFileName(booking.eventName)}>
            {t('addToCalendar')}
          </a>
        ) : null}
      </p>
    </section>
  );
}
