/**
 * `<SlotchatWidget proxyUrl="…" />` for React sites: the same chat as the script tag, rendered by
 * the host's React into its own shadow root (so styles do not leak either way).
 */
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { createChat } from '../core/create-chat';
import type { Chat, ChatOptions } from '../core/create-chat';
import { adoptStyles } from '../embed/adopt-styles';
import type { Theme } from '../embed/init-options';
import { ChatApp } from './chat-app';
import { ChatProvider } from './chat-context';
import { widgetCss } from './styles';

// A host element keeps its shadow root across re-mounts (StrictMode, a new proxyUrl): style it once.
const styled = new WeakSet<ShadowRoot>();

export interface SlotchatWidgetProps extends ChatOptions {
  position?: 'left' | 'right';
  /** Start with the panel open. */
  defaultOpen?: boolean;
  /** `light` or `dark` forces a scheme (a site with its own theme switch); default `auto`. */
  theme?: Theme;
  /**
   * The page's CSP nonce. Only browsers without constructable stylesheets need it: they get a
   * `<style nonce>` element in the shadow root instead, which a strict `style-src` allows.
   */
  nonce?: string;
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
      adoptStyles(shadow, widgetCss, initial.current.nonce);
      styled.add(shadow);
    }
    const {
      position: _position,
      defaultOpen: _open,
      theme: _theme,
      nonce: _nonce,
      ...options
    } = initial.current;
    const chat = createChat({ ...options, proxyUrl, ...(instance ? { instance } : {}) });
    if (defaultOpen) chat.store.getState().setOpen(true);
    setMounted({ shadow, chat });
    return () => {
      chat.dispose();
      setMounted(null);
    };
  }, [proxyUrl, instance, defaultOpen]);

  const theme = props.theme === 'light' || props.theme === 'dark' ? props.theme : undefined;
  return (
    <div
      ref={hostRef}
      data-position={props.position === 'left' ? 'left' : undefined}
      data-theme={theme}
    >
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
