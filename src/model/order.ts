/**
 * Fractional order keys. A key sorts between its neighbours as a plain string,
 * so moving an item means writing one new key on one record.
 * Pure: wraps the `fractional-indexing` package and nothing else.
 */
import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

/** A key that sorts strictly between `before` and `after` (either may be null for an open end). */
export function keyBetween(before: string | null, after: string | null): string {
  return generateKeyBetween(before, after);
}

/** `n` ascending keys, all after `before` and before `after`. */
export function keysBetween(before: string | null, after: string | null, n: number): string[] {
  return generateNKeysBetween(before, after, n);
}

/** Plain code-unit comparison: the order fractional keys are designed for (not localeCompare). */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether `key` is a key `fractional-indexing` can place others around. */
export function isValidKey(key: unknown): key is string {
  if (typeof key !== 'string' || key.length === 0) return false;
  try {
    generateKeyBetween(key, null);
    return true;
  } catch {
    return false;
  }
}
