/** Things a visitor can say at any point, whatever the dialog is doing. */
export type Command =
  | { type: 'cancel' }
  | { type: 'start-over' }
  | { type: 'help' }
  | { type: 'time-zone'; place: string };

const cancel =
  /^(cancel|stop|quit|exit|abort|never ?mind|forget (it|about it)|no thanks|nothing|cancel (it|that|this))[.!]*$/i;
const startOver = /^(start (over|again)|restart|reset|begin again|from the (top|start))[.!]*$/i;
const help =
  /^(help|\?|what can you do|what do you do|how does this work|options|menu|commands)[?.!]*$/i;
const timeZone =
  /\b(?:use|switch to|change to|set (?:my )?(?:time ?zone|zone) to|my (?:time ?zone|zone) is|i(?:'m| am) in|show (?:times )?in)\s+([\p{L}/_ -]{2,40}?)(?:\s+(?:time|time ?zone|zone))?[.!]*$/iu;

/** Reads a command from the whole message (commands are short, so a sentence that mentions "stop" is not one). */
export function readCommand(text: string): Command | undefined {
  const trimmed = text.trim();
  if (cancel.test(trimmed)) return { type: 'cancel' };
  if (startOver.test(trimmed)) return { type: 'start-over' };
  if (help.test(trimmed)) return { type: 'help' };
  const zone = timeZone.exec(trimmed);
  if (zone?.[1] && /time|zone|\//i.test(trimmed))
    return { type: 'time-zone', place: zone[1].trim() };
  return undefined;
}
