/**
 * What the visitor sees while a call runs and when it fails: the typing indicator during a slow
 * provider answer, and an error card whose Retry works once the provider recovers. Faults are
 * switched on in the sandbox, as a flaky Google would behave.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, inject, it } from 'vitest';
import { visitorPerTest } from './browser';
import { chat } from './chat-page';
import type { ChatPage } from './chat-page';

let page: Page;
let widget: ChatPage;

async function sandboxFaults(method: 'POST' | 'DELETE', body?: unknown) {
  const response = await fetch(`${inject('sandboxUrl')}/__sandbox/faults`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  if (!response.ok) throw new Error(`sandbox faults ${method}: ${response.status}`);
}

visitorPerTest({}, async (visitor) => {
  ({ page } = visitor);
  await page.goto(inject('proxyUrl'));
  widget = chat(page);
  await widget.open();
  await widget.send('show me event abc123');
  const popup = await widget.connect();
  await popup.getByRole('button', { name: 'Allow' }).click();
  await widget.eventCard('Design review').waitFor();
});
afterEach(async () => {
  await sandboxFaults('DELETE');
});

describe('feedback while calling the provider', () => {
  it('shows the typing indicator while a slow call runs, and removes it with the answer', async () => {
    await sandboxFaults('POST', {
      provider: 'google',
      operation: 'events.get',
      kind: 'latency',
      latencyMs: 1500,
      times: 1,
    });
    await widget.send('show me event abc123');
    const typing = widget.panel
      .getByRole('status')
      .filter({ hasText: 'The assistant is working…' });
    await typing.waitFor();
    await widget.log
      .locator('li.bubble.bot')
      .last()
      .getByRole('article', { name: 'Design review' })
      .waitFor();
    await typing.waitFor({ state: 'detached' });
  });

  it('shows an error card when the provider fails, and Retry answers once it recovers', async () => {
    await sandboxFaults('POST', {
      provider: 'google',
      operation: 'events.get',
      kind: 'unavailable',
    });
    await widget.send('show me event abc123');
    const retry = widget.lastBot().getByRole('button', { name: 'Retry' });
    await retry.waitFor();
    await sandboxFaults('DELETE');
    await retry.click();
    await widget.log
      .locator('li.bubble.bot')
      .last()
      .getByRole('article', { name: 'Design review' })
      .waitFor();
  });
});
