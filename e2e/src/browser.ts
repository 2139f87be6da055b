/** Debian's Chromium, headless, driven by playwright-core (no downloaded browser). */
import { launchChromium } from '@slotchat/proxy/chromium';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest';

export interface Browser {
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  close(): Promise<void>;
}

/**
 * Playwright gives every launch a fresh temporary profile; contexts inside it are isolated like
 * separate visitors (own storage, own session with the proxy). Every context runs on the run's
 * shifted clock (`clock.ts`), the same one as the sandbox and the proxy: the page sees the fixed
 * day, and its timers still run in real time.
 */
export async function launchBrowser(): Promise<Browser> {
  const browser = await launchChromium();
  const shiftMs = inject('clockShiftMs');
  return {
    async newContext(options) {
      const context = await browser.newContext(options);
      await context.clock.install({ time: Date.now() + shiftMs });
      return context;
    },
    close: () => browser.close(),
  };
}

export interface Visitor {
  context: BrowserContext;
  page: Page;
}

/**
 * The hooks most browser test files share: one browser for the file and, for every test, a new
 * visitor (a context of its own: own storage, own session with the proxy) with one page open.
 * `setUp` gets each visitor before its test runs; the context is closed after it.
 *
 * @example
 * let page: Page;
 * visitorPerTest({ locale: 'en-GB' }, (visitor) => ({ page } = visitor));
 */
export function visitorPerTest(
  options: BrowserContextOptions,
  setUp: (visitor: Visitor) => Promise<void> | void,
): void {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    if (!browser) throw new Error('the browser did not start');
    context = await browser.newContext(options);
    await setUp({ context, page: await context.newPage() });
  });
  afterEach(async () => {
    await context?.close();
  });
}
