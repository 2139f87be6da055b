import { useState } from 'react';
import type { AdminIntegration } from '@slotchat/integrations/admin-api';
import { useClient } from '../api/client-context';
import { failureMessage } from '../api/use-resource';
import { Switch } from './switch';
import { Notice } from './notice';

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Step 3: switch the integration on and choose its templates. The widget offers only what is
 * on, and tells a visitor who asks for something switched off that this site does not offer it.
 */
export function TemplatesSection(props: {
  integration: AdminIntegration;
  onChanged: (integration: AdminIntegration) => void;
  onSignedOut: () => void;
}) {
  const client = useClient();
  const { integration } = props;
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<string | null>(null);

  async function change(key: string, run: () => Promise<AdminIntegration>) {
    setPending(key);
    setError(null);
    try {
      props.onChanged(await run());
    } catch (failure) {
      setError(failureMessage(failure, props.onSignedOut));
    } finally {
      setPending(null);
    }
  }

  return (
    <div className="templates-section">
      <div className="switch-row">
        <Switch
          label={`Enable ${integration.name}`}
          checked={integration.enabled}
          disabled={pending !== null}
          onChange={(enabled) =>
            void change('integration', () => client.saveSettings(integration.id, { enabled }))
          }
        />
        <span>
          <strong>Enable {integration.name}</strong>
          <span className="hint">
            {integration.enabled
              ? 'The chat offers the templates switched on below.'
              : 'Off: the chat offers none of its templates and the proxy refuses its calls.'}
          </span>
        </span>
      </div>
      <table className="templates">
        <caption>Supported templates</caption>
        <thead>
          <tr>
            <th scope="col">Template</th>
            <th scope="col">What the visitor gets</th>
            <th scope="col">Offered</th>
          </tr>
        </thead>
        <tbody>
          {integration.templates.map((template) => (
            <tr key={template.id}>
              <th scope="row">
                {template.title}
                <code className="template-id">{template.id}</code>
              </th>
              <td>{capitalised(template.description)}</td>
              <td>
                <Switch
                  label={`Offer “${template.title}”`}
                  checked={template.enabled}
                  disabled={pending !== null || !integration.enabled}
                  onChange={(enabled) =>
                    void change(template.id, () =>
                      client.setTemplateEnabled(integration.id, template.id, enabled),
                    )
                  }
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {error ? <Notice kind="error" text={error} /> : null}
    </div>
  );
}
