import type { Extraction } from './types';

const yes =
  /^(y|yes|yeah|yep|yup|sure|ok|okay|confirm|correct|right|please do|do it|go ahead|sounds good|that'?s right|book it|create it)\b/i;
const no = /^(n|no|nope|nah|not really|don'?t|do not|skip|without)\b/i;

/** Yes or no, from the start of a reply. */
export function extractYesNo(text: string): Extraction | undefined {
  const trimmed = text.trim();
  if (yes.test(trimmed)) return { value: true };
  if (no.test(trimmed)) return { value: false };
  return undefined;
}
