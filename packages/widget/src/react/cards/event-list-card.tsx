import type { EventView } from '@slotchat/dialog';
import { dayKey, formatDay, formatTimeRange } from '../../core/datetime';
import { useTranslate } from '../chat-context';
import { useZone } from './use-zone';

/** Events grouped by the day they start on, in the visitor's zone. */
export function EventListCard(props: { title: string; events: EventView[]; emptyText: string }) {
  const { locale, timeZone } = useZone();
  const t = useTranslate();
  const days = new Map<string, EventView[]>();
  for (const event of props.events) {
    const key = event.allDay ? event.start : dayKey(event.start, timeZone);
    days.set(key, [...(days.get(key) ?? []), event]);
  }
  return (
    <section className="card event-list" aria-label={props.title}>
      <h3 className="card-title">{props.title}</h3>
      {props.events.length === 0 ? <p>{props.emptyText}</p> : null}
      {[...days.entries()].map(([day, events]) => (
        <div key={day} className="day">
          <h4 className="day-title">{formatDay(`${day}T12:00:00Z`, locale, 'UTC')}</h4>
          <ul>
            {events.map((event) => (
              <li key={event.id} className={event.status === 'cancelled' ? 'cancelled' : ''}>
                <span className="event-time">
                  {event.allDay
                    ? t('allDay')
                    : formatTimeRange(event.start, event.end, locale, timeZone)}
                </span>{' '}
                <span className="event-main">
                  <span className="event-title">{event.title}</span>
                  {event.status === 'cancelled' ? (
                    <>
                      {' '}
                      <span className="tag">{t('statusCancelled')}</span>
                    </>
                  ) : null}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
