import type { MessageBlock } from '@slotchat/dialog';
import { useEffect, useRef } from 'react';
import { formatTime } from '../core/datetime';
import { BlockView } from './block-view';
import { useChat, useTranslate } from './chat-context';

/** The engine may offer Retry as a quick reply too; the error card then leaves it to that. */
function offersRetry(blocks: MessageBlock[]): boolean {
  return blocks.some(
    (block) =>
      block.type === 'quick-replies' && block.options.some((option) => option.value === 'retry'),
  );
}

/**
 * The conversation. It is a polite live region, so screen readers announce each new message;
 * bubbles say who spoke and when.
 */
export function MessageList() {
  const t = useTranslate();
  const entries = useChat((state) => state.entries);
  const pending = useChat((state) => state.pending);
  const locale = useChat((state) => state.locale);
  const timeZone = useChat((state) => state.timeZone);
  const endRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    endRef.current?.scrollIntoView?.({ block: 'end' });
  }, [entries.length, pending]);

  return (
    <div className="messages">
      {/* The log wraps the list: a role on the <ol> itself would hide its list semantics. */}
      <div role="log" aria-live="polite" aria-label={t('conversation')}>
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
                    />
                  ))
                )}
                <time className="time" dateTime={new Date(entry.at).toISOString()}>
                  <span className="visually-hidden">{t('sentAt', { time })}</span>
                  <span aria-hidden="true">{time}</span>
                </time>
              </li>
            );
          })}
        </ol>
      </div>
      {pending > 0 ? (
        <div className="typing" role="status">
          <span className="visually-hidden">{t('typing')}</span>
          <span className="dot" aria-hidden="true" />
          <span className="dot" aria-hidden="true" />
          <span className="dot" aria-hidden="true" />
        </div>
      ) : null}
      <div ref={endRef} />
    </div>
  );
}
