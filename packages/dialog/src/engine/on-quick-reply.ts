/** Quick replies carry a value; the engine's own values are commands, the rest read as typed text. */
import { advance, requestAuthorization } from './advance';
import { changeSlot } from './on-confirmation';
import { onUserText } from './on-text';
import { cancel } from './run-command';
import { setAside, startTemplate } from './start';
import { sayWords, templateOf, type Turn } from './turn';

export function onQuickReply(turn: Turn, value: string, label: string): void {
  const active = turn.state.active;
  if (value === 'cancel') return cancel(turn);
  if (value === 'retry' && active?.phase.kind === 'failed') return advance(turn, active);
  const authorizing =
    active?.phase.kind === 'authorization-failed' || active?.phase.kind === 'authorizing';
  if (value === 'connect' && active && authorizing) {
    const template = templateOf(turn, active);
    return requestAuthorization(turn, active, template, turn.t(template.authorizationReason));
  }
  if (value === 'keep-going' && active?.phase.kind === 'offering-stop') {
    active.failures[active.phase.slot] = 0;
    return onUserText(turn, 'keep going');
  }
  if (value.startsWith('template:')) {
    const template = turn.templates.get(value.slice('template:'.length));
    const pending = turn.state.pending;
    turn.state.pending = null;
    const enabled = turn.context.enabledTemplates;
    if (!template || (enabled && !enabled.includes(template.id))) {
      return sayWords(turn, 'template.unavailable');
    }
    if (active) setAside(turn, active);
    return startTemplate(turn, template, pending?.kind === 'disambiguation' ? pending.text : '');
  }
  if (value.startsWith('change:') && active) {
    // Only a confirmation offers "change …"; an old button pressed later is read as text.
    if (active.phase.kind === 'confirming' || active.phase.kind === 'choosing-change') {
      return changeSlot(turn, active, value.slice('change:'.length));
    }
    return onUserText(turn, label);
  }
  if (value === 'resume') return onUserText(turn, 'yes');
  if (value === 'no-resume') return onUserText(turn, 'no');
  // A choice (an event type's URI, an open time) or a suggested answer: read it like typed text.
  onUserText(turn, value || label);
}
