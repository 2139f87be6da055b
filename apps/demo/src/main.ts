/**
 * The demo page's own script: the example prompts send their text to the widget through the
 * public `window.Slotchat` command queue, exactly as a customer's page could.
 */
import { examples } from './examples';

type SlotchatCommand = ((...args: unknown[]) => void) & { q?: unknown[][] };
const global = window as unknown as { Slotchat?: SlotchatCommand };

// The queue stub from the embed snippet: commands wait until widget.js has loaded.
global.Slotchat ??= Object.assign(
  (...args: unknown[]) => {
    const stub = global.Slotchat!;
    (stub.q ??= []).push(args);
  },
  { q: [] as unknown[][] },
);

const list = document.getElementById('examples');
for (const example of examples) {
  const item = document.createElement('li');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'example';
  const title = document.createElement('span');
  title.className = 'example-template';
  title.textContent = example.template;
  const prompt = document.createElement('span');
  prompt.className = 'example-prompt';
  prompt.textContent = `“${example.prompt}”`;
  button.append(title, prompt);
  button.addEventListener('click', () => {
    global.Slotchat?.('open');
    global.Slotchat?.('send', example.prompt);
  });
  item.appendChild(button);
  list?.appendChild(item);
}
