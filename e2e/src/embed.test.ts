/**
 * The script-tag embed on a customer's site on another origin: a strict CSP (no inline script or
 * style, no eval), hostile global CSS, two widgets on one page, the command queue before the
 * script has loaded, and theming.
 */
import { cardMessages } from '@slotchat/widget/fixtures';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { visitorPerTest } from './browser';
import { chat } from './chat-page';
import { botEntry, shownAt, showConversation } from './conversation';

let page: Page;
let consoleErrors: string[];

visitorPerTest({ reducedMotion: 'reduce' }, async (visitor) => {
  ({ page } = visitor);
  consoleErrors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  // Every CSP violation on the host page is recorded (init scripts run outside the page's CSP).
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = violations;
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
});

const violations = () =>
  page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

/**
 * The computed style and box of every element of the widget. Inherited properties are the ones
 * a page leaks through the host element; the box catches everything else that moves.
 */
function widgetStyles() {
  return page.evaluate(() => {
    const properties = [
      'color',
      'background-color',
      'font-family',
      'font-size',
      'font-weight',
      'font-style',
      'font-variant-caps',
      'line-height',
      'letter-spacing',
      'word-spacing',
      'text-transform',
      'text-align',
      'text-indent',
      'text-shadow',
      'white-space',
      'word-break',
      'direction',
      'visibility',
      'cursor',
      'list-style-type',
      'quotes',
      'box-sizing',
      'border-top-style',
      'border-top-width',
      'margin-top',
      'padding-top',
      'display',
      'position',
    ];
    const root = document.querySelector('slotchat-widget')!.shadowRoot!;
    // Everything the visitor can see is under .root (the React mount point above it has no box).
    return [...root.querySelectorAll('.root, .root *')].map((element) => {
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      return {
        element: `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''}`,
        // .root itself is an empty box in the page's flow, wherever the page puts it; everything
        // visible is inside the fixed launcher and panel.
        box: element.classList.contains('root')
          ? 'in the page flow'
          : [box.x, box.y, box.width, box.height].map(Math.round).join(' '),
        ...Object.fromEntries(properties.map((name) => [name, style.getPropertyValue(name)])),
      };
    });
  });
}

/** The launcher as widget.js draws it, then the open panel with every card. */
async function lookOf(path: '/clean.html' | '/strict.html') {
  await page.goto(`${inject('hostUrl')}${path}`);
  const widget = chat(page);
  await widget.launcher.waitFor();
  const launcher = await widgetStyles();
  await showConversation(page, inject('proxyUrl'), [
    { id: 'v', role: 'visitor', text: 'Show me everything', at: shownAt },
    ...cardMessages.map((message, index) => botEntry(`card-${index}`, message)),
  ]);
  await widget.eventCard('Design review').waitFor();
  return { launcher, panel: await widgetStyles() };
}

describe('script-tag embed on a strict, hostile site', () => {
  it('looks exactly as on a clean page: every element, launcher and open panel with every card', async () => {
    const clean = await lookOf('/clean.html');
    // A new visitor on the hostile page (both pages share an origin, and so their storage).
    await page.evaluate(() => {
      localStorage.clear();
      sessionStorage.clear();
    });
    const hostile = await lookOf('/strict.html');
    expect(hostile.launcher).toEqual(clean.launcher);
    expect(hostile.panel).toEqual(clean.panel);
    // The comparison covers the cards, not an empty panel.
    expect(clean.panel.length).toBeGreaterThan(150);
    // The page's styles still apply to the page.
    const hostButton = await page.locator('#host-button').evaluate((element) => {
      const style = getComputedStyle(element);
      return { background: style.backgroundColor, fontSize: style.fontSize };
    });
    expect(hostButton).toEqual({ background: 'rgb(0, 255, 0)', fontSize: '31px' });
    expect(await violations()).toEqual([]);
  });

  it('works end to end with no CSP violation', async () => {
    await page.goto(`${inject('hostUrl')}/strict.html`);
    const widget = chat(page);
    await widget.open();
    await widget.send('show me event abc123');
    const popup = await widget.connect();
    await popup.getByRole('button', { name: 'Allow' }).click();
    await widget.eventCard('Design review').waitFor();

    expect(await violations()).toEqual([]);
    expect(consoleErrors.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
  });

  it('keeps two widgets on one page independent', async () => {
    await page.goto(`${inject('hostUrl')}/two-widgets.html`);
    const hosts = page.locator('slotchat-widget');
    await expect.poll(() => hosts.count()).toBe(2);
    const first = chat(page, hosts.nth(0));
    const second = chat(page, hosts.nth(1));
    await first.open();
    await first.send('show me event abc123');
    await first.log.getByRole('button', { name: 'Connect Google Calendar' }).waitFor();
    await second.open();
    await second.log.locator('li.bubble.bot').first().waitFor();
    expect(await second.log.locator('li.bubble.visitor').count()).toBe(0);
    expect(await first.log.locator('li.bubble.visitor').count()).toBe(1);
    expect(await violations()).toEqual([]);
  });
});

describe('the command queue, before widget.js has loaded', () => {
  const events = () => page.evaluate(() => (window as unknown as { __events: string[] }).__events);
  const chatChunkRequests: string[] = [];
  beforeEach(() => {
    chatChunkRequests.length = 0;
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.endsWith('/widget-chat.js'))
        chatChunkRequests.push(request.url());
    });
  });

  it('"on" alone does not load the chat; its handlers hear the first open and the greeting', async () => {
    await page.goto(`${inject('hostUrl')}/queue-listeners.html`);
    expect(await page.evaluate(() => (window as unknown as { __queued: number }).__queued)).toBe(5);
    const widget = chat(page);
    await widget.launcher.waitFor();
    await page.waitForLoadState('networkidle');
    expect(chatChunkRequests).toEqual([]);

    await widget.open();
    await widget.lastBot().waitFor();
    await expect.poll(events).toEqual(['open', expect.stringMatching(/^message:/)]);
    await page.keyboard.press('Escape');
    await expect.poll(events).toContain('close');
    expect(chatChunkRequests).toHaveLength(1);
  });

  it('runs every command queued before load, in order: init, on, open, send, close, setTimeZone, reset', async () => {
    await page.goto(`${inject('hostUrl')}/queue-everything.html`);
    expect(await page.evaluate(() => (window as unknown as { __queued: number }).__queued)).toBe(
      12,
    );
    const widget = chat(page);
    // open: the panel is open; reset: "hello" is gone; send: the last request asks to connect.
    const connect = widget.log.getByRole('button', { name: 'Connect Google Calendar' });
    await connect.waitFor();
    expect(await widget.log.locator('li.bubble.visitor .text').allTextContents()).toEqual([
      'show me event abc123',
    ]);
    // setTimeZone survives the reset (it is the visitor's zone, not the conversation's).
    await widget.panel.getByText('Times in Tokyo (GMT+9)').waitFor();
    const heard = await events();
    expect(heard[0]).toBe('open');
    expect(heard).toContain('close');
    expect(heard.filter((name) => name === 'open')).toHaveLength(2);
    expect(heard.at(-1)).toBe('message:auth');

    // on('connection'): the host hears the account being connected.
    const popup = await widget.connect();
    await popup.getByRole('button', { name: 'Allow' }).click();
    await widget.eventCard('Design review').waitFor();
    await expect.poll(events).toContain('connection:google-calendar:true');
    expect(await violations()).toEqual([]);
  });
});

describe('theming', () => {
  it('takes colours, font, radius and position from CSS custom properties on the host element', async () => {
    await page.goto(inject('proxyUrl'));
    await page.addStyleTag({
      content: `slotchat-widget { --slotchat-accent: rgb(120, 20, 90); --slotchat-offset-x: 40px;
        --slotchat-font: Georgia, serif; --slotchat-radius: 3px; }`,
    });
    const widget = chat(page);
    const launcher = await widget.launcher.evaluate((element) => {
      const computed = getComputedStyle(element);
      return { background: computed.backgroundColor, right: computed.right };
    });
    expect(launcher).toEqual({ background: 'rgb(120, 20, 90)', right: '40px' });
    await widget.open();
    const panel = await widget.panel.evaluate((element) => {
      const computed = getComputedStyle(element);
      return { font: computed.fontFamily, radius: computed.borderTopLeftRadius };
    });
    expect(panel).toEqual({ font: 'Georgia, serif', radius: '3px' });
  });

  it('follows the visitor preference, unless the host forces light or dark', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(inject('proxyUrl'));
    const widget = chat(page);
    await widget.open();
    const background = () =>
      widget.panel.evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(await background()).toBe('rgb(22, 25, 29)');
    await page.evaluate(() =>
      (window as unknown as { Slotchat: (...a: unknown[]) => void }).Slotchat('setTheme', 'light'),
    );
    expect(await background()).toBe('rgb(255, 255, 255)');
    // A site's own theme switch can set the attribute directly, too.
    await page
      .locator('slotchat-widget')
      .evaluate((host) => host.setAttribute('data-theme', 'dark'));
    expect(await background()).toBe('rgb(22, 25, 29)');
  });
});
