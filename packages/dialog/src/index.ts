/**
 * The dialog engine: `createEngine({ templates })` and the template model templates are written in.
 * Framework-free: no React, DOM, Node or Express.
 */
export type * from './messages';
export type * from './engine-types';
export type * from './template';
export type * from './json';
export type {
  EntityType,
  EntityContext,
  ExtractMode,
  Extraction,
  DateRangeValue,
  GoogleEventRefValue,
} from './entities/types';
export type { Signal } from './nlu/signals';
export type { DialogState } from './engine/state';
export { createEngine, type Engine, type EngineOptions } from './engine/create-engine';
export { defineTemplate } from './template';
export { maxMessageLength } from './engine/on-text';
/** Which offered option a sentence names (by label, alias or a word only its label has). */
export { findChoiceIn } from './engine/corrections';
/** The engine's sentence for a failed call, for templates that word their own error cards. */
export { errorMessage as operationErrorMessage } from './engine/replies';
// Readers and formatters templates may reuse in their own slot functions.
export { extractDuration } from './entities/duration';
export { extractEndTime, extractDateTime } from './entities/date-time';
export { extractDateRange } from './entities/date-range';
export { findEmails } from './entities/email';
export { findNamedRange } from './entities/named-range';
export { parseDates } from './entities/chrono';
export {
  clockChangeNote,
  formatDate,
  formatDateTime,
  formatDayRange,
  formatDuration,
  formatTime,
  formatTimeRange,
  isoWithOffset,
  startOfZonedDay,
  zonedDateKey,
  zonedInstant,
} from './format/time';
