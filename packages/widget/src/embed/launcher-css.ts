/**
 * The launcher's look and the shadow root's isolation, shared by the tiny loader (which draws the
 * launcher before the chat is loaded) and the full widget (which takes over), so nothing moves or
 * flashes when the chat loads.
 *
 * Isolation: the host page's selectors cannot reach inside the shadow root, but inherited
 * properties flow in from the host element (`* { letter-spacing: 4px !important }` matches it,
 * and beats `:host { all: initial }`, because the page's rules win over `:host` ones). So the one
 * top element of the widget (`.root`, in the loader and in the chat) resets everything with
 * `all: initial` — no outer rule can select it, so nothing overrides the reset — and sets
 * `direction`, which `all` leaves alone, itself. Custom properties are not reset by `all`, which
 * is why the widget's own variables are defined on `.root` too (see `react/styles.ts`).
 *
 * A page rule such as `* { transform: translateZ(0) }` on the host element would make it the
 * containing block of the fixed launcher and panel, pinning them inside the host's empty box;
 * important declarations of a shadow tree win over the page's, even over its !important ones.
 */
export const isolationCss = `
:host { all: initial; }
:host { transform: none !important; filter: none !important; perspective: none !important;
  backdrop-filter: none !important; contain: none !important; will-change: auto !important; }
.root { all: initial; display: block; direction: ltr; unicode-bidi: isolate; }
`;

/** Public theme variables the launcher reads directly (it is drawn before `.root` exists). */
const launcherDark = `background: var(--slotchat-accent-dark, #8ab4ff); color: var(--slotchat-accent-text-dark, #0b1a33);`;

export const launcherCss = `
.launcher {
  position: fixed; right: var(--slotchat-offset-x, 20px); bottom: var(--slotchat-offset-y, 20px);
  z-index: var(--slotchat-z-index, 2147483000);
  width: 56px; height: 56px; border-radius: 50%; border: none; cursor: pointer; padding: 0; margin: 0;
  background: var(--slotchat-accent, #1a56db); color: var(--slotchat-accent-text, #ffffff);
  display: grid; place-items: center; box-shadow: 0 4px 16px rgba(0,0,0,.25);
  font-family: var(--slotchat-font, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
  box-sizing: border-box;
}
.launcher:focus-visible { outline: 3px solid var(--slotchat-accent, #1a56db); outline-offset: 3px; }
:host([data-position="left"]) .launcher { right: auto; left: var(--slotchat-offset-x, 20px); }
@media (prefers-color-scheme: dark) {
  :host(:not([data-theme="light"])) .launcher { ${launcherDark} }
}
:host([data-theme="dark"]) .launcher { ${launcherDark} }
`;

/** The chat-bubble icon, as markup the loader can draw without React. */
export const launcherIconPath = 'M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H8l-4 4V6a2 2 0 0 1 2-2z';
