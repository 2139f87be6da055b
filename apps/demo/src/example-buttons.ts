import type { Example } from './examples';
import type { SlotchatCommand } from './slotchat-queue';

/** One button per example: a click opens the chat and sends the prompt, as if typed. */
export function renderExamples(list: HTMLElement, examples: Example[], slotchat: SlotchatCommand) {
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
      slotchat('open');
      slotchat('send', example.prompt);
    });
    item.appendChild(button);
    list.appendChild(item);
  }
}
