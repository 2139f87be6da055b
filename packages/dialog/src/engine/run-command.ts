/** What a command does, whatever the dialog was doing: stop, start over, help, greet, the zone. */
import { formatTime, formatZoneName } from '../format/intl';
import { isValidTimeZone } from '../format/time';
import type { Command } from '../nlu/commands';
import { advance, askSlot, showConfirmation } from './advance';
import { finishDialog } from './on-outcome';
import { capabilityBlocks, enabledTemplates, exampleReplies } from './replies';
import { initialDialogState } from './state';
import { say, sayText, sayWords, templateOf, titleOf, words, type Turn } from './turn';

export function runCommand(turn: Turn, command: Command): void {
  switch (command.type) {
    case 'cancel':
      return cancel(turn);
    case 'decline':
      // Idle, it answers an offer ("Anything else?"); in a dialog, the visitor wants out of it.
      if (turn.state.active) return cancel(turn);
      turn.state.pending = null;
      turn.state.suspended = null;
      return sayWords(turn, 'decline.idle');
    case 'start-over': {
      const counter = turn.state.counter;
      turn.state = { ...initialDialogState(), counter };
      sayWords(turn, 'startOver.done');
      say(turn, ...capabilityBlocks(turn, enabledTemplates(turn.templates, turn.context)));
      return;
    }
    case 'help':
      return help(turn);
    case 'greeting':
    case 'thanks': {
      if (turn.state.active) {
        sayWords(turn, command.type === 'thanks' ? 'thanks.inDialog' : 'greeting.inDialog');
        return repeatQuestion(turn);
      }
      if (command.type === 'thanks') return sayWords(turn, 'thanks.idle');
      // A greeting gets a greeting and a few things to try, not the whole list.
      sayWords(turn, 'greeting.idle');
      say(turn, {
        type: 'quick-replies',
        options: exampleReplies(turn, enabledTemplates(turn.templates, turn.context), 4),
      });
      return;
    }
    case 'which-time-zone':
      sayText(turn, zoneWords(turn, 'zone.current'));
      return repeatQuestion(turn);
    case 'time-zone':
      return changeTimeZone(turn, command.place, command.zone);
  }
}

/** "Times are in Central European Time (Europe/Berlin); it’s 10:00 there now." */
function zoneWords(turn: Turn, key: 'zone.current' | 'zone.changed'): string {
  return words(turn, key, {
    zone: formatZoneName(turn.context, turn.context.now, { withId: true }),
    time: formatTime(turn.context.now, turn.context),
  });
}

function changeTimeZone(turn: Turn, place: string, zone: string | undefined): void {
  if (!zone || !isValidTimeZone(zone)) {
    sayWords(turn, 'zone.unknown', { place: place.slice(0, 40) });
    return repeatQuestion(turn);
  }
  turn.effects.push({ type: 'set-time-zone', timeZone: zone });
  turn.context = { ...turn.context, timeZone: zone };
  sayText(turn, zoneWords(turn, 'zone.changed'));
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
    sayWords(turn, 'cancel.nothing');
    return;
  }
  const template = templateOf(turn, active);
  sayWords(turn, template.confirmation ? 'cancel.stoppedNothingWritten' : 'cancel.stopped', {
    task: titleOf(turn, template),
  });
  finishDialog(turn);
}

function help(turn: Turn): void {
  const active = turn.state.active;
  if (!active) {
    sayWords(turn, 'help.intro');
    say(turn, ...capabilityBlocks(turn, enabledTemplates(turn.templates, turn.context)));
    return;
  }
  const template = templateOf(turn, active);
  sayWords(turn, 'help.inDialog', { task: titleOf(turn, template) });
  // The question comes again with its own hint, so the hint is not said twice.
  repeatQuestion(turn, true);
}

/** Back to the dialog that was set aside. */
export function resume(turn: Turn): void {
  const suspended = turn.state.suspended;
  turn.state.suspended = null;
  if (!suspended) return;
  sayWords(turn, 'resume.back', { task: titleOf(turn, templateOf(turn, suspended)) });
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
    if (withHint && slot.hint) sayText(turn, turn.t(slot.hint));
    askSlot(turn, active, template, slot);
  } else if (active.phase.kind === 'confirming') {
    advance(turn, active);
  }
}
