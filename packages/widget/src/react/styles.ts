/**
 * The widget's styles, adopted into its shadow root as a constructable stylesheet (so a strict
 * Content-Security-Policy without 'unsafe-inline' styles still allows them). Site owners theme
 * it with the `--slotchat-*` custom properties on the host element; they inherit into the shadow.
 */
import { launcherCss } from '../embed/launcher-css';

export const widgetCss = `${launcherCss}
:host {
  all: initial;
  --sc-accent: var(--slotchat-accent, #1a56db);
  --sc-accent-text: var(--slotchat-accent-text, #ffffff);
  --sc-bg: var(--slotchat-background, #ffffff);
  --sc-fg: var(--slotchat-text, #1f2328);
  --sc-muted: var(--slotchat-muted, #57606a);
  --sc-surface: var(--slotchat-surface, #f2f4f7);
  --sc-border: var(--slotchat-border, #d0d7de);
  --sc-danger: var(--slotchat-danger, #b42318);
  --sc-success: var(--slotchat-success, #1a7f37);
  --sc-font: var(--slotchat-font, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
  --sc-radius: var(--slotchat-radius, 14px);
  --sc-offset-x: var(--slotchat-offset-x, 20px);
  --sc-offset-y: var(--slotchat-offset-y, 20px);
  --sc-z: var(--slotchat-z-index, 2147483000);
  color-scheme: light;
}
@media (prefers-color-scheme: dark) {
  :host {
    --sc-accent: var(--slotchat-accent-dark, #8ab4ff);
    --sc-accent-text: var(--slotchat-accent-text-dark, #0b1a33);
    --sc-bg: var(--slotchat-background-dark, #16191d);
    --sc-fg: var(--slotchat-text-dark, #e6edf3);
    --sc-muted: var(--slotchat-muted-dark, #a3adb8);
    --sc-surface: var(--slotchat-surface-dark, #23282e);
    --sc-border: var(--slotchat-border-dark, #3d444d);
    --sc-danger: var(--slotchat-danger-dark, #ff9b8f);
    --sc-success: var(--slotchat-success-dark, #7ee2a8);
    color-scheme: dark;
  }
}
* { box-sizing: border-box; }
.root { font-family: var(--sc-font); font-size: 15px; line-height: 1.45; color: var(--sc-fg); }
.visually-hidden {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;
}
button, input, select { font: inherit; color: inherit; }
:focus-visible { outline: 3px solid var(--sc-accent); outline-offset: 2px; }
.badge {
  position: absolute; top: -4px; right: -4px; min-width: 22px; height: 22px; padding: 0 6px;
  border-radius: 11px; background: var(--sc-danger); color: #fff; font-size: 12px; font-weight: 700;
  display: grid; place-items: center;
}
.panel {
  position: fixed; right: var(--sc-offset-x); bottom: calc(var(--sc-offset-y) + 68px); z-index: var(--sc-z);
  width: 380px; max-width: calc(100vw - 2 * var(--sc-offset-x));
  height: 600px; max-height: calc(100vh - var(--sc-offset-y) - 100px);
  display: flex; flex-direction: column; overflow: hidden;
  background: var(--sc-bg); color: var(--sc-fg);
  border: 1px solid var(--sc-border); border-radius: var(--sc-radius);
  box-shadow: 0 12px 40px rgba(0,0,0,.25);
  animation: sc-in .16s ease-out;
}
:host([data-position="left"]) .panel { right: auto; left: var(--sc-offset-x); }
@keyframes sc-in { from { opacity: 0; transform: translateY(8px); } to { opacity: 1; transform: none; } }
.header { padding: 10px 12px; border-bottom: 1px solid var(--sc-border); position: relative; }
.header-row { display: flex; align-items: center; gap: 4px; }
.title { font-size: 16px; margin: 0; flex: 1; }
.icon-button {
  width: 40px; height: 40px; border: none; background: transparent; border-radius: 8px; cursor: pointer;
  display: grid; place-items: center;
}
.icon-button:hover { background: var(--sc-surface); }
.status { list-style: none; margin: 4px 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 12px;
  font-size: 12px; color: var(--sc-muted); }
.status li::before { content: ""; display: inline-block; width: 8px; height: 8px; border-radius: 50%;
  margin-right: 5px; background: var(--sc-muted); }
.status li.on::before, .status li.proxy-online::before { background: var(--sc-success); }
.status li.proxy-offline::before { background: var(--sc-danger); }
.status li.zone::before { display: none; }
.menu {
  position: absolute; right: 12px; top: 52px; z-index: 1; display: flex; flex-direction: column;
  background: var(--sc-bg); border: 1px solid var(--sc-border); border-radius: 10px; padding: 4px;
  box-shadow: 0 8px 24px rgba(0,0,0,.2); min-width: 200px;
}
.menu button { text-align: left; border: none; background: transparent; padding: 10px 12px; border-radius: 6px; cursor: pointer; }
.menu button:hover { background: var(--sc-surface); }
.zone-form { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin-top: 8px; font-size: 13px; }
.zone-form select { max-width: 100%; padding: 6px; border-radius: 6px; border: 1px solid var(--sc-border); background: var(--sc-bg); }
.messages { flex: 1; overflow-y: auto; padding: 12px; overscroll-behavior: contain; }
.messages ol { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 10px; }
.bubble { max-width: 88%; padding: 8px 12px; border-radius: var(--sc-radius); position: relative; }
.bubble.visitor { align-self: flex-end; background: var(--sc-accent); color: var(--sc-accent-text); border-bottom-right-radius: 4px; }
.bubble.bot { align-self: flex-start; background: var(--sc-surface); border-bottom-left-radius: 4px; max-width: 94%; }
.bubble .text { margin: 0 0 4px; white-space: pre-wrap; overflow-wrap: anywhere; }
.bubble .time { display: block; font-size: 11px; opacity: .85; text-align: right; }
.card { background: var(--sc-bg); color: var(--sc-fg); border: 1px solid var(--sc-border); border-radius: 10px;
  padding: 10px 12px; margin: 6px 0; }
.card-title { font-size: 15px; margin: 0 0 4px; display: flex; gap: 6px; align-items: center; flex-wrap: wrap; }
.card p { margin: 4px 0; }
.card ul { margin: 4px 0; padding-left: 18px; }
.card dl { margin: 4px 0; }
.card dl div { display: flex; gap: 8px; }
.card dt { color: var(--sc-muted); min-width: 84px; }
.card dd { margin: 0; }
.label, .muted { color: var(--sc-muted); }
h4.label, .day-title { font-size: 13px; margin: 8px 0 2px; font-weight: 600; }
.tag { font-size: 11px; padding: 1px 6px; border-radius: 8px; border: 1px solid currentColor; color: var(--sc-muted); font-weight: 500; }
.response { margin-left: 6px; font-size: 12px; color: var(--sc-muted); }
.response-accepted { color: var(--sc-success); }
.response-declined { color: var(--sc-danger); }
.links { display: flex; flex-wrap: wrap; gap: 6px 12px; }
a { color: var(--sc-accent); }
.bubble.visitor a { color: inherit; }
.chips { display: flex; flex-wrap: wrap; gap: 6px; margin: 6px 0 2px; }
.chip, .button-link {
  display: inline-flex; align-items: center; min-height: 36px; padding: 6px 12px; border-radius: 18px;
  border: 1px solid var(--sc-accent); background: var(--sc-bg); color: var(--sc-accent); cursor: pointer;
  text-decoration: none; font-weight: 500;
}
.chip.primary, .button-link { background: var(--sc-accent); color: var(--sc-accent-text); }
.chip:disabled { opacity: .55; cursor: default; }
.event-types { list-style: none; padding: 0 !important; display: flex; flex-direction: column; gap: 6px; background: transparent; border: none; }
.option { width: 100%; text-align: left; padding: 8px 10px; border-radius: 10px; border: 1px solid var(--sc-border);
  background: var(--sc-bg); cursor: pointer; display: block; }
.option:disabled { opacity: .6; cursor: default; }
.option-description { display: block; font-size: 13px; color: var(--sc-muted); }
.bar { position: relative; height: 14px; border-radius: 7px; background: var(--sc-surface); border: 1px solid var(--sc-border); margin: 4px 0; }
.bar .busy { position: absolute; top: 0; bottom: 0; background: var(--sc-accent); border-radius: 6px; }
.event-list li.cancelled .event-title { text-decoration: line-through; }
.event-list ul, .time-slots ul { padding-left: 0; list-style: none; }
.event-list .time { color: var(--sc-muted); font-variant-numeric: tabular-nums; }
.card.error { border-color: var(--sc-danger); }
.card.error .card-title { color: var(--sc-danger); }
.auth-status { font-weight: 500; }
.auth-connected { color: var(--sc-success); }
.auth-denied, .auth-failed, .auth-missing-scopes { color: var(--sc-danger); }
.spinner { display: inline-block; width: 16px; height: 16px; border: 2px solid var(--sc-border);
  border-top-color: var(--sc-accent); border-radius: 50%; animation: sc-spin 1s linear infinite; }
@keyframes sc-spin { to { transform: rotate(360deg); } }
.typing { display: flex; gap: 4px; padding: 8px 12px; margin-top: 8px; width: fit-content; background: var(--sc-surface); border-radius: var(--sc-radius); }
.typing .dot { width: 7px; height: 7px; border-radius: 50%; background: var(--sc-muted); animation: sc-blink 1.2s infinite; }
.typing .dot:nth-child(3) { animation-delay: .2s; }
.typing .dot:nth-child(4) { animation-delay: .4s; }
@keyframes sc-blink { 0%, 80%, 100% { opacity: .3; } 40% { opacity: 1; } }
.composer { display: flex; gap: 8px; padding: 10px; border-top: 1px solid var(--sc-border); }
.composer input {
  flex: 1; min-width: 0; padding: 10px 12px; border-radius: 20px; border: 1px solid var(--sc-border);
  background: var(--sc-bg); font-size: 16px;
}
.send { padding: 0 16px; border-radius: 20px; border: none; background: var(--sc-accent); color: var(--sc-accent-text); cursor: pointer; font-weight: 600; }
@media (max-width: 480px) {
  .panel {
    right: 0; left: 0; top: 0; bottom: 0; width: 100%; max-width: none; height: 100%; max-height: none;
    height: 100dvh; border-radius: 0; border: none;
  }
  :host([data-position="left"]) .panel { left: 0; }
  .panel ~ .launcher { display: none; }
}
@media (prefers-reduced-motion: reduce) {
  *, *::before, *::after { animation: none !important; transition: none !important; }
  .messages { scroll-behavior: auto; }
}
`;
