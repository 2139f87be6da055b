/**
 * Intent recognition: each template is described by its example phrasings and keywords; a request
 * is compared with every example as idf-weighted feature sets (cosine), so words that tell
 * templates apart ("busy", "invitee") count more than words they all share ("event"). The entities
 * a phrasing carries are features too: "am I busy from Monday to the 14th" is about an explicit
 * range, "am I busy next week" about a named one, so the same words route by what the dates are.
 * Templates add their own evidence: signals, cues (phrases with a weight), a prior, and the words
 * that name their integration.
 */
import type { ClockContext } from '../entities/types';
import type { TemplateDefinition } from '../template';
import { normalizeWords } from './normalize';
import { findSignals, type Signal } from './signals';

export interface IntentScore {
  templateId: string;
  score: number;
}

/** Below this nothing is understood. */
export const confidenceThreshold = 0.34;
/** When the runner-up is this close, ask "did you mean A or B?". */
export const ambiguityMargin = 0.06;

export interface IntentIndex {
  score(text: string, context: ClockContext, enabled?: readonly string[]): IntentScore[];
  /**
   * Whether the text has a word of any template's examples beyond names, addresses and dates:
   * "Ana Lopez, ana@example.com" answers a question; it asks for nothing.
   */
  asksSomething(text: string): boolean;
  /** Reads the examples now rather than on the first `score` (see `createIntentIndex`). */
  prepare(): void;
}

interface IndexedTemplate {
  template: TemplateDefinition;
  examples: Set<string>[];
}

const signalWeight = 0.2;
/** An id or a link says more about the request than any wording. */
const strongSignals = new Set<Signal>([
  'google-event-ref',
  'google-event-link',
  'calendly-event-ref',
]);
const strongSignalWeight = 0.35;
/** Naming an integration points at its templates; naming only another one points away. */
const ownMentionWeight = 0.15;
const otherMentionWeight = -0.3;
/**
 * Entity features of examples are read on a fixed clock: which kinds of dates a phrasing has does
 * not depend on the day, and the index stays the same for every request.
 */
const exampleContext: ClockContext = { now: 0, timeZone: 'UTC', locale: 'en-GB' };
/** Signals that describe the request's shape (an id, a range, a time), as features. */
const shapeSignals: readonly Signal[] = [
  'google-event-ref',
  'google-event-link',
  'calendly-event-ref',
  'named-range',
  'explicit-range',
  'explicit-date',
  'date-time',
  'with-person',
  'email',
  'duration',
];

/**
 * Words an answer has without asking for anything: "email" stands for an address (see
 * `normalizeWords`), the rest join dates ("between the 3rd and the 10th").
 */
const answerWords = new Set(['email', 'between', 'until', 'till', 'through', 'since', 'around']);

/** Words that say how to ask, not what: alone ("tell me a joke", "who won?") they name no template. */
const vagueWords = new Set(['show', 'invitee']);

/** Several events ("my events", "bookings") ask for a list; one ("event abc123") for a lookup. */
const plural = /\b(?:events|meetings|bookings|appointments|calls|sessions|invitees|guests)\b/i;

function features(text: string, context: ClockContext): string[] {
  const signals = findSignals(text, context);
  const shape = shapeSignals.filter((signal) => signals.has(signal)).map((signal) => `#${signal}`);
  return [...normalizeWords(text), ...shape, ...(plural.test(text) ? ['#plural'] : [])];
}

/** The words that name a template's integration: its own list, or its integration's name. */
function mentionsOf(template: TemplateDefinition): readonly RegExp[] {
  if (template.mentions) return template.mentions;
  return [new RegExp(`\\b${template.integrationName.replace(/[^\p{L}\p{N} ]/gu, '')}\\b`, 'iu')];
}

/**
 * The index of these templates' examples, built on the first `score` (or `prepare`). Building it
 * reads every example through the entity readers, chrono included: the largest part of starting
 * an engine (about 300 ms in a cold Node process, 30 ms warm), which a chat that only opens
 * should not pay before its text box works. Scoring is then a few set operations per template.
 */
export function createIntentIndex(templates: readonly TemplateDefinition[]): IntentIndex {
  let built: ReturnType<typeof buildIndex> | undefined;
  const index = () => (built ??= buildIndex(templates));
  return {
    score: (text, context, enabled) => index().score(text, context, enabled),
    asksSomething: (text) => index().asksSomething(text),
    prepare: () => void index(),
  };
}

function buildIndex(
  templates: readonly TemplateDefinition[],
): Pick<IntentIndex, 'score' | 'asksSomething'> {
  const indexed: IndexedTemplate[] = templates.map((template) => ({
    template,
    examples: [
      ...template.examples,
      ...(template.keywords ?? []).map((k) => `${template.title} ${k}`),
    ].map((example) => new Set(features(example, exampleContext))),
  }));
  const documentFrequency = new Map<string, number>();
  for (const { examples } of indexed) {
    const words = new Set(examples.flatMap((example) => [...example]));
    for (const word of words) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  }
  const weight = (word: string) =>
    Math.log(1 + indexed.length / (documentFrequency.get(word) ?? indexed.length));
  const mentions = new Map<string, readonly RegExp[]>();
  for (const { template } of indexed) {
    mentions.set(template.integration, [
      ...(mentions.get(template.integration) ?? []),
      ...mentionsOf(template),
    ]);
  }

  function similarity(request: string[], example: Set<string>): number {
    let shared = 0;
    let requestNorm = 0;
    for (const word of request) {
      const w = weight(word) ** 2;
      requestNorm += w;
      if (example.has(word)) shared += w;
    }
    let exampleNorm = 0;
    for (const word of example) exampleNorm += weight(word) ** 2;
    if (requestNorm === 0 || exampleNorm === 0) return 0;
    return shared / Math.sqrt(requestNorm * exampleNorm);
  }

  return {
    asksSomething(text) {
      return normalizeWords(text).some(
        (word) => !answerWords.has(word) && documentFrequency.has(word),
      );
    },
    score(text, context, enabled) {
      // Words no template uses (titles, names) say nothing about the intent.
      const all = features(text, context).filter((word) => documentFrequency.has(word));
      const words = all.filter((word) => !word.startsWith('#'));
      const signals = findSignals(text, context);
      const named = new Set(
        [...mentions]
          .filter(([, patterns]) => patterns.some((p) => p.test(text)))
          .map(([id]) => id),
      );
      const scores = indexed
        .filter(({ template }) => !enabled || enabled.includes(template.id))
        .map(({ template, examples }) => {
          // One known word is weak evidence ("the one with Ana"): it can start a dialog, not win
          // outright; a lone "show"/"tell me" or "who" asks for nothing in particular.
          const lone = words.length === 1 && vagueWords.has(words[0] ?? '');
          const evidence = lone ? 0.4 : words.length === 1 ? 0.7 : words.length === 0 ? 0.5 : 1;
          let score =
            evidence * Math.max(0, ...examples.map((example) => similarity(all, example)));
          for (const signal of template.signals ?? []) {
            if (signals.has(signal))
              score += strongSignals.has(signal) ? strongSignalWeight : signalWeight;
          }
          for (const cue of template.cues ?? []) if (cue.pattern.test(text)) score += cue.weight;
          score += template.prior ?? 0;
          const own = named.has(template.integration);
          const other = [...named].some((id) => id !== template.integration);
          if (own && !other) score += ownMentionWeight;
          if (other && !own) score += otherMentionWeight;
          return { templateId: template.id, score: Math.round(score * 1000) / 1000 };
        });
      return scores.sort((a, b) => b.score - a.score || a.templateId.localeCompare(b.templateId));
    },
  };
}
