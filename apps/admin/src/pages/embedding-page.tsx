import { useCallback, useId, useState, type FormEvent } from 'react';
import { originProblem } from '@slotchat/integrations/admin-api';
import { useClient } from '../api/client-context';
import { AdminApiError } from '../api/admin-client';
import { failureMessage, useResource } from '../api/use-resource';
import { CopyButton } from '../components/copy-button';
import { Notice } from '../components/notice';

/** Where the widget may run, and the two ways to put it on a site. */
export function EmbeddingPage(props: { onSignedOut: () => void }) {
  const client = useClient();
  const load = useCallback(() => client.embedding(), [client]);
  const embedding = useResource(load, props.onSignedOut);
  const [candidate, setCandidate] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const inputId = useId();
  const data = embedding.data;

  async function save(origins: string[], done: string) {
    setMessage(null);
    try {
      embedding.replace(await client.saveOrigins(origins));
      setMessage({ kind: 'ok', text: done });
      return true;
    } catch (failure) {
      if (failure instanceof AdminApiError && failure.fields.origins)
        setFieldError(failure.fields.origins);
      setMessage({ kind: 'error', text: failureMessage(failure, props.onSignedOut) });
      return false;
    }
  }

  async function add(event: FormEvent) {
    event.preventDefault();
    if (!data) return;
    const origin = candidate.trim().replace(/\/$/, '');
    const problem = originProblem(origin);
    if (problem) {
      setFieldError(problem);
      return;
    }
    if (data.origins.value.includes(origin) || origin === data.ownOrigin) {
      setFieldError(`${origin} is allowed already.`);
      return;
    }
    setFieldError(null);
    if (await save([...data.origins.value, origin], `${origin} can now embed the chat.`))
      setCandidate('');
  }

  if (!data) {
    return embedding.error ? <p role="alert">{embedding.error}</p> : <p role="status">Loading…</p>;
  }
  const locked = data.origins.lockedBy;
  return (
    <>
      <h1>Embedding</h1>
      <section aria-labelledby="origins-heading" className="step">
        <h2 id="origins-heading">Allowed origins</h2>
        <p>
          The chat only runs on these sites. The proxy&apos;s own origin (
          <code>{data.ownOrigin}</code>) is always allowed, for the demo and the preview.
        </p>
        <ul className="origins">
          {data.origins.value.map((origin) => (
            <li key={origin}>
              <code>{origin}</code>
              {locked ? null : (
                <button
                  type="button"
                  className="secondary small"
                  onClick={() =>
                    void save(
                      data.origins.value.filter((other) => other !== origin),
                      `${origin} can no longer embed the chat.`,
                    )
                  }
                >
                  Remove {origin}
                </button>
              )}
            </li>
          ))}
          {data.origins.value.length === 0 ? (
            <li className="muted">No other origins yet.</li>
          ) : null}
        </ul>
        {locked ? (
          <p className="lock">
            Set by the environment variable <code>{locked}</code>; change it there.
          </p>
        ) : (
          <form onSubmit={(event) => void add(event)} noValidate className="inline-form">
            <div className={fieldError ? 'field has-error' : 'field'}>
              <label htmlFor={inputId}>Add an origin</label>
              <input
                id={inputId}
                type="url"
                inputMode="url"
                placeholder="https://www.example.com"
                value={candidate}
                aria-invalid={fieldError ? true : undefined}
                aria-describedby={fieldError ? `${inputId}-error` : undefined}
                onChange={(event) => {
                  setCandidate(event.target.value);
                  setFieldError(null);
                }}
              />
              {fieldError ? (
                <p id={`${inputId}-error`} className="field-error">
                  {fieldError}
                </p>
              ) : null}
            </div>
            <button type="submit">Add origin</button>
          </form>
        )}
        {message ? <Notice kind={message.kind} text={message.text} /> : null}
      </section>
      <section aria-labelledby="snippet-heading" className="step">
        <h2 id="snippet-heading">Add the chat to your site</h2>
        <h3>Script tag</h3>
        <p>
          Paste this before <code>&lt;/body&gt;</code> on every page that should show the chat.
        </p>
        <pre tabIndex={0} aria-label="Script tag snippet">
          <code>{data.scriptSnippet}</code>
        </pre>
        <CopyButton value={data.scriptSnippet} label="Copy script tag" />
        <h3>React</h3>
        <pre tabIndex={0} aria-label="React snippet">
          <code>{data.reactSnippet}</code>
        </pre>
        <CopyButton value={data.reactSnippet} label="Copy React snippet" />
        <p>
          <a href={data.previewUrl} target="_blank" rel="noopener noreferrer">
            Open the preview page
          </a>{' '}
          to try the chat as your visitors will see it.
        </p>
      </section>
    </>
  );
}
