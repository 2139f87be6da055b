/** The React adapter of the chat core: the instance's store and strings, passed by context. */
import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import type { ChatActions, ChatStore } from '../core/chat-store';
import type { ChatState } from '../core/chat-types';
import type { Translate } from '../core/strings';
import { translator } from '../core/strings';

interface ChatContextValue {
  store: ChatStore;
  t: Translate;
}

const ChatContext = createContext<ChatContextValue | null>(null);

export function ChatProvider(props: { store: ChatStore; t?: Translate; children: ReactNode }) {
  const value = { store: props.store, t: props.t ?? translator() };
  return <ChatContext.Provider value={value}>{props.children}</ChatContext.Provider>;
}

function useChatContext(): ChatContextValue {
  const value = useContext(ChatContext);
  if (!value) throw new Error('Slotchat components must be inside <ChatProvider>.');
  return value;
}

/** Reads a slice of this instance's chat state (re-renders when the slice changes). */
export function useChat<Slice>(selector: (state: ChatState & ChatActions) => Slice): Slice {
  return useStore(useChatContext().store, selector);
}

export function useTranslate(): Translate {
  return useChatContext().t;
}
