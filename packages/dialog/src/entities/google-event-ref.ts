import type { EntityContext, ExtractMode, Extraction, GoogleEventRefValue } from './types';

/** Google event ids: base32hex (a–v, 0–9), 5–1024 characters; recurring instances add `_…`. */
const eventIdPattern = /^[a-v0-9]{5,1024}(?:_[0-9A-Za-z]+)?$/;
const linkPattern = /https?:\/\/(?:www\.|calendar\.)?google\.com\/calendar\/[^\s<>"']+/i;

function decodeBase64(text: string): string | undefined {
  const standard = text.replace(/-/g, '+').replace(/_/g, '/');
  const padded = standard + '='.repeat((4 - (standard.length % 4)) % 4);
  try {
    return atob(padded);
  } catch {
    return undefined;
  }
}

/**
 * A pasted event link: `…/calendar/event?eid=…` or `…/r/eventedit/…`, where the eid is base64 of
 * "<eventId> <calendarEmail>". We look the id up in the visitor's primary calendar: an event they
 * were invited to has the same id there, and the link's calendar may be someone else's.
 */
export function parseGoogleEventLink(text: string): GoogleEventRefValue | 'invalid' | undefined {
  const link = linkPattern.exec(text)?.[0];
  if (!link) return undefined;
  let url: URL;
  try {
    url = new URL(link.replace(/[).,;]+$/, ''));
  } catch {
    return 'invalid';
  }
  const eid =
    url.searchParams.get('eid') ??
    /\/r\/event(?:edit)?\/([A-Za-z0-9_-]+)/.exec(url.pathname)?.[1] ??
    undefined;
  if (!eid) return 'invalid';
  const decoded = decodeBase64(eid);
  const [eventId, calendar] = (decoded ?? '').split(' ');
  if (!eventId || !eventIdPattern.test(eventId)) return 'invalid';
  const value: GoogleEventRefValue = { eventId, calendarId: 'primary' };
  if (calendar) value.linkCalendar = calendar.replace(/@m$/, '@gmail.com');
  return value;
}

/** An event id ("show me event abc123") or a Google Calendar event link. */
export function extractGoogleEventRef(
  text: string,
  mode: ExtractMode,
  context: Pick<EntityContext, 't'>,
): Extraction | undefined {
  const link = parseGoogleEventLink(text);
  if (link === 'invalid') return { problem: context.t('eventRef.google.badLink') };
  if (link) return { value: link };
  const tokens = text.split(/[\s,;:!?()"'“”]+/).filter(Boolean);
  const afterKeyword = tokens.findIndex(
    (_token, index) => index > 0 && /^(event|id)$/i.test(tokens[index - 1] ?? ''),
  );
  const candidates = tokens
    .map((token, index) => ({ token: token.replace(/[.]+$/, ''), index }))
    .filter(({ token, index }) => {
      if (!eventIdPattern.test(token)) return false;
      if (mode === 'answer') return true;
      const looksLikeId = /\d/.test(token) && !/^\d+$/.test(token);
      return looksLikeId || (index === afterKeyword && token.length >= 8);
    });
  const found = candidates[0];
  if (found) return { value: { eventId: found.token, calendarId: 'primary' } };
  if (mode === 'answer') {
    const single = tokens.length === 1 ? tokens[0] : tokens[afterKeyword];
    if (single && single.length < 100) return { problem: context.t('eventRef.google.badId') };
  }
  return undefined;
}
