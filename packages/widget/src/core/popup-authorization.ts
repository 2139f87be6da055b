/**
 * The popup side of authorization. Opening the popup is split from the rest because browsers
 * only allow `window.open` synchronously inside the visitor's click: the widget opens a blank
 * popup first, then (after the proxy created the attempt) points it at the authorize URL.
 *
 * The outcome arrives two ways, whichever is first: the proxy's callback page posts a message to
 * the opener, and the widget polls the attempt's status (the link to the popup may be cut, e.g.
 * by a Cross-Origin-Opener-Policy on the provider's pages, or the page was reloaded).
 */
import { authResultMessageSchema } from '@slotchat/integrations';
import type { AttemptStatusValue } from '@slotchat/integrations';
import type { ChatTransport } from './transport';
import { TransportError } from './transport';

export interface PopupHandle {
  navigate(url: string): void;
  readonly closed: boolean;
  close(): void;
}

/** Opens a blank popup; null when the browser blocked it. Must run inside the click handler. */
export type OpenPopup = () => PopupHandle | null;

export interface IncomingMessage {
  origin: string;
  data: unknown;
}

/** Where cross-window messages arrive (the window's `message` event in the browser). */
export interface MessageSource {
  subscribe(listener: (message: IncomingMessage) => void): () => void;
}

export type FinalAttemptStatus = Exclude<AttemptStatusValue, 'pending'>;

/**
 * Sends the popup to `url` with the embedding page's origin as the Referer. The proxy opens a
 * sign-in link without a confirmation step only when it comes from the chat's own site, and a
 * host page whose policy is `no-referrer` (the proxy's own demo pages among them) would hide
 * that: a link's `referrerpolicy` outranks the page's, and "origin" sends no path or query.
 */
function navigateWithOrigin(target: Window, name: string, url: string, fallback: () => void) {
  try {
    const document = target.document;
    const link = document.createElement('a');
    link.href = url;
    link.target = name;
    link.referrerPolicy = 'origin';
    // A link only navigates while it is in a document. It sits in a closed shadow root of its
    // own, and its click stops there, so the page's routers and click tracking never see a link.
    const holder = document.createElement('slotchat-link');
    holder.hidden = true;
    holder.attachShadow({ mode: 'closed' }).appendChild(link);
    link.addEventListener('click', (event) => event.stopPropagation());
    document.documentElement.appendChild(holder);
    link.click();
    holder.remove();
  } catch {
    fallback();
  }
}

/** A popup opener for a real browser window. */
export function browserPopupOpener(target: Window = window): OpenPopup {
  return () => {
    const width = 520;
    const height = 680;
    const left = Math.max(0, target.screenX + (target.outerWidth - width) / 2);
    const top = Math.max(0, target.screenY + (target.outerHeight - height) / 2);
    const name = `slotchat-auth-${Math.random().toString(36).slice(2)}`;
    const popup = target.open(
      'about:blank',
      name,
      `popup,width=${width},height=${height},left=${Math.round(left)},top=${Math.round(top)}`,
    );
    if (!popup) return null;
    return {
      navigate: (url) => navigateWithOrigin(target, name, url, () => (popup.location.href = url)),
      get closed() {
        return popup.closed;
      },
      close: () => popup.close(),
    };
  };
}

export function windowMessages(target: Window = window): MessageSource {
  return {
    subscribe(listener) {
      const handler = (event: MessageEvent) => listener({ origin: event.origin, data: event.data });
      target.addEventListener('message', handler);
      return () => target.removeEventListener('message', handler);
    },
  };
}

export interface WaitOptions {
  attemptId: string;
  /** When the proxy forgets the attempt (ISO instant). */
  expiresAt: string;
  transport: ChatTransport;
  /** Only messages from this origin are believed: the proxy's, which serves the callback page. */
  proxyOrigin: string;
  messages: MessageSource;
  /** The popup, when one opened; its closing without a result means the visitor gave up. */
  popup: PopupHandle | null;
  now: () => number;
  pollIntervalMs: number;
  signal: AbortSignal;
}

/**
 * Resolves with how the attempt ended: the proxy's final status, `closed` when the popup was
 * closed with the attempt still pending, `expired` past its lifetime; null when aborted.
 */
export function waitForAuthorization(
  options: WaitOptions,
): Promise<FinalAttemptStatus | 'closed' | null> {
  const { attemptId, transport, proxyOrigin, messages, popup, now, pollIntervalMs, signal } =
    options;
  const expiresAt = Date.parse(options.expiresAt);

  return new Promise((resolve) => {
    let done = false;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const finish = (outcome: FinalAttemptStatus | 'closed' | null) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      unsubscribe();
      signal.removeEventListener('abort', onAbort);
      resolve(outcome);
    };
    const onAbort = () => finish(null);

    const unsubscribe = messages.subscribe(({ origin, data }) => {
      if (origin !== proxyOrigin) return;
      const parsed = authResultMessageSchema.safeParse(data);
      if (!parsed.success || parsed.data.attemptId !== attemptId) return;
      if (parsed.data.status !== 'pending') finish(parsed.data.status);
    });

    const poll = async () => {
      if (done) return;
      // Read before asking: a popup that closed because it finished has its result stored
      // by the time the proxy answers, so "closed" is only concluded when the proxy still waits.
      const popupClosed = popup?.closed ?? false;
      try {
        const status = await transport.getAttempt(attemptId);
        if (status.status !== 'pending') return finish(status.status);
      } catch (error) {
        if (error instanceof TransportError && error.code === 'not_found') return finish('expired');
        // Anything else (network hiccup): ask again on the next tick.
      }
      if (done) return;
      if (popupClosed) return finish('closed');
      if (Number.isFinite(expiresAt) && now() >= expiresAt) return finish('expired');
      timer = setTimeout(() => void poll(), pollIntervalMs);
    };

    if (signal.aborted) return finish(null);
    signal.addEventListener('abort', onAbort);
    timer = setTimeout(() => void poll(), pollIntervalMs);
  });
}
