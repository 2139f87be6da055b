import type { TimeSlotView } from '@slotchat/dialog';
import { dayKey, formatDay, formatTime } from '../../core/datetime';
import { ReplyButton } from './reply-button';
import { useZone } from './use-zone';

/** Open times grouped by day, in the visitor's zone; choosing one answers with its value. */
export function TimeSlotsCard(props: {
  slots: TimeSlotView[];
  emptyText: string;
  active: boolean;
}) {
  const { locale, timeZone } = useZone();
  const days = new Map<string, TimeSlotView[]>();
  for (const slot of props.slots) {
    const key = dayKey(slot.start, timeZone);
    days.set(key, [...(days.get(key) ?? []), slot]);
  }
  return (
    <section className="card time-slots">
      {props.slots.length === 0 ? <p>{props.emptyText}</p> : null}
      {[...days.entries()].map(([day, slots]) => {
        const dayLabel = formatDay(`${day}T12:00:00Z`, locale, 'UTC');
        return (
          <div key={day} className="day" role="group" aria-label={dayLabel}>
            <h4 className="day-title">{dayLabel}</h4>
            <div className="chips">
              {slots.map((slot) => {
                const time = formatTime(slot.start, locale, timeZone);
                return (
                  <ReplyButton
                    key={slot.value}
                    active={props.active}
                    reply={{ label: `${dayLabel}, ${time}`, value: slot.value }}
                  >
                    {time}
                  </ReplyButton>
                );
              })}
            </div>
          </div>
        );
      })}
    </section>
  );
}
