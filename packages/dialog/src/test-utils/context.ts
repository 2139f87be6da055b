/** Contexts for the engine's unit tests: a pinned clock, zone and locale, and English words. */
import { createTranslator } from '../strings/catalogue';
import { engineMessages } from '../strings/en';

/** The engine's English, as an en-GB visitor reads it. */
export const english = createTranslator(engineMessages, 'en-GB');

/** Thursday 19 November 2026, 10:00 in Berlin, in British English. */
export const berlin = {
  now: Date.parse('2026-11-19T09:00:00Z'),
  timeZone: 'Europe/Berlin',
  locale: 'en-GB',
  t: english,
};

/**
 * The text with every kind of space as a plain one: Intl puts thin and narrow no-break spaces
 * around range dashes and before "AM", which a reader does not tell apart.
 */
export function spaced(text: string | undefined): string {
  return (text ?? '').replace(/\s/gu, ' ');
}
