/**
 * The operation table of the Users API: one entry per operationId, in the order of the spec.
 * Generated from the bundled Users API description (spec/) by packages/api-types/scripts/generate.ts.
 * Do not edit: change the spec and run `npm run generate`.
 */

import type { NotFoundMeaning, OperationInfo } from '../operation-info.js';
import type { operations } from './openapi.js';

/** The path prefix every operation of this API shares. */
export const API_PREFIX = "/rest/extender/1.0/user" as const;

/** The spec's version (`info.version`): the newest Extender version it describes in full. */
export const SPEC_VERSION = "2.13.0" as const;

/** The app's Marketplace key (x-plugin-key): Confluence's plugin manager answers at /rest/plugins/1.0/<key>-key. */
export const EXTENDER_PLUGIN_KEY = "com.itlab.confluence.plugins.restapi-extender" as const;

/** Every Extender version the spec names (x-since), oldest first: what the vendor's history tells. */
export const KNOWN_VERSIONS = [
  "1.2.0",
  "2.0.0",
  "2.0.1",
  "2.3.0",
  "2.4.1",
  "2.7.0",
  "2.8.0",
  "2.13.0"
] as const;

export const operationTable = {
  "getUsers": {
    "method": "GET",
    "path": "/rest/extender/1.0/user/getUsers",
    "tag": "Users",
    "summary": "List users",
    "since": "1.2.0",
    "parameters": [
      {
        "name": "startAt",
        "in": "query",
        "required": false,
        "since": "1.2.0"
      },
      {
        "name": "maxResults",
        "in": "query",
        "required": false,
        "since": "1.2.0"
      },
      {
        "name": "showBasicDetails",
        "in": "query",
        "required": false,
        "since": "2.8.0"
      },
      {
        "name": "showExtendedDetails",
        "in": "query",
        "required": false,
        "since": "2.8.0"
      },
      {
        "name": "dateFormat",
        "in": "query",
        "required": false,
        "since": "2.3.0"
      }
    ],
    "requestContentTypes": [],
    "statuses": [
      200,
      400,
      401,
      403,
      429,
      500
    ],
    "behaviours": [
      {
        "aspect": "listedUsers",
        "versions": "<=2.13.0",
        "value": "withAccess"
      },
      {
        "aspect": "listedUsers",
        "versions": "latest",
        "value": "all"
      }
    ]
  },
  "getUsersWithConfluenceAccess": {
    "method": "GET",
    "path": "/rest/extender/1.0/user/getUsersWithConfluenceAccess",
    "tag": "Users",
    "summary": "List users with access to Confluence",
    "since": "unknown",
    "sinceAfter": "2.13.0",
    "parameters": [
      {
        "name": "startAt",
        "in": "query",
        "required": false,
        "since": "1.2.0"
      },
      {
        "name": "maxResults",
        "in": "query",
        "required": false,
        "since": "1.2.0"
      },
      {
        "name": "showBasicDetails",
        "in": "query",
        "required": false,
        "since": "2.8.0"
      },
      {
        "name": "showExtendedDetails",
        "in": "query",
        "required": false,
        "since": "2.8.0"
      },
      {
        "name": "dateFormat",
        "in": "query",
        "required": false,
        "since": "2.3.0"
      }
    ],
    "requestContentTypes": [],
    "statuses": [
      200,
      400,
      401,
      403,
      404,
      429,
      500
    ],
    "behaviours": []
  },
  "getUserDetails": {
    "method": "GET",
    "path": "/rest/extender/1.0/user/getUserDetails/{userName}",
    "tag": "Users",
    "summary": "Get one user's details",
    "since": "2.0.1",
    "parameters": [
      {
        "name": "userName",
        "in": "path",
        "required": true,
        "since": "1.2.0"
      },
      {
        "name": "dateFormat",
        "in": "query",
        "required": false,
        "since": "2.3.0"
      }
    ],
    "requestContentTypes": [],
    "statuses": [
      200,
      400,
      401,
      403,
      404,
      429,
      500
    ],
    "behaviours": []
  },
  "addUser": {
    "method": "PUT",
    "path": "/rest/extender/1.0/user/add",
    "tag": "Users",
    "summary": "Add a user",
    "since": "1.2.0",
    "parameters": [],
    "requestContentTypes": [
      "application/json"
    ],
    "statuses": [
      200,
      400,
      401,
      403,
      409,
      415,
      429,
      500
    ],
    "behaviours": [
      {
        "aspect": "passwordRequired",
        "versions": "<2.13.0",
        "value": "required"
      },
      {
        "aspect": "passwordRequired",
        "versions": ">=2.13.0",
        "value": "optional"
      },
      {
        "aspect": "passwordRequired",
        "versions": "latest",
        "value": "optional"
      }
    ]
  },
  "renameUser": {
    "method": "POST",
    "path": "/rest/extender/1.0/user/rename/{userName}",
    "tag": "Users",
    "summary": "Rename a user",
    "since": "1.2.0",
    "parameters": [
      {
        "name": "userName",
        "in": "path",
        "required": true,
        "since": "1.2.0"
      }
    ],
    "requestContentTypes": [
      "application/json"
    ],
    "statuses": [
      200,
      400,
      401,
      403,
      404,
      409,
      415,
      429,
      500
    ],
    "behaviours": []
  },
  "changeUserDetails": {
    "method": "POST",
    "path": "/rest/extender/1.0/user/changeDetails/{userName}",
    "tag": "Users",
    "summary": "Change a user's details",
    "since": "1.2.0",
    "parameters": [
      {
        "name": "userName",
        "in": "path",
        "required": true,
        "since": "1.2.0"
      }
    ],
    "requestContentTypes": [
      "application/json"
    ],
    "statuses": [
      200,
      400,
      401,
      403,
      404,
      415,
      429,
      500
    ],
    "behaviours": []
  },
  "deleteUser": {
    "method": "DELETE",
    "path": "/rest/extender/1.0/user/delete/{userName}",
    "tag": "Users",
    "summary": "Delete a user",
    "since": "1.2.0",
    "parameters": [
      {
        "name": "userName",
        "in": "path",
        "required": true,
        "since": "1.2.0"
      }
    ],
    "requestContentTypes": [],
    "statuses": [
      200,
      400,
      401,
      403,
      404,
      429,
      500
    ],
    "behaviours": []
  },
  "activateUser": {
    "method": "POST",
    "path": "/rest/extender/1.0/user/activate/{userName}",
    "tag": "Users",
    "summary": "Activate a user",
    "since": "1.2.0",
    "parameters": [
      {
        "name": "userName",
        "in": "path",
        "required": true,
        "since": "1.2.0"
      }
    ],
    "requestContentTypes": [],
    "statuses": [
      200,
      400,
      401,
      403,
      404,
      429,
      500
    ],
    "behaviours": []
  },
  "deactivateUser": {
    "method": "POST",
    "path": "/rest/extender/1.0/user/deactivate/{userName}",
    "tag": "Users",
    "summary": "Deactivate a user",
    "since": "1.2.0",
    "parameters": [
      {
        "name": "userName",
        "in": "path",
        "required": true,
        "since": "1.2.0"
      }
    ],
    "requestContentTypes": [],
    "statuses": [
      200,
      400,
      401,
      403,
      404,
      429,
      500
    ],
    "behaviours": []
  },
  "getUserProperty": {
    "method": "GET",
    "path": "/rest/extender/1.0/user/property/{userName}/{propertyKey}",
    "tag": "User properties",
    "summary": "Get a user property",
    "since": "2.0.0",
    "parameters": [
      {
        "name": "userName",
        "in": "path",
        "required": true,
        "since": "1.2.0"
      },
      {
        "name": "propertyKey",
        "in": "path",
        "required": true,
        "since": "2.0.0"
      }
    ],
    "requestContentTypes": [],
    "statuses": [
      200,
      400,
      401,
      403,
      404,
      429,
      500
    ],
    "behaviours": []
  },
  "setUserProperty": {
    "method": "PUT",
    "path": "/rest/extender/1.0/user/property/{userName}/{propertyKey}",
    "tag": "User properties",
    "summary": "Set a user property",
    "since": "2.0.0",
    "parameters": [
      {
        "name": "userName",
        "in": "path",
        "required": true,
        "since": "1.2.0"
      },
      {
        "name": "propertyKey",
        "in": "path",
        "required": true,
        "since": "2.0.0"
      }
    ],
    "requestContentTypes": [
      "application/json"
    ],
    "statuses": [
      200,
      400,
      401,
      403,
      404,
      415,
      429,
      500
    ],
    "behaviours": []
  },
  "setUserAvatarBase64": {
    "method": "PUT",
    "path": "/rest/extender/1.0/user/avatar/base64/{userName}",
    "tag": "Avatars",
    "summary": "Set a user's avatar from base64",
    "since": "2.0.0",
    "parameters": [
      {
        "name": "userName",
        "in": "path",
        "required": true,
        "since": "1.2.0"
      }
    ],
    "requestContentTypes": [
      "application/json"
    ],
    "statuses": [
      200,
      400,
      401,
      403,
      404,
      413,
      415,
      429,
      500
    ],
    "behaviours": []
  },
  "setUserAvatarImage": {
    "method": "PUT",
    "path": "/rest/extender/1.0/user/avatar/image/{userName}",
    "tag": "Avatars",
    "summary": "Upload a user's avatar image",
    "since": "2.0.0",
    "parameters": [
      {
        "name": "userName",
        "in": "path",
        "required": true,
        "since": "1.2.0"
      },
      {
        "name": "X-Atlassian-Token",
        "in": "header",
        "required": true,
        "since": "1.2.0"
      }
    ],
    "requestContentTypes": [
      "multipart/form-data"
    ],
    "statuses": [
      200,
      400,
      401,
      403,
      404,
      413,
      415,
      429,
      500
    ],
    "behaviours": []
  }
} as const satisfies { readonly [K in keyof operations]: OperationInfo };

/**
 * Each operation's method and path alone: what a client needs to send it, small enough for a
 * browser bundle (the operation table above is several times larger).
 */
export const operationRoutes = {
  "getUsers": {
    "method": "GET",
    "path": "/rest/extender/1.0/user/getUsers"
  },
  "getUsersWithConfluenceAccess": {
    "method": "GET",
    "path": "/rest/extender/1.0/user/getUsersWithConfluenceAccess"
  },
  "getUserDetails": {
    "method": "GET",
    "path": "/rest/extender/1.0/user/getUserDetails/{userName}"
  },
  "addUser": {
    "method": "PUT",
    "path": "/rest/extender/1.0/user/add"
  },
  "renameUser": {
    "method": "POST",
    "path": "/rest/extender/1.0/user/rename/{userName}"
  },
  "changeUserDetails": {
    "method": "POST",
    "path": "/rest/extender/1.0/user/changeDetails/{userName}"
  },
  "deleteUser": {
    "method": "DELETE",
    "path": "/rest/extender/1.0/user/delete/{userName}"
  },
  "activateUser": {
    "method": "POST",
    "path": "/rest/extender/1.0/user/activate/{userName}"
  },
  "deactivateUser": {
    "method": "POST",
    "path": "/rest/extender/1.0/user/deactivate/{userName}"
  },
  "getUserProperty": {
    "method": "GET",
    "path": "/rest/extender/1.0/user/property/{userName}/{propertyKey}"
  },
  "setUserProperty": {
    "method": "PUT",
    "path": "/rest/extender/1.0/user/property/{userName}/{propertyKey}"
  },
  "setUserAvatarBase64": {
    "method": "PUT",
    "path": "/rest/extender/1.0/user/avatar/base64/{userName}"
  },
  "setUserAvatarImage": {
    "method": "PUT",
    "path": "/rest/extender/1.0/user/avatar/image/{userName}"
  }
} as const satisfies { readonly [K in keyof operations]: Pick<OperationInfo, 'method' | 'path'> };

/** What a 404 means for each operation (see NotFoundMeaning in operation-info.ts). */
export const NOT_FOUND_MEANING = {
  "getUsers": false,
  "getUsersWithConfluenceAccess": "2.13.0",
  "getUserDetails": true,
  "addUser": false,
  "renameUser": true,
  "changeUserDetails": true,
  "deleteUser": true,
  "activateUser": true,
  "deactivateUser": true,
  "getUserProperty": true,
  "setUserProperty": true,
  "setUserAvatarBase64": true,
  "setUserAvatarImage": true
} as const satisfies { readonly [K in keyof operations]: NotFoundMeaning };

/** Constraints of the spec's named string schemas that carry a pattern. */
export const stringPatterns = {
  "UserName": {
    "pattern": "^(?!\\.{1,2}$)[^\\s\\\\,+<>'\"/\\x00-\\x1f\\x7f]+$",
    "minLength": 1,
    "maxLength": 255
  },
  "UserKey": {
    "pattern": "^[0-9a-f]{32}$",
    "maxLength": 32
  },
  "GroupName": {
    "pattern": "^[^\\s\\\\,+<>'\"/\\x00-\\x1f\\x7f]+$",
    "minLength": 1,
    "maxLength": 255
  }
} as const;

/** The bounds and defaults of the spec's named integer parameters (components/parameters). */
export const integerParameters = {
  "StartAt": {
    "name": "startAt",
    "minimum": 0,
    "maximum": 2147483647,
    "default": 0
  },
  "MaxResults": {
    "name": "maxResults",
    "minimum": 1,
    "maximum": 1000,
    "default": 50
  }
} as const;
