import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { MessageBlock } from '@slotchat/dialog';
import { cardBlocks } from '../fixtures/card-blocks';
import { ChatProvider } from './chat-context';
import { MessageList } from './message-list';
import { testStore } from './test-store';

afterEach(cleanup);

function renderBlocks(...blocks: MessageBlock[]) {
  const setup = testStore();
  act(() =>
    setup.store.setState({
      entries: [
        {
          id: 'b1',
          role: 'bot',
          at: Date.parse('2026-11-22T09:00:00Z'),
          message: { id: 'm', blocks },
        },
      ],
    }),
  );
  render(
    <ChatProvider store={setup.store}>
      <MessageList />
    </ChatProvider>,
  );
  return setup;
}

describe('cards', () => {
  it('event: title, time in the visitor zone, attendees with responses, safe links', () => {
    renderBlocks(cardBlocks.event);
    const card = screen.getByRole('article', { name: 'Design review' });
    expect(card.textContent).toContain('Tuesday 24 November');
    expect(card.textContent).toContain('10:00'); // 09:00Z in Berlin
    expect(within(card).getByText('Room 4.2').previousSibling?.textContent).toBe('Location');
    expect(within(card).getByText('Chen Li').parentElement?.textContent).toBe(
      'Chen Li optional declined',
    );
    const meet = within(card).getByRole('link', { name: 'Join video call' });
    expect(meet.getAttribute('rel')).toBe('noopener noreferrer');
    expect(meet.getAttribute('target')).toBe('_blank');
  });

  it('does not turn a javascript: URL into a link', () => {
    renderBlocks({
      type: 'event',
      event: {
        ...(cardBlocks.event as Extract<MessageBlock, { type: 'event' }>).event,
        meetUrl: 'javascript:alert(1)',
      },
    });
    expect(screen.queryByRole('link', { name: 'Join video call' })).toBeNull();
  });

  it('event list: grouped by day with all-day and cancelled events marked', () => {
    renderBlocks(cardBlocks['event-list']);
    const list = screen.getByRole('region', { name: 'Your events next week' });
    expect(
      within(list)
        .getAllByRole('heading', { level: 4 })
        .map((h) => h.textContent),
    ).toEqual(['Tuesday 24 November', 'Thursday 26 November']);
    expect(within(list).getByText('All day')).toBeTruthy();
    expect(within(list).getByText('Cancelled')).toBeTruthy();
  });

  it('busy timeline: every busy slot is also written out as text', () => {
    renderBlocks(cardBlocks['busy-timeline']);
    const times = screen.getByRole('list', { name: 'Busy times' });
    expect(
      within(times)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['09:00–10:30', '13:00–14:00 Lunch']);
  });

  it('busy timeline: the bar shows the working day, so an hour is wide enough to see', () => {
    renderBlocks(cardBlocks['busy-timeline']);
    const ticks = [...document.querySelectorAll('.axis .tick')].map((tick) => tick.textContent);
    expect(ticks).toEqual(['08', '10', '12', '14', '16', '18']);
    const [first] = document.querySelectorAll<HTMLElement>('.bar .busy');
    // 09:00–10:30 Berlin on an 08:00–18:00 axis.
    expect(first?.style.left).toBe('10%');
    expect(first?.style.width).toBe('15%');
  });

  it('busy timeline: whole days read "All day", and a slot past midnight is drawn on each day', () => {
    renderBlocks({
      ...cardBlocks['busy-timeline'],
      range: { start: '2026-12-06T23:00:00Z', end: '2026-12-13T23:00:00Z' },
      busy: [
        // Midnight to midnight in Berlin: an all-day event.
        { start: '2026-12-09T23:00:00Z', end: '2026-12-10T23:00:00Z', title: 'Offsite' },
        { start: '2026-12-07T23:00:00Z', end: '2026-12-09T23:00:00Z', title: 'Conference' },
        { start: '2026-12-11T21:00:00Z', end: '2026-12-12T01:00:00Z', title: 'Release night' },
      ],
    });
    const lists = screen.getAllByRole('list', { name: 'Busy times' });
    expect(
      lists
        .flatMap((list) => within(list).getAllByRole('listitem'))
        .map((item) => item.textContent?.replace(/\s/g, ' ')), // Intl's thin spaces around the dash,
    ).toEqual([
      'Tuesday 8 December – Wednesday 9 December, all day Conference',
      'All day Offsite',
      'Fri 11 Dec, 22:00 – Sat 12 Dec, 02:00 Release night',
    ]);
    // Tuesday, Wednesday and Thursday for the two all-day events, Friday and Saturday for the night.
    const days = [...document.querySelectorAll('.day-title')].map((title) => title.textContent);
    expect(days).toHaveLength(5);
    const bars = [...document.querySelectorAll<HTMLElement>('.bar')].map((bar) =>
      [...bar.querySelectorAll<HTMLElement>('.busy')].map((busy) => [
        busy.style.left,
        busy.style.width,
      ]),
    );
    // Whole days fill their bar without stretching the axis; the night (22:00 to 02:00) widens it
    // to the whole day, and is drawn on Friday and on Saturday.
    const percent = (bar: string[][] | undefined) =>
      bar?.map((span) => span.map((value) => Math.round(parseFloat(value) * 100) / 100));
    expect(percent(bars[0])).toEqual([[0, 100]]);
    expect(percent(bars[3])).toEqual([[91.67, 8.33]]);
    expect(percent(bars[4])).toEqual([[0, 8.33]]);
  });

  it('busy timeline: an all-day event does not widen the working-day axis of the others', () => {
    renderBlocks({
      ...cardBlocks['busy-timeline'],
      busy: [
        { start: '2026-11-23T23:00:00Z', end: '2026-11-24T23:00:00Z', title: 'Offsite' },
        { start: '2026-11-25T08:00:00Z', end: '2026-11-25T09:00:00Z', title: 'Review' },
      ],
    });
    const ticks = [...document.querySelectorAll('.axis .tick')].map((tick) => tick.textContent);
    expect(ticks).toEqual(['08', '10', '12', '14', '16', '18']);
    const [offsite] = document.querySelectorAll<HTMLElement>('.bar .busy');
    expect([offsite?.style.left, offsite?.style.width]).toEqual(['0%', '100%']);
  });

  it('time slots: choosing one answers the dialog with its value', () => {
    const { store } = renderBlocks(cardBlocks['time-slots']);
    fireEvent.click(screen.getAllByRole('button', { name: '10:00' })[0]!);
    const last = store.getState().entries.at(-2);
    expect(last).toMatchObject({ role: 'visitor', text: 'Tuesday 24 November at 10:00' });
  });

  it('time slots: a long list shows a few days and times, the rest behind "show more"', () => {
    const slots = Array.from({ length: 5 }, (_, day) =>
      Array.from({ length: 12 }, (_, index) => {
        const start = new Date(Date.UTC(2026, 10, 23 + day, 8, index * 15)).toISOString();
        return { start, value: start };
      }),
    ).flat();
    renderBlocks({ type: 'time-slots', timeZone: 'Europe/Berlin', slots, emptyText: 'None.' });
    const card = screen.getByRole('region', { name: 'Open times' });
    expect(within(card).getAllByRole('group')).toHaveLength(3);
    const monday = within(card).getByRole('group', { name: 'Monday 23 November' });
    expect(within(monday).getAllByRole('button')).toHaveLength(9);
    const more = within(monday).getByRole('button', { name: 'Show 4 more times' });
    more.focus();
    fireEvent.click(more);
    expect(within(monday).getAllByRole('button')).toHaveLength(12);
    // Focus lands on the first time that was revealed, not on the page.
    expect(document.activeElement?.textContent).toBe('11:00');
    fireEvent.click(within(card).getByRole('button', { name: 'Show 2 more days' }));
    expect(within(card).getAllByRole('group')).toHaveLength(5);
    expect(within(card).queryByRole('button', { name: /more days/ })).toBeNull();
  });

  it('confirmation: Yes, Change and Cancel', () => {
    renderBlocks(cardBlocks.confirmation);
    const card = screen.getByRole('region', { name: 'Create this event?' });
    expect(
      within(card)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Yes', 'Change', 'Cancel']);
    expect(within(card).getByText('Planning')).toBeTruthy();
  });

  it('confirmation: a time sent as instants is formatted by the card, in the visitor’s zone', () => {
    renderBlocks({
      ...cardBlocks.confirmation,
      fields: [
        {
          label: 'When',
          value: 'the engine’s words',
          start: '2026-11-24T09:00:00Z',
          end: '2026-11-24T09:30:00Z',
        },
      ],
    });
    const when = screen.getByText('When').nextSibling?.textContent ?? '';
    expect(when.replace(/\s/gu, ' ')).toBe('Tuesday 24 November, 10:00–10:30 CET');
  });

  it('booking: links and an .ics download', () => {
    renderBlocks(cardBlocks.booking);
    const download = screen.getByRole('link', { name: 'Add to calendar (.ics)' });
    expect(download.getAttribute('download')).toBe('30 minute intro call.ics');
    expect(decodeURIComponent(download.getAttribute('href')!)).toContain('BEGIN:VCALENDAR');
    expect(screen.getByRole('link', { name: 'Reschedule' }).getAttribute('href')).toBe(
      'https://calendly.com/reschedulings/BBB',
    );
  });

  it('booking: one still to finish on the provider\'s page says so, not "Booked"', () => {
    renderBlocks({
      type: 'booking',
      eventName: '30 Minute Consultation',
      start: '2026-11-24T09:00:00Z',
      end: '2026-11-24T09:30:00Z',
      timeZone: 'Europe/Berlin',
      schedulingUrl: 'https://calendly.com/d/abc-123/30min',
      toFinish: true,
    });
    expect(
      screen.getByRole('region', { name: 'Not booked yet: 30 Minute Consultation' }),
    ).toBeTruthy();
    expect(screen.queryByText(/^Booked/)).toBeNull();
    expect(screen.getByRole('link', { name: 'Finish the booking' }).getAttribute('href')).toBe(
      'https://calendly.com/d/abc-123/30min',
    );
  });

  it('invitees, event types, error with Retry', () => {
    const { store } = renderBlocks(
      cardBlocks.invitees,
      cardBlocks['event-types'],
      cardBlocks.error,
    );
    expect(screen.getByText('Dana Park')).toBeTruthy();
    expect(screen.getByText('Cancelled')).toBeTruthy();
    expect(screen.getByRole('button', { name: /30 minute intro call/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      store.getState().entries.some((entry) => entry.role === 'visitor' && entry.text === 'Retry'),
    ).toBe(true);
  });

  it('buttons of earlier turns are inactive', () => {
    const setup = testStore();
    act(() =>
      setup.store.setState({
        entries: [
          {
            id: 'b1',
            role: 'bot',
            at: 0,
            message: { id: 'm1', blocks: [cardBlocks.confirmation] },
          },
          { id: 'v1', role: 'visitor', at: 1, text: 'Yes' },
        ],
      }),
    );
    render(
      <ChatProvider store={setup.store}>
        <MessageList />
      </ChatProvider>,
    );
    expect((screen.getByRole('button', { name: 'Yes' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('offers Retry once when the engine also sends it as a quick reply', () => {
    renderBlocks(cardBlocks.error, {
      type: 'quick-replies',
      options: [
        { label: 'Retry', value: 'retry' },
        { label: 'Cancel', value: 'cancel' },
      ],
    });
    expect(screen.getAllByRole('button', { name: 'Retry' })).toHaveLength(1);
  });
});
