import { TZDate } from '@date-fns/tz';
import * as rruleModule from 'rrule';

// rrule ships a UMD bundle as `main` and ESM as `module`: Node (tsx) sees only a default export,
// Vite sees named ones. Take RRule from whichever is there.
const { RRule } =
  (rruleModule as unknown as { default?: typeof rruleModule }).default?.RRule !== undefined
    ? (rruleModule as unknown as { default: typeof rruleModule }).default
    : rruleModule;
import { localDate, rfc3339InZone } from '../../time/zoned';
import type { EventDateTime, GoogleEvent } from './event-resource';
import { eventSpan } from './event-times';

/** `abc_20261123T143000Z` for timed instances, `abc_20261123` for all-day ones, as Google names them. */
export function instanceId(masterId: string, start: EventDateTime): string {
  if (start.date) return `${masterId}_${start.date.replaceAll('-', '')}`;
  const utc = new Date(Date.parse(start.dateTime ?? '')).toISOString();
  return `${masterId}_${utc.slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/**
 * rrule computes in "floating" time: wall-clock fields stored as UTC. We hand it the series'
 * local start and turn each local occurrence back into an instant in the series' zone, so a
 * 09:30 stand-up stays at 09:30 across DST changes (RFC 5545 §3.3.10).
 */
function floating(epochMs: number, zone: string): Date {
  const local = new TZDate(epochMs, zone);
  return new Date(
    Date.UTC(
      local.getFullYear(),
      local.getMonth(),
      local.getDate(),
      local.getHours(),
      local.getMinutes(),
      local.getSeconds(),
    ),
  );
}

function fromFloating(date: Date, zone: string): number {
  return new TZDate(
    date.getUTCFullYear(),
    date.getUTCMonth(),
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
    zone,
  ).getTime();
}

function exdates(lines: readonly string[], zone: string): Set<number> {
  const excluded = new Set<number>();
  for (const line of lines) {
    const match = /^EXDATE(?:;TZID=([^:;]+))?(?:;VALUE=DATE)?:(.+)$/.exec(line);
    if (!match?.[2]) continue;
    for (const value of match[2].split(',')) {
      const parts = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(value.trim());
      if (!parts) continue;
      const [, y, mo, d, h = '00', mi = '00', s = '00', utc] = parts;
      excluded.add(
        utc
          ? Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s))
          : new TZDate(
              Number(y),
              Number(mo) - 1,
              Number(d),
              Number(h),
              Number(mi),
              Number(s),
              match[1] ?? zone,
            ).getTime(),
      );
    }
  }
  return excluded;
}

/** Throws when the recurrence lines are not something rrule (RFC 5545) can parse. */
export function parseRule(lines: readonly string[], dtstart: Date): rruleModule.RRule {
  const rule = lines.find((line) => line.startsWith('RRULE:'));
  if (!rule) throw new Error('no RRULE');
  const options = RRule.parseString(rule.slice('RRULE:'.length));
  return new RRule({ ...options, dtstart });
}

/**
 * The instances of a recurring `master` that overlap [windowStart, windowEnd), as Google's
 * `singleEvents=true` returns them (without exceptions applied: the caller swaps those in).
 */
export function expandInstances(
  master: GoogleEvent,
  calendarZone: string,
  windowStart: number,
  windowEnd: number,
): GoogleEvent[] {
  if (!master.recurrence) return [master];
  const zone = master.start.timeZone ?? calendarZone;
  const span = eventSpan(master, calendarZone);
  const duration = span.end - span.start;
  const allDay = master.start.date !== undefined;
  const rule = parseRule(master.recurrence, floating(span.start, zone));
  const excluded = exdates(master.recurrence, zone);
  // Nothing occurs before the series starts; this also makes an open lower bound finite.
  const from = Math.max(windowStart - duration - 86_400_000, span.start);
  const occurrences = rule.between(
    floating(from, zone),
    floating(windowEnd + 86_400_000, zone),
    true,
  );
  const instances: GoogleEvent[] = [];
  for (const occurrence of occurrences) {
    const start = fromFloating(occurrence, zone);
    const end = allDay
      ? fromFloating(new Date(occurrence.getTime() + duration), zone)
      : start + duration;
    if (!(end > windowStart && start < windowEnd) || excluded.has(start)) continue;
    const startTime: EventDateTime = allDay
      ? { date: localDate(start, zone) }
      : {
          dateTime: rfc3339InZone(start, zone),
          ...(master.start.timeZone ? { timeZone: master.start.timeZone } : {}),
        };
    const endTime: EventDateTime = allDay
      ? { date: localDate(end, zone) }
      : {
          dateTime: rfc3339InZone(end, zone),
          ...(master.end.timeZone ? { timeZone: master.end.timeZone } : {}),
        };
    const { recurrence: _recurrence, ...rest } = master;
    instances.push({
      ...rest,
      id: instanceId(master.id, startTime),
      recurringEventId: master.id,
      originalStartTime: startTime,
      start: startTime,
      end: endTime,
    });
  }
  return instances;
}

/** The instance of `master` with this instance id, if the series has an occurrence there. */
export function findInstance(
  master: GoogleEvent,
  calendarZone: string,
  id: string,
): GoogleEvent | undefined {
  const suffix = id.slice(master.id.length + 1);
  const parts = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z)?$/.exec(suffix);
  if (!parts) return undefined;
  const [, y, mo, d, h, mi, s] = parts;
  const start = h
    ? Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s))
    : new TZDate(
        Number(y),
        Number(mo) - 1,
        Number(d),
        master.start.timeZone ?? calendarZone,
      ).getTime();
  return expandInstances(master, calendarZone, start, start + 1).find(
    (instance) => instance.id === id,
  );
}
