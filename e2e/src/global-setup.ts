import type { TestProject } from 'vitest/node';
import { startStack } from './stack';

declare module 'vitest' {
  export interface ProvidedContext {
    proxyUrl: string;
    sandboxUrl: string;
  }
}

/** One sandbox + proxy for the run; each test gets its own browser context (own session). */
export default async function setup(project: TestProject) {
  const stack = await startStack();
  project.provide('proxyUrl', stack.proxyUrl);
  project.provide('sandboxUrl', stack.sandboxUrl);
  return () => stack.close();
}
