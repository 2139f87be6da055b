/**
 * Where the browser tests keep what a person should look at: a screenshot of each card type and
 * state, light and dark, desktop and phone. A stable directory (`e2e/test-results/cards/`),
 * emptied when a run starts; the global teardown prints its path at the end of the run.
 */
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const cardArtifacts = fileURLToPath(new URL('../test-results/cards/', import.meta.url));

export function artifactPath(name: string): string {
  mkdirSync(cardArtifacts, { recursive: true });
  return join(cardArtifacts, `${name}.png`);
}

export function listArtifacts(): string[] {
  return existsSync(cardArtifacts)
    ? readdirSync(cardArtifacts).filter((file) => file.endsWith('.png'))
    : [];
}
