/**
 * The widget's styles, adopted into its shadow root as a constructable stylesheet (so a strict
 * Content-Security-Policy without 'unsafe-inline' styles still allows them). Site owners theme
 * it with the `--slotchat-*` custom properties on the host element; they inherit into the shadow.
 * The internal `--sc-*` variables are defined on `.root`, which no page rule can select, so a page
 * that happens to use the same names cannot change them.
 *
 * Light or dark follows the visitor's preference, unless the host element says
 * `data-theme="light"` or `data-theme="dark"` (for sites with their own theme switch).
 *
 * Why some rules are as they are (comments stay out of the CSS text, which ships as it is):
 * - The unread badge sits on the page, not on the panel: it keeps the same strong red in both
 *   schemes (white on it is 6.6:1); the dark scheme's light red would give white text 2:1.
 * - Form fields are 16px: below that, phones zoom the page when a field takes focus.
 * - `.messages` shows a focus ring only when focus came from the keyboard; after a tap (script
 *   moves focus there) a ring round the whole conversation would be noise.
 * - On phones the panel is full screen and sized to what is visible: an on-screen keyboard
 *   shrinks the visual viewport, and `use-visual-viewport.ts` keeps the two variables it reads
 *   up to date, so the text box stays above the keyboard.
 */
import { isolationCss, launcherCss } from '../embed/launcher-css';

const dark = `
  --sc-accent: var(--slotchat-accent-dark, #8ab4ff);
  --sc-accent-text: var(--slotchat-accent-text-dark, #0b1a33);
  --sc-bg: var(--slotchat-background-dark, #16191d);
  --sc-fg: var(--slotchat-text-dark, #e6edf3);
  --sc-muted: var(--slotchat-muted-dark, #a3adb8);
  --sc-surface: var(--slotchat-surface-dark, #23282e);
  --sc-border: var(--slotchat-border-dark, #3d444d);
  --sc-danger: var(--slotchat-danger-dark, #ff9b8f);
  --sc-success: var(--slotchat-success-dark, #7ee2a8);
  color-scheme: dark;`;

export const widgetCss = `${isolationCss}${launcherCss}
.root {
  --sc-accent: var(--slotchat-accent, #1a56db);
  --sc-accent-text: var(--slotchat-accent-text, #ffffff);
  --sc-bg: var(--slotchat-background, #ffffff);
  --sc-fg: var(--slotchat-text, #1f2328);
  --sc-muted: var(--slotchat-muted, #57606a);
  --sc-surface: var(--slotchat-surface, #f2f4f7);
  --sc-border: var(--slotchat-border, #d0d7de);
  --sc-danger: var(--slotchat-danger, #b42318);
  --sc-success: var(--slotchat-success, #1a7f37);
  --sc-badge: var(--slotchat-badge, #b42318);
  --sc-badge-text: var(--slotchat-badge-text, #ffffff);
  --sc-font: var(--slotchat-font, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
  --sc-radius: var(--slotchat-radius, 14px);
  --sc-offset-x: var(--slotchat-offset-x, 20px);
  --sc-offset-y: var(--slotchat-offset-y, 20px);
  --sc-z: var(--slotchat-z-index, 2147483000);
  color-scheme: light;
  font-family: var(--sc-font); font-size: 15px; line-height: 1.45; color: var(--sc-fg);
}
@media (prefers-color-scheme: dark) {
  :host(:not([data-theme="light"])) .root {${dark}
  }
}
:host([data-theme="dark"]) .root {${dark}
}
* { box-sizing: border-box; }
.visually-hidden {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;
}
button, input, select, textarea { font: inherit; color: inherit; letter-spacing: inherit; }
input, select, textarea { font-size: 16px; }
:focus-visible { outline: 3px solid var(--sc-accent); outline-offset: 2px; }
.messages:focus:not(:focus-visible) { outline: none; }
.messages:focus-visible { outline-offset: -3px; }
.badge {
  position: absolute; top: -4px; right: -4px; min-width: 22px; height: 22px; padding: 0 6px;
  border-radius: 11px; background: var(--sc-badge); color: var(--sc-badge-text); font-size: 12px;
  font-weight: 700; display: grid; place-items: center; box-shadow: 0 0 0 2px var(--sc-bg);
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
.menu button { text-align: start; border: none; background: transparent; padding: 10px 12px; border-radius: 6px; cursor: pointer; }
.menu button:hover { background: var(--sc-surface); }
.zone-picker { display: flex; flex-direction: column; gap: 6px; margin-top: 8px; }
.zone-label { font-size: 13px; font-weight: 600; }
.zone-picker input {
  width: 100%; padding: 8px 10px; border-radius: 8px; border: 1px solid var(--sc-border);
  background: var(--sc-bg);
}
.zone-list { list-style: none; margin: 0; padding: 0; max-height: 220px; overflow-y: auto;
  border: 1px solid var(--sc-border); border-radius: 8px; }
.zone-list ul { list-style: none; margin: 0; padding: 0; }
.zone-group { display: block; padding: 6px 10px 2px; font-size: 12px; font-weight: 600; color: var(--sc-muted); }
.zone-option { padding: 6px 10px; cursor: pointer; display: flex; flex-wrap: wrap; gap: 2px 8px; align-items: baseline; }
.zone-option:hover { background: var(--sc-surface); }
.zone-option.active { background: var(--sc-surface); box-shadow: inset 3px 0 0 var(--sc-accent); }
.zone-option.current .zone-city::after { content: " ✓"; color: var(--sc-success); }
.zone-city { font-weight: 600; }
.zone-detail { font-size: 13px; color: var(--sc-muted); display: inline-flex; gap: 8px; }
.zone-picker .chip { align-self: flex-start; }
.messages { flex: 1; overflow-y: auto; padding: 12px; overscroll-behavior: contain; }
.messages ol { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 10px; }
.bubble { max-width: 88%; padding: 8px 12px; border-radius: var(--sc-radius); position: relative; }
.bubble.visitor { align-self: flex-end; background: var(--sc-accent); color: var(--sc-accent-text); border-bottom-right-radius: 4px; }
.bubble.bot { align-self: flex-start; background: var(--sc-surface); border-bottom-left-radius: 4px; max-width: 94%; }
.bubble .text { margin: 0 0 4px; white-space: pre-wrap; overflow-wrap: anywhere; }
.sent-at { display: block; font-size: 11px; opacity: .85; text-align: end; }
.card { background: var(--sc-bg); color: var(--sc-fg); border: 1px solid var(--sc-border); border-radius: 10px;
  padding: 10px 12px; margin: 6px 0; overflow-wrap: anywhere; }
.card-title { font-size: 15px; margin: 0 0 4px; display: flex; gap: 6px; align-items: center; flex-wrap: wrap; }
.card p { margin: 4px 0; }
.card ul { margin: 4px 0; padding-left: 18px; }
.card dl { margin: 4px 0; }
.card dl div { display: flex; gap: 8px; }
.card dt { color: var(--sc-muted); min-width: 84px; }
.card dd { margin: 0; }
.label, .muted { color: var(--sc-muted); }
h4.label, .day-title { font-size: 13px; margin: 8px 0 2px; font-weight: 600; }
.tag { display: inline-block; font-size: 11px; line-height: 1.5; padding: 0 6px; border-radius: 8px;
  border: 1px solid currentColor; color: var(--sc-muted); font-weight: 500; vertical-align: 1px; }
.response { margin-left: 2px; font-size: 12px; color: var(--sc-muted); }
.response-accepted { color: var(--sc-success); }
.response-declined { color: var(--sc-danger); }
.attendees li { margin: 2px 0; }
.links { display: flex; flex-wrap: wrap; gap: 6px 12px; }
a { color: var(--sc-accent); }
.bubble.visitor a { color: inherit; }
.chips { display: flex; flex-wrap: wrap; gap: 6px; margin: 6px 0 2px; }
.chip, .button-link {
  display: inline-flex; align-items: center; min-height: 36px; padding: 6px 12px; border-radius: 18px;
  border: 1px solid var(--sc-accent); background: var(--sc-bg); color: var(--sc-accent); cursor: pointer;
  text-decoration: none; font-weight: 500; text-align: start;
}
.chip.primary, .button-link { background: var(--sc-accent); color: var(--sc-accent-text); }
.chip.more { border-style: dashed; }
.chip:disabled { opacity: .55; cursor: default; }
.event-types { list-style: none; padding: 0 !important; display: flex; flex-direction: column; gap: 6px; background: transparent; border: none; }
.option { width: 100%; text-align: start; padding: 8px 10px; border-radius: 10px; border: 1px solid var(--sc-border);
  background: var(--sc-bg); cursor: pointer; display: block; }
.option:disabled { opacity: .6; cursor: default; }
.option-description { display: block; font-size: 13px; color: var(--sc-muted); }
.axis { position: relative; height: 16px; margin: 6px 0 -2px; font-size: 11px; color: var(--sc-muted); }
.axis .tick { position: absolute; top: 0; transform: translateX(-50%); white-space: nowrap; font-variant-numeric: tabular-nums; }
.axis .tick:first-child { transform: none; }
.axis .tick:last-child { transform: translateX(-100%); }
.bar { position: relative; height: 22px; border-radius: 6px; background: var(--sc-surface); border: 1px solid var(--sc-border); margin: 4px 0; overflow: hidden; }
.bar .gridline { position: absolute; top: 0; bottom: 0; width: 1px; background: var(--sc-border); }
.bar .busy { position: absolute; top: 2px; bottom: 2px; min-width: 6px; background: var(--sc-accent); border-radius: 4px; }
.busy-timeline ul { padding-left: 0; list-style: none; }
.slot-time, .event-time { font-variant-numeric: tabular-nums; }
.slot-title { color: var(--sc-muted); }
.event-list ul, .time-slots ul { padding-left: 0; list-style: none; }
.event-list li { display: grid; grid-template-columns: minmax(96px, max-content) 1fr; gap: 8px; align-items: baseline; margin: 3px 0; }
.event-list .event-time { color: var(--sc-muted); font-size: 13px; }
.event-list li.cancelled .event-title { text-decoration: line-through; }
.invitees li { margin: 6px 0; }
.card.error { border-color: var(--sc-danger); }
.card.error .card-title { color: var(--sc-danger); }
.auth-status { font-weight: 500; display: flex; gap: 8px; align-items: center; }
.auth-connected { color: var(--sc-success); }
.auth-denied, .auth-failed, .auth-missing-scopes { color: var(--sc-danger); }
.spinner { display: inline-block; flex: none; width: 16px; height: 16px; border: 2px solid var(--sc-border);
  border-top-color: var(--sc-accent); border-radius: 50%; animation: sc-spin 1s linear infinite; }
@keyframes sc-spin { to { transform: rotate(360deg); } }
.typing { display: flex; gap: 4px; padding: 8px 12px; margin: 0 12px 8px; width: fit-content; background: var(--sc-surface); border-radius: var(--sc-radius); }
.typing.idle { padding: 0; margin: 0; background: none; }
.typing .dot { width: 7px; height: 7px; border-radius: 50%; background: var(--sc-muted); animation: sc-blink 1.2s infinite; }
.typing .dot:nth-child(3) { animation-delay: .2s; }
.typing .dot:nth-child(4) { animation-delay: .4s; }
@keyframes sc-blink { 0%, 80%, 100% { opacity: .3; } 40% { opacity: 1; } }
.composer { display: flex; gap: 8px; padding: 10px; border-top: 1px solid var(--sc-border); }
.composer input {
  flex: 1; min-width: 0; padding: 10px 12px; border-radius: 20px; border: 1px solid var(--sc-border);
  background: var(--sc-bg);
}
.send { padding: 0 16px; border-radius: 20px; border: none; background: var(--sc-accent); color: var(--sc-accent-text); cursor: pointer; font-weight: 600; }
@media (max-width: 480px) {
  .panel {
    right: 0; left: 0; top: var(--sc-viewport-top, 0px); bottom: auto; width: 100%; max-width: none;
    height: var(--sc-viewport-height, 100dvh); max-height: none; border-radius: 0; border: none;
  }
  :host([data-position="left"]) .panel { left: 0; }
  .panel ~ .launcher { display: none; }
}
@media (prefers-reduced-motion: reduce) {
  *, *::before, *::after { animation: none !important; transition: none !important; }
  .messages { scroll-behavior: auto; }
}
`;
