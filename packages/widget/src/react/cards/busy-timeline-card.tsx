import type { BusySlotView } from '@slotchat/dialog';
import { dayKey, formatDay, formatTime } from '../../core/datetime';
import { useTranslate } from '../chat-context';
import { useZone } from './use-zone';

/** Minutes after local midnight of an instant in a zone. */
function minuteOfDay(iso: string, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).formatToParts(new Date(iso));
  const hour = Number(parts.find((part) => part.type === 'hour')?.value ?? 0);
  const minute = Number(parts.find((part) => part.type === 'minute')?.value ?? 0);
  return hour * 60 + minute;
}

/**
 * Busy slots per day: a bar over the day for sighted visitors (hidden from screen readers) and
 * the same slots as a list of times, which is the text equivalent everyone can read.
 */
export function BusyTimelineCard(props: {
  title: string;
  busy: BusySlotView[];
  emptyText: string;
}) {
  const { locale, timeZone } = useZone();
  const t = useTranslate();
  const days = new Map<string, BusySlotView[]>();
  for (const slot of props.busy) {
    const key = dayKey(slot.start, timeZone);
    days.set(key, [...(days.get(key) ?? []), slot]);
  }
  return (
    <section className="card busy-timeline" aria-label={props.title}>
      <h3 className="card-title">{props.title}</h3>
      {props.busy.length === 0 ? <p>{props.emptyText}</p> : null}
      {[...days.entries()].map(([day, slots]) => (
        <div key={day} className="day">
          <h4 className="day-title">{formatDay(`${day}T12:00:00Z`, locale, 'UTC')}</h4>
          <div className="bar" aria-hidden="true">
            {slots.map((slot) => {
              const from = minuteOfDay(slot.start, timeZone);
              const sameDay = dayKey(slot.end, timeZone) === day;
              const to = sameDay ? Math.max(from + 5, minuteOfDay(slot.end, timeZone)) : 1440;
              return (
                <span
                  key={`${slot.start}-${slot.end}`}
                  className="busy"
                  style={{
                    left: `${(from / 1440) * 100}%`,
                    width: `${((to - from) / 1440) * 100}%`,
                  }}
                />
              );
            })}
          </div>
          <ul aria-label={t('busyTimelineText')}>
            {slots.map((slot) => (
              <li key={`${slot.start}-${slot.end}`}>
                {formatTime(slot.start, locale, timeZone)} –{' '}
                {formatTime(slot.end, locale, timeZone)}
                {slot.title ? ` · ${slot.title}` : ''}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
