/**
 * The dialog engine: `createEngine({ templates })` and the template model templates are written in.
 * Framework-free: no React, DOM, Node or Express.
 */
export type * from './messages';
export type * from './engine-types';
export type * from './template';
export type * from './json';
export type {
  ClockContext,
  EntityType,
  EntityContext,
  ExtractMode,
  Extraction,
  DateRangeValue,
  GoogleEventRefValue,
} from './entities/types';
export type { Signal } from './nlu/signals';
export type { DialogState } from './engine/state';
export {
  createEngine,
  englishMessages,
  type Engine,
  type EngineOptions,
} from './engine/create-engine';
export { defineTemplate, internalSlot } from './template';
export { maxMessageLength } from './engine/on-text';
/** Which offered option a sentence names (by label, alias or a word only its label has). */
export { findChoiceIn } from './engine/corrections';
/** The engine's sentence for a failed call, for templates that word their own error cards. */
export { errorMessage as operationErrorMessage } from './engine/replies';
// Readers and formatters templates may reuse in their own slot functions.
export { extractDuration } from './entities/duration';
export { findClockSpan, minutesOf } from './entities/clock-span';
export { extractEndTime, extractDateTime, saidEnd } from './entities/date-time';
export { extractDateRange } from './entities/date-range';
export { extractYesNo } from './entities/yes-no';
export { saysAllDay } from './entities/words';
export { findEmails } from './entities/email';
export { findNamedRange } from './entities/named-range';
export { parseDates } from './entities/chrono';
/** Saying dates, times, lengths, lists and zones with Intl, in the visitor's locale and zone. */
export {
  clockOptions,
  formatAnd,
  formatDate,
  formatDateTime,
  formatDayRange,
  formatDuration,
  formatTime,
  formatTimeRange,
  formatValues,
  formatZoneName,
  type FormatContext,
} from './format/intl';
export { coversWholeDays, rangeDuring, rangeLabel, type WordsContext } from './format/range-words';
export { clockChangeNote } from './format/clock-change';
export {
  isoWithOffset,
  isValidTimeZone,
  startOfZonedDay,
  wallClockOf,
  zonedDateKey,
  zonedInstant,
} from './format/time';
/** The message catalogue: its format, the engine's English, and a translator over it. */
export {
  createTranslator,
  type Catalogue,
  type KeyAndParams,
  type Message,
  type MessageArg,
  type MessageParams,
  type ParamsOf,
  type PluralMessage,
  type Translate,
} from './strings/catalogue';
export { engineMessages, type EngineMessageKey, type EngineMessages } from './strings/en';
