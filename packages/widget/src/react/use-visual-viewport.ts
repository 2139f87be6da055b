/**
 * Keeps the full-screen panel (phones) inside the part of the screen the visitor can see. An
 * on-screen keyboard shrinks the visual viewport but, on iOS and on Android's default, not the
 * layout viewport that `position: fixed` and `100dvh` measure: without this the text box would
 * sit under the keyboard. The panel reads the two custom properties in the phone media query only.
 */
import { useEffect } from 'react';
import type { RefObject } from 'react';

export function useVisualViewport(panelRef: RefObject<HTMLElement | null>, open: boolean): void {
  useEffect(() => {
    const panel = panelRef.current;
    const viewport = panel?.ownerDocument.defaultView?.visualViewport;
    if (!open || !panel || !viewport) return;
    const update = () => {
      // The latest message stays in sight when the keyboard takes the bottom of the screen.
      const messages = panel.querySelector<HTMLElement>('.messages');
      const atEnd = messages
        ? messages.scrollHeight - messages.scrollTop - messages.clientHeight < 24
        : false;
      panel.style.setProperty('--sc-viewport-height', `${Math.round(viewport.height)}px`);
      panel.style.setProperty('--sc-viewport-top', `${Math.round(viewport.offsetTop)}px`);
      if (messages && atEnd) messages.scrollTop = messages.scrollHeight;
    };
    update();
    viewport.addEventListener('resize', update);
    viewport.addEventListener('scroll', update);
    return () => {
      viewport.removeEventListener('resize', update);
      viewport.removeEventListener('scroll', update);
    };
  }, [panelRef, open]);
}
