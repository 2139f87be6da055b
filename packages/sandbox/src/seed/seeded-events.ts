/**
 * Calendly scheduled events of the seeded data whose ids are fixed, whatever the seed draws: the
 * demo page's example prompts and the browser tests name them. Their times still follow the clock.
 * This module imports nothing, so a browser page can import it (`@slotchat/sandbox/seeded-events`).
 */
export const seededCalendlyEvents = {
  /** The next working day's 15 Minute Intro Call, 11:00 in the host's zone. */
  introCall: '4PQ6DBW2DWPDCFXQ',
  /** The 30 Minute Consultation two working days ahead, 16:00, whose invitee answered its questions. */
  consultation: '3NEI74068CZHNN5Q',
} as const;
