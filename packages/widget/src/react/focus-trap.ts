/**
 * Keeps Tab inside the panel while it covers the whole screen (phones): there is nothing
 * visible behind it to move to.
 */
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';

const focusable =
  'button:not([disabled]), input:not([disabled]), select:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

export const fullScreenQuery = '(max-width: 480px)';

export function trapTab(event: KeyboardEvent | ReactKeyboardEvent, panel: HTMLElement): void {
  if (event.key !== 'Tab') return;
  const view = panel.ownerDocument.defaultView;
  if (!view?.matchMedia?.(fullScreenQuery).matches) return;
  const elements = [...panel.querySelectorAll<HTMLElement>(focusable)];
  const first = elements[0];
  const last = elements.at(-1);
  if (!first || !last) return;
  const active = (panel.getRootNode() as Document | ShadowRoot).activeElement;
  if (event.shiftKey && active === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}
