// UserRow → the API's user shapes. Passwords and hashes never leave through here.
import type { UserRow } from '../db/users-table.js';
import type { DateFormatter } from '../date-format.js';

export const toNameOnly = (u: Pick<UserRow, 'name'>) => ({ name: u.name });

export const toBasic = (u: Pick<UserRow, 'name' | 'full_name' | 'user_key' | 'email'>) => ({
  name: u.name,
  fullName: u.full_name,
  key: u.user_key,
  email: u.email,
});

export function toDetails(u: UserRow, format: DateFormatter) {
  const text = (ms: number | null) => (ms === null ? null : format(ms));
  return {
    key: u.user_key,
    name: u.name,
    fullName: u.full_name,
    email: u.email,
    business: [{ location: u.location, position: u.position, department: u.department }],
    personal: [{ website: u.website, im: u.im, phone: u.phone }],
    lastSuccessfulLoginDate: u.last_login_at,
    lastSuccessfulLoginDateString: text(u.last_login_at),
    lastFailedLoginDate: u.last_failed_login_at,
    lastFailedLoginDateString: text(u.last_failed_login_at),
    createdDate: u.created_at,
    createdDateString: format(u.created_at),
    updatedDate: u.updated_at,
    updatedDateString: format(u.updated_at),
    hasAccessToUseConfluence: u.active === 1,
  };
}
