/** Accessibility helpers for the browser tests: axe-core in the page, and where focus is. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: unknown[] }[];
}

/** WCAG 2.x A/AA violations inside the widget (axe pierces its open shadow root). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (...args: unknown[]) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(
      { include: [['slotchat-widget']] },
      {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      },
    );
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map((node) => ({ target: node.target })),
    }));
  });
}

/**
 * What has focus, by the name a visitor would hear: the widget's control, "BODY" when focus fell
 * out of everything, or the host page's element.
 */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active) return 'nothing';
    if (active === document.body) return 'BODY';
    const labelled = active as HTMLInputElement;
    return (
      active.getAttribute('aria-label') ??
      labelled.labels?.[0]?.textContent ??
      (active.textContent?.trim() || active.tagName)
    );
  });
}

/** Presses Tab (or Shift+Tab) until the control named `name` has focus, at most `limit` times. */
export async function tabTo(page: Page, name: string, backwards = false, limit = 40) {
  for (let step = 0; step < limit; step += 1) {
    if ((await focusedName(page)) === name) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached "${name}" (focus is on "${await focusedName(page)}")`);
}

/**
 * The WCAG contrast ratio of an element's text on its own background. For text axe does not
 * check: the launcher's badge is aria-hidden (its count is in the button's name instead).
 */
export function contrastOf(page: Page, selector: string): Promise<number> {
  return page.evaluate((selector) => {
    const element = document.querySelector('slotchat-widget')!.shadowRoot!.querySelector(selector)!;
    const style = getComputedStyle(element);
    const channels = (color: string) => (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const luminance = (color: string) => {
      const [r, g, b] = channels(color).map((value) => {
        const c = value / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const [light, dark] = [luminance(style.color), luminance(style.backgroundColor)].sort(
      (a, b) => b - a,
    );
    return (light! + 0.05) / (dark! + 0.05);
  }, selector);
}
