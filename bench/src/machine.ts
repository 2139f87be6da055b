/** The machine the figures were taken on, read at run time. */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { chromiumPath } from '@slotchat/proxy/chromium';
import type { Machine } from './results';
import { round } from './stats';

export function readMachine(chromium: string | null): Machine {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: round(os.totalmem() / 1024 ** 3, 1),
    loadAverage: os.loadavg().map((value) => round(value, 2)),
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    node: process.version,
    chromium: chromium ?? chromiumVersion(),
  };
}

/** `Chromium 156.0…` from the binary itself, when no benchmark launched it. */
function chromiumVersion(): string | null {
  try {
    const output = execFileSync(chromiumPath(), ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return /[\d.]{5,}/.exec(output)?.[0] ?? null;
  } catch {
    return null;
  }
}

export function gitCommit(cwd: string): string | null {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd, encoding: 'utf8' });
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd, encoding: 'utf8' }).trim();
    return `${commit.trim()}${dirty ? ' (with uncommitted changes)' : ''}`;
  } catch {
    return null;
  }
}
