import { describe, expect, it } from 'vitest';
import { secretsEqual } from './constant-time';

describe('secretsEqual', () => {
  it('is true only for the same secret, whatever the lengths', () => {
    expect(secretsEqual('correct-horse-battery', 'correct-horse-battery')).toBe(true);
    expect(secretsEqual('correct-horse-batterx', 'correct-horse-battery')).toBe(false);
    expect(secretsEqual('', 'correct-horse-battery')).toBe(false);
    expect(secretsEqual('correct-horse-battery-and-more', 'correct-horse-battery')).toBe(false);
  });
});
