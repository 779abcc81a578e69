// What a listing page holds in the served Extender version, at each detail level: the page's
// fields and one listed user's, found by narrowing a sample page made by the handlers' own
// mapping (handlers/serialize.ts) exactly as the version gate narrows every answer. Pages built
// elsewhere (in SQL) thus have the fields the served version has, in the same order.
import { compileDateFormat, DEFAULT_DATE_FORMAT } from '../date-format.js';
import type { UserRow } from '../db/users-table.js';
import { toBasic, toDetails, toNameOnly } from '../handlers/serialize.js';

/** The detail flags' three shapes of a listed user. */
export type DetailLevel = 'names' | 'basic' | 'extended';
export const DETAIL_LEVELS: readonly DetailLevel[] = ['names', 'basic', 'extended'];

/** Extended details win when both flags are set, as the vendor's page says. */
export const detailLevel = (flags: { showBasicDetails?: boolean; showExtendedDetails?: boolean }): DetailLevel =>
  flags.showExtendedDetails ? 'extended' : flags.showBasicDetails ? 'basic' : 'names';

export interface PageShape {
  /** The page's fields in order (total, maxResults, startAt, users). */
  pageFields: string[];
  /** A listed user of the served shape (sample values). */
  user: Record<string, unknown>;
}

/** A user with every field set and valid for the spec, so that it fits its page schema. */
const SAMPLE: UserRow = {
  id: 1,
  user_key: '0123456789abcdef0123456789abcdef',
  name: 'sample.user',
  full_name: 'Sample User',
  email: 'sample.user@example.test',
  password_hash: null,
  active: 1,
  location: 'Warsaw',
  position: 'Engineer',
  department: 'R&D',
  website: 'https://example.test',
  im: '@sample',
  phone: '+48 600 000 000',
  created_at: 1_573_637_231_865,
  updated_at: 1_573_637_231_865,
  last_login_at: 1_590_039_269_342,
  last_failed_login_at: 1_590_039_269_342,
};

const sampleUser = (level: DetailLevel) =>
  level === 'extended'
    ? toDetails(SAMPLE, compileDateFormat(DEFAULT_DATE_FORMAT))
    : level === 'basic'
      ? toBasic(SAMPLE)
      : toNameOnly(SAMPLE);

/** The shape of a page at `level`, given how the version gate narrows the operation's 200 answer. */
export function pageShape(level: DetailLevel, narrow: (page: unknown) => void): PageShape {
  const page: Record<string, unknown> = { total: 1, maxResults: 1, startAt: 0, users: [sampleUser(level)] };
  narrow(page);
  const user = (page.users as Record<string, unknown>[] | undefined)?.[0];
  if (!user) throw new Error('The served version lists no users in a listing page');
  return { pageFields: Object.keys(page), user };
}
