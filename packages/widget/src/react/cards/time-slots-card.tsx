import type { TimeSlotView } from '@slotchat/dialog';
import { useEffect, useRef, useState } from 'react';
import { dayKey, formatDay, formatDayTime, formatTime } from '../../core/datetime';
import { useTranslate } from '../chat-context';
import { ReplyButton } from './reply-button';
import { useZone } from './use-zone';

/** What a long list shows at first: a few days, a few times each; the rest is one click away. */
export const initialDays = 3;
export const initialTimesPerDay = 8;

/**
 * Open times grouped by day, in the visitor's zone; choosing one answers with its value. A week
 * of 15-minute slots would fill the chat, so each day shows its first times and the card its
 * first days, each with a "show more" button.
 */
export function TimeSlotsCard(props: {
  slots: TimeSlotView[];
  emptyText: string;
  active: boolean;
}) {
  const { locale, timeZone } = useZone();
  const t = useTranslate();
  const [dayCount, setDayCount] = useState(initialDays);
  const [openDays, setOpenDays] = useState<ReadonlySet<string>>(new Set());
  // What to focus once the revealed times are on screen (the button that was clicked is gone).
  const focusTarget = useRef<{ day: string; index: number } | null>(null);
  const cardRef = useRef<HTMLElement>(null);

  const days = new Map<string, TimeSlotView[]>();
  for (const slot of props.slots) {
    const key = dayKey(slot.start, timeZone);
    days.set(key, [...(days.get(key) ?? []), slot]);
  }
  const allDays = [...days.entries()];
  const shownDays = allDays.slice(0, dayCount);
  const hiddenDays = allDays.length - shownDays.length;

  useEffect(() => {
    const target = focusTarget.current;
    if (!target) return;
    focusTarget.current = null;
    const group = cardRef.current?.querySelector<HTMLElement>(`[data-day="${target.day}"]`);
    const button = group?.querySelectorAll<HTMLButtonElement>('.chips button')[target.index];
    (button && !button.disabled ? button : group)?.focus();
  });

  return (
    <section className="card time-slots" ref={cardRef} aria-label={t('openTimes')}>
      {props.slots.length === 0 ? <p>{props.emptyText}</p> : null}
      {shownDays.map(([day, slots]) => {
        const dayLabel = formatDay(`${day}T12:00:00Z`, locale, 'UTC');
        const expanded = openDays.has(day) || slots.length <= initialTimesPerDay;
        const visible = expanded ? slots : slots.slice(0, initialTimesPerDay);
        return (
          <div
            key={day}
            className="day"
            role="group"
            aria-label={dayLabel}
            data-day={day}
            tabIndex={-1}
          >
            <h4 className="day-title">{dayLabel}</h4>
            <div className="chips">
              {visible.map((slot) => (
                <ReplyButton
                  key={slot.value}
                  active={props.active}
                  reply={{ label: formatDayTime(slot.start, locale, timeZone), value: slot.value }}
                >
                  {formatTime(slot.start, locale, timeZone)}
                </ReplyButton>
              ))}
              {expanded ? null : (
                <button
                  type="button"
                  className="chip more"
                  onClick={() => {
                    setOpenDays(new Set([...openDays, day]));
                    focusTarget.current = { day, index: initialTimesPerDay };
                  }}
                >
                  {t('showMoreTimes', { count: slots.length - initialTimesPerDay })}
                </button>
              )}
            </div>
          </div>
        );
      })}
      {hiddenDays > 0 ? (
        <button
          type="button"
          className="chip more"
          onClick={() => {
            const next = allDays[dayCount];
            setDayCount(dayCount + initialDays);
            if (next) focusTarget.current = { day: next[0], index: 0 };
          }}
        >
          {t('showMoreDays', { count: Math.min(hiddenDays, initialDays) })}
        </button>
      ) : null}
    </section>
  );
}
