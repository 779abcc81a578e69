// The API's operations as typed methods: one per operationId of the spec, in one table the compiler
// checks (operationMethods), each a `call` of its operation (connection.ts) with its arguments as
// the spec types them, and the answers the client refuses to take as the API's.
import { avatarForm, toBase64, type ImageInput, type UploadOptions } from './avatar.js';
import type { Call, CallOptions } from './connection.js';
import { notExtender } from './error-mapping.js';
import type { AddUserRequest, ApiMessage, Detail, OperationId, UserChanges, UserDetails, UserPage } from './types.js';

export interface ListOptions<D extends Detail> extends CallOptions {
  /** `name` (default), `basic` or `extended`: the shape of each listed user. */
  detail?: D;
  startAt?: number;
  maxResults?: number;
  /** A Java SimpleDateFormat pattern for the `...String` date fields (extended only). */
  dateFormat?: string;
}

const detailQuery = (detail: Detail | undefined) =>
  detail === 'extended' ? { showExtendedDetails: true } : detail === 'basic' ? { showBasicDetails: true } : {};

/** What operationMethods must have: a method for each operationId of the spec, and nothing else. */
type EveryOperation = { [K in OperationId]: (...args: never[]) => Promise<unknown> };

/**
 * One method per operation of the spec, keyed by its operationId: an operation without a method
 * ("Property 'x' is missing ... but required in type 'EveryOperation'"), or a method for no
 * operation ("Object literal may only specify known properties, and 'x' does not exist in type
 * 'EveryOperation'"), fails the type check.
 */
export function operationMethods(call: Call) {
  /** One page of a listing; JSON of another shape is refused (paging would have nothing to walk). */
  const list =
    (operation: 'getUsers' | 'getUsersWithConfluenceAccess') =>
    async <D extends Detail = 'name'>(opts: ListOptions<D> = {}): Promise<UserPage<D>> => {
      const query = {
        startAt: opts.startAt,
        maxResults: opts.maxResults,
        dateFormat: opts.dateFormat,
        ...detailQuery(opts.detail),
      };
      const page = await call(operation, opts, { query });
      if (!Array.isArray(page?.users)) throw notExtender(operation, 200, 'a page without a users list');
      return page as UserPage<D>;
    };

  return {
    getUsers: list('getUsers'),
    getUsersWithConfluenceAccess: list('getUsersWithConfluenceAccess'),
    getUserDetails: (userName: string, opts: CallOptions & { dateFormat?: string } = {}): Promise<UserDetails> =>
      call('getUserDetails', opts, { path: { userName }, query: { dateFormat: opts.dateFormat } }),
    addUser: (user: AddUserRequest, opts: CallOptions = {}): Promise<ApiMessage> =>
      call('addUser', opts, { body: user }),
    renameUser: (userName: string, newName: string, opts: CallOptions = {}): Promise<ApiMessage> =>
      call('renameUser', opts, { path: { userName }, body: { name: newName } }),
    changeUserDetails: (userName: string, changes: UserChanges, opts: CallOptions = {}): Promise<ApiMessage> =>
      call('changeUserDetails', opts, { path: { userName }, body: changes }),
    deleteUser: (userName: string, opts: CallOptions = {}): Promise<ApiMessage> =>
      call('deleteUser', opts, { path: { userName } }),
    activateUser: (userName: string, opts: CallOptions = {}): Promise<ApiMessage> =>
      call('activateUser', opts, { path: { userName } }),
    deactivateUser: (userName: string, opts: CallOptions = {}): Promise<ApiMessage> =>
      call('deactivateUser', opts, { path: { userName } }),
    getUserProperty: async (userName: string, propertyKey: string, opts: CallOptions = {}): Promise<string> => {
      const answer = await call('getUserProperty', opts, { path: { userName, propertyKey } });
      if (typeof answer?.value !== 'string') throw notExtender('getUserProperty', 200, 'an answer without a value');
      return answer.value;
    },
    setUserProperty: (
      userName: string,
      propertyKey: string,
      value: string,
      opts: CallOptions = {},
    ): Promise<ApiMessage> => call('setUserProperty', opts, { path: { userName, propertyKey }, body: { value } }),
    setUserAvatarBase64: async (
      userName: string,
      image: string | ImageInput,
      opts: CallOptions = {},
    ): Promise<ApiMessage> =>
      call('setUserAvatarBase64', opts, { path: { userName }, body: { string: await toBase64(image) } }),
    setUserAvatarImage: async (
      userName: string,
      image: ImageInput,
      opts: CallOptions & UploadOptions = {},
    ): Promise<ApiMessage> =>
      // Confluence refuses multipart requests without X-Atlassian-Token (XSRF protection).
      call('setUserAvatarImage', opts, {
        path: { userName },
        header: { 'X-Atlassian-Token': 'no-check' },
        body: await avatarForm(image, opts),
      }),
  } satisfies EveryOperation;
}
