import { useCallback, useEffect, useRef, useState } from 'react';
import {
  authResultMessageSchema,
  type AttemptStatusValue,
  type IntegrationId,
} from '@slotchat/integrations';
import { useClient } from './client-context';
import { failureMessage } from './use-resource';

export type OwnerAuthorization =
  | { state: 'idle' }
  | { state: 'waiting'; authorizeUrl: string; blocked: boolean }
  | { state: 'done'; status: Exclude<AttemptStatusValue, 'pending'> }
  | { state: 'error'; message: string };

const pollMs = 1000;

/**
 * The owner signs in at the provider in a popup, as visitors do in the widget: the popup opens
 * inside the click (no await before window.open, or browsers block it), then goes to the
 * proxy's start page. The result arrives by postMessage from the proxy's own origin, and by
 * polling the attempt, whichever is first.
 */
export function useOwnerAuthorization(
  integration: IntegrationId,
  onFinished: (status: AttemptStatusValue) => void,
  onSignedOut: () => void,
) {
  const client = useClient();
  const [progress, setProgress] = useState<OwnerAuthorization>({ state: 'idle' });
  const attemptId = useRef<string | null>(null);
  const finished = useRef(onFinished);
  useEffect(() => {
    finished.current = onFinished;
  }, [onFinished]);

  const settle = useCallback((id: string, status: AttemptStatusValue) => {
    if (attemptId.current !== id || status === 'pending') return;
    attemptId.current = null;
    setProgress({ state: 'done', status });
    finished.current(status);
  }, []);

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== window.location.origin) return;
      const message = authResultMessageSchema.safeParse(event.data);
      if (message.success) settle(message.data.attemptId, message.data.status);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [settle]);

  useEffect(() => {
    if (progress.state !== 'waiting') return;
    const timer = setInterval(() => {
      const id = attemptId.current;
      if (!id) return;
      client
        .authorizationStatus(id)
        .then((status) => settle(id, status.status))
        .catch(() => {
          // A failed poll is retried on the next tick; the popup's message may still arrive.
        });
    }, pollMs);
    return () => clearInterval(timer);
  }, [client, progress.state, settle]);

  const start = useCallback(() => {
    const popup = window.open('', 'slotchat-owner-authorization', 'popup,width=520,height=720');
    client
      .startAuthorization(integration)
      .then((attempt) => {
        attemptId.current = attempt.attemptId;
        if (popup && !popup.closed) popup.location.href = attempt.authorizeUrl;
        setProgress({ state: 'waiting', authorizeUrl: attempt.authorizeUrl, blocked: !popup });
      })
      .catch((failure: unknown) => {
        popup?.close();
        setProgress({ state: 'error', message: failureMessage(failure, onSignedOut) });
      });
  }, [client, integration, onSignedOut]);

  return { progress, start };
}
