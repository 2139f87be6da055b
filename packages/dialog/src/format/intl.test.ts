import { describe, expect, it } from 'vitest';
import { createTranslator } from '../strings/catalogue';
import { berlin, spaced } from '../test-utils/context';
import {
  formatDateTime,
  formatDayRange,
  formatDuration,
  formatTime,
  formatTimeRange,
  formatZoneName,
} from './intl';
import { rangeDuring, rangeLabel } from './range-words';

const us = { ...berlin, locale: 'en-US', timeZone: 'America/New_York' };
const german = { ...berlin, locale: 'de-DE' };

describe('saying times with Intl, as the widget’s cards do', () => {
  it('says a moment and a span in the visitor’s locale and zone, the zone named', () => {
    expect(spaced(formatDateTime('2026-11-24T09:00:00Z', berlin))).toBe(
      'Tuesday 24 November at 10:00',
    );
    expect(spaced(formatDateTime('2026-11-24T09:00:00Z', us))).toBe(
      'Tuesday, November 24 at 4:00 AM',
    );
    expect(spaced(formatTimeRange('2026-11-24T09:00:00Z', '2026-11-24T09:30:00Z', berlin))).toBe(
      'Tuesday 24 November, 10:00–10:30 CET',
    );
    expect(spaced(formatTimeRange('2026-11-24T09:00:00Z', '2026-11-24T09:30:00Z', german))).toBe(
      'Dienstag, 24. November, 10:00–10:30 Uhr MEZ',
    );
  });

  it('names each end’s zone across a clock change, where one name would mislead', () => {
    // Berlin, 28 March 2027: 01:30 CET is 00:30Z; the clocks skip 02:00–03:00.
    expect(spaced(formatTimeRange('2027-03-28T00:30:00Z', '2027-03-28T01:30:00Z', berlin))).toBe(
      'Sunday 28 March at 01:30 CET – 03:30 CEST',
    );
  });

  it('says whole days, with the years only across a new year', () => {
    expect(spaced(formatDayRange('2026-11-22T23:00:00Z', '2026-11-29T23:00:00Z', berlin))).toBe(
      'Monday 23 November – Sunday 29 November',
    );
    expect(spaced(formatDayRange('2026-12-30T23:00:00Z', '2027-01-02T23:00:00Z', berlin))).toBe(
      'Thursday 31 December 2026 – Saturday 2 January 2027',
    );
    expect(spaced(formatDayRange('2026-11-19T23:00:00Z', '2026-11-20T23:00:00Z', berlin))).toBe(
      'Friday 20 November',
    );
  });

  it('says lengths of time as Intl.DurationFormat would', () => {
    expect(formatDuration(45, us)).toBe('45 min');
    expect(formatDuration(60, us)).toBe('1 hr');
    expect(formatDuration(90, us)).toBe('1 hr, 30 min');
    expect(formatDuration(90, german)).toBe('1 Std., 30 Min.');
  });

  it('keeps the zone when a host page gives a malformed locale', () => {
    const context = { locale: 'en_GB', timeZone: 'America/New_York' };
    // 15:00 UTC is 10:00 in New York in November.
    expect(formatTime('2026-11-20T15:00:00Z', context)).toMatch(/^10:00/);
  });

  it('names a zone by Intl’s long name and its city', () => {
    expect(formatZoneName(berlin)).toBe('Central European Time (Berlin)');
    expect(formatZoneName({ ...berlin, timeZone: 'Asia/Kolkata' })).toBe(
      'India Standard Time (Kolkata)',
    );
    expect(formatZoneName({ ...berlin, timeZone: 'UTC' })).toBe('Coordinated Universal Time');
    expect(formatZoneName({ ...german, timeZone: 'Asia/Tokyo' })).toBe(
      'Japanische Normalzeit (Tokyo)',
    );
  });
});

describe('the catalogue', () => {
  it('fills placeholders, formats numbers for the locale and picks plural forms', () => {
    const t = createTranslator(
      {
        found: { one: '{count} event in {place}', other: '{count} events in {place}' },
        plain: 'Hello {name}',
      },
      'en-GB',
    );
    expect(t('found', { count: 1, place: 'Berlin' })).toBe('1 event in Berlin');
    expect(t('found', { count: 12000, place: 'Berlin' })).toBe('12,000 events in Berlin');
    expect(t('plain', { name: 'Ana' })).toBe('Hello Ana');
    expect(t('missing')).toBe('missing');
    const polish = createTranslator(
      {
        found: {
          one: '{count} termin',
          few: '{count} terminy',
          many: '{count} terminów',
          other: '{count} terminu',
        },
      },
      'pl',
    );
    expect([1, 3, 5].map((count) => polish('found', { count }))).toEqual([
      '1 termin',
      '3 terminy',
      '5 terminów',
    ]);
  });

  it('says a range by its name and its days, or by its dates', () => {
    const nextWeek = {
      start: '2026-11-22T23:00:00.000Z',
      end: '2026-11-29T23:00:00.000Z',
      name: 'nextWeek',
    };
    expect(spaced(rangeLabel(nextWeek, berlin))).toBe(
      'next week (Monday 23 November – Sunday 29 November)',
    );
    const { name: _name, ...dates } = nextWeek;
    expect(spaced(rangeDuring(dates, berlin))).toBe(
      'between Monday 23 November and Sunday 29 November',
    );
    const days = {
      start: '2026-11-30T23:00:00.000Z',
      end: '2027-01-05T23:00:00.000Z',
      name: 'nextDays',
      count: '36',
    };
    expect(spaced(rangeDuring(days, berlin))).toBe(
      'in the next 36 days (Tuesday 1 December 2026 – Tuesday 5 January 2027)',
    );
    expect(spaced(rangeLabel({ ...days, count: '1' }, berlin))).toContain('the next day (');
  });
});
