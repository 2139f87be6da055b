import { extractCalendlyEventRef } from './calendly-event-ref';
import { extractDateRange } from './date-range';
import { extractDateTime } from './date-time';
import { extractDuration } from './duration';
import { extractEmail, extractEmails } from './email';
import { extractGoogleEventRef } from './google-event-ref';
import { extractPerson } from './person';
import { extractTitle } from './title';
import type { EntityContext, EntityType, ExtractMode, Extraction } from './types';
import { extractYesNo } from './yes-no';

/**
 * Reads one entity of `type` from the text. `choice` is read by the engine against the options it
 * offered, so it is not here.
 */
export function extractEntity(
  type: EntityType,
  text: string,
  context: EntityContext,
  mode: ExtractMode,
): Extraction | undefined {
  switch (type) {
    case 'google-event-ref':
      return extractGoogleEventRef(text, mode, context);
    case 'calendly-event-ref':
      return extractCalendlyEventRef(text, mode, context);
    case 'date-time':
      return extractDateTime(text, context);
    case 'date-range':
      return extractDateRange(text, context);
    case 'duration':
      return extractDuration(text, context);
    case 'email':
      return extractEmail(text, context);
    case 'emails':
      return extractEmails(text, context, mode);
    case 'person':
      return extractPerson(text, mode, context);
    case 'title':
      return extractTitle(text, context, mode);
    case 'text': {
      const trimmed = text.trim();
      return mode === 'answer' && trimmed ? { value: trimmed.slice(0, 2000) } : undefined;
    }
    case 'yes-no':
      return extractYesNo(text);
    case 'choice':
      return undefined;
  }
}
