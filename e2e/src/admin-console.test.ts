/**
 * The site owner's admin console in Chromium, against the real proxy and sandbox: sign in, save
 * a profile pointing at the sandbox, pre-authorize through the sandbox's consent page, and see
 * each choice change what a visitor's widget does — with no restart in between.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser';
import type { Browser } from './browser';
import { chat } from './chat-page';
import { shiftedClock } from './clock';
import { startStack } from './stack';
import type { Stack } from './stack';

const adminSecret = 'e2e-admin-secret-0123456789';
const adminDir = join(fileURLToPath(new URL('../../', import.meta.url)), 'apps/admin/dist');
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

let browser: Browser;
let stack: Stack;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  stack = await startStack({
    // ALLOWED_ORIGINS unset: the console manages the embedding origins.
    env: { ADMIN_SECRET: adminSecret, ADMIN_DIR: adminDir, ALLOWED_ORIGINS: '' },
    clock: shiftedClock(inject('clockShiftMs')),
  });
});
afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
});
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

async function newPage(): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  return context.newPage();
}

/** WCAG 2.x A/AA violations on the whole console page. */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (...args: unknown[]) => Promise<{ violations: { id: string; help: string }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((violation) => `${violation.id}: ${violation.help}`);
  });
}

async function signIn(page: Page, secret = adminSecret) {
  await page.goto(`${stack.proxyUrl}/admin`);
  await page.getByLabel('Admin secret').fill(secret);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function openIntegration(page: Page, name: 'Google Calendar' | 'Calendly') {
  await page.getByRole('link', { name: 'Integrations' }).click();
  await page.getByRole('link', { name: `Set up ${name}` }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** A new visitor on the demo page asks the chat something. */
async function visitorAsks(prompt: string) {
  const page = await newPage();
  await page.goto(stack.proxyUrl);
  const widget = chat(page);
  await widget.open();
  await widget.send(prompt);
  return widget;
}

describe('the admin console', () => {
  it('refuses a wrong secret with a clear message', async () => {
    const page = await newPage();
    await signIn(page, 'not-the-secret-at-all');
    await page.getByRole('alert').getByText('That admin secret is not right').waitFor();
    expect(await page.getByRole('heading', { name: 'Integrations' }).count()).toBe(0);
  });

  it('saves a profile pointing at the sandbox, refusing a plain-http URL first', async () => {
    const page = await newPage();
    await signIn(page);
    await openIntegration(page, 'Google Calendar');
    await page.getByLabel('Client ID').fill('slotchat-sandbox-google');
    await page.getByLabel('Client secret').fill('sandbox-google-secret');
    const tokenUrl = page.getByLabel('Token URL', { exact: true });
    const sandboxTokenUrl = await tokenUrl.inputValue();
    await tokenUrl.fill('http://oauth.example.com/token');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Use https:// — plain http is only allowed for localhost.').waitFor();
    expect(await tokenUrl.getAttribute('aria-invalid')).toBe('true');

    await tokenUrl.fill(sandboxTokenUrl);
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByRole('status').getByText('Profile saved.').waitFor();
    expect(await page.getByLabel('Client secret').inputValue()).toBe('');
    await page.getByText('Set. It is never shown again').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('pre-authorizes through the consent page: a visitor is answered without connecting', async () => {
    const page = await newPage();
    await signIn(page);
    await openIntegration(page, 'Google Calendar');
    await page.getByLabel('Pre-authorize the integration').check();
    await page.getByRole('status').getByText('Pre-authorized').waitFor();
    const [popup] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByRole('button', { name: 'Authorize Google Calendar' }).click(),
    ]);
    await popup.getByRole('button', { name: 'Allow' }).click();
    await page.getByText('Connected as avery.chen@example.com').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const widget = await visitorAsks('show me event abc123');
    await widget.eventCard('Design review').waitFor();
    expect(await widget.log.getByRole('button', { name: 'Connect Google Calendar' }).count()).toBe(
      0,
    );

    // Back to visitors authorizing: the next visitor is asked to connect their own account.
    await page.getByLabel('Allow visitors to authorize').check();
    await page.getByRole('status').getByText('Visitors authorize').waitFor();
    const next = await visitorAsks('show me event abc123');
    await next.lastBot().getByRole('button', { name: 'Connect Google Calendar' }).waitFor();
  });

  it('switches a template off, and the widget declines it', async () => {
    const page = await newPage();
    await signIn(page);
    await openIntegration(page, 'Calendly');
    const offer = page.getByRole('switch', { name: 'Offer “Book a Calendly appointment”' });
    await offer.click();
    await expect.poll(() => offer.getAttribute('aria-checked')).toBe('false');

    const widget = await visitorAsks('book an appointment');
    await widget
      .lastBot()
      .getByText(/not offered on this site/i)
      .waitFor();
    expect(await widget.log.locator('ul.event-types').count()).toBe(0);

    await offer.click();
    await expect.poll(() => offer.getAttribute('aria-checked')).toBe('true');
  });

  it('refuses a change without its CSRF token, and says what to do', async () => {
    const page = await newPage();
    await signIn(page);
    await page.getByRole('heading', { name: 'Integrations' }).waitFor();
    const answer = await page.evaluate(async () => {
      const response = await fetch('/admin/api/integrations/calendly/settings', {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ enabled: false }),
      });
      return { status: response.status, body: (await response.json()) as unknown };
    });
    expect(answer).toMatchObject({
      status: 403,
      body: { error: { code: 'csrf_failed', message: expect.stringContaining('reload') } },
    });
  });

  it('has no axe violations on the sign-in, integrations, embedding and audit pages', async () => {
    const page = await newPage();
    await page.goto(`${stack.proxyUrl}/admin`);
    await page.getByLabel('Admin secret').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await signIn(page);
    await page.getByRole('heading', { name: 'Integrations' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Embedding' }).click();
    await page.getByRole('heading', { name: 'Embedding' }).waitFor();
    await page.getByLabel('Add an origin').fill('https://clinic.example/booking');
    await page.getByRole('button', { name: 'Add origin' }).click();
    await page.getByText('Enter only the origin, without a path: https://clinic.example').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('heading', { name: 'Audit log' }).waitFor();
    await page.getByRole('cell', { name: 'console.signed-in' }).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
