/**
 * The message catalogue: every word the engine and its templates say to a visitor is a message
 * in it, by key, so a translation is one more object of the same shape. Messages are plain
 * JSON — `{name}` placeholders, and for a message that depends on a number its plural forms,
 * chosen by `Intl.PluralRules` for the visitor's locale (so a language with "few" and "many"
 * forms gets them). The same format as the widget's own catalogue.
 *
 * Dates, times, durations, lists and zone names are never in a message: they are formatted by
 * Intl (`format/words.ts`) and passed in as parameters.
 */

/** The forms of a message that contains `{count}`, keyed by `Intl.PluralRules` categories. */
export interface PluralMessage {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

export type Message = string | PluralMessage;

/** Messages by key. */
export type Catalogue = Readonly<Record<string, Message>>;

/** A parameter: text as it is, a number formatted for the locale. */
export type MessageArg = string | number;
export type MessageParams = Readonly<Record<string, MessageArg>>;

/** Turns a key and its parameters into words, in one locale. */
export type Translate = (key: string, params?: MessageParams) => string;

type Placeholders<S> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;
type Forms<M> = M extends string ? M : M extends PluralMessage ? M[keyof M] & string : never;
/** The parameters a message needs: its placeholders (and `count` for plural forms). */
export type ParamsOf<M> = {
  readonly [Name in Placeholders<Forms<M>> | (M extends string ? never : 'count')]: MessageArg;
};
/** A key and, when its message has placeholders, the values for them. */
export type KeyAndParams<C, K extends keyof C> = [keyof ParamsOf<C[K]>] extends [never]
  ? [key: K]
  : [key: K, params: ParamsOf<C[K]>];

/**
 * Words thrown away: for reading a request (intent scoring, command spotting), where only what an
 * extractor found matters, not how a problem with it would be said.
 */
export const unsaid: Translate = (key) => key;

/** Fills `{name}` placeholders; unknown placeholders are left as they are. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.hasOwn(values, name) ? (values[name] ?? match) : match,
  );
}

function localeOr(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    // A malformed locale tag from a host page must not break the chat.
    return 'en';
  }
}

/**
 * A translate function over a catalogue, for one locale. A key the catalogue lacks is said as
 * the key itself, which no visitor should ever see (the catalogue tests look for them).
 *
 * @example
 * const t = createTranslator({ found: { one: 'One event', other: '{count} events' } }, 'en-GB');
 * t('found', { count: 2 }); // "2 events"
 */
export function createTranslator(catalogue: Catalogue, locale: string): Translate {
  const tag = localeOr(locale);
  const plurals = new Intl.PluralRules(tag);
  const numbers = new Intl.NumberFormat(tag);
  return (key, params = {}) => {
    const message = Object.hasOwn(catalogue, key) ? catalogue[key] : undefined;
    if (message === undefined) return key;
    const values: Record<string, string> = {};
    for (const [name, value] of Object.entries(params))
      values[name] = typeof value === 'number' ? numbers.format(value) : value;
    if (typeof message === 'string') return fill(message, values);
    const count = Number(params.count ?? 0);
    return fill(message[plurals.select(count)] ?? message.other, values);
  };
}
