import { useState } from 'react';
import type { AttemptStatusValue } from '@slotchat/integrations';
import type { AdminIntegration } from '@slotchat/integrations/admin-api';
import { useClient } from '../api/client-context';
import { useOwnerAuthorization } from '../api/use-owner-authorization';
import { failureMessage } from '../api/use-resource';
import { Notice } from './notice';

const outcomes: Record<Exclude<AttemptStatusValue, 'pending'>, string> = {
  connected: 'Connected.',
  denied: 'Access was not granted at the provider. Authorize again when you are ready.',
  expired: 'The sign-in took too long and expired. Authorize again.',
  'missing-scopes':
    'Some permissions were not granted. Authorize again and allow all of them, or the templates cannot work.',
  failed: 'The sign-in failed at the provider. Check the profile above, then authorize again.',
};

/**
 * Step 2: who authorizes. Pre-authorized: the owner signs in once and every visitor uses that
 * account. Visitors authorize: the widget asks each visitor to connect their own.
 */
export function ModeSection(props: {
  integration: AdminIntegration;
  onChanged: (integration: AdminIntegration) => void;
  reload: () => void;
  onSignedOut: () => void;
}) {
  const client = useClient();
  const { integration } = props;
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  // The choice shows at once; it falls back to the saved mode if saving fails.
  const [choosing, setChoosing] = useState<AdminIntegration['mode'] | null>(null);
  const shownMode = choosing ?? integration.mode;
  const authorization = useOwnerAuthorization(
    integration.id,
    () => props.reload(),
    props.onSignedOut,
  );
  const locked = integration.modeLockedBy;

  async function choose(mode: AdminIntegration['mode']) {
    if (mode === integration.mode) return;
    setBusy(true);
    setChoosing(mode);
    setMessage(null);
    try {
      const saved = await client.saveSettings(integration.id, { mode });
      props.onChanged(saved);
      setMessage({
        kind: 'ok',
        text:
          mode === 'preauthorized'
            ? 'Pre-authorized: visitors now use the account you authorize below.'
            : 'Visitors authorize: the chat now asks each visitor to connect their own account.',
      });
    } catch (failure) {
      setMessage({ kind: 'error', text: failureMessage(failure, props.onSignedOut) });
    } finally {
      setBusy(false);
      setChoosing(null);
    }
  }

  async function disconnect() {
    setBusy(true);
    setMessage(null);
    try {
      const { revoked } = await client.disconnect(integration.id);
      setMessage({
        kind: revoked ? 'ok' : 'error',
        text: revoked
          ? 'Disconnected: access was revoked at the provider and the tokens deleted here.'
          : 'Disconnected here, but the provider could not be told. Revoke Slotchat in your provider account settings as well.',
      });
      props.reload();
    } catch (failure) {
      setMessage({ kind: 'error', text: failureMessage(failure, props.onSignedOut) });
    } finally {
      setBusy(false);
    }
  }

  const progress = authorization.progress;
  return (
    <div className="mode-section">
      <fieldset disabled={Boolean(locked) || busy}>
        <legend>Who authorizes {integration.name}?</legend>
        <label className="choice">
          <input
            type="radio"
            name={`${integration.id}-mode`}
            checked={shownMode === 'preauthorized'}
            onChange={() => void choose('preauthorized')}
          />
          <span>
            <strong>Pre-authorize the integration</strong>
            <span className="hint">
              You sign in once; every visitor&apos;s requests use your account (“check our calendar,
              book with us”).
            </span>
          </span>
        </label>
        <label className="choice">
          <input
            type="radio"
            name={`${integration.id}-mode`}
            checked={shownMode === 'user'}
            onChange={() => void choose('user')}
          />
          <span>
            <strong>Allow visitors to authorize</strong>
            <span className="hint">
              Each visitor connects their own account in a popup when the chat needs it.
            </span>
          </span>
        </label>
      </fieldset>
      {locked ? (
        <p className="lock">
          Set by the environment variable <code>{locked}</code>; change it there.
        </p>
      ) : null}
      {integration.mode === 'preauthorized' ? (
        <div className="connection">
          {integration.connection ? (
            <>
              <p>
                Connected as <strong>{integration.connection.account ?? 'your account'}</strong>{' '}
                since {new Date(integration.connection.connectedAt).toLocaleString()}.
              </p>
              <button
                type="button"
                className="secondary"
                disabled={busy}
                onClick={() => void disconnect()}
              >
                Disconnect {integration.name}
              </button>
            </>
          ) : (
            <>
              <p>Not connected: authorize the account visitors should use.</p>
              <button
                type="button"
                onClick={authorization.start}
                disabled={busy || progress.state === 'waiting'}
              >
                Authorize {integration.name}
              </button>
            </>
          )}
          {progress.state === 'waiting' ? (
            <p role="status">
              Waiting for you to finish in the sign-in window…{' '}
              {progress.blocked ? (
                <a href={progress.authorizeUrl} target="_blank" rel="noopener noreferrer">
                  The window was blocked: continue in a new tab
                </a>
              ) : null}
            </p>
          ) : null}
          {progress.state === 'done' ? (
            <p role={progress.status === 'connected' ? 'status' : 'alert'}>
              {outcomes[progress.status]}
            </p>
          ) : null}
          {progress.state === 'error' ? <p role="alert">{progress.message}</p> : null}
        </div>
      ) : null}
      {message ? <Notice kind={message.kind} text={message.text} /> : null}
    </div>
  );
}
