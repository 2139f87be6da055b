/**
 * The widget's CSS is written readably in template literals (`src/react/styles.ts`,
 * `src/embed/launcher-css.ts`) and would ship with every indent and line break: the minifier does
 * not touch string contents. This build plugin squeezes those literals, and only those: every
 * run of white space becomes one space, and the spaces around `{ } ; , >` and after `:` go. It
 * keeps the spaces that carry meaning (descendant selectors, `calc(a + b)`, values like `0 4px`)
 * and any `${…}` inside the literal as it is.
 */
import type { Plugin } from 'vite';

const cssModules = /\/src\/(react\/styles|embed\/launcher-css)\.ts$/;

/** Squeezes one piece of CSS text (between `${…}` substitutions). */
export function squeezeCss(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}');
}

/** `= \`…\``: a CSS literal assigned to a constant (comments' backquotes never follow `=`). */
const assignedLiteral = /(=\s*)`([^`]*)`/g;

export function minifyCssLiterals(): Plugin {
  return {
    name: 'slotchat-minify-css-literals',
    transform(code, id) {
      if (!cssModules.test(id)) return null;
      const squeezed = code.replace(assignedLiteral, (_match, assign: string, body: string) => {
        const parts = body.split(/(\$\{[^}]*\})/);
        return `${assign}\`${parts.map((part, index) => (index % 2 ? part : squeezeCss(part))).join('')}\``;
      });
      return { code: squeezed, map: null };
    },
  };
}
