import { randomBytes } from 'node:crypto';

/**
 * A small seeded pseudo-random source (mulberry32 over an FNV-1a hash of the seed), so seeded
 * data — ids, attendee picks — is the same for the same seed and clock. Secrets (codes, tokens)
 * never come from here: they use `secretToken`, which is unpredictable.
 */
export interface SeededRandom {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  /** `length` characters from `alphabet`. */
  string(length: number, alphabet: string): string;
  pick<T>(items: readonly T[]): T;
}

export function createSeededRandom(seed: string): SeededRandom {
  let hash = 0x811c9dc5;
  for (let index = 0; index < seed.length; index += 1) {
    hash ^= seed.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  let stateValue = hash >>> 0;
  const next = (): number => {
    stateValue = (stateValue + 0x6d2b79f5) >>> 0;
    let mixed = stateValue;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    string: (length, alphabet) =>
      Array.from({ length }, () => alphabet.charAt(int(0, alphabet.length - 1))).join(''),
    pick: (items) => {
      const item = items[int(0, items.length - 1)];
      if (item === undefined) throw new Error('pick() needs at least one item');
      return item;
    },
  };
}

/** An unguessable token for codes and credentials: `prefix` + 32 random bytes, base64url. */
export function secretToken(prefix: string): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/** Google event ids are base32hex: the digits and the letters a–v. */
export const base32hexAlphabet = '0123456789abcdefghijklmnopqrstuv';
