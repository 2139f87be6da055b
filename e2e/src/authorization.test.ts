/**
 * Popup authorization in a real browser against the real proxy and sandbox: allow (the event
 * card appears with no more typing), deny, the popup closed early, the popup blocked, a token
 * revoked in the middle of a dialog, and disconnecting.
 */
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { visitorPerTest } from './browser';
import { chat } from './chat-page';

let context: BrowserContext;
let page: Page;

visitorPerTest({}, (visitor) => {
  ({ context, page } = visitor);
});

async function askForEvent() {
  await page.goto(inject('proxyUrl'));
  const widget = chat(page);
  await widget.open();
  await widget.send('show me event abc123');
  return widget;
}

describe('popup authorization', () => {
  it('allow: the event card appears without further typing', async () => {
    const widget = await askForEvent();
    const popup = await widget.connect();
    await Promise.all([
      popup.waitForEvent('close'),
      popup.getByRole('button', { name: 'Allow' }).click(),
    ]);
    const card = widget.eventCard('Design review');
    await card.waitFor();
    expect(await card.textContent()).toContain('Design review');
    await widget.panel.getByText('Google Calendar: connected').waitFor();
  });

  it('deny: the chat says access was not granted and offers to try again', async () => {
    const widget = await askForEvent();
    const popup = await widget.connect();
    await Promise.all([
      popup.waitForEvent('close'),
      popup.getByRole('button', { name: 'Deny' }).click(),
    ]);
    const reply = widget.lastBot();
    await reply
      .getByText(/not granted/)
      .first()
      .waitFor();
    await reply.getByRole('button', { name: 'Try again' }).waitFor();
    expect(await widget.eventCard('Design review').count()).toBe(0);
  });

  it('deny, then try again and allow: the dialog resumes', async () => {
    const widget = await askForEvent();
    const denied = await widget.connect();
    await denied.getByRole('button', { name: 'Deny' }).click();
    await widget.log.getByText('Access to Google Calendar was not granted.').first().waitFor();
    const [popup] = await Promise.all([
      page.waitForEvent('popup'),
      widget.log.locator('section.auth').getByRole('button', { name: 'Try again' }).last().click(),
    ]);
    await popup.getByRole('button', { name: 'Allow' }).click();
    await widget.eventCard('Design review').waitFor();
  });

  it('popup closed before finishing: the card says so and offers to try again', async () => {
    const widget = await askForEvent();
    const popup = await widget.connect();
    await popup.getByRole('button', { name: 'Allow' }).waitFor();
    await popup.close();
    await widget.log.getByText('The sign-in window was closed before you finished.').waitFor();
    await widget.log.locator('section.auth').getByRole('button', { name: 'Try again' }).waitFor();
  });

  it('popup blocked: a link continues in a new tab and the dialog still resumes', async () => {
    // What a popup blocker does to window.open.
    await page.addInitScript(() => {
      window.open = () => null;
    });
    const widget = await askForEvent();
    await widget.log.getByRole('button', { name: 'Connect Google Calendar' }).click();
    await widget.log.getByText('Your browser blocked the sign-in window.').waitFor();
    const link = widget.log.getByRole('link', { name: 'Continue in a new tab' });
    const [tab] = await Promise.all([context.waitForEvent('page'), link.click()]);
    await tab.getByRole('button', { name: 'Allow' }).click();
    await widget.eventCard('Design review').waitFor();
  });

  it('token revoked in the middle of a multi-step dialog: reconnect, and the dialog goes on', async () => {
    const widget = await askForEvent();
    let popup = await widget.connect();
    await popup.getByRole('button', { name: 'Allow' }).click();
    await widget.eventCard('Design review').waitFor();

    // Three turns into creating an event, before confirming it.
    await widget.send('create a meeting called Planning');
    await widget.lastBot().getByText('When does it start?').waitFor();
    await widget.send('tomorrow at 10am');
    await widget.lastBot().getByRole('button', { name: '30 minutes' }).click();
    const confirmation = widget.log.getByRole('region', { name: 'Create this event?' });
    await confirmation.waitFor();
    const typed = await widget.log.locator('li.bubble.visitor').count();

    // Meanwhile the visitor revokes Slotchat's access at Google (the sandbox's admin switch).
    const revoked = await fetch(`${inject('sandboxUrl')}/__sandbox/grants/revoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ provider: 'google' }),
    });
    expect(revoked.status).toBe(200);

    // Yes: the write is refused, the chat asks to connect again, and after Allow the event is
    // created from the answers already given — nothing to type again.
    await confirmation.getByRole('button', { name: 'Yes' }).click();
    popup = await widget.connect();
    await popup.getByRole('button', { name: 'Allow' }).click();
    const created = widget.eventCard('Planning');
    await created.waitFor();
    expect(await created.textContent()).toContain('10:00');
    // The visitor only pressed Yes (one more bubble of theirs): nothing was typed twice.
    expect(await widget.log.locator('li.bubble.visitor').count()).toBe(typed + 1);
    // The first auth card still says how it ended; the second one, too.
    expect(
      await widget.log.locator('section.auth').getByText('You connected Google Calendar.').count(),
    ).toBe(2);
  });

  it('disconnect from the menu: the header shows it and the next request asks again', async () => {
    const widget = await askForEvent();
    const popup = await widget.connect();
    await popup.getByRole('button', { name: 'Allow' }).click();
    await widget.eventCard('Design review').waitFor();
    await widget.panel.getByText('Google Calendar: connected').waitFor();

    await widget.panel.getByRole('button', { name: 'Chat options' }).click();
    await widget.panel.getByRole('button', { name: 'Disconnect Google Calendar' }).click();
    await widget.panel.getByText('Google Calendar: not connected').waitFor();
    // The card of that first sign-in tells its own story, not today's state.
    await widget.log.locator('section.auth').getByText('You connected Google Calendar.').waitFor();
    await widget.send('show me event abc123');
    await widget.lastBot().getByRole('button', { name: 'Connect Google Calendar' }).waitFor();
  });
});
