import { createEngine } from '@slotchat/dialog';
import { templates } from '@slotchat/integrations/templates';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { DialogEngine } from '../core/engine-port';
import { fakeTransport } from '../core/test-doubles';
import { SlotchatWidget } from './slotchat-widget';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('<SlotchatWidget>', () => {
  it('renders the chat inside its own shadow root, one store per instance', async () => {
    const engine = createEngine({ templates }) as DialogEngine;
    const { container } = render(
      <>
        <SlotchatWidget
          proxyUrl="http://proxy.test"
          engine={engine}
          transport={fakeTransport().transport}
        />
        <SlotchatWidget
          proxyUrl="http://proxy.test"
          instance="second"
          position="left"
          engine={engine}
          transport={fakeTransport().transport}
        />
      </>,
    );
    const hosts = [...container.children] as HTMLElement[];
    expect(hosts).toHaveLength(2);
    const [first, second] = hosts.map((host) => host.shadowRoot!);
    await waitFor(() => expect(first!.querySelector('button.launcher')).not.toBeNull());
    await waitFor(() => expect(second!.querySelector('button.launcher')).not.toBeNull());
    expect(hosts[1]!.dataset.position).toBe('left');
    // Nothing of the widget lands in the light DOM, where the host page's CSS would reach it.
    expect(container.querySelector('button')).toBeNull();

    fireEvent.click(first!.querySelector('button.launcher')!);
    await waitFor(() => expect(first!.querySelector('[role="dialog"]')).not.toBeNull());
    expect(second!.querySelector('[role="dialog"]')).toBeNull();
  });
});

describe('<SlotchatWidget> options for the host page', () => {
  it('puts the nonce on its style element where constructable stylesheets are missing, and forces a theme', async () => {
    const engine = createEngine({ templates }) as DialogEngine;
    const { container } = render(
      <SlotchatWidget
        proxyUrl="http://proxy.test"
        engine={engine}
        transport={fakeTransport().transport}
        nonce="page-nonce"
        theme="dark"
      />,
    );
    const host = container.firstElementChild as HTMLElement;
    await waitFor(() => expect(host.shadowRoot?.querySelector('button.launcher')).not.toBeNull());
    // jsdom has no adoptedStyleSheets: the fallback <style> must carry the page's nonce.
    expect(host.shadowRoot!.querySelector('style')?.nonce).toBe('page-nonce');
    expect(host.dataset.theme).toBe('dark');
  });
});

describe('<SlotchatWidget> in another language', () => {
  it('says what the assistant says from a translation of its catalogue (botStrings)', async () => {
    const { container } = render(
      <SlotchatWidget
        proxyUrl="http://proxy.test"
        transport={fakeTransport().transport}
        locale="de-DE"
        defaultOpen
        botStrings={{
          'welcome.intro': 'Hallo! Ich helfe bei Ihren Kalendern, zum Beispiel:',
          'calendly.schedule.title': 'Einen Calendly-Termin buchen',
        }}
      />,
    );
    const shadow = (container.firstElementChild as HTMLElement).shadowRoot!;
    await waitFor(() =>
      expect(shadow.textContent).toContain('Hallo! Ich helfe bei Ihren Kalendern'),
    );
    expect(shadow.textContent).toContain('Einen Calendly-Termin buchen');
  });
});
