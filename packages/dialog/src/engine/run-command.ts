/** What a command does, whatever the dialog was doing: stop, start over, help, greet, the zone. */
import { formatTime, isValidTimeZone } from '../format/time';
import type { Command } from '../nlu/commands';
import { advance, askSlot, showConfirmation } from './advance';
import { finishDialog } from './on-outcome';
import { capabilityBlocks, enabledTemplates, exampleReplies } from './replies';
import { initialDialogState } from './state';
import { say, sayText, templateOf, type Turn } from './turn';

export function runCommand(turn: Turn, command: Command): void {
  switch (command.type) {
    case 'cancel':
      return cancel(turn);
    case 'start-over': {
      const counter = turn.state.counter;
      turn.state = { ...initialDialogState(), counter };
      sayText(turn, 'OK, let’s start over.');
      say(turn, ...capabilityBlocks(enabledTemplates(turn.templates, turn.context)));
      return;
    }
    case 'help':
      return help(turn);
    case 'greeting':
    case 'thanks': {
      if (turn.state.active) {
        sayText(turn, command.type === 'thanks' ? 'You’re welcome.' : 'Hello!');
        return repeatQuestion(turn);
      }
      if (command.type === 'thanks')
        return sayText(turn, 'You’re welcome! Anything else I can do?');
      // A greeting gets a greeting and a few things to try, not the whole list.
      sayText(turn, 'Hi! What can I do for you? For example:');
      say(turn, {
        type: 'quick-replies',
        options: exampleReplies(enabledTemplates(turn.templates, turn.context), 4),
      });
      return;
    }
    case 'which-time-zone':
      sayText(
        turn,
        `Times are in ${turn.context.timeZone} (it’s ${formatTime(turn.context.now, turn.context.timeZone)} there now). Say “use New York time” to change it.`,
      );
      return repeatQuestion(turn);
    case 'time-zone':
      return changeTimeZone(turn, command.place, command.zone);
  }
}

function changeTimeZone(turn: Turn, place: string, zone: string | undefined): void {
  if (!zone || !isValidTimeZone(zone)) {
    sayText(
      turn,
      `I don’t know the time zone “${place.slice(0, 40)}”. Try a city such as “Berlin”, an abbreviation such as “PST”, or a zone such as “Europe/Berlin”.`,
    );
    return repeatQuestion(turn);
  }
  turn.effects.push({ type: 'set-time-zone', timeZone: zone });
  turn.context = { ...turn.context, timeZone: zone };
  sayText(
    turn,
    `OK, I’ll use ${zone} time from now on (it’s ${formatTime(turn.context.now, zone)} there now).`,
  );
  const active = turn.state.active;
  if (active?.phase.kind === 'confirming') showConfirmation(turn, active, templateOf(turn, active));
  else repeatQuestion(turn);
}

/** Stops the dialog in progress; nothing has been written unless the visitor confirmed it. */
export function cancel(turn: Turn): void {
  const active = turn.state.active;
  turn.state.pending = null;
  if (!active) {
    turn.state.suspended = null;
    sayText(turn, 'There’s nothing in progress to cancel. What would you like to do?');
    return;
  }
  const template = templateOf(turn, active);
  const wrote = template.confirmation ? ' Nothing was changed.' : '';
  sayText(turn, `OK, I’ve stopped “${template.title}”.${wrote}`);
  finishDialog(turn);
}

function help(turn: Turn): void {
  const active = turn.state.active;
  if (!active) {
    sayText(turn, 'I can help with these — just ask in your own words:');
    say(turn, ...capabilityBlocks(enabledTemplates(turn.templates, turn.context)));
    return;
  }
  const template = templateOf(turn, active);
  sayText(
    turn,
    `We’re working on “${template.title}”. You can correct anything you said (“make it 4pm”), say “cancel” to stop, or “start over”.`,
  );
  // The question comes again with its own hint, so the hint is not said twice.
  repeatQuestion(turn, true);
}

/** Back to the dialog that was set aside. */
export function resume(turn: Turn): void {
  const suspended = turn.state.suspended;
  turn.state.suspended = null;
  if (!suspended) return;
  sayText(turn, `Back to “${templateOf(turn, suspended).title}”.`);
  suspended.confirmed = false;
  advance(turn, suspended);
}

/** Asks the current question again (after help, an empty message, a zone change). */
export function repeatQuestion(turn: Turn, withHint = false): void {
  const active = turn.state.active;
  if (!active) return;
  const template = templateOf(turn, active);
  if (active.phase.kind === 'asking') {
    const asked = active.phase.slot;
    const slot = template.slots.find((candidate) => candidate.name === asked);
    if (!slot) return;
    if (withHint && slot.hint) sayText(turn, slot.hint);
    askSlot(turn, active, template, slot);
  } else if (active.phase.kind === 'confirming') {
    advance(turn, active);
  }
}
