// One valid request for every operation, about one user: what the per-operation checks send
// (401 without credentials, 403 for a non-administrator, success on a user the suite owns, the
// presence probe). Typed by operationId: an operation of the spec without a sample here, or a
// sample that does not fit its operation, is a compile error.
import type { OperationId } from '@extender-users/api-types';
import type { CallArgs } from './operations.js';

/** A 1×1 PNG. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

export const SAMPLE_PROPERTY_KEY = 'contract.test.key';

/** A new user's body: an example.org address, a random password, no mail sent. */
export const newUser = (name: string) => ({
  name,
  fullName: 'Contract Test User',
  email: `${name}@example.org`,
  password: `Pw-${Math.random().toString(36).slice(2)}-9`,
});

type Samples = { readonly [K in OperationId]: (userName: string) => CallArgs<K> };

export const samples: Samples = {
  getUsers: () => ({ query: { maxResults: 1 } }),
  getUsersWithConfluenceAccess: () => ({ query: { maxResults: 1 } }),
  getUserDetails: (userName) => ({ path: { userName } }),
  addUser: (userName) => ({ json: newUser(userName) }),
  renameUser: (userName) => ({ path: { userName }, json: { name: `${userName}-renamed` } }),
  changeUserDetails: (userName) => ({ path: { userName }, json: { fullName: 'Contract Test User Changed' } }),
  deleteUser: (userName) => ({ path: { userName } }),
  activateUser: (userName) => ({ path: { userName } }),
  deactivateUser: (userName) => ({ path: { userName } }),
  getUserProperty: (userName) => ({ path: { userName, propertyKey: SAMPLE_PROPERTY_KEY } }),
  setUserProperty: (userName) => ({
    path: { userName, propertyKey: SAMPLE_PROPERTY_KEY },
    json: { value: 'contract value ✓' },
  }),
  setUserAvatarBase64: (userName) => ({ path: { userName }, json: { string: PNG.toString('base64') } }),
  setUserAvatarImage: (userName) => ({
    path: { userName },
    // Confluence's XSRF check refuses a multipart request without this header.
    headers: { 'X-Atlassian-Token': 'no-check' },
    multipart: { file: { bytes: PNG, fileName: 'avatar.png', contentType: 'image/png' } },
  }),
};
