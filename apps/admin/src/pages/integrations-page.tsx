import { useCallback } from 'react';
import { Link } from 'wouter';
import { useClient } from '../api/client-context';
import { useResource } from '../api/use-resource';
import { connectionSummary, StatusPills } from '../components/status-pills';

/** Every integration with its state, and the way into its set-up. */
export function IntegrationsPage(props: { onSignedOut: () => void }) {
  const client = useClient();
  const load = useCallback(() => client.integrations(), [client]);
  const integrations = useResource(load, props.onSignedOut);

  return (
    <>
      <h1>Integrations</h1>
      <p className="lead">
        Set up each integration in three steps: its authorization profile, who authorizes it, and
        which of its templates the chat offers.
      </p>
      {integrations.error ? <p role="alert">{integrations.error}</p> : null}
      {integrations.data === null && !integrations.error ? <p role="status">Loading…</p> : null}
      <ul className="cards">
        {integrations.data?.map((integration) => {
          const enabledTemplates = integration.templates.filter((template) => template.enabled);
          return (
            <li key={integration.id} className="card">
              <h2>{integration.name}</h2>
              <StatusPills integration={integration} />
              <p>{connectionSummary(integration)}</p>
              <p className="muted">
                {enabledTemplates.length} of {integration.templates.length} templates enabled
              </p>
              <Link href={`/integrations/${integration.id}`} className="button-link">
                Set up {integration.name}
              </Link>
            </li>
          );
        })}
      </ul>
    </>
  );
}
