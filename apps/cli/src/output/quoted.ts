// A value from an input file or the server inside a message: quoted, its control characters shown,
// and cut short when long, so that a 10 MB header line gives a one-line message, not 10 MB of it.
import { showControls } from '@extender-users/cli-kit';

/** The longest part of a value a message shows. */
export const SHOWN_LENGTH = 60;

/** `value` with its controls shown, or `the first 60 characters… (N characters)` for a longer one. */
export function shown(value: string, max = SHOWN_LENGTH): string {
  const chars = [...value];
  if (chars.length <= max) return showControls(value);
  return `${showControls(chars.slice(0, max).join(''))}… (${chars.length} characters)`;
}

/** `'value'`, or `'the first 60 characters…' (N characters)` for a longer one. */
export function quoted(value: string, max = SHOWN_LENGTH): string {
  const chars = [...value];
  if (chars.length <= max) return `'${showControls(value)}'`;
  return `'${showControls(chars.slice(0, max).join(''))}…' (${chars.length} characters)`;
}

/** Up to `max` items joined with ", ", and how many more there are. */
export function someOf(items: string[], max = 5): string {
  return items.length <= max ? items.join(', ') : `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

/** `1 row`, `2 rows`. */
export const count = (n: number, noun: string, plural = `${noun}s`) => `${n} ${n === 1 ? noun : plural}`;
