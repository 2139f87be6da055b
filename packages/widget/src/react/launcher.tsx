import type { Ref } from 'react';
import { launcherIconPath } from '../embed/launcher-css';
import { useChat, useTranslate } from './chat-context';

/**
 * The round button that opens the chat; shows how many bot messages arrived while closed. The
 * count is part of the button's name ("Open chat, 2 unread messages"): an aria-label on the
 * badge itself would be hidden by the button's own label.
 */
export function Launcher({ ref }: { ref: Ref<HTMLButtonElement> }) {
  const t = useTranslate();
  const open = useChat((state) => state.open);
  const unread = useChat((state) => state.unread);
  const setOpen = useChat((state) => state.setOpen);
  return (
    <button
      ref={ref}
      type="button"
      className="launcher"
      aria-label={
        open ? t('closeChat') : unread > 0 ? t('openChatUnread', { count: unread }) : t('openChat')
      }
      aria-expanded={open}
      onClick={() => setOpen(!open)}
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" width="26" height="26">
        <path fill="currentColor" d={launcherIconPath} />
      </svg>
      {unread > 0 && !open ? (
        <span className="badge" aria-hidden="true">
          {unread}
        </span>
      ) : null}
    </button>
  );
}
