// The Extender version the sandbox behaves as (`--extender-version`): the description as that
// version had it, and the behaviour that changed between versions.
import { behaviourIn, documentAsOf, isExtenderVersion, LATEST, operationTable } from '@extender-users/api-types';
import type { OpenApiDocument } from '@extender-users/spec';
import type { ListScope } from '../db/user-listings.js';

export interface ServedVersion {
  /** `X.Y.Z` or `latest`. */
  readonly version: string;
  /** The bundled description as this version had it: its routes are the ones served. */
  readonly document: OpenApiDocument;
  /** Which users getUsers lists. */
  readonly getUsersLists: ListScope;
}

const isListScope = (value: string | undefined): value is ListScope => value === 'withAccess' || value === 'all';

/**
 * getUsers's `listedUsers` behaviour in `version`. A numbered version no entry covers (after the
 * last known one, where the change happened at an unknown point) behaves as `latest`.
 */
function listedUsers(version: string): ListScope {
  const behaviours = operationTable.getUsers.behaviours;
  const value = behaviourIn(version, behaviours, 'listedUsers') ?? behaviourIn(LATEST, behaviours, 'listedUsers');
  if (!isListScope(value))
    throw new Error(
      `The spec's getUsers listedUsers behaviour '${value}' is not one the sandbox knows (withAccess, all)`,
    );
  return value;
}

/** What the sandbox serves as `version` (`X.Y.Z` or `latest`), from the full bundled description. */
export function servedVersion(spec: OpenApiDocument, version: string): ServedVersion {
  if (!isExtenderVersion(version)) throw new Error(`'${version}' is not an Extender version (X.Y.Z or latest)`);
  // `latest` has everything the spec describes: served as bundled (title and version unchanged).
  const document = version === LATEST ? structuredClone(spec) : documentAsOf(spec, version);
  // addUser's passwordRequired (x-version-behaviour): required before 2.13.0.
  if (behaviourIn(version, operationTable.addUser.behaviours, 'passwordRequired') === 'required') {
    const addUser = document.components.schemas?.AddUserRequest;
    if (!addUser || !Array.isArray(addUser.required))
      throw new Error('The spec has no AddUserRequest schema with a required list');
    addUser.required = [...addUser.required, 'password'];
  }
  return { version, document, getUsersLists: listedUsers(version) };
}
