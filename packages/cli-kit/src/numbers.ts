// Whole-number flags, checked: `--port 80x` is one clear line, not NaN.
import { UsageError } from './usage-error.js';

/** The value of `flag` as a whole number from `min` to `max`; a UsageError otherwise. */
export function parseWholeNumber(flag: string, value: string, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new UsageError(`${flag} must be a whole number from ${min} to ${max}, got '${value}'`);
  }
  return Number(value);
}

/** A parser for one flag, e.g. as commander's option argument parser. */
export const wholeNumber =
  (flag: string, min = 0, max = Number.MAX_SAFE_INTEGER) =>
  (value: string): number =>
    parseWholeNumber(flag, value, min, max);
