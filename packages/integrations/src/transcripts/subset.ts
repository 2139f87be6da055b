/**
 * True when `expected`'s fields all appear in `actual`, recursively; an expected array matches the
 * start of the actual one, element by element.
 */
export function isSubset(expected: unknown, actual: unknown): boolean {
  if (expected === null || typeof expected !== 'object')
    return Object.is(expected, actual) || expected === actual;
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) &&
      expected.length <= actual.length &&
      expected.every((item, index) => isSubset(item, actual[index]))
    );
  }
  if (actual === null || typeof actual !== 'object') return false;
  return Object.entries(expected).every(([key, value]) =>
    isSubset(value, (actual as Record<string, unknown>)[key]),
  );
}
