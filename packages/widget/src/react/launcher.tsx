import type { Ref } from 'react';
import { launcherIconPath } from '../embed/launcher-css';
import { useChat, useTranslate } from './chat-context';

/** The round button that opens the chat; shows how many bot messages arrived while closed. */
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
      aria-label={open ? t('closeChat') : t('openChat')}
      aria-expanded={open}
      onClick={() => setOpen(!open)}
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" width="26" height="26">
        <path fill="currentColor" d={launcherIconPath} />
      </svg>
      {unread > 0 && !open ? (
        <span className="badge" aria-label={t('unread', { count: unread })}>
          {unread}
        </span>
      ) : null}
    </button>
  );
}
