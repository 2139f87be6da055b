/** Debian's Chromium, headless, driven by playwright-core (no downloaded browser). */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { BrowserContext, BrowserContextOptions } from 'playwright-core';

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((candidate) => candidate && existsSync(candidate));
  if (!found) throw new Error('Chromium not found: install it or set CHROMIUM_PATH');
  return found;
}

export interface Browser {
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  close(): Promise<void>;
}

/**
 * Playwright gives every launch a fresh temporary profile; contexts inside it are isolated like
 * separate visitors (own storage, own session with the proxy).
 */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  return {
    newContext: (options) => browser.newContext(options),
    close: () => browser.close(),
  };
}
