/** How figures read, the same in the terminal table and in BENCHMARKS.md. */
import type { Figure, Target } from '../results';

export function formatValue(value: number, unit: Figure['unit']): string {
  if (!Number.isFinite(value)) return 'n/a';
  const text = Math.abs(value) >= 100 ? value.toFixed(0) : String(value);
  if (unit === 'count' || unit === 'score') return text;
  return unit === '×' || unit === '%' ? `${text}${unit}` : `${text} ${unit}`;
}

export function formatTarget(target: Target | undefined, unit: Figure['unit']): string {
  if (!target) return '';
  const op = { '<=': '≤', '<': '<', '>=': '≥', '=': '=' }[target.op];
  return `${op} ${formatValue(target.value, unit)}`;
}

export function verdict(figure: Figure): string {
  if (figure.pass === undefined) return '';
  return figure.pass ? 'pass' : 'FAIL';
}
