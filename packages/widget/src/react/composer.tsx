import { useState } from 'react';
import type { FormEvent, Ref } from 'react';
import { useChat, useTranslate } from './chat-context';

/** The text box and Send button; Enter sends (it is a form). */
export function Composer({ ref }: { ref: Ref<HTMLInputElement> }) {
  const t = useTranslate();
  const send = useChat((state) => state.send);
  const [text, setText] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) return;
    send(text);
    setText('');
  }

  return (
    <form className="composer" onSubmit={submit}>
      <input
        ref={ref}
        type="text"
        aria-label={t('message')}
        placeholder={t('messagePlaceholder')}
        autoComplete="off"
        enterKeyHint="send"
        maxLength={2000}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit" className="send">
        {t('send')}
      </button>
    </form>
  );
}
