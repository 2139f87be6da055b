import type { AuthCardStatus } from '../../core/chat-types';
import type { StringKey } from '../../core/strings';
import { useChat, useTranslate } from '../chat-context';
import { isSafeUrl } from './safe-link';

const messages: Record<Exclude<AuthCardStatus, 'connect'>, StringKey> = {
  waiting: 'authWaiting',
  blocked: 'authBlocked',
  connected: 'authConnected',
  denied: 'authDenied',
  closed: 'authClosed',
  expired: 'authExpired',
  'missing-scopes': 'authMissingScopes',
  failed: 'authFailed',
};

/**
 * Asks the visitor to connect an integration and shows how it goes. The Connect button calls
 * `connect` synchronously in its click handler, which is what lets the browser open the popup.
 */
export function AuthCard(props: { integration: string; integrationName: string; reason: string }) {
  const t = useTranslate();
  const auth = useChat((state) => state.auth[props.integration]);
  const integration = useChat((state) =>
    state.integrations.find((candidate) => candidate.id === props.integration),
  );
  const connect = useChat((state) => state.connect);
  const name = props.integrationName;

  let status: AuthCardStatus = auth?.status ?? 'connect';
  if (integration?.connected && status !== 'waiting') status = 'connected';
  const byOwner = status === 'connected' && integration?.connectedBy === 'owner';
  const authorizeUrl =
    auth?.authorizeUrl && isSafeUrl(auth.authorizeUrl) ? auth.authorizeUrl : null;

  const connectButton = (label: string) => (
    <button type="button" className="chip primary" onClick={() => connect(props.integration)}>
      {label}
    </button>
  );

  return (
    <section className="card auth" aria-label={t('connect', { integration: name })}>
      <p>{props.reason}</p>
      {status === 'connect' ? connectButton(t('connect', { integration: name })) : null}
      {status !== 'connect' ? (
        <p className={`auth-status auth-${status}`}>
          {byOwner
            ? t('authConnectedByOwner', { integration: name })
            : t(messages[status], { integration: name })}
        </p>
      ) : null}
      {status === 'waiting' ? <span className="spinner" aria-hidden="true" /> : null}
      {status === 'blocked' && authorizeUrl ? (
        <a className="chip primary" href={authorizeUrl} target="_blank" rel="noopener">
          {t('authBlockedLink')}
        </a>
      ) : null}
      {status === 'denied' ||
      status === 'closed' ||
      status === 'expired' ||
      status === 'failed' ||
      (status === 'blocked' && !authorizeUrl)
        ? connectButton(t('tryAgain'))
        : null}
      {status === 'missing-scopes' ? connectButton(t('reconnect', { integration: name })) : null}
    </section>
  );
}
