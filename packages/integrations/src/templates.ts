/**
 * The dialog templates, for whoever runs the dialog engine (the widget, the terminal chat, the
 * transcript runner). The proxy never imports this entry point.
 */
import type { TemplateDefinition } from '@slotchat/dialog';
import { getEventTemplate } from './google-calendar/templates/get-event';

export { getEventTemplate };

/** Every template, in the order the help list shows them. */
export const templates: readonly TemplateDefinition[] = [getEventTemplate];
