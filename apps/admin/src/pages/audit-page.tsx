import { useCallback } from 'react';
import { useClient } from '../api/client-context';
import { useResource } from '../api/use-resource';

function describe(details: Record<string, unknown>): string {
  return Object.entries(details)
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(', ') : String(value)}`)
    .join('; ');
}

/** Every change made from this console or the CLI, newest first. Never a secret. */
export function AuditPage(props: { onSignedOut: () => void }) {
  const client = useClient();
  const load = useCallback(() => client.audit(200), [client]);
  const audit = useResource(load, props.onSignedOut);

  return (
    <>
      <h1>Audit log</h1>
      <p className="lead">
        Who changed what, and when — from this console or the proxy&apos;s CLI.
      </p>
      {audit.error ? <p role="alert">{audit.error}</p> : null}
      {audit.data === null && !audit.error ? <p role="status">Loading…</p> : null}
      {audit.data?.length === 0 ? <p>Nothing has been changed yet.</p> : null}
      {audit.data && audit.data.length > 0 ? (
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Audit log entries">
          <table className="audit">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">Target</th>
                <th scope="col">Details</th>
              </tr>
            </thead>
            <tbody>
              {audit.data.map((entry, index) => (
                <tr key={`${entry.at}-${index}`}>
                  <td>
                    <time dateTime={entry.at}>{new Date(entry.at).toLocaleString()}</time>
                  </td>
                  <td>{entry.actor}</td>
                  <td>{entry.action}</td>
                  <td>{entry.target ?? '—'}</td>
                  <td>{describe(entry.details)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
