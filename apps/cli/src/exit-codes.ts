// The documented exit codes of extender-users.
export const EXIT = {
  ok: 0,
  /** The API (or the network) refused or failed the request. */
  apiError: 1,
  /** A mistake in the command line or an input file; nothing was sent. */
  usage: 2,
  /** A bulk command finished, but some items failed (see its report). */
  partial: 3,
  /** Interrupted (Ctrl+C). */
  interrupted: 130,
} as const;
