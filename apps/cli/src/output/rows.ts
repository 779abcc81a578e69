// Users → rows, keeping the API's field names as columns (so CSV can be edited and imported back).
import type { Detail, UserBasic, UserDetails, UserNameOnly } from '@extender-users/client';
import type { Row } from './format.js';

export const COLUMNS: Record<Detail, string[]> = {
  name: ['name'],
  basic: ['name', 'fullName', 'email', 'key'],
  extended: [
    'name',
    'fullName',
    'email',
    'key',
    'hasAccessToUseConfluence',
    'createdDate',
    'updatedDate',
    'lastSuccessfulLoginDate',
    'lastFailedLoginDate',
    'location',
    'position',
    'department',
    'website',
    'im',
    'phone',
  ],
};

/** Epoch ms → ISO 8601 (UTC), or null. */
export const isoDate = (ms: number | null | undefined) =>
  ms === null || ms === undefined ? null : new Date(ms).toISOString();

/** The epoch-millisecond dates of a user (each with a `...String` twin the server formats). */
export const DATE_FIELDS = ['createdDate', 'updatedDate', 'lastSuccessfulLoginDate', 'lastFailedLoginDate'] as const;

/**
 * A user as a row. A field the server did not send (an older Extender version) is left out of the
 * row, never given a value: an absent login date is not "never".
 */
export function userRow(user: UserNameOnly | UserBasic | UserDetails | Partial<UserDetails>): Row {
  const row: Row = { name: user.name ?? null };
  for (const field of ['fullName', 'email', 'key', 'hasAccessToUseConfluence'] as const)
    if (field in user) row[field] = (user as Partial<UserDetails>)[field] ?? null;
  for (const field of DATE_FIELDS) if (field in user) row[field] = isoDate((user as Partial<UserDetails>)[field]);
  const { business, personal } = user as Partial<UserDetails>;
  if (business)
    Object.assign(row, {
      location: business[0]?.location ?? '',
      position: business[0]?.position ?? '',
      department: business[0]?.department ?? '',
    });
  if (personal)
    Object.assign(row, {
      website: personal[0]?.website ?? '',
      im: personal[0]?.im ?? '',
      phone: personal[0]?.phone ?? '',
    });
  return row;
}

/** Days between a login and now, whole days down; null for never. */
export function daysSince(ms: number | null, now: number): number | null {
  return ms === null ? null : Math.floor((now - ms) / 86_400_000);
}
