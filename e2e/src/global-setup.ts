import type { TestProject } from 'vitest/node';
import { rmSync } from 'node:fs';
import { cardArtifacts, listArtifacts } from './artifacts';
import { fixedStart, shiftedClock } from './clock';
import { startHostSite } from './host-site';
import { startStack } from './stack';

declare module 'vitest' {
  export interface ProvidedContext {
    proxyUrl: string;
    sandboxUrl: string;
    /** A customer's site on another origin that embeds the widget by script tag. */
    hostUrl: string;
    /** Add to `Date.now()` for the run's shared clock (see `clock.ts`). */
    clockShiftMs: number;
  }
}

/** One sandbox + proxy (+ a host site) for the run; each test gets its own browser context. */
export default async function setup(project: TestProject) {
  const clockShiftMs = fixedStart - Date.now();
  // Screenshots from an earlier run must not pass for this run's.
  rmSync(cardArtifacts, { recursive: true, force: true });
  const host = await startHostSite();
  const stack = await startStack({ allowedOrigins: [host.url], clock: shiftedClock(clockShiftMs) });
  host.serve(stack.proxyUrl);
  project.provide('proxyUrl', stack.proxyUrl);
  project.provide('sandboxUrl', stack.sandboxUrl);
  project.provide('hostUrl', host.url);
  project.provide('clockShiftMs', clockShiftMs);
  return async () => {
    await stack.close();
    await host.close();
    // CI only runs the test command: say where the screenshots are, at the end of its output.
    const files = listArtifacts();
    if (files.length > 0) {
      console.log(`\nCard screenshots (${files.length} files): ${cardArtifacts}`);
    }
  };
}
