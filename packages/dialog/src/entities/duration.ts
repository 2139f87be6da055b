import type { Extraction } from './types';

const units: Record<string, number> = {
  h: 60,
  hr: 60,
  hrs: 60,
  hour: 60,
  hours: 60,
  m: 1,
  min: 1,
  mins: 1,
  minute: 1,
  minutes: 1,
};

/** "30 minutes", "1.5 hours", "1h30", "an hour", "half an hour", "90m" → minutes. */
export function extractDuration(text: string): Extraction | undefined {
  const lower = text.toLowerCase();
  if (/\bhalf an? hour\b/.test(lower)) return { value: 30 };
  if (/\b(an|one) hour and a half\b/.test(lower)) return { value: 90 };
  const compound = /\b(\d{1,2})\s*h(?:ours?|rs?)?\s*(\d{1,2})\s*m?(?:in(?:utes?|s)?)?\b/.exec(
    lower,
  );
  if (compound) return checked(Number(compound[1]) * 60 + Number(compound[2]));
  const simple = /\b(\d{1,4}(?:\.\d+)?)\s*(hours?|hrs?|h|minutes?|mins?|m)\b/.exec(lower);
  if (simple?.[1] && simple[2])
    return checked(Math.round(Number(simple[1]) * (units[simple[2]] ?? 1)));
  if (/\b(an|one) hour\b/.test(lower)) return { value: 60 };
  return undefined;
}

function checked(minutes: number): Extraction {
  if (minutes < 5) return { problem: 'That is too short; events last at least 5 minutes.' };
  if (minutes > 24 * 60)
    return { problem: 'That is longer than a day; give a duration up to 24 hours.' };
  return { value: minutes };
}
