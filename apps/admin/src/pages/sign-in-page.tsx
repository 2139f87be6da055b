import { useId, useState, type FormEvent } from 'react';
import { useClient } from '../api/client-context';
import { AdminApiError } from '../api/admin-client';

/** The one door in: the admin secret the operator set as ADMIN_SECRET. */
export function SignInPage(props: { onSignedIn: () => void }) {
  const client = useClient();
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errorId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await client.signIn(secret);
      props.onSignedIn();
    } catch (failure) {
      setError(
        failure instanceof AdminApiError && failure.code === 'admin_required'
          ? 'That admin secret is not right. Check the ADMIN_SECRET the proxy was started with.'
          : failure instanceof Error
            ? failure.message
            : String(failure),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="sign-in" id="main">
      <h1>Slotchat admin</h1>
      <p>Sign in to set up your integrations, choose who authorizes them and embed the chat.</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        {/* Lets password managers file the secret under a name; there is only one account. */}
        <input type="text" name="username" autoComplete="username" value="admin" readOnly hidden />
        <label htmlFor="admin-secret">Admin secret</label>
        <input
          id="admin-secret"
          type="password"
          autoComplete="current-password"
          required
          value={secret}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => setSecret(event.target.value)}
        />
        {error ? (
          <p id={errorId} className="field-error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" disabled={busy || secret === ''}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
