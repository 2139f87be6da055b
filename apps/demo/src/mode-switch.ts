/**
 * The demo's switch between the two ways to authorize, against the sandbox only: "each visitor"
 * (the widget asks for a popup sign-in) or "the site owner" (one sandbox account, connected here
 * once, answers everyone). It talks to the proxy's /api/demo, which exists only while every
 * integration runs on the sandbox; elsewhere the switch explains the admin console instead.
 */
import {
  attemptCreatedSchema,
  attemptStatusSchema,
  authResultMessageSchema,
} from '@slotchat/integrations';
import { demoStateSchema, type DemoState } from '@slotchat/integrations/demo-api';
import type { SlotchatCommand } from './slotchat-queue';

type Integration = DemoState['integrations'][number];

async function call(method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const message = (json as { error?: { message?: string } } | null)?.error?.message;
    throw new Error(message ?? `The proxy answered ${response.status}`);
  }
  return json;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  properties: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), properties);
  node.append(...children);
  return node;
}

/**
 * The owner signs in at the sandbox in a popup opened inside the click (no await before
 * window.open, or it is blocked); the result arrives by postMessage from this origin or by
 * polling the attempt.
 */
function connectOwner(integration: Integration): Promise<string> {
  const popup = window.open('', 'slotchat-demo-owner', 'popup,width=520,height=720');
  return call('POST', '/api/demo/owner-attempts', { integration: integration.id }).then(
    (created) => {
      const attempt = attemptCreatedSchema.parse(created);
      if (popup) popup.location.href = attempt.authorizeUrl;
      else window.open(attempt.authorizeUrl, '_blank', 'noopener');
      return new Promise<string>((resolve) => {
        const finish = (status: string) => {
          window.removeEventListener('message', onMessage);
          clearInterval(timer);
          resolve(status);
        };
        const onMessage = (event: MessageEvent) => {
          if (event.origin !== window.location.origin) return;
          const message = authResultMessageSchema.safeParse(event.data);
          if (message.success && message.data.attemptId === attempt.attemptId) {
            finish(message.data.status);
          }
        };
        window.addEventListener('message', onMessage);
        const timer = setInterval(() => {
          call('GET', `/api/demo/owner-attempts/${encodeURIComponent(attempt.attemptId)}`)
            .then((answer) => {
              const { status } = attemptStatusSchema.parse(answer);
              if (status !== 'pending') finish(status);
            })
            .catch(() => {});
        }, 1000);
      });
    },
    (error: unknown) => {
      popup?.close();
      throw error;
    },
  );
}

export async function renderModeSwitch(root: HTMLElement, slotchat: SlotchatCommand) {
  let state: DemoState;
  try {
    state = demoStateSchema.parse(await call('GET', '/api/demo'));
  } catch {
    root.append(
      element(
        'p',
        {},
        'This proxy talks to real providers, so the demo switch is off: choose the mode for each integration in the ',
        element('a', { href: '/admin' }, 'admin console'),
        '.',
      ),
    );
    return;
  }

  const status = element('p', { className: 'mode-status' });
  status.setAttribute('role', 'status');
  const owners = element('div', { className: 'owner-connections' });
  const fieldset = element('fieldset', { className: 'mode-switch' });
  fieldset.append(element('legend', {}, 'Who authorizes in this demo?'));
  const choices: Record<Integration['mode'], string> = {
    user: 'Each visitor, in a popup when a request needs it',
    preauthorized: 'The site owner, once, for every visitor',
  };
  const radios = new Map<Integration['mode'], HTMLInputElement>();
  for (const mode of ['user', 'preauthorized'] as const) {
    const input = element('input', { type: 'radio', name: 'demo-mode', value: mode });
    radios.set(mode, input);
    input.addEventListener('change', () => void choose(mode));
    fieldset.append(element('label', { className: 'mode-choice' }, input, ` ${choices[mode]}`));
  }
  root.replaceChildren(fieldset, owners, status);

  function show(next: DemoState) {
    state = next;
    const mode = next.integrations.every((integration) => integration.mode === 'preauthorized')
      ? 'preauthorized'
      : 'user';
    for (const [value, input] of radios) input.checked = value === mode;
    owners.replaceChildren();
    if (mode !== 'preauthorized') return;
    for (const integration of next.integrations) {
      const line = element('p', { className: 'owner-connection' });
      if (integration.ownerConnected) {
        line.append(
          `${integration.name}: connected as ${integration.ownerAccount ?? 'the site owner'}.`,
        );
      } else {
        const button = element('button', { type: 'button', className: 'connect-owner' });
        button.textContent = `Connect ${integration.name} as the site owner`;
        button.addEventListener('click', () => {
          button.disabled = true;
          status.textContent = `Sign in to the sandbox's ${integration.name} in the window that opened…`;
          connectOwner(integration)
            .then(async (result) => {
              status.textContent =
                result === 'connected'
                  ? `${integration.name} is connected for every visitor. Ask the chat something.`
                  : `${integration.name} was not connected (${result}). Try again when you are ready.`;
              show(demoStateSchema.parse(await call('GET', '/api/demo')));
              slotchat('reset');
            })
            .catch((error: unknown) => {
              status.textContent = error instanceof Error ? error.message : String(error);
              button.disabled = false;
            });
        });
        line.append(`${integration.name}: not connected yet. `, button);
      }
      owners.append(line);
    }
  }

  async function choose(mode: Integration['mode']) {
    fieldset.disabled = true;
    try {
      show(demoStateSchema.parse(await call('PUT', '/api/demo/mode', { mode })));
      // A new conversation, so the chat asks the proxy afresh who answers for each integration.
      slotchat('reset');
      status.textContent =
        mode === 'user'
          ? 'Each visitor now connects their own account. The chat starts over.'
          : 'The site owner now authorizes: connect the sandbox accounts below once.';
    } catch (error) {
      status.textContent = error instanceof Error ? error.message : String(error);
      show(state);
    } finally {
      fieldset.disabled = false;
    }
  }

  show(state);
}
