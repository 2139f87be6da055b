import type { MessageBlock } from '@slotchat/dialog';
import { useEffect, useRef } from 'react';
import type { Ref } from 'react';
import type { ChatEntry } from '../core/chat-types';
import { formatTime } from '../core/datetime';
import { latestAuthEntryId } from '../core/store-support';
import { BlockView } from './block-view';
import { useChat, useTranslate } from './chat-context';

/** The engine may offer Retry as a quick reply too; the error card then leaves it to that. */
function offersRetry(blocks: MessageBlock[]): boolean {
  return blocks.some(
    (block) =>
      block.type === 'quick-replies' && block.options.some((option) => option.value === 'retry'),
  );
}

/** Per integration, the message whose auth card is the live one (the latest that asked). */
function liveAuthEntries(entries: ChatEntry[]): Set<string> {
  const integrations = new Set<string>();
  for (const entry of entries) {
    if (entry.role !== 'bot') continue;
    for (const block of entry.message.blocks) {
      if (block.type === 'auth') integrations.add(block.integration);
    }
  }
  const live = new Set<string>();
  for (const integration of integrations) {
    const id = latestAuthEntryId(entries, integration);
    if (id) live.add(id);
  }
  return live;
}

/**
 * The conversation. It is a polite live region, so screen readers announce each new message;
 * bubbles say who spoke and when. The scroller itself takes focus (Tab, or script after a tap,
 * so that no on-screen keyboard opens).
 */
export function MessageList({ ref }: { ref?: Ref<HTMLDivElement> }) {
  const t = useTranslate();
  const entries = useChat((state) => state.entries);
  const pending = useChat((state) => state.pending);
  const locale = useChat((state) => state.locale);
  const timeZone = useChat((state) => state.timeZone);
  const endRef = useRef<HTMLDivElement>(null);
  const live = liveAuthEntries(entries);

  useEffect(() => {
    endRef.current?.scrollIntoView?.({ block: 'end' });
  }, [entries.length, pending]);

  return (
    <>
      {/* The scroller is the log itself: a focusable region, so the conversation can be scrolled
          from the keyboard even when it holds no buttons. */}
      <div
        className="messages"
        ref={ref}
        tabIndex={0}
        role="log"
        aria-live="polite"
        aria-label={t('conversation')}
      >
        <ol>
          {entries.map((entry, index) => {
            const time = formatTime(entry.at, locale, timeZone);
            const active = index === entries.length - 1;
            return (
              <li key={entry.id} className={`bubble ${entry.role}`}>
                <span className="visually-hidden">
                  {entry.role === 'visitor' ? t('you') : t('assistant')}{' '}
                </span>
                {entry.role === 'visitor' ? (
                  <p className="text">{entry.text}</p>
                ) : (
                  entry.message.blocks.map((block, blockIndex) => (
                    <BlockView
                      key={blockIndex}
                      block={block}
                      active={active}
                      retryOffered={offersRetry(entry.message.blocks)}
                      auth={{ live: live.has(entry.id), outcome: entry.authOutcome }}
                    />
                  ))
                )}
                <time className="sent-at" dateTime={new Date(entry.at).toISOString()}>
                  <span className="visually-hidden">{t('sentAt', { time })}</span>
                  <span aria-hidden="true">{time}</span>
                </time>
              </li>
            );
          })}
        </ol>
        <div ref={endRef} />
      </div>
      {/* Always mounted, filled while a call runs: a live region added already filled is often
          not announced. Outside the log, so it is not read as part of the conversation. */}
      <div className={pending > 0 ? 'typing' : 'typing idle'} role="status">
        {pending > 0 ? (
          <>
            <span className="visually-hidden">{t('typing')}</span>
            <span className="dot" aria-hidden="true" />
            <span className="dot" aria-hidden="true" />
            <span className="dot" aria-hidden="true" />
          </>
        ) : null}
      </div>
    </>
  );
}
