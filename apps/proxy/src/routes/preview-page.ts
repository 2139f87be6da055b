import { randomToken } from '../security/random-token';

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** A plain page with nothing but the embed snippet, so the owner sees the chat as visitors will. */
export function renderPreviewPage(publicUrl: string): {
  html: string;
  contentSecurityPolicy: string;
} {
  const nonce = randomToken(16);
  const url = escapeHtml(publicUrl);
  return {
    html: `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Slotchat preview</title>
<style nonce="${nonce}">body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1b1f24}code{background:#f1f3f5;padding:0 .25rem}</style></head>
<body>
<main>
<h1>Preview</h1>
<p>This page holds only the script tag from the console's embedding page. Open the chat in the corner to try it as your visitors will.</p>
<p><code>&lt;script src="${url}/widget.js" data-proxy-url="${url}" async&gt;&lt;/script&gt;</code></p>
</main>
<script src="${url}/widget.js" data-proxy-url="${url}" async></script>
</body>
</html>`,
    contentSecurityPolicy: `default-src 'self'; script-src 'self'; style-src 'self' 'nonce-${nonce}'; connect-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'`,
  };
}
