import type { AdminIntegration } from '@slotchat/integrations/admin-api';

/** The state of an integration at a glance: on or off, who authorizes, which provider. */
export function StatusPills(props: { integration: AdminIntegration }) {
  const { integration } = props;
  return (
    <ul className="pills" aria-label={`${integration.name} status`}>
      <li className={integration.enabled ? 'pill on' : 'pill off'}>
        {integration.enabled ? 'Enabled' : 'Disabled'}
      </li>
      <li className="pill">
        {integration.mode === 'preauthorized' ? 'Pre-authorized' : 'Visitors authorize'}
      </li>
      <li className={integration.provider === 'sandbox' ? 'pill sandbox' : 'pill'}>
        {integration.provider === 'sandbox' ? 'Local sandbox' : `Real ${integration.name}`}
      </li>
    </ul>
  );
}

/** Who answers visitors' questions in pre-authorized mode. */
export function connectionSummary(integration: AdminIntegration): string {
  if (integration.mode !== 'preauthorized') {
    return 'Each visitor connects their own account in the chat.';
  }
  if (!integration.connection) {
    return 'Not connected yet: visitors cannot use it until you authorize an account.';
  }
  return `Connected as ${integration.connection.account ?? 'your account'}; every visitor's requests use it.`;
}
