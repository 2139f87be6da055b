import { escapeHtml } from '../../http/html';

/** The frame of the sandbox's Calendly pages (booking, cancellation, rescheduling). */
export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — Calendly sandbox</title>
<style>
  body { font-family: system-ui, sans-serif; background: #f8f9fb; margin: 0; color: #1a1a1a; }
  main { max-width: 36rem; margin: 2rem auto; background: #fff; border-radius: 8px; padding: 2rem;
         box-shadow: 0 1px 3px rgb(0 0 0 / 0.15); }
  fieldset { border: none; padding: 0; margin: 1rem 0; }
  label { display: block; margin: 0.4rem 0; }
  input[type="text"], input[type="email"], textarea { width: 100%; padding: 0.4rem; box-sizing: border-box; }
  button { background: #0069ff; color: #fff; border: none; border-radius: 4px; padding: 0.6rem 1.4rem; font-size: 1rem; }
  .note { color: #666; font-size: 0.85rem; }
</style>
</head>
<body><main>
<p class="note">Calendly sandbox — nothing here reaches the real Calendly</p>
${body}
</main></body>
</html>`;
}

/** "Monday, 23 November 2026, 10:00 (Europe/Madrid)". */
export function formatWhen(epochMs: number, zone: string): string {
  const text = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(epochMs));
  return `${text} (${zone})`;
}
