// Users → rows, keeping the API's field names as columns (so CSV can be edited and imported back).
import type { Detail, UserBasic, UserDetails, UserNameOnly } from '@extender-users/client';
import type { Row } from './format.js';

export const COLUMNS: Record<Detail, string[]> = {
  name: ['name'],
  basic: ['name', 'fullName', 'email', 'key'],
  extended: [
    'name', 'fullName', 'email', 'key', 'hasAccessToUseConfluence',
    'createdDate', 'updatedDate', 'lastSuccessfulLoginDate', 'lastFailedLoginDate',
    'location', 'position', 'department', 'website', 'im', 'phone',
  ],
};

/** Epoch ms → ISO 8601 (UTC), or null. */
export const isoDate = (ms: number | null | undefined) => (ms === null || ms === undefined ? null : new Date(ms).toISOString());

export function userRow(user: UserNameOnly | UserBasic | UserDetails): Row {
  const row: Row = { name: user.name };
  if ('email' in user) Object.assign(row, { fullName: user.fullName, email: user.email, key: user.key });
  if ('business' in user) {
    Object.assign(row, {
      hasAccessToUseConfluence: user.hasAccessToUseConfluence,
      createdDate: isoDate(user.createdDate),
      updatedDate: isoDate(user.updatedDate),
      lastSuccessfulLoginDate: isoDate(user.lastSuccessfulLoginDate),
      lastFailedLoginDate: isoDate(user.lastFailedLoginDate),
      location: user.business[0]?.location ?? '',
      position: user.business[0]?.position ?? '',
      department: user.business[0]?.department ?? '',
      website: user.personal[0]?.website ?? '',
      im: user.personal[0]?.im ?? '',
      phone: user.personal[0]?.phone ?? '',
    });
  }
  return row;
}

/** Days between a login and now, whole days down; null for never. */
export function daysSince(ms: number | null, now: number): number | null {
  return ms === null ? null : Math.floor((now - ms) / 86_400_000);
}
