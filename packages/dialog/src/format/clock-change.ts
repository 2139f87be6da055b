import { formatClock, formatZoneName } from './intl';
import type { WordsContext } from './range-words';
import { offsetChanges, wallClockOf } from './time';

/**
 * "The clocks go back from 03:00 to 02:00 during this event (Central European Time (Berlin))."
 * for a DST change inside [start, end) in the zone, so a summary like "01:30–02:30, 2 hr" does
 * not look wrong.
 */
export function clockChangeNote(
  start: number,
  end: number,
  context: WordsContext,
): string | undefined {
  const [change] = offsetChanges(start, end, context.timeZone);
  if (!change) return undefined;
  const after = wallClockOf(change.at, context.timeZone);
  // The wall clock just before the change reads the new time minus the jump.
  const minutes = (((after.hour * 60 + after.minute - change.minutes) % 1440) + 1440) % 1440;
  const words = {
    before: formatClock(Math.floor(minutes / 60), minutes % 60, context.locale),
    after: formatClock(after.hour, after.minute, context.locale),
    zone: formatZoneName(context, change.at),
  };
  return context.t(
    change.minutes > 0 ? 'dateTime.clockChange.forward' : 'dateTime.clockChange.back',
    words,
  );
}
