import type { BusySlotView } from '@slotchat/dialog';
import {
  dayKey,
  formatDay,
  formatHourOfDay,
  formatTimeRange,
  minuteOfDay,
} from '../../core/datetime';
import { useTranslate } from '../chat-context';
import { useZone } from './use-zone';

interface DaySpan {
  slot: BusySlotView;
  from: number;
  to: number;
}

/** A working day, widened to the busy times that fall outside it; whole hours. */
export function visibleHours(spans: { from: number; to: number }[]): {
  start: number;
  end: number;
} {
  let start = 8 * 60;
  let end = 18 * 60;
  for (const span of spans) {
    start = Math.min(start, Math.floor(span.from / 60) * 60);
    end = Math.max(end, Math.ceil(span.to / 60) * 60);
  }
  return { start: Math.max(0, start), end: Math.min(1440, end) };
}

/** Hour marks every two hours (every four on a long axis), at whole hours inside the window. */
function ticks(window: { start: number; end: number }): number[] {
  const hours = (window.end - window.start) / 60;
  const step = hours > 12 ? 4 : 2;
  const marks: number[] = [];
  for (let hour = Math.ceil(window.start / 60); hour * 60 <= window.end; hour += 1) {
    if (hour % step === 0) marks.push(hour);
  }
  return marks;
}

/**
 * Busy slots per day: a bar over the visible hours for sighted visitors (hidden from screen
 * readers) and the same slots as a list of times, which is the text equivalent everyone can read.
 * The bar shows the working day (or wider, when the slots are), so an hour is wide enough to see.
 */
export function BusyTimelineCard(props: {
  title: string;
  busy: BusySlotView[];
  emptyText: string;
}) {
  const { locale, timeZone } = useZone();
  const t = useTranslate();
  const days = new Map<string, DaySpan[]>();
  for (const slot of props.busy) {
    const key = dayKey(slot.start, timeZone);
    const from = minuteOfDay(slot.start, timeZone);
    const sameDay = dayKey(slot.end, timeZone) === key;
    const to = sameDay ? Math.max(from, minuteOfDay(slot.end, timeZone)) : 1440;
    days.set(key, [...(days.get(key) ?? []), { slot, from, to }]);
  }
  const window = visibleHours([...days.values()].flat());
  const length = window.end - window.start;
  const position = (minute: number) => ((minute - window.start) / length) * 100;

  return (
    <section className="card busy-timeline" aria-label={props.title}>
      <h3 className="card-title">{props.title}</h3>
      {props.busy.length === 0 ? <p>{props.emptyText}</p> : null}
      {days.size > 0 ? (
        <div className="axis" aria-hidden="true">
          {ticks(window).map((hour) => (
            <span key={hour} className="tick" style={{ left: `${position(hour * 60)}%` }}>
              {formatHourOfDay(hour, locale)}
            </span>
          ))}
        </div>
      ) : null}
      {[...days.entries()].map(([day, spans]) => (
        <div key={day} className="day">
          <h4 className="day-title">{formatDay(`${day}T12:00:00Z`, locale, 'UTC')}</h4>
          <div className="bar" aria-hidden="true">
            {ticks(window).map((hour) => (
              <span key={hour} className="gridline" style={{ left: `${position(hour * 60)}%` }} />
            ))}
            {spans.map(({ slot, from, to }) => (
              <span
                key={`${slot.start}-${slot.end}`}
                className="busy"
                title={formatTimeRange(slot.start, slot.end, locale, timeZone)}
                style={{ left: `${position(from)}%`, width: `${position(to) - position(from)}%` }}
              />
            ))}
          </div>
          <ul aria-label={t('busyTimelineText')}>
            {spans.map(({ slot }) => (
              <li key={`${slot.start}-${slot.end}`}>
                <span className="slot-time">
                  {formatTimeRange(slot.start, slot.end, locale, timeZone)}
                </span>
                {slot.title ? (
                  <>
                    {' '}
                    <span className="slot-title">{slot.title}</span>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
