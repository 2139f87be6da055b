/**
 * Host-page cost (issue 8 §2), in headless Chromium on a plain page that embeds the widget by
 * its script tag, each run a new visitor (fresh context, cold cache):
 * - script tag → launcher painted (in-page marks);
 * - main-thread time before the visitor opens the chat: CDP Performance.getMetrics TaskDuration
 *   of the page with the widget minus the same page without it, once the page is idle; and,
 *   from a trace, the time widget.js itself runs;
 * - layout shift (layout-shift entries not caused by input), target 0;
 * - press on the launcher → text box ready (painted, enabled);
 * - the same visitor coming back (same context, so the browser's cache is warm): how many of the
 *   widget's scripts the browser had to ask the proxy for, and press → text box ready again.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { probeScript, type Probes } from '../browser/page-probes';
import { scriptTimeMs } from '../browser/trace-script-time';
import type { SuiteResult } from '../results';
import { hostSettings } from '../settings';
import { hostPageFigures, type HostRun, type TracedRun } from './host-page-figures';
import { startHostSite } from '../stack/host-site';
import { startLocalStack } from '../stack/local-stack';
import { withTimeout } from '../timeout';

export interface PageRun {
  taskMs: number;
  scriptMs: number;
  layoutMs: number;
  styleMs: number;
  probes: Probes;
  /** Requests to the proxy before the visitor opened the chat, and their body bytes. */
  proxyRequests: number;
  proxyBytes: number;
}

/** What the page fetched from the proxy: count, bytes as sent, and how each was encoded. */
function watchProxy(page: Page, proxyUrl: string) {
  const traffic = { requests: 0, bytes: 0, encodings: {} as Record<string, string> };
  const pending: Promise<unknown>[] = [];
  page.on('requestfinished', (request) => {
    if (!request.url().startsWith(proxyUrl)) return;
    traffic.requests += 1;
    // A request may finish as its page closes; its sizes are then not there to count.
    const ignoreClosed = () => {};
    pending.push(
      request
        .sizes()
        .then((sizes) => (traffic.bytes += sizes.responseBodySize))
        .catch(ignoreClosed),
      request
        .response()
        .then((response) => {
          const path = new URL(request.url()).pathname;
          traffic.encodings[path] = response?.headers()['content-encoding'] ?? 'identity';
        })
        .catch(ignoreClosed),
    );
  });
  return {
    async read() {
      await Promise.all(pending);
      return { ...traffic, encodings: { ...traffic.encodings } };
    },
  };
}

/**
 * Requests for the widget's two scripts that reached the network: the ones the browser's cache
 * answered (Network.requestServedFromCache) do not count. A revalidation (304) does.
 */
async function watchScriptFetches(cdp: CDPSession) {
  await cdp.send('Network.enable');
  const scripts = new Set<string>();
  const cached = new Set<string>();
  cdp.on('Network.requestWillBeSent', (event) => {
    const path = new URL(event.request.url).pathname;
    if (path === '/widget.js' || path === '/widget-chat.js') scripts.add(event.requestId);
  });
  cdp.on('Network.requestServedFromCache', (event) => cached.add(event.requestId));
  return {
    reset: () => scripts.clear(),
    fromNetwork: () => [...scripts].filter((id) => !cached.has(id)).length,
  };
}

/** Lets the page finish what it does on its own (see `Probes.settled`), then the network. */
async function settle(page: Page): Promise<void> {
  await withTimeout(
    page.evaluate(() => window.__bench.settled()),
    30_000,
    'the page did not settle (no launcher?)',
  );
  await page.waitForLoadState('networkidle');
}

async function loadPage(browser: Browser, url: string, proxyUrl: string) {
  const context = await browser.newContext();
  await context.addInitScript(probeScript());
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const traffic = watchProxy(page, proxyUrl);
  const scriptFetches = await watchScriptFetches(cdp);
  await page.goto(url, { waitUntil: 'load' });
  await settle(page);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) =>
    1000 * (metrics.find((entry) => entry.name === name)?.value ?? 0);
  const before = await traffic.read();
  const run: PageRun = {
    taskMs: metric('TaskDuration'),
    scriptMs: metric('ScriptDuration'),
    layoutMs: metric('LayoutDuration'),
    styleMs: metric('RecalcStyleDuration'),
    probes: await page.evaluate(() => window.__bench),
    proxyRequests: before.requests,
    proxyBytes: before.bytes,
  };
  return { context, page, run, traffic, scriptFetches };
}

/**
 * The visitor closes the chat and comes back to the page in the same browser: the conversation
 * is kept, the scripts are in the browser's cache.
 */
async function returnAndOpen(
  page: Page,
  url: string,
  scriptFetches: Awaited<ReturnType<typeof watchScriptFetches>>,
): Promise<{ probes: Probes; scriptFetches: number }> {
  // Escape from the text box, which has the focus once open: the panel's own way to close.
  await page.keyboard.press('Escape');
  await page.locator('slotchat-widget').getByRole('button', { name: 'Open chat' }).waitFor();
  scriptFetches.reset();
  await page.goto(url, { waitUntil: 'load' });
  await settle(page);
  const { probes } = await openChat(page);
  return { probes, scriptFetches: scriptFetches.fromNetwork() };
}

async function openChat(page: Page): Promise<{ probes: Probes; chunkFetchMs: number }> {
  await page.locator('slotchat-widget').getByRole('button', { name: 'Open chat' }).click();
  await withTimeout(
    page.evaluate(() => window.__bench.opened()),
    30_000,
    'the text box did not appear after pressing the launcher',
  );
  return page.evaluate(() => ({
    probes: window.__bench,
    chunkFetchMs:
      performance
        .getEntriesByType('resource')
        .find((entry) => new URL(entry.name).pathname === '/widget-chat.js')?.duration ?? NaN,
  }));
}

/**
 * Two traces of one visit, with no probes (their checks would run inside the scripts' own
 * tasks): loading until idle, then opening the chat until idle again. Each gives its script's
 * main-thread time.
 */
async function tracedRun(browser: Browser, url: string, proxyUrl: string): Promise<TracedRun> {
  const categories = ['devtools.timeline', 'v8'];
  const context = await browser.newContext();
  const page = await context.newPage();
  await browser.startTracing(page, { categories });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  const loading = (await browser.stopTracing()).toString('utf8');
  await browser.startTracing(page, { categories });
  const widget = page.locator('slotchat-widget');
  await widget.getByRole('button', { name: 'Open chat' }).click();
  await widget.getByRole('textbox', { name: 'Message' }).waitFor();
  // Then until the page is idle twice over: the chat prepares its engine in an idle callback
  // after the text box works, and that is part of what opening costs the page.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestIdleCallback(() => requestIdleCallback(() => resolve(), { timeout: 5000 }), {
          timeout: 5000,
        }),
      ),
  );
  const opening = (await browser.stopTracing()).toString('utf8');
  await context.close();
  return {
    loaderMs: scriptTimeMs(loading, `${proxyUrl}/widget.js`),
    chatChunkMs: scriptTimeMs(opening, `${proxyUrl}/widget-chat.js`),
  };
}

export async function runHostPage(browser: Browser): Promise<SuiteResult> {
  const started = performance.now();
  const host = await startHostSite();
  const stack = await startLocalStack({ allowedOrigins: [host.url] });
  host.serve(stack.proxyUrl);
  const withUrl = `${host.url}/with-widget.html`;
  const withoutUrl = `${host.url}/without-widget.html`;
  try {
    const runs: HostRun[] = [];
    for (let index = 0; index < hostSettings.runs; index += 1) {
      // Alternate which page goes first, so neither always gets the warmer browser.
      const loadWithout = async () => {
        const loaded = await loadPage(browser, withoutUrl, stack.proxyUrl);
        await loaded.context.close();
        return loaded.run;
      };
      const without = index % 2 === 0 ? await loadWithout() : undefined;
      const loaded = await loadPage(browser, withUrl, stack.proxyUrl);
      const scriptTag = await loaded.page.evaluate(
        () => performance.getEntriesByName('slotchat-script-tag')[0]?.startTime ?? 0,
      );
      const opened = await openChat(loaded.page);
      const traffic = await loaded.traffic.read();
      const returned = await returnAndOpen(loaded.page, withUrl, loaded.scriptFetches);
      await loaded.context.close();
      runs.push({
        without: without ?? (await loadWithout()),
        with: loaded.run,
        opened: opened.probes,
        chunkFetchMs: opened.chunkFetchMs,
        openedBytes: traffic.bytes - loaded.run.proxyBytes,
        encodings: traffic.encodings,
        scriptTag,
        returned,
      });
    }
    const traced: TracedRun[] = [];
    for (let index = 0; index < hostSettings.tracedRuns; index += 1) {
      traced.push(await tracedRun(browser, withUrl, stack.proxyUrl));
    }
    return { ...hostPageFigures(runs, traced), durationMs: performance.now() - started };
  } finally {
    await stack.close();
    await host.close();
  }
}
