/**
 * The demo page's own script. The example prompts talk to the widget only through the public
 * `window.Slotchat` command queue, exactly as a customer's page could.
 */
import { renderExamples } from './example-buttons';
import { examples } from './examples';
import { renderModeSwitch } from './mode-switch';
import { slotchat } from './slotchat-queue';

const list = document.getElementById('examples');
if (list) renderExamples(list, examples, slotchat);

const modeSwitch = document.getElementById('mode-switch');
if (modeSwitch) void renderModeSwitch(modeSwitch, slotchat);
