import { escapeHtml } from '../http/html';
import type { OAuthAccount } from './oauth-profile';

export interface ConsentPageInput {
  brand: string;
  appName: string;
  account: OAuthAccount;
  scopes: ReadonlyArray<{ scope: string; description: string }>;
  scopesSelectable: boolean;
  consentId: string;
  action: string;
}

const style = `
  body { font-family: system-ui, sans-serif; background: #f1f3f4; margin: 0; }
  main { max-width: 28rem; margin: 3rem auto; background: #fff; border-radius: 8px; padding: 2rem;
         box-shadow: 0 1px 3px rgb(0 0 0 / 0.2); }
  h1 { font-size: 1.3rem; }
  ul { padding: 0; list-style: none; }
  li { padding: 0.5rem 0; border-top: 1px solid #e0e0e0; }
  .buttons { display: flex; gap: 1rem; justify-content: flex-end; margin-top: 1.5rem; }
  button { font-size: 1rem; padding: 0.5rem 1.5rem; border-radius: 4px; border: 1px solid #1a73e8; }
  button[value="allow"] { background: #1a73e8; color: #fff; }
  button[value="deny"] { background: #fff; color: #1a73e8; }
  .note { color: #5f6368; font-size: 0.85rem; }`;

/** The sandbox's consent screen: who asks, for what, as whom; "Allow" and "Deny". */
export function renderConsentPage(input: ConsentPageInput): string {
  const scopeItems = input.scopes
    .map(({ scope, description }) =>
      input.scopesSelectable
        ? `<li><label><input type="checkbox" name="scope" value="${escapeHtml(scope)}" checked> ${escapeHtml(description)}</label> <code class="note">${escapeHtml(scope)}</code></li>`
        : `<li>${escapeHtml(description)} <code class="note">${escapeHtml(scope)}</code></li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign in with ${escapeHtml(input.brand)} (sandbox)</title>
<style>${style}</style>
</head>
<body>
<main>
<p class="note">${escapeHtml(input.brand)} sandbox — no real account is used</p>
<h1>${escapeHtml(input.appName)} wants to access your ${escapeHtml(input.brand)} account</h1>
<p>Signed in as <strong>${escapeHtml(input.account.name)}</strong> (${escapeHtml(input.account.email)})</p>
<form method="post" action="${escapeHtml(input.action)}">
<input type="hidden" name="consent_id" value="${escapeHtml(input.consentId)}">
<p>This will allow ${escapeHtml(input.appName)} to:</p>
<ul>
${scopeItems}
</ul>
<div class="buttons">
<button type="submit" name="decision" value="deny">Deny</button>
<button type="submit" name="decision" value="allow">Allow</button>
</div>
</form>
</main>
</body>
</html>`;
}

/** The page a provider shows instead of redirecting when it cannot trust the redirect URI. */
export function renderOAuthErrorPage(brand: string, error: string, description: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Error: ${escapeHtml(error)}</title><style>${style}</style></head>
<body><main>
<p class="note">${escapeHtml(brand)} sandbox</p>
<h1>Access blocked: this request is invalid</h1>
<p>Error: <code>${escapeHtml(error)}</code></p>
<p>${escapeHtml(description)}</p>
</main></body>
</html>`;
}
