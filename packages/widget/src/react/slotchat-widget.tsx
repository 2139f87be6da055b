/**
 * `<SlotchatWidget proxyUrl="…" />` for React sites: the same chat as the script tag, rendered by
 * the host's React into its own shadow root (so styles do not leak either way).
 */
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { createChat } from '../core/create-chat';
import type { Chat, ChatOptions } from '../core/create-chat';
import { adoptStyles } from '../embed/adopt-styles';
import { ChatApp } from './chat-app';
import { ChatProvider } from './chat-context';
import { widgetCss } from './styles';

// A host element keeps its shadow root across re-mounts (StrictMode, a new proxyUrl): style it once.
const styled = new WeakSet<ShadowRoot>();

export interface SlotchatWidgetProps extends ChatOptions {
  position?: 'left' | 'right';
  /** Start with the panel open. */
  defaultOpen?: boolean;
}

export function SlotchatWidget(props: SlotchatWidgetProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const [mounted, setMounted] = useState<{ shadow: ShadowRoot; chat: Chat } | null>(null);
  const { proxyUrl, instance, defaultOpen } = props;

  // One chat per proxy and instance; options that only matter at creation are read once.
  const initial = useRef(props);
  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    if (!styled.has(shadow)) {
      adoptStyles(shadow, widgetCss);
      styled.add(shadow);
    }
    const { position: _position, defaultOpen: _open, ...options } = initial.current;
    const chat = createChat({ ...options, proxyUrl, ...(instance ? { instance } : {}) });
    if (defaultOpen) chat.store.getState().setOpen(true);
    setMounted({ shadow, chat });
    return () => {
      chat.dispose();
      setMounted(null);
    };
  }, [proxyUrl, instance, defaultOpen]);

  return (
    <div ref={hostRef} data-position={props.position === 'left' ? 'left' : undefined}>
      {mounted
        ? createPortal(
            <ChatProvider store={mounted.chat.store} t={mounted.chat.t}>
              <ChatApp />
            </ChatProvider>,
            mounted.shadow,
          )
        : null}
    </div>
  );
}
