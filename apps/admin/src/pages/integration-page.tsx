import { useCallback } from 'react';
import { Link } from 'wouter';
import { integrationIdSchema } from '@slotchat/integrations';
import { useClient } from '../api/client-context';
import { useResource } from '../api/use-resource';
import { ModeSection } from '../components/mode-section';
import { ProfileForm } from '../components/profile-form';
import { StatusPills } from '../components/status-pills';
import { TemplatesSection } from '../components/templates-section';

/** One integration's set-up, in the order the providers' consoles walk an owner through it. */
export function IntegrationPage(props: { id: string; onSignedOut: () => void }) {
  const client = useClient();
  const id = integrationIdSchema.safeParse(props.id);
  const load = useCallback(() => client.integrations(), [client]);
  const integrations = useResource(load, props.onSignedOut);

  if (!id.success) {
    return (
      <>
        <h1>No such integration</h1>
        <p>
          Slotchat has no integration called “{props.id}”.{' '}
          <Link href="/">See all integrations</Link>.
        </p>
      </>
    );
  }
  const integration = integrations.data?.find((candidate) => candidate.id === id.data);
  if (!integration) {
    return integrations.error ? (
      <p role="alert">{integrations.error}</p>
    ) : (
      <p role="status">Loading…</p>
    );
  }
  const replace = (updated: typeof integration) =>
    integrations.replace(
      (integrations.data ?? []).map((candidate) =>
        candidate.id === updated.id ? updated : candidate,
      ),
    );

  return (
    <>
      <p className="breadcrumb">
        <Link href="/">Integrations</Link> / {integration.name}
      </p>
      <h1>{integration.name}</h1>
      <StatusPills integration={integration} />
      <section aria-labelledby="step-profile" className="step">
        <h2 id="step-profile">
          <span className="step-number" aria-hidden="true">
            1
          </span>{' '}
          Authorization profile
        </h2>
        <ProfileForm
          key={`${integration.id}-${integration.provider}`}
          integration={integration}
          onSaved={replace}
          onSignedOut={props.onSignedOut}
        />
      </section>
      <section aria-labelledby="step-mode" className="step">
        <h2 id="step-mode">
          <span className="step-number" aria-hidden="true">
            2
          </span>{' '}
          Authorization mode
        </h2>
        <ModeSection
          integration={integration}
          onChanged={replace}
          reload={integrations.reload}
          onSignedOut={props.onSignedOut}
        />
      </section>
      <section aria-labelledby="step-templates" className="step">
        <h2 id="step-templates">
          <span className="step-number" aria-hidden="true">
            3
          </span>{' '}
          Enable and choose templates
        </h2>
        <TemplatesSection
          integration={integration}
          onChanged={replace}
          onSignedOut={props.onSignedOut}
        />
      </section>
    </>
  );
}
