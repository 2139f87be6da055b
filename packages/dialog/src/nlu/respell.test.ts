import { describe, expect, it } from 'vitest';
import { respell } from './respell';

describe('respell', () => {
  it('writes clock times said in words as times', () => {
    expect(respell('at 20 to 5 tomorrow')).toBe('at 4:40 tomorrow');
    expect(respell('at 10 past 9')).toBe('at 9:10');
    expect(respell('quarter to 4pm')).toBe('3:45pm');
    expect(respell('Quarter past three')).toBe('3:15');
    expect(respell('on Dec 3 at half past 2')).toBe('on Dec 3 at 2:30');
    expect(respell('at half 2 on friday')).toBe('at 2:30 on friday');
    expect(respell('ten to eleven')).toBe('10:50');
    expect(respell('twenty-five to 1')).toBe('12:35');
    expect(respell('at 5 minutes past 6')).toBe('at 6:05');
  });

  it('reads "17h", "17h30" and "at 1730" as clock times, and "2h" still as a length', () => {
    expect(respell('tomorrow at 17h')).toBe('tomorrow at 17:00');
    expect(respell('meet at 9h30')).toBe('meet at 9:30');
    expect(respell('friday 17h30')).toBe('friday 17:30');
    expect(respell('at 1730 on friday')).toBe('at 17:30 on friday');
    expect(respell('block 2h on friday')).toBe('block 2h on friday');
    expect(respell('at 2026 prices')).toBe('at 2026 prices');
  });

  it('never respells addresses, quoted text, or a name that looks like a short day', () => {
    expect(respell('with tues.smith@example.com tomorrow')).toBe(
      'with tues.smith@example.com tomorrow',
    );
    expect(respell('add "Tues sync" on weds')).toBe('add "Tues sync" on wednesday');
    expect(respell('Weds Adams')).toBe('Weds Adams');
    expect(respell('Half 2 planning')).toBe('Half 2 planning');
  });

  it('reads the forms a second review found missing', () => {
    expect(respell('am I free tues')).toBe('am I free tuesday');
    expect(respell('am I free Tues?')).toBe('am I free Tuesday?');
    expect(respell('am I free on tues I think')).toBe('am I free on tuesday I think');
    expect(respell('what about weds?')).toBe('what about wednesday?');
    expect(respell('Sync weds at 3pm')).toBe('Sync wednesday at 3pm');
    expect(respell('make it half 2')).toBe('make it 2:30');
    expect(respell('tomorrow half 2 for 1 hour')).toBe('tomorrow 2:30 for 1 hour');
    expect(respell('at 10 to 9 for 30 minutes')).toBe('at 8:50 for 30 minutes');
    expect(respell('Drinks christmas eve at 6pm')).toBe('Drinks December 24 at 6pm');
    expect(respell('what do I have christmas eve')).toBe('what do I have December 24');
    expect(respell('block out boxing day')).toBe('block out December 26');
  });

  it('leaves names and titles with holiday words alone, and "at 12 to 1" a range', () => {
    expect(respell('Eve Christmas')).toBe('Eve Christmas');
    expect(respell('Christmas at home on friday at 4pm')).toBe(
      'Christmas at home on friday at 4pm',
    );
    expect(respell('Boxing Day at the pub')).toBe('Boxing Day at the pub');
    expect(respell('am I free on Christmas Eve?')).toBe('am I free on December 24?');
    expect(respell('Lunch tomorrow at 12 to 1')).toBe('Lunch tomorrow at 12 to 1');
  });

  it('leaves ranges, counts and lengths alone', () => {
    for (const text of [
      'from 10 to 11',
      'tomorrow 10 to 11',
      'between ten to eleven',
      'meeting 5 to 6pm',
      'for 20 to 30 minutes',
      'a table for 10 to 12 people',
      'half an hour',
      'half 2 hours',
      'from 20 to 5',
      'am I free tomorrow 10 to 5',
      'friday 10 till 2',
      'agenda: 10 to 5 items',
    ])
      expect(respell(text)).toBe(text);
  });

  it('spells short and misspelt day names the usual way', () => {
    expect(respell('am i free on tues')).toBe('am i free on tuesday');
    expect(respell('weds at 3')).toBe('wednesday at 3');
    expect(respell('am I free on wensday or tmrw')).toBe('am I free on wednesday or tomorrow');
    expect(respell('Tomorow at 10')).toBe('Tomorrow at 10');
    // The usual spellings and words that only start like one stay as typed.
    expect(respell('Tuesday, Wed, Thurs, tomorrow, Tuesdays')).toBe(
      'Tuesday, Wed, Thurs, tomorrow, Tuesdays',
    );
  });

  it('counts "a week from today" and "a week today" from now, as chrono knows it', () => {
    expect(respell('Sync a week from today at 10')).toBe('Sync a week from now at 10');
    expect(respell('am I free a week today')).toBe('am I free a week from now');
    expect(respell('in 2 weeks from today')).toBe('in 2 weeks from now');
    expect(respell('what do I have today')).toBe('what do I have today');
    expect(respell('am I free a fortnight from today')).toBe('am I free 2 weeks from now');
    expect(respell('Sync in a fortnight at 3pm')).toBe('Sync in 2 weeks at 3pm');
    expect(respell('am I free next fortnight')).toBe('am I free next fortnight');
  });

  it('writes the first day of "from 23 nov" as an ordinal, so it is no time', () => {
    expect(respell('check my calendar from 23 nov to 27 nov')).toBe(
      'check my calendar from 23rd nov to 27 nov',
    );
    expect(respell('between 1 Dec and 3 Dec')).toBe('between 1st Dec and 3 Dec');
    expect(respell('from 12 november')).toBe('from 12th november');
    expect(respell('on 31 November at 3')).toBe('on 31 November at 3');
  });

  it('dates holidays said as dates, not the words of a title', () => {
    expect(respell('party on christmas day at 2pm')).toBe('party on December 25 at 2pm');
    expect(respell('am i free on christmas eve')).toBe('am i free on December 24');
    expect(respell('between christmas and new year')).toBe('between December 25 and January 1');
    expect(respell('am I free christmas week')).toBe('am I free the week of December 25');
    expect(respell('am I free w/c 14th december')).toBe('am I free the week of 14th december');
    expect(respell('busy week commencing 14/12')).toBe('busy the week of 14/12');
    expect(respell('busy the week before christmas')).toBe('busy the week before December 25');
    expect(respell("new year's eve at 9pm")).toBe('December 31 at 9pm');
    expect(respell('Christmas party on friday')).toBe('Christmas party on friday');
    expect(respell('Christmas Eve dinner prep')).toBe('Christmas Eve dinner prep');
    expect(respell('am I free on xmas eve')).toBe('am I free on December 24');
    expect(respell('plan the christmas party for friday')).toBe(
      'plan the christmas party for friday',
    );
  });
});
