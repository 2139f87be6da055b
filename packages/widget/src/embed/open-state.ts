/**
 * Whether the panel is open, per tab (sessionStorage, not the shared conversation: opening the
 * chat in one tab must not open it in another). The loader reads it to reopen the panel after
 * the visitor navigates to another page of the site.
 */
import type { ChatStore } from '../core/chat-store';

export function rememberOpen(store: ChatStore, key: string): () => void {
  const write = (open: boolean) => {
    try {
      if (open) sessionStorage.setItem(`${key}:open`, '1');
      else sessionStorage.removeItem(`${key}:open`);
    } catch {
      // Blocked storage: the panel simply starts closed on the next page.
    }
  };
  write(store.getState().open);
  return store.subscribe((state, previous) => {
    if (state.open !== previous.open) write(state.open);
  });
}
