import { useEffect, useState } from 'react';

/** Copies a value to the clipboard and says so, politely, to screen readers as well. */
export function CopyButton(props: { value: string; label: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(timer);
  }, [state]);

  return (
    <span className="copy">
      <button
        type="button"
        className="secondary small"
        onClick={() => {
          navigator.clipboard
            .writeText(props.value)
            .then(() => setState('copied'))
            .catch(() => setState('failed'));
        }}
      >
        {props.label}
      </button>
      <span role="status" className="copy-status">
        {state === 'copied'
          ? 'Copied'
          : state === 'failed'
            ? 'Copy failed: select and copy it by hand'
            : ''}
      </span>
    </span>
  );
}
