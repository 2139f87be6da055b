/**
 * End to end (issue 8 §5): from the visitor's click on Send to the result card painted, in
 * Chromium, through the widget, the real engine, the real proxy and the sandbox. One browser
 * context per prompt, connected once through the sandbox's consent popup (the first ask, not
 * timed); then timed runs, the conversation reset between them so each starts alike.
 */
import type { Browser, Page } from 'playwright-core';
import { probeScript } from '../browser/page-probes';
import { figure, type Figure, type SuiteResult } from '../results';
import { endToEndSettings } from '../settings';
import { startHostSite } from '../stack/host-site';
import { startLocalStack } from '../stack/local-stack';
import { median, percentile, round } from '../stats';
import { withTimeout } from '../timeout';

const scenarios = [
  { name: 'get-event', prompt: 'show me event abc123', card: 'article.event-card' },
  {
    name: 'busy-by-named-range',
    prompt: 'what am I busy with next week?',
    card: 'section.busy-timeline',
  },
] as const;

function chat(page: Page) {
  const host = page.locator('slotchat-widget').first();
  const panel = host.getByRole('dialog', { name: 'Calendar assistant' });
  return {
    host,
    textBox: panel.getByRole('textbox', { name: 'Message' }),
    send: panel.getByRole('button', { name: 'Send' }),
    connect: panel.getByRole('button', { name: 'Connect Google Calendar' }),
  };
}

/** Types the prompt, clicks Send and returns Send → card painted, on the page's clock. */
async function ask(page: Page, prompt: string, card: string, connect = false): Promise<number> {
  const widget = chat(page);
  await widget.textBox.fill(prompt);
  const painted = page.evaluate((selector) => window.__bench.armCard(selector), card);
  await widget.send.click();
  if (connect) {
    const button = widget.connect.last();
    await button.waitFor();
    const [popup] = await Promise.all([page.waitForEvent('popup'), button.click()]);
    await popup.getByRole('button', { name: 'Allow' }).click();
  }
  await withTimeout(painted, 30_000, `no ${card} after “${prompt}”`);
  return page.evaluate(
    () => (window.__bench.cardFrame ?? NaN) - (window.__bench.sendClickedAt ?? NaN),
  );
}

export async function runEndToEnd(browser: Browser): Promise<SuiteResult> {
  const started = performance.now();
  const host = await startHostSite();
  const stack = await startLocalStack({ allowedOrigins: [host.url] });
  host.serve(stack.proxyUrl);
  const samples: Record<string, number[]> = {};
  try {
    for (const scenario of scenarios) {
      const context = await browser.newContext({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });
      await context.addInitScript(probeScript());
      const page = await context.newPage();
      await page.goto(`${host.url}/with-widget.html`);
      await chat(page).host.getByRole('button', { name: 'Open chat' }).click();
      await chat(page).textBox.waitFor();
      await ask(page, scenario.prompt, scenario.card, true);
      const times: number[] = [];
      for (let run = 0; run < endToEndSettings.runs; run += 1) {
        await page.evaluate(() => window.Slotchat?.('reset'));
        await chat(page).textBox.waitFor();
        times.push(await ask(page, scenario.prompt, scenario.card));
      }
      samples[scenario.name] = times;
      await context.close();
    }
  } finally {
    await stack.close();
    await host.close();
  }
  const figures: Figure[] = scenarios.flatMap((scenario) => {
    const times = samples[scenario.name] ?? [];
    const note = `“${scenario.prompt}”, ${times.length} runs after connecting`;
    return [
      figure('end-to-end', `${scenario.name}: Send → card, median`, round(median(times), 1), 'ms', {
        note,
      }),
      figure(
        'end-to-end',
        `${scenario.name}: Send → card, p90`,
        round(percentile(times, 90), 1),
        'ms',
        {
          note,
        },
      ),
    ];
  });
  return {
    figures,
    details: Object.fromEntries(
      Object.entries(samples).map(([name, times]) => [name, times.map((time) => round(time, 1))]),
    ),
    durationMs: performance.now() - started,
  };
}
