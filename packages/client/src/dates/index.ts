// @extender-users/client/dates: the API's epoch-millisecond fields as Dates (not every user needs them, so they are not in the core).
import type { UserDetails } from '../types.js';

/** An epoch-millisecond value as a Date; null/undefined stay null. */
export function epochToDate(ms: number | null | undefined): Date | null {
  return ms === null || ms === undefined ? null : new Date(ms);
}

export interface UserDates {
  createdDate: Date;
  updatedDate: Date;
  lastSuccessfulLoginDate: Date | null;
  lastFailedLoginDate: Date | null;
}

/** The four dates of a user's details as Dates (null where the user never logged in / never failed). */
export function userDates(
  user: Pick<UserDetails, 'createdDate' | 'updatedDate' | 'lastSuccessfulLoginDate' | 'lastFailedLoginDate'>,
): UserDates {
  return {
    createdDate: new Date(user.createdDate),
    updatedDate: new Date(user.updatedDate),
    lastSuccessfulLoginDate: epochToDate(user.lastSuccessfulLoginDate),
    lastFailedLoginDate: epochToDate(user.lastFailedLoginDate),
  };
}
