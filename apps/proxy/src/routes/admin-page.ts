import type { IntegrationProfile } from '../config/config-types';
import type { GrantRecord } from '../store/store';

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export interface AdminRow {
  profile: IntegrationProfile;
  ownerGrant: GrantRecord | undefined;
}

/** The site owner's page: each integration's profile, and connect/disconnect for pre-authorized ones. */
export function renderAdminPage(rows: readonly AdminRow[], notice: string | null): string {
  const sections = rows
    .map(({ profile, ownerGrant }) => {
      const provider = profile.sandbox ? 'local sandbox (no client id set)' : 'real provider';
      let action: string;
      if (profile.mode !== 'preauthorized') {
        action = '<p>User mode: each visitor connects their own account in the chat.</p>';
      } else if (ownerGrant) {
        action = `<p>Connected as <strong>${escapeHtml(ownerGrant.account ?? 'the site owner')}</strong>; every visitor's requests use this account.</p>
<form method="post" action="/admin/integrations/${profile.id}/disconnect"><button type="submit">Disconnect ${escapeHtml(profile.name)}</button></form>`;
      } else {
        action = `<p>Not connected: visitors are asked to wait until you connect an account.</p>
<form method="post" action="/admin/integrations/${profile.id}/connect"><button type="submit">Connect ${escapeHtml(profile.name)}</button></form>`;
      }
      return `<section>
<h2>${escapeHtml(profile.name)}</h2>
<dl>
<dt>Mode</dt><dd>${profile.mode}</dd>
<dt>Provider</dt><dd>${provider}</dd>
<dt>Authorization URL</dt><dd><code>${escapeHtml(profile.authorizationUrl)}</code></dd>
<dt>API base URL</dt><dd><code>${escapeHtml(profile.apiBaseUrl)}</code></dd>
<dt>Scopes</dt><dd><code>${escapeHtml(profile.scopes.join(' '))}</code></dd>
<dt>Redirect URI</dt><dd><code>${escapeHtml(profile.redirectUri)}</code></dd>
</dl>
${action}
</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Slotchat admin</title>
<style>body{font:15px system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1f2937}section{border:1px solid #d1d5db;border-radius:8px;padding:0 1rem 1rem;margin:1rem 0}dt{font-weight:600}dd{margin:0 0 .4rem}code{word-break:break-all}</style></head>
<body>
<h1>Slotchat admin</h1>
${notice ? `<p role="status">${escapeHtml(notice)}</p>` : ''}
${sections}
</body>
</html>`;
}
