import type { EntityContext, ExtractMode, Extraction } from './types';

const uriPattern = /https?:\/\/[^\s<>"']*\/scheduled_events\/([A-Za-z0-9-]{8,64})/;
const uuidPattern = /\b([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/i;
const compactPattern = /^[A-Za-z0-9-]{8,64}$/;

/** A Calendly scheduled event: its API URI or its UUID. The value is the UUID. */
export function extractCalendlyEventRef(
  text: string,
  mode: ExtractMode,
  context: Pick<EntityContext, 't'>,
): Extraction | undefined {
  const uri = uriPattern.exec(text);
  if (uri?.[1]) return { value: uri[1] };
  const uuid = uuidPattern.exec(text);
  if (uuid?.[1]) return { value: uuid[1] };
  // Calendly's own UUIDs are 16 upper-case letters and digits ("GBGBDCAADAEDCRZ2").
  const compact = /\b([A-Z0-9]{16})\b/.exec(text);
  if (compact?.[1] && /\d/.test(compact[1])) return { value: compact[1] };
  if (mode === 'answer') {
    const answer = text.trim();
    if (compactPattern.test(answer) && /\d/.test(answer)) return { value: answer };
    return { problem: context.t('eventRef.calendly.bad') };
  }
  return undefined;
}
