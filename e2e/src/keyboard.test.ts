/**
 * Keyboard-only use, from the launcher to a created event and back: nothing is focused by the
 * test itself. After every action that removes or disables the control that had focus (a quick
 * reply, Yes, Connect, a menu item, the zone picker) focus must still be inside the widget, where
 * Escape and Tab go on working — never on the host page's <body>.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { focusedName, tabTo } from './a11y';
import { visitorPerTest } from './browser';
import { chat } from './chat-page';

let page: Page;

visitorPerTest(
  {
    viewport: { width: 1280, height: 900 },
    timezoneId: 'Europe/Berlin',
    locale: 'en-GB',
  },
  (visitor) => {
    ({ page } = visitor);
  },
);

const focused = () => focusedName(page);

describe('keyboard only', () => {
  it('quick reply, Connect, confirmation, menu, zone picker and Start over keep focus in the chat', async () => {
    await page.goto(`${inject('proxyUrl')}/plain.html`);
    const widget = chat(page);
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Open chat');
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('Message');

    // A quick reply of the greeting: it is disabled once chosen, and focus goes to the text box.
    await widget.lastBot().getByRole('button', { name: 'show me event abc123' }).waitFor();
    await tabTo(page, 'show me event abc123', true);
    await page.keyboard.press('Enter');
    expect(await focused()).toBe('Message');

    // Connect unmounts its button; the popup takes the window, and the chat keeps its focus.
    await widget.lastBot().getByRole('button', { name: 'Connect Google Calendar' }).waitFor();
    await tabTo(page, 'Connect Google Calendar', true);
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('Enter')]);
    expect(await focused()).toBe('Message');
    await popup.getByRole('button', { name: 'Allow' }).press('Enter');
    await widget.eventCard('Design review').waitFor();
    expect(await focused()).toBe('Message');

    // A confirmation answered from the keyboard.
    await page.keyboard.type('create a 30 minute meeting called Planning tomorrow at 10am');
    await page.keyboard.press('Enter');
    await widget.log.getByRole('region', { name: 'Create this event?' }).waitFor();
    await tabTo(page, 'Yes', true);
    await page.keyboard.press('Enter');
    expect(await focused()).toBe('Message');
    await widget.eventCard('Planning').waitFor();

    // Escape with the menu open closes the menu only.
    await tabTo(page, 'Chat options', true);
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('Start over');
    await page.keyboard.press('Escape');
    expect(await widget.panel.getByRole('button', { name: 'Start over' }).count()).toBe(0);
    expect(await widget.panel.count()).toBe(1);
    expect(await focused()).toBe('Chat options');

    // Change time zone: focus goes into the search box; a pick sends it back to the text box.
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('Start over');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('Change time zone');
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('Time zone');
    await page.keyboard.type('tokyo');
    await widget.panel.getByRole('option', { name: /Tokyo/ }).waitFor();
    await page.keyboard.press('Enter');
    await widget.panel.getByText('Times in Tokyo (GMT+9)').waitFor();
    expect(await focused()).toBe('Message');

    // Start over: the menu is gone and the conversation with it; focus is in the text box.
    await tabTo(page, 'Chat options', true);
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('Start over');
    await page.keyboard.press('Enter');
    await expect.poll(() => widget.log.locator('li.bubble').count()).toBe(1);
    expect(await focused()).toBe('Message');

    // Escape closes the chat and gives focus back to the launcher.
    await page.keyboard.press('Escape');
    await widget.panel.waitFor({ state: 'detached' });
    expect(await focused()).toBe('Open chat');
  });
});
