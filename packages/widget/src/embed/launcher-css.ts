/**
 * The launcher's look, shared by the tiny loader (which draws it before the chat is loaded) and
 * the full widget (which takes over), so nothing moves or flashes when the chat loads.
 */
export const launcherCss = `
.launcher {
  position: fixed; right: var(--slotchat-offset-x, 20px); bottom: var(--slotchat-offset-y, 20px);
  z-index: var(--slotchat-z-index, 2147483000);
  width: 56px; height: 56px; border-radius: 50%; border: none; cursor: pointer; padding: 0; margin: 0;
  background: var(--slotchat-accent, #1a56db); color: var(--slotchat-accent-text, #ffffff);
  display: grid; place-items: center; box-shadow: 0 4px 16px rgba(0,0,0,.25);
}
.launcher:focus-visible { outline: 3px solid var(--slotchat-accent, #1a56db); outline-offset: 3px; }
:host([data-position="left"]) .launcher { right: auto; left: var(--slotchat-offset-x, 20px); }
@media (prefers-color-scheme: dark) {
  .launcher { background: var(--slotchat-accent-dark, #8ab4ff); color: var(--slotchat-accent-text-dark, #0b1a33); }
}
`;

/** The chat-bubble icon, as markup the loader can draw without React. */
export const launcherIconPath = 'M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H8l-4 4V6a2 2 0 0 1 2-2z';
