import type { TestProject } from 'vitest/node';
import { startHostSite } from './host-site';
import { startStack } from './stack';

declare module 'vitest' {
  export interface ProvidedContext {
    proxyUrl: string;
    sandboxUrl: string;
    /** A customer's site on another origin that embeds the widget by script tag. */
    hostUrl: string;
  }
}

/** One sandbox + proxy (+ a host site) for the run; each test gets its own browser context. */
export default async function setup(project: TestProject) {
  const host = await startHostSite();
  const stack = await startStack({ allowedOrigins: [host.url] });
  host.serve(stack.proxyUrl);
  project.provide('proxyUrl', stack.proxyUrl);
  project.provide('sandboxUrl', stack.sandboxUrl);
  project.provide('hostUrl', host.url);
  return async () => {
    await stack.close();
    await host.close();
  };
}
