import { startOfZonedDay, type BusySlotView } from '@slotchat/dialog';
import {
  dayKey,
  formatDateRange,
  formatDay,
  formatHourOfDay,
  formatTimeRange,
  minuteOfDay,
  safeZone,
} from '../../core/datetime';
import { useTranslate } from '../chat-context';
import { useZone } from './use-zone';

interface DaySpan {
  slot: BusySlotView;
  /** Minutes after local midnight, 0–1440. */
  from: number;
  to: number;
}

interface Day {
  spans: DaySpan[];
  /** The slots that start on this day, listed once each (an offsite is listed on its first day). */
  listed: { slot: BusySlotView; wholeDays: number }[];
}

/** A slot cut at local midnights: the part of it on each day it touches. */
function daySegments(slot: BusySlotView, timeZone: string): (DaySpan & { day: string })[] {
  const segments: (DaySpan & { day: string })[] = [];
  const end = Date.parse(slot.end);
  let cursor = Date.parse(slot.start);
  // Ranges are at most a few months long; the cap only guards against a malformed slot.
  while (cursor < end && segments.length < 400) {
    const iso = new Date(cursor).toISOString();
    // The next local midnight (DST-safe: a clock-change day is 23 or 25 hours long).
    const midnight = startOfZonedDay(cursor, safeZone(timeZone), 1);
    const stop = Math.min(end, midnight);
    const from = minuteOfDay(iso, timeZone);
    const to = stop === midnight ? 1440 : minuteOfDay(new Date(stop).toISOString(), timeZone);
    segments.push({ slot, day: dayKey(iso, timeZone), from, to: Math.max(from, to) });
    cursor = stop;
  }
  return segments;
}

const isWholeDay = (span: { from: number; to: number }) => span.from === 0 && span.to === 1440;

/** A working day, widened to the busy times that fall outside it; whole hours. */
export function visibleHours(spans: { from: number; to: number }[]): {
  start: number;
  end: number;
} {
  let start = 8 * 60;
  let end = 18 * 60;
  for (const span of spans) {
    // A whole day fills its bar at any scale: it must not stretch the axis of the others.
    if (isWholeDay(span)) continue;
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
  const days = new Map<string, Day>();
  const dayOf = (key: string) => {
    const found = days.get(key) ?? { spans: [], listed: [] };
    days.set(key, found);
    return found;
  };
  for (const slot of props.busy) {
    const segments = daySegments(slot, timeZone);
    const [first] = segments;
    if (!first) continue;
    const wholeDays = segments.every(isWholeDay) ? segments.length : 0;
    dayOf(first.day).listed.push({ slot, wholeDays });
    for (const { day, ...span } of segments) dayOf(day).spans.push(span);
  }
  const window = visibleHours([...days.values()].flatMap((day) => day.spans));
  const length = window.end - window.start;
  const position = (minute: number) =>
    ((Math.min(Math.max(minute, window.start), window.end) - window.start) / length) * 100;
  const slotTime = (slot: BusySlotView, wholeDays: number) => {
    if (wholeDays === 1) return t('allDay');
    if (wholeDays > 1) {
      const dates = formatDateRange(
        dayKey(slot.start, timeZone),
        dayKey(slot.end, timeZone),
        locale,
      );
      return t('allDayDates', { dates });
    }
    return formatTimeRange(slot.start, slot.end, locale, timeZone);
  };

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
      {[...days.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([day, { spans, listed }]) => (
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
            {listed.length > 0 ? (
              <ul aria-label={t('busyTimelineText')}>
                {listed.map(({ slot, wholeDays }) => (
                  <li key={`${slot.start}-${slot.end}`}>
                    <span className="slot-time">{slotTime(slot, wholeDays)}</span>
                    {slot.title ? (
                      <>
                        {' '}
                        <span className="slot-title">{slot.title}</span>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ))}
    </section>
  );
}
