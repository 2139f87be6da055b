/**
 * The page's handle on the widget: the public `window.Slotchat` command queue, with the stub from
 * the embed snippet so commands issued before widget.js has loaded wait for it — exactly as a
 * customer's page would do it.
 */
export type SlotchatCommand = (...args: unknown[]) => void;

type Stub = SlotchatCommand & { q?: unknown[][] };
const global = window as unknown as { Slotchat?: Stub };

global.Slotchat ??= Object.assign(
  (...args: unknown[]) => {
    (global.Slotchat!.q ??= []).push(args);
  },
  { q: [] as unknown[][] },
);

/** Runs a widget command (or queues it until widget.js is there). */
export const slotchat: SlotchatCommand = (...args) => global.Slotchat?.(...args);
