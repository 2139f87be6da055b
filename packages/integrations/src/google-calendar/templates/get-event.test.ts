import { describe, expect, it } from 'vitest';
import { blocksOf, callOf, createConversation, textOf } from '../../test-utils/conversation';

const connected = { 'google-calendar': true };
const designReview = {
  id: 'abc123',
  status: 'confirmed',
  summary: 'Design review',
  location: 'Room 4',
  description: '<p>Agenda &amp; notes</p>',
  htmlLink: 'https://www.google.com/calendar/event?eid=YWJjMTIz',
  start: { dateTime: '2026-11-20T15:00:00+01:00', timeZone: 'Europe/Berlin' },
  end: { dateTime: '2026-11-20T16:00:00+01:00', timeZone: 'Europe/Berlin' },
  attendees: [
    { email: 'ana@example.com', displayName: 'Ana', responseStatus: 'accepted', organizer: true },
    { email: 'bo@example.com', responseStatus: 'tentative' },
  ],
  hangoutLink: 'https://meet.google.com/abc-defg-hij',
};

function linkFor(eventId: string, calendar: string, style: 'eid' | 'eventedit'): string {
  const eid = Buffer.from(`${eventId} ${calendar}`).toString('base64').replace(/=+$/, '');
  return style === 'eid'
    ? `https://www.google.com/calendar/event?eid=${eid}`
    : `https://calendar.google.com/calendar/u/0/r/eventedit/${eid}`;
}

describe('google-calendar.get-event', () => {
  it.each(['show me event abc123', 'what is event abc123?', 'Show me the event abc123 please'])(
    '"%s" goes straight to the lookup',
    (text) => {
      const chat = createConversation({ connected });
      const call = callOf(chat.say(text));
      expect(call).toMatchObject({
        operation: 'google-calendar:events.get',
        params: { calendarId: 'primary', eventId: 'abc123', timeZone: 'Europe/Berlin' },
      });
      expect(chat.state.active?.templateId).toBe('google-calendar.get-event');
    },
  );

  it.each(['eid', 'eventedit'] as const)('reads a pasted %s link', (style) => {
    const chat = createConversation({ connected });
    const call = callOf(chat.say(linkFor('k3v9q2l1m0abc', 'ana@example.com', style)));
    expect(call?.params).toMatchObject({ eventId: 'k3v9q2l1m0abc', calendarId: 'primary' });
  });

  it('asks for the id when none is given, then looks it up', () => {
    const chat = createConversation({ connected });
    const asked = chat.say('get event details');
    expect(callOf(asked)).toBeUndefined();
    expect(textOf(asked)).toContain('Which event?');
    const call = callOf(chat.say('abc123'));
    expect(call?.params).toMatchObject({ eventId: 'abc123' });
  });

  it('asks again with a hint when the id cannot be one', () => {
    const chat = createConversation({ connected });
    chat.say('get event details');
    const reply = textOf(chat.say('xyz!'));
    expect(reply).toContain('letters a–v');
    expect(reply).toContain('Which event?');
  });

  it('renders the event as a card with the description as text', () => {
    const chat = createConversation({ connected });
    const call = callOf(chat.say('show me event abc123'));
    const blocks = blocksOf(
      chat.send({ type: 'operation-succeeded', callId: call?.callId ?? '', data: designReview }),
    );
    const card = blocks.find((block) => block.type === 'event');
    expect(card).toMatchObject({
      event: {
        id: 'abc123',
        title: 'Design review',
        start: '2026-11-20T14:00:00.000Z',
        location: 'Room 4',
        description: 'Agenda & notes',
        meetUrl: 'https://meet.google.com/abc-defg-hij',
        attendees: [
          { email: 'ana@example.com', name: 'Ana', response: 'accepted', organizer: true },
          { email: 'bo@example.com', response: 'tentative' },
        ],
      },
    });
    expect(chat.state.active).toBeNull();
  });

  it('asks to connect first, then resumes with the call once connected', () => {
    const chat = createConversation();
    const first = chat.say('show me event abc123');
    expect(callOf(first)).toBeUndefined();
    expect(blocksOf(first)).toContainEqual(
      expect.objectContaining({ type: 'auth', integration: 'google-calendar' }),
    );
    expect(first).toContainEqual({ type: 'request-authorization', integration: 'google-calendar' });
    chat.context = { ...chat.context, connected };
    const resumed = chat.send({
      type: 'authorization-result',
      integration: 'google-calendar',
      outcome: 'connected',
    });
    expect(callOf(resumed)?.params).toMatchObject({ eventId: 'abc123' });
  });

  it('explains a denied authorization and offers to try again', () => {
    const chat = createConversation();
    chat.say('show me event abc123');
    const denied = chat.send({
      type: 'authorization-result',
      integration: 'google-calendar',
      outcome: 'denied',
    });
    expect(textOf(denied)).toContain('not granted');
    expect(blocksOf(denied)).toContainEqual({
      type: 'quick-replies',
      options: [
        { label: 'Try again', value: 'connect' },
        { label: 'Cancel', value: 'cancel' },
      ],
    });
    const again = chat.send({ type: 'quick-reply', value: 'connect', label: 'Try again' });
    expect(again).toContainEqual({ type: 'request-authorization', integration: 'google-calendar' });
  });

  it('re-authorizes and retries the call when the proxy says authorization is required', () => {
    const chat = createConversation({ connected });
    const call = callOf(chat.say('show me event abc123'));
    const failed = chat.send({
      type: 'operation-failed',
      callId: call?.callId ?? '',
      error: { code: 'authorization_required', message: 'Connect again', retryable: false },
    });
    expect(failed).toContainEqual({
      type: 'request-authorization',
      integration: 'google-calendar',
    });
    expect(callOf(failed)).toBeUndefined();
    const retried = chat.send({
      type: 'authorization-result',
      integration: 'google-calendar',
      outcome: 'connected',
    });
    const retry = callOf(retried);
    expect(retry?.params).toMatchObject({ eventId: 'abc123' });
    expect(retry?.callId).not.toBe(call?.callId);
  });

  it('says plainly when the event does not exist', () => {
    const chat = createConversation({ connected });
    const call = callOf(chat.say('show me event zzz999'.replace('zzz', 'vvv')));
    const blocks = blocksOf(
      chat.send({
        type: 'operation-failed',
        callId: call?.callId ?? '',
        error: { code: 'not_found', message: 'Not Found', retryable: false },
      }),
    );
    expect(blocks).toContainEqual(
      expect.objectContaining({ type: 'error', title: 'Event not found', retry: false }),
    );
  });
});
