import type { AuthCardStatus } from '../../core/chat-types';
import type { StringKey } from '../../core/strings';
import { useChat, useTranslate } from '../chat-context';
import { usePanelFocus } from '../panel-focus';
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
 *
 * Only the live card (the latest one that asked for this integration) follows the sign-in in
 * progress and offers buttons. An older card keeps saying how its own sign-in ended: after a
 * revoked token or a disconnect it still reads "You connected Google Calendar.", not the
 * integration's state of today.
 */
export function AuthCard(props: {
  integration: string;
  integrationName: string;
  reason: string;
  live: boolean;
  outcome: AuthCardStatus | undefined;
}) {
  const t = useTranslate();
  const auth = useChat((state) => state.auth[props.integration]);
  const integration = useChat((state) =>
    state.integrations.find((candidate) => candidate.id === props.integration),
  );
  const connect = useChat((state) => state.connect);
  const focus = usePanelFocus();
  const name = props.integrationName;

  let status: AuthCardStatus | null;
  let byOwner = false;
  if (props.live) {
    status = auth?.status ?? props.outcome ?? 'connect';
    if (integration?.connected && status !== 'waiting') {
      byOwner = integration.connectedBy === 'owner' && props.outcome !== 'connected';
      status = 'connected';
    }
  } else {
    // An older card that nobody answered says nothing more than why it asked.
    status = props.outcome ?? null;
  }
  const authorizeUrl =
    props.live && auth?.authorizeUrl && isSafeUrl(auth.authorizeUrl) ? auth.authorizeUrl : null;

  const connectButton = (label: string) => (
    <button
      type="button"
      className="chip primary"
      onClick={(event) => {
        // Focus first: the button is about to unmount, and the popup then takes the window.
        focus.afterAction(event);
        connect(props.integration);
      }}
    >
      {label}
    </button>
  );
  const retryable =
    status === 'denied' ||
    status === 'closed' ||
    status === 'expired' ||
    status === 'failed' ||
    (status === 'blocked' && !authorizeUrl);

  return (
    <section className="card auth" aria-label={t('connect', { integration: name })}>
      <p>{props.reason}</p>
      {status === 'connect' ? connectButton(t('connect', { integration: name })) : null}
      {status !== null && status !== 'connect' ? (
        <p className={`auth-status auth-${status}`}>
          {status === 'waiting' && props.live ? (
            <span className="spinner" aria-hidden="true" />
          ) : null}
          {byOwner
            ? t('authConnectedByOwner', { integration: name })
            : t(messages[status], { integration: name })}
        </p>
      ) : null}
      {status === 'blocked' && authorizeUrl ? (
        <a
          className="chip primary"
          href={authorizeUrl}
          target="_blank"
          rel="noopener"
          referrerPolicy="origin"
        >
          {t('authBlockedLink')}
        </a>
      ) : null}
      {props.live && retryable ? connectButton(t('tryAgain')) : null}
      {props.live && status === 'missing-scopes'
        ? connectButton(t('reconnect', { integration: name }))
        : null}
    </section>
  );
}
