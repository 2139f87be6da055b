import { useCallback, useEffect, useState } from 'react';
import { Redirect, Route, Router, Switch } from 'wouter';
import type { AdminClient } from './api/admin-client';
import { ClientProvider } from './api/client-context';
import { Shell } from './components/shell';
import { AuditPage } from './pages/audit-page';
import { EmbeddingPage } from './pages/embedding-page';
import { IntegrationPage } from './pages/integration-page';
import { IntegrationsPage } from './pages/integrations-page';
import { SignInPage } from './pages/sign-in-page';

type SessionState = 'checking' | 'signed-out' | 'signed-in' | 'unreachable';

export function App(props: { client: AdminClient }) {
  const { client } = props;
  const [session, setSession] = useState<SessionState>('checking');

  useEffect(() => {
    let cancelled = false;
    client
      .session()
      .then((found) => !cancelled && setSession(found ? 'signed-in' : 'signed-out'))
      .catch(() => !cancelled && setSession('unreachable'));
    return () => {
      cancelled = true;
    };
  }, [client]);

  const signedOut = useCallback(() => setSession('signed-out'), []);

  let page;
  if (session === 'checking') {
    page = (
      <p className="centered" role="status">
        Loading…
      </p>
    );
  } else if (session === 'unreachable') {
    page = (
      <p className="centered" role="alert">
        The proxy did not answer. Check that it is running, then reload this page.
      </p>
    );
  } else if (session === 'signed-out') {
    page = <SignInPage onSignedIn={() => setSession('signed-in')} />;
  } else {
    page = (
      <Router base="/admin">
        <Shell onSignedOut={signedOut}>
          <Switch>
            <Route path="/">
              <IntegrationsPage onSignedOut={signedOut} />
            </Route>
            <Route path="/integrations/:id">
              {(params) => <IntegrationPage id={params.id} onSignedOut={signedOut} />}
            </Route>
            <Route path="/embedding">
              <EmbeddingPage onSignedOut={signedOut} />
            </Route>
            <Route path="/audit">
              <AuditPage onSignedOut={signedOut} />
            </Route>
            <Route>
              <Redirect to="/" replace />
            </Route>
          </Switch>
        </Shell>
      </Router>
    );
  }
  return <ClientProvider client={client}>{page}</ClientProvider>;
}
