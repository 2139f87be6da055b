/**
 * A plain customer page on its own origin, twice: with the widget's script tag (pointing at the
 * real proxy) and without it, otherwise identical, so the difference between the two is the
 * widget's cost. An inline script marks the moment the parser reaches the tag.
 */
import { createServer } from 'node:http';
import { closeServer, listen } from './local-stack';

export interface HostSite {
  url: string;
  serve(proxyUrl: string): void;
  close(): Promise<void>;
}

const paragraph =
  'Our clinic is open Monday to Saturday. Book a check-up, ask about a treatment, or find out ' +
  'when your next appointment is — our assistant can help you with your calendar.';

function page(proxyUrl: string, withWidget: boolean): string {
  const tag = withWidget
    ? `<script src="${proxyUrl}/widget.js" data-proxy-url="${proxyUrl}" async></script>`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Acme Dental</title>
<style>body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 40rem; }</style>
</head>
<body>
<h1>Acme Dental</h1>
${Array.from({ length: 8 }, () => `<p>${paragraph}</p>`).join('\n')}
<script>performance.mark('slotchat-script-tag');</script>
${tag}
</body>
</html>`;
}

export async function startHostSite(): Promise<HostSite> {
  let proxyUrl: string | null = null;
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://host').pathname;
    if (!proxyUrl || (path !== '/with-widget.html' && path !== '/without-widget.html')) {
      response.writeHead(proxyUrl ? 404 : 503).end();
      return;
    }
    response
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
      .end(page(proxyUrl, path === '/with-widget.html'));
  });
  const port = await listen(server);
  return {
    url: `http://127.0.0.1:${port}`,
    serve(url) {
      proxyUrl = url;
    },
    close: () => closeServer(server),
  };
}
