/** How a visitor drives the widget, in Playwright locators (which pierce the open shadow root). */
import type { Locator, Page } from 'playwright-core';

/** One widget on the page (the first, unless another host element is given). */
export function chat(page: Page, host: Locator = page.locator('slotchat-widget').first()) {
  const panel = host.getByRole('dialog', { name: 'Calendar assistant' });
  const log = panel.getByRole('log', { name: 'Conversation' });
  const textBox = panel.getByRole('textbox', { name: 'Message' });
  return {
    host,
    panel,
    log,
    textBox,
    launcher: host.getByRole('button', { name: 'Open chat' }),
    async open() {
      await host.getByRole('button', { name: 'Open chat' }).click();
      await textBox.waitFor();
    },
    async send(text: string) {
      await textBox.fill(text);
      await panel.getByRole('button', { name: 'Send' }).click();
    },
    /** The latest bot bubble. */
    lastBot(): Locator {
      return log.locator('li.bubble.bot').last();
    },
    /** Clicks Connect on the latest auth card and returns the popup it opened. */
    async connect(name = 'Google Calendar'): Promise<Page> {
      const button = log.getByRole('button', { name: `Connect ${name}` }).last();
      await button.waitFor();
      const [popup] = await Promise.all([page.waitForEvent('popup'), button.click()]);
      return popup;
    },
    eventCard(title: string): Locator {
      return log.getByRole('article', { name: title });
    },
  };
}

export type ChatPage = ReturnType<typeof chat>;
