/**
 * Where keyboard focus goes when the control that had it disappears or is disabled (a chosen
 * quick reply, Connect, a menu item). Left alone, focus would fall to the host page's <body>:
 * Escape would stop closing the chat and Tab would start again from the top of the page.
 */
import { createContext, useContext } from 'react';

export interface PanelFocus {
  /**
   * Moves focus into the panel after an action: to the text box, so the visitor can go on typing,
   * or, after a tap on a touch screen, to the conversation, so no on-screen keyboard pops up.
   */
  afterAction(event?: { nativeEvent: Event }): void;
  /** Back to the menu button (a menu or form opened from it was closed). */
  toMenuButton(): void;
}

const noFocus: PanelFocus = { afterAction: () => {}, toMenuButton: () => {} };
const PanelFocusContext = createContext<PanelFocus>(noFocus);

export const PanelFocusProvider = PanelFocusContext.Provider;

export function usePanelFocus(): PanelFocus {
  return useContext(PanelFocusContext);
}

/** A click made by a finger (clicks from Enter or Space have no pointer type). */
export function isTouch(event?: { nativeEvent: Event }): boolean {
  const native = event?.nativeEvent as (Event & { pointerType?: string }) | undefined;
  return native?.pointerType === 'touch';
}
