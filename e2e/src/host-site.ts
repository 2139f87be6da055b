/**
 * A customer's site on its own origin, for the embed tests: pages that load the widget only by
 * its script tag from the proxy, under a strict Content-Security-Policy (no inline script, no
 * inline style, no eval) and with hostile global CSS.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HostSite {
  url: string;
  /** Serves the pages once the proxy's URL is known. */
  serve(proxyUrl: string): void;
  close(): Promise<void>;
}

/** Styles that would wreck any widget that does not isolate itself. */
export const hostileCss = `
* { color: #f0f !important; font-size: 31px !important; font-family: "Comic Sans MS", cursive !important;
    line-height: 3 !important; letter-spacing: 4px !important; }
button, input { background: #0f0 !important; border: 9px dashed #f00 !important; display: inline !important; }
div, ol, li, section, article { margin: 40px !important; padding: 40px !important; }
body > * { position: static !important; }
`;

function page(proxyUrl: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>A customer's site</title>
<link rel="stylesheet" href="/hostile.css">
</head>
<body>
<h1>Acme Dental</h1>
<button type="button" id="host-button">A host page button</button>
${body}
<script src="${proxyUrl}/widget.js" data-proxy-url="${proxyUrl}" async></script>
</body>
</html>`;
}

export async function startHostSite(): Promise<HostSite> {
  let proxyUrl: string | null = null;
  const server = createServer((request, response) => {
    if (!proxyUrl) {
      response.writeHead(503).end();
      return;
    }
    const csp = (scriptSources = proxyUrl) =>
      [
        "default-src 'none'",
        `script-src ${scriptSources}`,
        `connect-src ${proxyUrl}`,
        "style-src 'self'",
        "img-src 'self' data:",
        "base-uri 'none'",
        "form-action 'none'",
      ].join('; ');
    const path = new URL(request.url ?? '/', 'http://host').pathname;
    if (path === '/hostile.css') {
      response.writeHead(200, { 'content-type': 'text/css' }).end(hostileCss);
    } else if (path === '/strict.html') {
      response
        .writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'content-security-policy': csp(),
        })
        .end(page(proxyUrl, ''));
    } else if (path === '/two-widgets.html') {
      // The second widget comes from the command queue: a separate instance on the left.
      response
        .writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'content-security-policy': csp(`'self' ${proxyUrl}`),
        })
        .end(page(proxyUrl, `<script src="/two-widgets.js"></script>`));
    } else if (path === '/two-widgets.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(
        `window.Slotchat = window.Slotchat || function () { (window.Slotchat.q = window.Slotchat.q || []).push(arguments); };
window.Slotchat('init', { proxyUrl: ${JSON.stringify(proxyUrl)}, instance: 'second', position: 'left' });`,
      );
    } else {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    serve(url) {
      proxyUrl = url;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
