/**
 * Intent recognition: each template is described by its example phrasings and keywords; a request
 * is compared with every example as idf-weighted word sets (cosine), so words that tell templates
 * apart ("busy", "invitee") count more than words they all share ("event"). Entities in the request
 * add evidence (a pasted Google link means a Google event lookup).
 */
import type { EntityContext } from '../entities/types';
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
  score(text: string, context: EntityContext, enabled?: readonly string[]): IntentScore[];
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

/** Builds the index once per engine; scoring is then a few set operations per template. */
export function createIntentIndex(templates: readonly TemplateDefinition[]): IntentIndex {
  const indexed: IndexedTemplate[] = templates.map((template) => ({
    template,
    examples: [
      ...template.examples,
      ...(template.keywords ?? []).map((k) => `${template.title} ${k}`),
    ].map((example) => new Set(normalizeWords(example))),
  }));
  const documentFrequency = new Map<string, number>();
  for (const { examples } of indexed) {
    const words = new Set(examples.flatMap((example) => [...example]));
    for (const word of words) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  }
  const weight = (word: string) =>
    Math.log(1 + indexed.length / (documentFrequency.get(word) ?? indexed.length));

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
    score(text, context, enabled) {
      // Words no template uses (titles, names) say nothing about the intent.
      const words = normalizeWords(text).filter((word) => documentFrequency.has(word));
      const signals = findSignals(text, context);
      const scores = indexed
        .filter(({ template }) => !enabled || enabled.includes(template.id))
        .map(({ template, examples }) => {
          // One known word is weak evidence ("the one with Ana"): it can start a dialog, not win outright.
          const evidence = words.length === 1 ? 0.7 : 1;
          let score =
            evidence * Math.max(0, ...examples.map((example) => similarity(words, example)));
          for (const signal of template.signals ?? []) {
            if (signals.has(signal))
              score += strongSignals.has(signal) ? strongSignalWeight : signalWeight;
          }
          score += template.prior ?? 0;
          const mentionsOwn =
            template.integration === 'calendly'
              ? signals.has('mentions-calendly')
              : signals.has('mentions-google');
          const mentionsOther =
            template.integration === 'calendly'
              ? signals.has('mentions-google')
              : signals.has('mentions-calendly');
          if (mentionsOwn && !mentionsOther) score += 0.15;
          if (mentionsOther && !mentionsOwn) score -= 0.3;
          return { templateId: template.id, score: Math.round(score * 1000) / 1000 };
        });
      return scores.sort((a, b) => b.score - a.score || a.templateId.localeCompare(b.templateId));
    },
  };
}
