/** The table `pnpm bench` prints at the end. */
import type { BenchResults } from '../results';
import { formatTarget, formatValue, verdict } from './format';

export function printTable(results: BenchResults): void {
  const rows = Object.values(results.suites).flatMap((suite) =>
    suite.figures.map((figure) => [
      figure.suite,
      figure.name,
      formatValue(figure.value, figure.unit),
      formatTarget(figure.target, figure.unit),
      verdict(figure),
    ]),
  );
  const header = ['suite', 'figure', 'value', 'target', ''];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  console.log(`\n${line(header)}\n${widths.map((width) => '─'.repeat(width)).join('  ')}`);
  for (const row of rows) console.log(line(row));
  for (const error of results.errors) console.log(`${error.suite}: ERROR ${error.message}`);
}
