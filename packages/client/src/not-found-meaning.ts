// What a 404 means for each operation. The compiler checks every entry against the spec: the type
// of each value is derived from the operation's documented statuses and its `x-since-after`, so an
// entry that disagrees with the spec, a missing operation or an unknown one does not compile.
import type { OperationId, StatusOf, operationTable } from '@extender-users/api-types';

/**
 * `false`: the operation documents no 404, so a 404 means the resource is not there (not this API).
 * `true`: a documented 404 (the user or the property does not exist).
 * A version: the operation is newer than that Extender version, which answers 404 for it.
 */
export type NotFoundMeaning<K extends OperationId> = 404 extends StatusOf<K>
  ? (typeof operationTable)[K] extends { sinceAfter: infer V } ? V : true
  : false;

export const notFoundMeaning: { readonly [K in OperationId]: NotFoundMeaning<K> } = {
  getUsers: false,
  getUsersWithConfluenceAccess: '2.13.0',
  getUserDetails: true,
  addUser: false,
  renameUser: true,
  changeUserDetails: true,
  deleteUser: true,
  activateUser: true,
  deactivateUser: true,
  getUserProperty: true,
  setUserProperty: true,
  setUserAvatarBase64: true,
  setUserAvatarImage: true,
};
