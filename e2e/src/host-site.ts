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

/**
 * Styles that would wreck any widget that does not isolate itself: every inherited property a
 * page can set, on everything (the widget's host element included), with !important; internal
 * custom property names; and the transform that makes the host a containing block.
 */
export const hostileCss = `
html { font-size: 5px !important; }
* { color: #f0f !important; font-size: 31px !important; font-family: "Comic Sans MS", cursive !important;
    line-height: 3 !important; letter-spacing: 4px !important; word-spacing: 12px !important;
    text-transform: uppercase !important; text-align: right !important; text-indent: 30px !important;
    font-style: italic !important; font-weight: 900 !important; font-variant: small-caps !important;
    text-shadow: 2px 2px #f00 !important; white-space: nowrap !important; direction: rtl !important;
    visibility: hidden !important; cursor: crosshair !important; word-break: break-all !important;
    list-style: square inside !important; quotes: "<" ">" !important; box-sizing: content-box !important;
    --sc-accent: #0f0 !important; --sc-fg: #ff0 !important; }
h1, #host-button { visibility: visible !important; }
button, input { background: #0f0 !important; border: 9px dashed #f00 !important; display: inline !important; }
div, ol, li, section, article { margin: 40px !important; padding: 40px !important; }
body > * { position: static !important; transform: translateZ(0) !important; filter: blur(0) !important; }
`;

function page(
  proxyUrl: string,
  body: string,
  options: { hostile?: boolean; initFromTag?: boolean } = {},
): string {
  const { hostile = true, initFromTag = true } = options;
  const init = initFromTag ? ` data-proxy-url="${proxyUrl}"` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>A customer's site</title>
${hostile ? '<link rel="stylesheet" href="/hostile.css">' : ''}
</head>
<body>
<h1>Acme Dental</h1>
<button type="button" id="host-button">A host page button</button>
${body}
<script src="${proxyUrl}/widget.js"${init} async></script>
</body>
</html>`;
}

/**
 * The queue page's own script: the embed snippet's stub, then commands. It is a plain script
 * before widget.js (which is async), so every command is queued before widget.js runs;
 * `__queued` records how many were waiting.
 */
function queueScript(commands: string): string {
  return `window.Slotchat = window.Slotchat || function () { (window.Slotchat.q = window.Slotchat.q || []).push(arguments); };
window.__events = [];
var record = function (name) { return function (payload) {
  window.__events.push(name === 'message' ? 'message:' + payload.blocks.map(function (b) { return b.type; }).join(',')
    : name === 'connection' ? 'connection:' + payload.integration + ':' + payload.connected : name);
}; };
${commands}
window.__queued = window.Slotchat.q.length;`;
}

/** The commands each queue page runs before the widget has loaded. */
const queuePages: Record<string, (proxyUrl: string) => string> = {
  // Only listeners: they must not make the widget load its chat.
  listeners: (proxyUrl) => `Slotchat('init', { proxyUrl: ${JSON.stringify(proxyUrl)} });
['open', 'close', 'message', 'connection'].forEach(function (name) { Slotchat('on', name, record(name)); });`,
  // Every command, in an order whose outcome shows that each one ran.
  everything: (proxyUrl) => `Slotchat('init', { proxyUrl: ${JSON.stringify(proxyUrl)} });
['open', 'close', 'message', 'connection'].forEach(function (name) { Slotchat('on', name, record(name)); });
Slotchat('open');
Slotchat('send', 'hello');
Slotchat('close');
Slotchat('setTimeZone', 'Asia/Tokyo');
Slotchat('reset');
Slotchat('open');
Slotchat('send', 'show me event abc123');`,
};

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
    } else if (path === '/strict.html' || path === '/clean.html') {
      // The same page with and without the hostile stylesheet: the widget must look the same.
      response
        .writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'content-security-policy': csp(),
        })
        .end(page(proxyUrl, '', { hostile: path === '/strict.html' }));
    } else if (/^\/queue-\w+\.html$/.test(path)) {
      const name = path.slice('/queue-'.length, -'.html'.length);
      response
        .writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'content-security-policy': csp(`'self' ${proxyUrl}`),
        })
        .end(
          page(proxyUrl, `<script src="/queue-${name}.js"></script>`, {
            hostile: false,
            initFromTag: false,
          }),
        );
    } else if (/^\/queue-\w+\.js$/.test(path) && queuePages[path.slice(7, -3)]) {
      const commands = queuePages[path.slice(7, -3)]!(proxyUrl);
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(queueScript(commands));
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
