/**
 * The main-thread time of one script, from a Chromium performance trace: the top-level
 * EvaluateScript (compile + first run) and FunctionCall (callbacks) events whose URL is the
 * script's, whatever its query (the loader asks for `widget-chat.js?v=<version>`). Nested events
 * of the same script are not counted twice.
 */
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  args?: { data?: { url?: string } };
}

export function scriptTimeMs(traceJson: string, scriptUrl: string): number {
  const parsed = JSON.parse(traceJson) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = (Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []))
    .filter(
      (event) =>
        event.ph === 'X' &&
        (event.name === 'EvaluateScript' || event.name === 'FunctionCall') &&
        event.args?.data?.url?.split('?')[0] === scriptUrl,
    )
    .sort((a, b) => a.ts - b.ts);
  let totalUs = 0;
  let coveredUntil = -Infinity;
  for (const event of events) {
    const end = event.ts + (event.dur ?? 0);
    if (event.ts >= coveredUntil) totalUs += event.dur ?? 0;
    else if (end > coveredUntil) totalUs += end - coveredUntil;
    coveredUntil = Math.max(coveredUntil, end);
  }
  return totalUs / 1000;
}
