import { useState, type FormEvent } from 'react';
import {
  checkProfile,
  type AdminIntegration,
  type ProfileInput,
} from '@slotchat/integrations/admin-api';
import { AdminApiError } from '../api/admin-client';
import { useClient } from '../api/client-context';
import { failureMessage } from '../api/use-resource';
import { CopyButton } from './copy-button';
import { Field } from './field';
import { Notice } from './notice';

type UrlField = 'authorizationUrl' | 'tokenUrl' | 'refreshTokenUrl';

const urlFields: { key: UrlField; label: string }[] = [
  { key: 'authorizationUrl', label: 'Authorization URL' },
  { key: 'tokenUrl', label: 'Token URL' },
  { key: 'refreshTokenUrl', label: 'Refresh token URL' },
];

interface Draft {
  clientId: string;
  clientSecret: string;
  authorizationUrl: string;
  tokenUrl: string;
  refreshTokenUrl: string;
  scopes: string;
}

function draftOf(integration: AdminIntegration): Draft {
  const { profile } = integration;
  return {
    clientId: profile.clientId.value,
    clientSecret: '',
    authorizationUrl: profile.authorizationUrl.value,
    tokenUrl: profile.tokenUrl.value,
    refreshTokenUrl: profile.refreshTokenUrl.value,
    scopes: profile.scopes.value.join('\n'),
  };
}

/** A URL on another host than the provider's default one, on plain http: the local sandbox. */
function isSandboxUrl(value: string, providerDefault: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' && url.host !== new URL(providerDefault).host;
  } catch {
    return false;
  }
}

const scopeList = (text: string) =>
  text
    .split(/[\n,]+/)
    .map((scope) => scope.trim())
    .filter(Boolean);

/**
 * Step 1: the OAuth 2.0 authorization profile, as the providers' consoles ask for it. The secret
 * is write-only; values the environment sets are shown locked with the variable's name.
 */
export function ProfileForm(props: {
  integration: AdminIntegration;
  onSaved: (integration: AdminIntegration) => void;
  onSignedOut: () => void;
}) {
  const client = useClient();
  const { integration } = props;
  const { profile } = integration;
  const [draft, setDraft] = useState<Draft>(() => draftOf(integration));
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [submitted, setSubmitted] = useState(false);
  const [notice, setNotice] = useState<{ kind: 'saved' | 'failed'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const secretIsSet = profile.clientSecret.set || draft.clientSecret !== '';
  const check = checkProfile(
    integration.id,
    { ...draft, scopes: scopeList(draft.scopes) },
    secretIsSet,
  );
  // Field messages appear once the owner has tried to save, then follow every keystroke.
  const errors: Record<string, string | undefined> = submitted
    ? { ...check.errors, ...serverErrors }
    : serverErrors;

  const set = (key: keyof Draft) => (value: string) => {
    setDraft((current) => ({ ...current, [key]: value }));
    setServerErrors(({ [key]: _dropped, ...rest }) => rest);
    setNotice(null);
  };

  // A profile whose URLs still name the sandbox: typing a real client id there is a common slip.
  const onSandboxUrls = urlFields.some(
    ({ key }) => !profile[key].lockedBy && isSandboxUrl(draft[key], profile[key].default),
  );
  function useProviderUrls() {
    setDraft((current) => ({
      ...current,
      ...Object.fromEntries(
        urlFields
          .filter(({ key }) => !profile[key].lockedBy)
          .map(({ key }) => [key, profile[key].default]),
      ),
    }));
    setNotice(null);
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    setNotice(null);
    if (Object.keys(check.errors).length > 0) {
      setNotice({
        kind: 'failed',
        text: 'Some fields need attention before the profile can be saved.',
      });
      return;
    }
    const input: ProfileInput = {
      clientId: draft.clientId.trim(),
      authorizationUrl: draft.authorizationUrl.trim(),
      tokenUrl: draft.tokenUrl.trim(),
      refreshTokenUrl: draft.refreshTokenUrl.trim(),
      scopes: scopeList(draft.scopes),
      ...(draft.clientSecret === '' ? {} : { clientSecret: draft.clientSecret }),
    };
    setBusy(true);
    try {
      const saved = await client.saveProfile(integration.id, input);
      setDraft(draftOf(saved));
      setServerErrors({});
      setSubmitted(false);
      setNotice({
        kind: 'saved',
        text:
          saved.provider === 'sandbox'
            ? 'Profile saved. With no client id, the local sandbox answers for the provider.'
            : `Profile saved. ${integration.name} now uses your OAuth client.`,
      });
      props.onSaved(saved);
    } catch (failure) {
      if (failure instanceof AdminApiError) setServerErrors({ ...failure.fields });
      setNotice({ kind: 'failed', text: failureMessage(failure, props.onSignedOut) });
    } finally {
      setBusy(false);
    }
  }

  async function reset() {
    setBusy(true);
    setNotice(null);
    try {
      const saved = await client.resetProfile(integration.id);
      setDraft(draftOf(saved));
      setServerErrors({});
      setSubmitted(false);
      setNotice({ kind: 'saved', text: 'Profile reset to the defaults.' });
      props.onSaved(saved);
    } catch (failure) {
      setNotice({ kind: 'failed', text: failureMessage(failure, props.onSignedOut) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="profile-form" onSubmit={(event) => void save(event)} noValidate>
      <div className="field">
        <span className="label">Authorization type</span>
        <p className="value">OAuth 2.0 — authorization code with PKCE</p>
      </div>
      <Field
        label="Client ID"
        lockedBy={profile.clientId.lockedBy}
        error={errors.clientId}
        hint={`From your OAuth client at the provider. Leave it empty to use the local sandbox.`}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={draft.clientId}
            onChange={(event) => set('clientId')(event.target.value)}
          />
        )}
      </Field>
      <Field
        label="Client secret"
        lockedBy={profile.clientSecret.lockedBy}
        error={errors.clientSecret}
        hint={
          profile.clientSecret.set
            ? 'Set. It is never shown again; type a new one to replace it.'
            : 'Not set. It is stored encrypted and never shown again.'
        }
      >
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete="new-password"
            placeholder={profile.clientSecret.set ? '•••••••• (unchanged)' : ''}
            value={draft.clientSecret}
            onChange={(event) => set('clientSecret')(event.target.value)}
          />
        )}
      </Field>
      {urlFields.map(({ key, label }) => {
        const field = profile[key];
        const isDefault = draft[key] === field.default;
        return (
          <Field
            key={key}
            label={label}
            lockedBy={field.lockedBy}
            error={errors[key]}
            hint={
              isDefault ? (
                `The provider's default.`
              ) : (
                <>
                  Default: <code>{field.default}</code>{' '}
                  {field.lockedBy ? null : (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => set(key)(field.default)}
                    >
                      Use the default {label.toLowerCase()}
                    </button>
                  )}
                </>
              )
            }
          >
            {(control) => (
              <input
                {...control}
                type="url"
                inputMode="url"
                spellCheck={false}
                value={draft[key]}
                onChange={(event) => set(key)(event.target.value)}
              />
            )}
          </Field>
        );
      })}
      {onSandboxUrls && draft.clientId.trim() !== '' ? (
        <div className="warning" role="status">
          <p>
            These URLs point at the local sandbox, which only knows its own test client. For your
            own OAuth client, use {integration.name}&apos;s URLs.
          </p>
          <button type="button" className="secondary small" onClick={useProviderUrls}>
            Use {integration.name}&apos;s URLs
          </button>
        </div>
      ) : null}
      <Field
        label="Scopes"
        lockedBy={profile.scopes.lockedBy}
        error={errors.scopes}
        hint={
          <>
            One per line. The templates need <code>{profile.scopes.default.join(' ')}</code>.
          </>
        }
      >
        {(control) => (
          <textarea
            {...control}
            rows={Math.max(2, Math.min(8, scopeList(draft.scopes).length + 1))}
            spellCheck={false}
            value={draft.scopes}
            onChange={(event) => set('scopes')(event.target.value)}
          />
        )}
      </Field>
      {check.unknownScopes.length > 0 ? (
        <p className="warning" role="status">
          {integration.name} does not define{' '}
          {check.unknownScopes.map((scope, index) => (
            <span key={scope}>
              {index > 0 ? ', ' : ''}
              <code>{scope}</code>
            </span>
          ))}
          : check the spelling, or the consent screen will refuse it.
        </p>
      ) : null}
      <div className="field">
        <span className="label" id={`${integration.id}-redirect`}>
          Redirect URI
        </span>
        <p className="value">
          <code aria-labelledby={`${integration.id}-redirect`}>{profile.redirectUri}</code>{' '}
          <CopyButton value={profile.redirectUri} label="Copy redirect URI" />
        </p>
        <p className="hint">Register exactly this URI with your OAuth client at the provider.</p>
      </div>
      {notice ? (
        <Notice kind={notice.kind === 'saved' ? 'ok' : 'error'} text={notice.text} />
      ) : null}
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Saving…' : 'Save profile'}
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={() => void reset()}>
          Reset to defaults
        </button>
      </div>
    </form>
  );
}
