import { useEffect, useMemo, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { ChatHeader } from './chat-header';
import { useChat, useTranslate } from './chat-context';
import { Composer } from './composer';
import { trapTab } from './focus-trap';
import { Launcher } from './launcher';
import { MessageList } from './message-list';
import { isTouch, PanelFocusProvider } from './panel-focus';
import type { PanelFocus } from './panel-focus';
import { useVisualViewport } from './use-visual-viewport';

/**
 * The whole widget inside its shadow root: the launcher and, when open, the panel. Opening moves
 * focus to the text box; Escape closes and gives focus back to the launcher.
 */
export function ChatApp(props: { focusOnOpen?: boolean }) {
  const t = useTranslate();
  const open = useChat((state) => state.open);
  const setOpen = useChat((state) => state.setOpen);
  const launcherRef = useRef<HTMLButtonElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const messagesRef = useRef<HTMLDivElement>(null);
  const menuButtonRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(open);
  // A panel reopened by itself (the visitor moved to another page) must not pull focus.
  const skipFocus = useRef(props.focusOnOpen === false);

  useVisualViewport(panelRef, open);

  useEffect(() => {
    if (open && skipFocus.current) skipFocus.current = false;
    else if (open) inputRef.current?.focus();
    else if (wasOpen.current) launcherRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  const focus = useMemo<PanelFocus>(
    () => ({
      afterAction(event) {
        if (isTouch(event)) messagesRef.current?.focus({ preventScroll: true });
        else inputRef.current?.focus();
      },
      toMenuButton() {
        menuButtonRef.current?.focus();
      },
    }),
    [],
  );

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.stopPropagation();
      setOpen(false);
    }
    if (panelRef.current) trapTab(event, panelRef.current);
  }

  return (
    <div className="root">
      {open ? (
        <PanelFocusProvider value={focus}>
          <div
            ref={panelRef}
            className="panel"
            role="dialog"
            aria-label={t('title')}
            onKeyDown={onKeyDown}
          >
            <ChatHeader onClose={() => setOpen(false)} menuButtonRef={menuButtonRef} />
            <MessageList ref={messagesRef} />
            <Composer ref={inputRef} />
          </div>
        </PanelFocusProvider>
      ) : null}
      <Launcher ref={launcherRef} />
    </div>
  );
}
