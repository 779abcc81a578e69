// The two verdicts that do not fail a check (issue 20), as the suite records them on a check
// (vitest annotations of these types) and the summary and the JUnit report show them.

/** The server does not do what we assumed where the vendor is silent. */
export const DIFFERS = 'differs from our assumption';
/** The server answers something the description does not know (a field, a header, a status). */
export const UNDOCUMENTED = 'undocumented';
/** How the note of a check that could not decide begins (it is left out, and counted apart). */
export const INCONCLUSIVE = 'inconclusive';
