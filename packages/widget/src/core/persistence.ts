/** The chat core's state port: where the conversation is kept between page loads. */
import type { ChatSnapshot } from './chat-types';

export interface ChatPersistence {
  /** The saved conversation, or null when there is none (or it was unreadable). */
  load(): ChatSnapshot | null;
  save(snapshot: ChatSnapshot): void;
  clear(): void;
  /** Another tab changed the conversation; null when it was cleared. */
  subscribe(listener: (snapshot: ChatSnapshot | null) => void): () => void;
}

/** Keeps nothing: a conversation that ends with the page. */
export function memoryPersistence(): ChatPersistence {
  let saved: ChatSnapshot | null = null;
  return {
    load: () => saved,
    save: (snapshot) => {
      saved = snapshot;
    },
    clear: () => {
      saved = null;
    },
    subscribe: () => () => {},
  };
}
