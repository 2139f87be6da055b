/** How a visitor drives the widget, in Playwright locators (which pierce the open shadow root). */
import type { Locator, Page } from 'playwright-core';

export function chat(page: Page) {
  const panel = page.getByRole('dialog', { name: 'Calendar assistant' });
  const log = panel.getByRole('log', { name: 'Conversation' });
  return {
    panel,
    log,
    launcher: page.getByRole('button', { name: 'Open chat' }),
    textBox: panel.getByRole('textbox', { name: 'Message' }),
    async open() {
      await page.getByRole('button', { name: 'Open chat' }).click();
      await panel.getByRole('textbox', { name: 'Message' }).waitFor();
    },
    async send(text: string) {
      await panel.getByRole('textbox', { name: 'Message' }).fill(text);
      await panel.getByRole('button', { name: 'Send' }).click();
    },
    /** The latest bot bubble. */
    lastBot(): Locator {
      return log.locator('li.bubble.bot').last();
    },
  };
}
