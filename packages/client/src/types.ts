// Friendly names for the generated schema types, and the detail level → user shape mapping.
import type { components, operations } from '@extender-users/api-types';

type Schemas = components['schemas'];

export type UserNameOnly = Schemas['UserNameOnly'];
export type UserBasic = Schemas['UserBasic'];
export type UserExtended = Schemas['UserExtended'];
export type UserDetails = Schemas['UserDetails'];
export type BusinessDetails = Schemas['BusinessDetails'];
export type PersonalDetails = Schemas['PersonalDetails'];
export type AddUserRequest = Schemas['AddUserRequest'];
export type ApiMessage = Schemas['Message'];
export type ApiErrorBody = Schemas['Error'];

/** How much of each user a listing returns. */
export type Detail = 'name' | 'basic' | 'extended';

/** The user shape a listing returns at a detail level. */
export type UserFor<D extends Detail> = D extends 'extended'
  ? UserExtended
  : D extends 'basic'
    ? UserBasic
    : UserNameOnly;

/** One page of getUsers at a detail level. */
export interface UserPage<D extends Detail> {
  total: number;
  maxResults: number;
  startAt: number;
  users: UserFor<D>[];
}

type ChangeFields = NonNullable<operations['changeUserDetails']['requestBody']>['content']['application/json'];
/** The fields of changeUserDetails, at least one of them (the spec's `minProperties: 1`). */
export type UserChanges = {
  [K in keyof ChangeFields]-?: Required<Pick<ChangeFields, K>> & Partial<Omit<ChangeFields, K>>;
}[keyof ChangeFields];

export type { OperationId } from '@extender-users/api-types';
