/**
 * Where each promise and constraint of the Users API comes from (x-source, x-keyword-sources, x-promises).
 * Generated from the bundled Users API description (spec/) by packages/api-types/scripts/generate.ts.
 * Do not edit: change the spec and run `npm run generate`.
 */

import type { operations } from './openapi.js';
import type { PromiseInfo, Source } from '../sources.js';

/**
 * Every operation's promises by id: the document's own (`scope: 'api'`, made by every operation)
 * and the operation's `x-promises`, each with what it says and its source.
 */
export const promiseTable = {
  "getUsers": {
    "administrators-only": {
      "says": "A caller that is authenticated but not a Confluence administrator is refused (403) by every operation, and nothing changes.",
      "source": {
        "kind": "security",
        "ref": "Users page (2.13.0) § General informations: \"Available for confluence administrators\""
      },
      "scope": "api"
    },
    "no-secrets-in-answers": {
      "says": "No answer, success or error, carries a password, a password hash or a token.",
      "source": {
        "kind": "security",
        "ref": "Our rule for every server: an administrators' API has no reason to hand out credentials"
      },
      "scope": "api"
    },
    "unauthenticated-refused": {
      "says": "A request without valid credentials is refused (401) by every operation, and nothing changes.",
      "source": {
        "kind": "platform",
        "ref": "Confluence's authentication layer (Seraph) answers 401 before any REST resource"
      },
      "scope": "api"
    },
    "listing-order": {
      "says": "Users come in user-name order, compared without regard to case.",
      "source": {
        "kind": "assumption",
        "ref": "spec/README.md § Choices where the vendor page is silent (order)",
        "note": "The vendor names no order, and its own example lists new_user before admin. We expect user-name order (the sandbox's) so that pages do not overlap; another stable order is a difference, not a broken promise."
      },
      "scope": "operation"
    },
    "pages-partition-listing": {
      "says": "While no user changes, stepping `startAt` from 0 by the page size lists every user exactly once.",
      "source": {
        "kind": "vendor",
        "since": "2.13.0",
        "ref": "Users page (2.13.0) § Pagination: \"startAt is the index of the first item returned\", \"total is the total number of items contained in all pages\""
      },
      "scope": "operation"
    },
    "page-echoes-request": {
      "says": "A page answers the `startAt` asked for, a `maxResults` no larger than the one asked for, and at most `maxResults` users.",
      "source": {
        "kind": "vendor",
        "since": "2.13.0",
        "ref": "Users page (2.13.0) § Pagination: \"startAt is the index of the first item returned\", \"maxResults is the maximum number of items that can be returned per page ... limits may change without notice\""
      },
      "scope": "operation"
    },
    "total-counts-listing": {
      "says": "While no user changes, `total` is the number of users all pages hold together.",
      "source": {
        "kind": "vendor",
        "since": "2.13.0",
        "ref": "Users page (2.13.0) § Pagination: \"total is the total number of items contained in all pages\""
      },
      "scope": "operation"
    },
    "listing-may-change": {
      "says": "While a client walks the pages, `total` may change and pages may shift: other users are created, renamed or deleted meanwhile. A check must not call that broken.",
      "source": {
        "kind": "vendor",
        "since": "2.13.0",
        "ref": "Users page (2.13.0) § Pagination: \"This number may change as the client requests the subsequent pages\""
      },
      "scope": "operation"
    },
    "empty-page-past-end": {
      "says": "A `startAt` at or past the end answers 200 with an empty `users` list.",
      "source": {
        "kind": "vendor",
        "since": "2.13.0",
        "ref": "Users page (2.13.0) § Pagination: \"the client should always assume that the requested page can be empty\"; Elastic's connector stops at the first empty page (vendor-updates.md § A real consumer)"
      },
      "scope": "operation"
    },
    "default-page-size": {
      "says": "Without `maxResults`, a page holds at most 50 users (and says `maxResults: 50`).",
      "source": {
        "kind": "assumption",
        "ref": "Users page (2.13.0) § Pagination (\"default value - 1000\") and every example (maxResults 50)",
        "note": "The vendor contradicts itself: the pagination text says the default is 1000, every example answers 50 without parameters. We take the examples: they show what a server sent."
      },
      "scope": "operation"
    },
    "detail-levels": {
      "says": "Without detail flags users carry only `name`; with `showBasicDetails=true` they are UserBasic (name, fullName, key, email); with `showExtendedDetails=true` they are UserExtended (every detail getUserDetails gives).",
      "source": {
        "kind": "vendor",
        "since": "2.13.0",
        "ref": "Users page (2.13.0) § Get all users: \"showBasicDetails, showExtendedDetails - for details please check Example response\" and the three example responses"
      },
      "scope": "operation"
    },
    "false-flags": {
      "says": "A detail flag given as `false` asks for nothing: the answer is the one without that flag.",
      "source": {
        "kind": "vendor",
        "since": "2.13.0",
        "ref": "Users page (2.13.0) § Get all users: the flags are switched on with \"=true\" (showBasicDetails=true, showExtendedDetails=true)"
      },
      "scope": "operation"
    },
    "both-flags": {
      "says": "With `showBasicDetails=true` and `showExtendedDetails=true` together the users are UserExtended.",
      "source": {
        "kind": "assumption",
        "ref": "spec/README.md § Choices where the vendor page is silent (both detail flags)",
        "note": "The vendor does not say; the extended shape holds every basic field, so it wins."
      },
      "scope": "operation"
    },
    "detail-level-same-users": {
      "says": "The detail level changes the fields of each user, never which users are listed or in what order.",
      "source": {
        "kind": "vendor",
        "since": "2.13.0",
        "ref": "Users page (2.13.0) § Get all users: the flags choose the fields (\"for details please check Example response\")"
      },
      "scope": "operation"
    },
    "names-as-given": {
      "says": "A user is listed (and read) under the name it was created or last renamed with, in that case.",
      "source": {
        "kind": "assumption",
        "ref": "spec/README.md § Choices where the vendor page is silent (user names)",
        "note": "The vendor does not say whether names keep their case; a Confluence may store them in lower case. A server that lists another case differs from this assumption."
      },
      "scope": "operation"
    },
    "listed-users-up-to-2-13-0": {
      "says": "Up to 2.13.0 only users with access to use Confluence are listed, at every detail level: a deactivated user is not, and comes back once activated.",
      "versions": "<=2.13.0",
      "source": {
        "kind": "vendor",
        "since": "2.13.0",
        "ref": "Users page (2.13.0) § Get all users: \"This API returns all only users with access to use Confluence\""
      },
      "scope": "operation"
    },
    "listed-users-latest": {
      "says": "On the vendor's current version every user is listed, deactivated ones too.",
      "versions": "latest",
      "source": {
        "kind": "assumption",
        "ref": "vendor-updates.md § The vendor's current Users page: getUsers is now \"get all users\", beside getUsersWithConfluenceAccess",
        "note": "The current page calls it \"get all users\"; that deactivated users are then listed is our reading (vendor-updates.md says \"presumably\"), and the version that changed it is not known."
      },
      "scope": "operation"
    },
    "date-strings-follow-date-format": {
      "says": "Each `...String` date is its epoch-millisecond twin written with `dateFormat`; both are `null` together when the date never happened.",
      "source": {
        "kind": "vendor",
        "since": "2.13.0",
        "ref": "Users page (2.13.0) § Get all users, § Get user details: \"dateFormat - define date format for date fields in output JSON\"; the examples (lastFailedLoginDate and its String twin both null)"
      },
      "scope": "operation"
    },
    "date-format-patterns": {
      "says": "`dateFormat` is a Java SimpleDateFormat pattern: the letters y, M, d, H, h, m, s, S, a, E and text in single quotes (`'at'`) are understood; a pattern that cannot be read is refused with 400.",
      "source": {
        "kind": "assumption",
        "ref": "Users page (2.13.0) § Get user details: \"dateFormat=MM/dd/yyyy\", \"dateFormat=dd.MM.yyyy\"",
        "note": "The vendor shows two patterns and names no syntax. Their letters are Java SimpleDateFormat's, and the plugin is Java, so we assume the whole syntax; the 400 for an unreadable pattern is ours."
      },
      "scope": "operation"
    },
    "default-date-format": {
      "says": "Without `dateFormat` the `...String` dates are written `yyyy-MM-dd HH:mm:ss` (2020-05-24 08:49:27).",
      "source": {
        "kind": "assumption",
        "ref": "Users page (2.13.0) § Get all users and § Get user details: \"default format 'yyyy-MM-dd'\", yet every example shows a time; field-evidence.md § Answers seen from a real instance",
        "note": "The vendor contradicts itself: its prose says yyyy-MM-dd, every example it gives (and a real answer of 2022) shows yyyy-MM-dd HH:mm:ss. We pick what the examples and the real answer agree on; a server following the prose differs from this assumption."
      },
      "scope": "operation"
    },
    "date-strings-time-zone": {
      "says": "The `...String` dates are in the server's time zone; the epoch values are UTC.",
      "source": {
        "kind": "assumption",
        "ref": "spec/README.md § Choices where the vendor page is silent (time zone)",
        "note": "The vendor does not say; its examples are two hours ahead of their epoch values (Polish summer time), so a server's own zone it is."
      },
      "scope": "operation"
    }
  },
  "getUsersWithConfluenceAccess": {
    "administrators-only": {
      "says": "A caller that is authenticated but not a Confluence administrator is refused (403) by every operation, and nothing changes.",
      "source": {
        "kind": "security",
        "ref": "Users page (2.13.0) § General informations: \"Available for confluence administrators\""
      },
      "scope": "api"
    },
    "no-secrets-in-answers": {
      "says": "No answer, success or error, carries a password, a password hash or a token.",
      "source": {
        "kind": "security",
        "ref": "Our rule for every server: an administrators' API has no reason to hand out credentials"
      },
      "scope": "api"
    },
    "unauthenticated-refused": {
      "says": "A request without valid credentials is refused (401) by every operation, and nothing changes.",
      "source": {
        "kind": "platform",
        "ref": "Confluence's authentication layer (Seraph) answers 401 before any REST resource"
      },
      "scope": "api"
    },
    "listing-order": {
      "says": "Users come in user-name order, compared without regard to case.",
      "source": {
        "kind": "assumption",
        "ref": "spec/README.md § Choices where the vendor page is silent (order)",
        "note": "The vendor names no order, and its own example lists new_user before admin. We expect user-name order (the sandbox's) so that pages do not overlap; another stable order is a difference, not a broken promise."
      },
      "scope": "operation"
    },
    "pages-partition-listing": {
      "says": "While no user changes, stepping `startAt` from 0 by the page size lists every user exactly once.",
      "source": {
        "kind": "vendor",
        "since": "2.13.0",
        "ref": "Users page (2.13.0) § Pagination: \"startAt is the index of the first item returned\", \"total is the total number of items contained in all pages\""
      },
      "scope": "operation"
    },
    "page-echoes-request": {
      "says": "A page answers the `startAt` asked for, a `maxResults` no larger than the one asked for, and at most `maxResults` users.",
      "source": {
        "kind": "vendor",
        "since": "2.13.0",
        "ref": "Users page (2.13.0) § Pagination: \"startAt is the index of the first item returned\", \"maxResults is the maximum number of items that can be returned per page ... limits may change without notice\""
      },
      "scope": "operation"
    },
    "total-counts-listing": {
      "says": "While no user changes, `total` is the number of users all pages hold together.",
      "source": {
        "kind": "vendor",
        "since": "2.13.0",
        "ref": "Users page (2.13.0) § Pagination: \"total is the total number of items contained in all pages\""
      },
      "scope": "operation"
    },
    "listing-may-change": {
      "says": "While a client walks the pages, `total` may change and pages may shift: other users are created, renamed or deleted meanwhile. A check must not call that broken.",
      "source": {
        "kind": "vendor",
        "since": "2.13.0",
        "ref": "Users page (2.13.0) § Pagination: \"This number may change as the client requests the subsequent pages\""
      },
      "scope": "operation"
    },
    "empty-page-past-end": {
      "says": "A `startAt` at or past the end answers 200 with an empty `users` list.",
      "source": {
        "kind": "vendor",
        "since": "2.13.0",
        "ref": "Users page (2.13.0) § Pagination: \"the client should always assume that the requested page can be empty\"; Elastic's connector stops at the first empty page (vendor-updates.md § A real consumer)"
      },
      "scope": "operation"
    },
    "default-page-size": {
      "says": "Without `maxResults`, a page holds at most 50 users (and says `maxResults: 50`).",
      "source": {
        "kind": "assumption",
        "ref": "Users page (2.13.0) § Pagination (\"default value - 1000\") and every example (maxResults 50)",
        "note": "The vendor contradicts itself: the pagination text says the default is 1000, every example answers 50 without parameters. We take the examples: they show what a server sent."
      },
      "scope": "operation"
    },
    "detail-levels": {
      "says": "Without detail flags users carry only `name`; with `showBasicDetails=true` they are UserBasic (name, fullName, key, email); with `showExtendedDetails=true` they are UserExtended (every detail getUserDetails gives).",
      "source": {
        "kind": "vendor",
        "since": "latest",
        "ref": "Users page (current, vendor-updates.md) § Get all users with access"
      },
      "scope": "operation"
    },
    "false-flags": {
      "says": "A detail flag given as `false` asks for nothing: the answer is the one without that flag.",
      "source": {
        "kind": "vendor",
        "since": "2.13.0",
        "ref": "Users page (2.13.0) § Get all users: the flags are switched on with \"=true\" (showBasicDetails=true, showExtendedDetails=true)"
      },
      "scope": "operation"
    },
    "both-flags": {
      "says": "With `showBasicDetails=true` and `showExtendedDetails=true` together the users are UserExtended.",
      "source": {
        "kind": "assumption",
        "ref": "spec/README.md § Choices where the vendor page is silent (both detail flags)",
        "note": "The vendor does not say; the extended shape holds every basic field, so it wins."
      },
      "scope": "operation"
    },
    "detail-level-same-users": {
      "says": "The detail level changes the fields of each user, never which users are listed or in what order.",
      "source": {
        "kind": "vendor",
        "since": "latest",
        "ref": "Users page (current, vendor-updates.md) § Get all users with access"
      },
      "scope": "operation"
    },
    "names-as-given": {
      "says": "A user is listed (and read) under the name it was created or last renamed with, in that case.",
      "source": {
        "kind": "assumption",
        "ref": "spec/README.md § Choices where the vendor page is silent (user names)",
        "note": "The vendor does not say whether names keep their case; a Confluence may store them in lower case. A server that lists another case differs from this assumption."
      },
      "scope": "operation"
    },
    "only-users-with-access": {
      "says": "Only users with access to use Confluence are listed, at every detail level: a deactivated user is not, and comes back once activated.",
      "source": {
        "kind": "vendor",
        "since": "latest",
        "ref": "Users page (current, vendor-updates.md): getUsersWithConfluenceAccess \"returns only users with access to use Confluence\""
      },
      "scope": "operation"
    },
    "date-strings-follow-date-format": {
      "says": "Each `...String` date is its epoch-millisecond twin written with `dateFormat`; both are `null` together when the date never happened.",
      "source": {
        "kind": "vendor",
        "since": "2.13.0",
        "ref": "Users page (2.13.0) § Get all users, § Get user details: \"dateFormat - define date format for date fields in output JSON\"; the examples (lastFailedLoginDate and its String twin both null)"
      },
      "scope": "operation"
    },
    "date-format-patterns": {
      "says": "`dateFormat` is a Java SimpleDateFormat pattern: the letters y, M, d, H, h, m, s, S, a, E and text in single quotes (`'at'`) are understood; a pattern that cannot be read is refused with 400.",
      "source": {
        "kind": "assumption",
        "ref": "Users page (2.13.0) § Get user details: \"dateFormat=MM/dd/yyyy\", \"dateFormat=dd.MM.yyyy\"",
        "note": "The vendor shows two patterns and names no syntax. Their letters are Java SimpleDateFormat's, and the plugin is Java, so we assume the whole syntax; the 400 for an unreadable pattern is ours."
      },
      "scope": "operation"
    },
    "default-date-format": {
      "says": "Without `dateFormat` the `...String` dates are written `yyyy-MM-dd HH:mm:ss` (2020-05-24 08:49:27).",
      "source": {
        "kind": "assumption",
        "ref": "Users page (2.13.0) § Get all users and § Get user details: \"default format 'yyyy-MM-dd'\", yet every example shows a time; field-evidence.md § Answers seen from a real instance",
        "note": "The vendor contradicts itself: its prose says yyyy-MM-dd, every example it gives (and a real answer of 2022) shows yyyy-MM-dd HH:mm:ss. We pick what the examples and the real answer agree on; a server following the prose differs from this assumption."
      },
      "scope": "operation"
    },
    "date-strings-time-zone": {
      "says": "The `...String` dates are in the server's time zone; the epoch values are UTC.",
      "source": {
        "kind": "assumption",
        "ref": "spec/README.md § Choices where the vendor page is silent (time zone)",
        "note": "The vendor does not say; its examples are two hours ahead of their epoch values (Polish summer time), so a server's own zone it is."
      },
      "scope": "operation"
    }
  },
  "getUserDetails": {
    "administrators-only": {
      "says": "A caller that is authenticated but not a Confluence administrator is refused (403) by every operation, and nothing changes.",
      "source": {
        "kind": "security",
        "ref": "Users page (2.13.0) § General informations: \"Available for confluence administrators\""
      },
      "scope": "api"
    },
    "no-secrets-in-answers": {
      "says": "No answer, success or error, carries a password, a password hash or a token.",
      "source": {
        "kind": "security",
        "ref": "Our rule for every server: an administrators' API has no reason to hand out credentials"
      },
      "scope": "api"
    },
    "unauthenticated-refused": {
      "says": "A request without valid credentials is refused (401) by every operation, and nothing changes.",
      "source": {
        "kind": "platform",
        "ref": "Confluence's authentication layer (Seraph) answers 401 before any REST resource"
      },
      "scope": "api"
    },
    "name-any-case": {
      "says": "The user name in the path finds the user whatever its case (jdoe, JDoe and JDOE are one user).",
      "source": {
        "kind": "platform",
        "ref": "Confluence stores and compares user names without regard to case: one user per name, found in any case"
      },
      "scope": "operation"
    },
    "deactivated-readable": {
      "says": "A deactivated user is answered like any other, with `hasAccessToUseConfluence: false`.",
      "source": {
        "kind": "assumption",
        "ref": "spec/README.md § Choices where the vendor page is silent (who is listed)",
        "note": "The vendor does not say; Confluence keeps a deactivated user whole, so its details stay readable."
      },
      "scope": "operation"
    },
    "access-follows-activation": {
      "says": "`hasAccessToUseConfluence` is `false` once the user is deactivated and `true` once activated again.",
      "source": {
        "kind": "platform",
        "ref": "Confluence: a deactivated user cannot use Confluence and is not counted against the licence; Users page (2.13.0) § Activate/deactivate user and the field of 2.7.0"
      },
      "scope": "operation"
    },
    "key-stays": {
      "says": "The `key` of a user never changes, through a rename, a change of details, deactivation and activation.",
      "source": {
        "kind": "platform",
        "ref": "Confluence user keys (since Confluence 5.3) are immutable and survive renames; that is what they are for"
      },
      "scope": "operation"
    },
    "unknown-user": {
      "says": "A name no user has (in any case) is not answered with a user.",
      "source": {
        "kind": "vendor",
        "since": "2.13.0",
        "ref": "Users page (2.13.0) § Get user details: \"where {userName} is user name\""
      },
      "scope": "operation"
    },
    "date-strings-follow-date-format": {
      "says": "Each `...String` date is its epoch-millisecond twin written with `dateFormat`; both are `null` together when the date never happened.",
      "source": {
        "kind": "vendor",
        "since": "2.13.0",
        "ref": "Users page (2.13.0) § Get all users, § Get user details: \"dateFormat - define date format for date fields in output JSON\"; the examples (lastFailedLoginDate and its String twin both null)"
      },
      "scope": "operation"
    },
    "date-format-patterns": {
      "says": "`dateFormat` is a Java SimpleDateFormat pattern: the letters y, M, d, H, h, m, s, S, a, E and text in single quotes (`'at'`) are understood; a pattern that cannot be read is refused with 400.",
      "source": {
        "kind": "assumption",
        "ref": "Users page (2.13.0) § Get user details: \"dateFormat=MM/dd/yyyy\", \"dateFormat=dd.MM.yyyy\"",
        "note": "The vendor shows two patterns and names no syntax. Their letters are Java SimpleDateFormat's, and the plugin is Java, so we assume the whole syntax; the 400 for an unreadable pattern is ours."
      },
      "scope": "operation"
    },
    "default-date-format": {
      "says": "Without `dateFormat` the `...String` dates are written `yyyy-MM-dd HH:mm:ss` (2020-05-24 08:49:27).",
      "source": {
        "kind": "assumption",
        "ref": "Users page (2.13.0) § Get all users and § Get user details: \"default format 'yyyy-MM-dd'\", yet every example shows a time; field-evidence.md § Answers seen from a real instance",
        "note": "The vendor contradicts itself: its prose says yyyy-MM-dd, every example it gives (and a real answer of 2022) shows yyyy-MM-dd HH:mm:ss. We pick what the examples and the real answer agree on; a server following the prose differs from this assumption."
      },
      "scope": "operation"
    },
    "date-strings-time-zone": {
      "says": "The `...String` dates are in the server's time zone; the epoch values are UTC.",
      "source": {
        "kind": "assumption",
        "ref": "spec/README.md § Choices where the vendor page is silent (time zone)",
        "note": "The vendor does not say; its examples are two hours ahead of their epoch values (Polish summer time), so a server's own zone it is."
      },
      "scope": "operation"
    }
  },
  "addUser": {
    "administrators-only": {
      "says": "A caller that is authenticated but not a Confluence administrator is refused (403) by every operation, and nothing changes.",
      "source": {
        "kind": "security",
        "ref": "Users page (2.13.0) § General informations: \"Available for confluence administrators\""
      },
      "scope": "api"
    },
    "no-secrets-in-answers": {
      "says": "No answer, success or error, carries a password, a password hash or a token.",
      "source": {
        "kind": "security",
        "ref": "Our rule for every server: an administrators' API has no reason to hand out credentials"
      },
      "scope": "api"
    },
    "unauthenticated-refused": {
      "says": "A request without valid credentials is refused (401) by every operation, and nothing changes.",
      "source": {
        "kind": "platform",
        "ref": "Confluence's authentication layer (Seraph) answers 401 before any REST resource"
      },
      "scope": "api"
    },
    "success-means-done": {
      "says": "After a 200 the user exists: getUserDetails answers it, in any case of its name, with the `fullName` and `email` sent, `hasAccessToUseConfluence: true`, and the listings include it.",
      "source": {
        "kind": "vendor",
        "since": "2.13.0",
        "ref": "Users page (2.13.0) § Add user: \"User USER_NAME (FULL_NAME) was created\""
      },
      "scope": "operation"
    },
    "name-taken-refused": {
      "says": "Adding a name that exists, in any case, is refused with a 4xx and changes nothing (the 409 itself is our assumption).",
      "source": {
        "kind": "platform",
        "ref": "Confluence stores and compares user names without regard to case: one user per name, found in any case"
      },
      "scope": "operation"
    },
    "password-optional": {
      "says": "A user can be added without `password`.",
      "versions": ">=2.13.0",
      "source": {
        "kind": "vendor",
        "since": "2.13.0",
        "ref": "Users page (2.13.0) § Available since v. 2.13.0: \"password is now optional\""
      },
      "scope": "operation"
    },
    "default-group": {
      "says": "Without `groups` the user joins Confluence's default group (not observable through this API).",
      "source": {
        "kind": "vendor",
        "since": "2.13.0",
        "ref": "Users page (2.13.0) § Add user: \"groups - optional - since v. 2.4.1 user is added to the default Confluence group\""
      },
      "scope": "operation"
    },
    "unknown-fields-ignored": {
      "says": "A field the page does not list (a public Go client sends `\"notification\":\"false\"`) does not make the request fail.",
      "source": {
        "kind": "observed",
        "ref": "field-evidence.md § Requests real clients send (perolo/confluence-client, client/user.go)"
      },
      "scope": "operation"
    },
    "json-with-charset": {
      "says": "A JSON body sent as `application/json; charset=UTF-8` (any charset parameter, any case of the type) is taken like `application/json`.",
      "source": {
        "kind": "platform",
        "ref": "Confluence's REST layer (Jersey) matches a request's media type without its parameters (RFC 9110 § 8.3.1)"
      },
      "scope": "operation"
    },
    "re-add-after-delete": {
      "says": "A deleted user's name can be added again.",
      "source": {
        "kind": "platform",
        "ref": "Confluence frees the name of a deleted user for a new account"
      },
      "scope": "operation"
    }
  },
  "renameUser": {
    "administrators-only": {
      "says": "A caller that is authenticated but not a Confluence administrator is refused (403) by every operation, and nothing changes.",
      "source": {
        "kind": "security",
        "ref": "Users page (2.13.0) § General informations: \"Available for confluence administrators\""
      },
      "scope": "api"
    },
    "no-secrets-in-answers": {
      "says": "No answer, success or error, carries a password, a password hash or a token.",
      "source": {
        "kind": "security",
        "ref": "Our rule for every server: an administrators' API has no reason to hand out credentials"
      },
      "scope": "api"
    },
    "unauthenticated-refused": {
      "says": "A request without valid credentials is refused (401) by every operation, and nothing changes.",
      "source": {
        "kind": "platform",
        "ref": "Confluence's authentication layer (Seraph) answers 401 before any REST resource"
      },
      "scope": "api"
    },
    "success-means-done": {
      "says": "After a 200 the user answers under the new name with the same `key` and details, and the old name finds no user (unless the two differ only in case).",
      "source": {
        "kind": "vendor",
        "since": "2.13.0",
        "ref": "Users page (2.13.0) § Change user name: \"User name 'test_user' was changed into 'test_user_new_name'\""
      },
      "scope": "operation"
    },
    "key-stays": {
      "says": "The user keeps its `key`, and so its content and permissions.",
      "source": {
        "kind": "platform",
        "ref": "Confluence user keys (since Confluence 5.3) are immutable and survive renames"
      },
      "scope": "operation"
    },
    "name-any-case": {
      "says": "The user name in the path finds the user whatever its case (jdoe, JDoe and JDOE are one user).",
      "source": {
        "kind": "platform",
        "ref": "Confluence stores and compares user names without regard to case: one user per name, found in any case"
      },
      "scope": "operation"
    },
    "new-name-taken-refused": {
      "says": "A new name that another user has, in any case, is refused with a 4xx and changes nothing.",
      "source": {
        "kind": "platform",
        "ref": "Confluence stores and compares user names without regard to case: one user per name, found in any case"
      },
      "scope": "operation"
    },
    "deactivated-user-writable": {
      "says": "Renaming a deactivated user works like for an active one and leaves the user deactivated.",
      "source": {
        "kind": "assumption",
        "ref": "spec/README.md § Choices where the vendor page is silent",
        "note": "The vendor does not say what a write does to a deactivated user; Confluence keeps deactivated users whole, and its administration changes them like any other."
      },
      "scope": "operation"
    },
    "json-with-charset": {
      "says": "A JSON body sent as `application/json; charset=UTF-8` (any charset parameter, any case of the type) is taken like `application/json`.",
      "source": {
        "kind": "platform",
        "ref": "Confluence's REST layer (Jersey) matches a request's media type without its parameters (RFC 9110 § 8.3.1)"
      },
      "scope": "operation"
    }
  },
  "changeUserDetails": {
    "administrators-only": {
      "says": "A caller that is authenticated but not a Confluence administrator is refused (403) by every operation, and nothing changes.",
      "source": {
        "kind": "security",
        "ref": "Users page (2.13.0) § General informations: \"Available for confluence administrators\""
      },
      "scope": "api"
    },
    "no-secrets-in-answers": {
      "says": "No answer, success or error, carries a password, a password hash or a token.",
      "source": {
        "kind": "security",
        "ref": "Our rule for every server: an administrators' API has no reason to hand out credentials"
      },
      "scope": "api"
    },
    "unauthenticated-refused": {
      "says": "A request without valid credentials is refused (401) by every operation, and nothing changes.",
      "source": {
        "kind": "platform",
        "ref": "Confluence's authentication layer (Seraph) answers 401 before any REST resource"
      },
      "scope": "api"
    },
    "success-means-done": {
      "says": "After a 200 every field sent is changed, all of them at once: getUserDetails shows the new `fullName` and `email`, and a new `password` is the one that logs in.",
      "source": {
        "kind": "vendor",
        "since": "2.13.0",
        "ref": "Users page (2.13.0) § Change user details: fullName, email, password; \"User 'test_user' was changed\""
      },
      "scope": "operation"
    },
    "absent-fields-kept": {
      "says": "A field left out keeps its value.",
      "source": {
        "kind": "assumption",
        "ref": "Users page (2.13.0) § Change user details: \"One parameter is required for this request\"",
        "note": "The vendor contradicts itself (each field \"required\", then one is enough); a partial change keeping the rest is our reading of the second sentence."
      },
      "scope": "operation"
    },
    "name-any-case": {
      "says": "The user name in the path finds the user whatever its case (jdoe, JDoe and JDOE are one user).",
      "source": {
        "kind": "platform",
        "ref": "Confluence stores and compares user names without regard to case: one user per name, found in any case"
      },
      "scope": "operation"
    },
    "deactivated-user-writable": {
      "says": "Changing the details of a deactivated user works like for an active one and leaves the user deactivated.",
      "source": {
        "kind": "assumption",
        "ref": "spec/README.md § Choices where the vendor page is silent",
        "note": "The vendor does not say what a write does to a deactivated user; Confluence keeps deactivated users whole, and its administration changes them like any other."
      },
      "scope": "operation"
    },
    "repeat-succeeds": {
      "says": "Sending the same details again answers 200 and changes nothing else.",
      "source": {
        "kind": "assumption",
        "ref": "spec/README.md § Choices where the vendor page is silent (repeated writes)",
        "note": "The vendor does not say how a write that changes nothing is answered; 200 is ours."
      },
      "scope": "operation"
    },
    "json-with-charset": {
      "says": "A JSON body sent as `application/json; charset=UTF-8` (any charset parameter, any case of the type) is taken like `application/json`.",
      "source": {
        "kind": "platform",
        "ref": "Confluence's REST layer (Jersey) matches a request's media type without its parameters (RFC 9110 § 8.3.1)"
      },
      "scope": "operation"
    }
  },
  "deleteUser": {
    "administrators-only": {
      "says": "A caller that is authenticated but not a Confluence administrator is refused (403) by every operation, and nothing changes.",
      "source": {
        "kind": "security",
        "ref": "Users page (2.13.0) § General informations: \"Available for confluence administrators\""
      },
      "scope": "api"
    },
    "no-secrets-in-answers": {
      "says": "No answer, success or error, carries a password, a password hash or a token.",
      "source": {
        "kind": "security",
        "ref": "Our rule for every server: an administrators' API has no reason to hand out credentials"
      },
      "scope": "api"
    },
    "unauthenticated-refused": {
      "says": "A request without valid credentials is refused (401) by every operation, and nothing changes.",
      "source": {
        "kind": "platform",
        "ref": "Confluence's authentication layer (Seraph) answers 401 before any REST resource"
      },
      "scope": "api"
    },
    "success-means-done": {
      "says": "After a 200 the user is gone: getUserDetails finds no user under its name, in any case, and no listing includes it.",
      "source": {
        "kind": "vendor",
        "since": "2.13.0",
        "ref": "Users page (2.13.0) § Delete user: \"User USER_NAME (FULL NAME) was deleted\""
      },
      "scope": "operation"
    },
    "repeat-refused": {
      "says": "Deleting a user that does not exist is answered 404.",
      "source": {
        "kind": "assumption",
        "ref": "spec/README.md § Choices where the vendor page is silent (repeated writes)",
        "note": "The vendor does not say; a second delete finds no user, and 404 is how we answer an unknown user."
      },
      "scope": "operation"
    },
    "name-any-case": {
      "says": "The user name in the path finds the user whatever its case (jdoe, JDoe and JDOE are one user).",
      "source": {
        "kind": "platform",
        "ref": "Confluence stores and compares user names without regard to case: one user per name, found in any case"
      },
      "scope": "operation"
    },
    "body-ignored": {
      "says": "Whatever body and content type come with the request are ignored: an empty body sent as `application/json` succeeds like no body.",
      "source": {
        "kind": "platform",
        "ref": "Confluence's REST layer (Jersey) reads no body for a resource that takes none; field-evidence.md § Requests real clients send (an administrators' script sends Content-type: application/json and an empty body)"
      },
      "scope": "operation"
    }
  },
  "activateUser": {
    "administrators-only": {
      "says": "A caller that is authenticated but not a Confluence administrator is refused (403) by every operation, and nothing changes.",
      "source": {
        "kind": "security",
        "ref": "Users page (2.13.0) § General informations: \"Available for confluence administrators\""
      },
      "scope": "api"
    },
    "no-secrets-in-answers": {
      "says": "No answer, success or error, carries a password, a password hash or a token.",
      "source": {
        "kind": "security",
        "ref": "Our rule for every server: an administrators' API has no reason to hand out credentials"
      },
      "scope": "api"
    },
    "unauthenticated-refused": {
      "says": "A request without valid credentials is refused (401) by every operation, and nothing changes.",
      "source": {
        "kind": "platform",
        "ref": "Confluence's authentication layer (Seraph) answers 401 before any REST resource"
      },
      "scope": "api"
    },
    "success-means-done": {
      "says": "After a 200 the user is active: getUserDetails shows `hasAccessToUseConfluence: true`, the user is listed again among the users with access, and its details and key stay.",
      "source": {
        "kind": "vendor",
        "since": "2.13.0",
        "ref": "Users page (2.13.0) § Activate/deactivate user: \"User USER_NAME (FULL NAME) deactivated\"; § Get all users: \"only users with access to use Confluence\""
      },
      "scope": "operation"
    },
    "repeat-succeeds": {
      "says": "Activating a user that is already active answers 200 and changes nothing.",
      "source": {
        "kind": "assumption",
        "ref": "spec/README.md § Choices where the vendor page is silent (repeated writes)",
        "note": "The vendor does not say; Confluence's own user administration API treats enable and disable as idempotent (vendor-updates.md), and we expect the same."
      },
      "scope": "operation"
    },
    "name-any-case": {
      "says": "The user name in the path finds the user whatever its case (jdoe, JDoe and JDOE are one user).",
      "source": {
        "kind": "platform",
        "ref": "Confluence stores and compares user names without regard to case: one user per name, found in any case"
      },
      "scope": "operation"
    },
    "body-ignored": {
      "says": "Whatever body and content type come with the request are ignored: an empty body sent as `application/json` succeeds like no body.",
      "source": {
        "kind": "platform",
        "ref": "Confluence's REST layer (Jersey) reads no body for a resource that takes none; field-evidence.md § Requests real clients send (an administrators' script sends Content-type: application/json and an empty body)"
      },
      "scope": "operation"
    }
  },
  "deactivateUser": {
    "administrators-only": {
      "says": "A caller that is authenticated but not a Confluence administrator is refused (403) by every operation, and nothing changes.",
      "source": {
        "kind": "security",
        "ref": "Users page (2.13.0) § General informations: \"Available for confluence administrators\""
      },
      "scope": "api"
    },
    "no-secrets-in-answers": {
      "says": "No answer, success or error, carries a password, a password hash or a token.",
      "source": {
        "kind": "security",
        "ref": "Our rule for every server: an administrators' API has no reason to hand out credentials"
      },
      "scope": "api"
    },
    "unauthenticated-refused": {
      "says": "A request without valid credentials is refused (401) by every operation, and nothing changes.",
      "source": {
        "kind": "platform",
        "ref": "Confluence's authentication layer (Seraph) answers 401 before any REST resource"
      },
      "scope": "api"
    },
    "success-means-done": {
      "says": "After a 200 the user is deactivated: getUserDetails shows `hasAccessToUseConfluence: false`, the user leaves the listings of users with access, and its details and key stay.",
      "source": {
        "kind": "vendor",
        "since": "2.13.0",
        "ref": "Users page (2.13.0) § Activate/deactivate user: \"User USER_NAME (FULL NAME) deactivated\"; § Get all users: \"only users with access to use Confluence\""
      },
      "scope": "operation"
    },
    "deactivated-cannot-log-in": {
      "says": "A deactivated user's own credentials are refused (401).",
      "source": {
        "kind": "platform",
        "ref": "Confluence: a deactivated user cannot log in; the authentication layer answers 401"
      },
      "scope": "operation"
    },
    "repeat-succeeds": {
      "says": "Deactivating a user that is already deactivated answers 200 and changes nothing.",
      "source": {
        "kind": "assumption",
        "ref": "spec/README.md § Choices where the vendor page is silent (repeated writes)",
        "note": "The vendor does not say; Confluence's own user administration API treats enable and disable as idempotent (vendor-updates.md), and we expect the same."
      },
      "scope": "operation"
    },
    "name-any-case": {
      "says": "The user name in the path finds the user whatever its case (jdoe, JDoe and JDOE are one user).",
      "source": {
        "kind": "platform",
        "ref": "Confluence stores and compares user names without regard to case: one user per name, found in any case"
      },
      "scope": "operation"
    },
    "body-ignored": {
      "says": "Whatever body and content type come with the request are ignored: an empty body sent as `application/json` succeeds like no body.",
      "source": {
        "kind": "platform",
        "ref": "Confluence's REST layer (Jersey) reads no body for a resource that takes none; field-evidence.md § Requests real clients send (an administrators' script sends Content-type: application/json and an empty body)"
      },
      "scope": "operation"
    }
  },
  "getUserProperty": {
    "administrators-only": {
      "says": "A caller that is authenticated but not a Confluence administrator is refused (403) by every operation, and nothing changes.",
      "source": {
        "kind": "security",
        "ref": "Users page (2.13.0) § General informations: \"Available for confluence administrators\""
      },
      "scope": "api"
    },
    "no-secrets-in-answers": {
      "says": "No answer, success or error, carries a password, a password hash or a token.",
      "source": {
        "kind": "security",
        "ref": "Our rule for every server: an administrators' API has no reason to hand out credentials"
      },
      "scope": "api"
    },
    "unauthenticated-refused": {
      "says": "A request without valid credentials is refused (401) by every operation, and nothing changes.",
      "source": {
        "kind": "platform",
        "ref": "Confluence's authentication layer (Seraph) answers 401 before any REST resource"
      },
      "scope": "api"
    },
    "value-as-set": {
      "says": "The value answered is the one last set, character for character.",
      "source": {
        "kind": "vendor",
        "since": "2.13.0",
        "ref": "Users page (2.13.0) § Get user property, § Set user property"
      },
      "scope": "operation"
    },
    "unset-property": {
      "says": "A property that was never set is answered 404.",
      "source": {
        "kind": "assumption",
        "ref": "spec/README.md § Choices where the vendor page is silent (unset property)",
        "note": "The vendor does not say; an empty value would be indistinguishable from one set to \"\"."
      },
      "scope": "operation"
    },
    "name-any-case": {
      "says": "The user name in the path finds the user whatever its case (jdoe, JDoe and JDOE are one user).",
      "source": {
        "kind": "platform",
        "ref": "Confluence stores and compares user names without regard to case: one user per name, found in any case"
      },
      "scope": "operation"
    }
  },
  "setUserProperty": {
    "administrators-only": {
      "says": "A caller that is authenticated but not a Confluence administrator is refused (403) by every operation, and nothing changes.",
      "source": {
        "kind": "security",
        "ref": "Users page (2.13.0) § General informations: \"Available for confluence administrators\""
      },
      "scope": "api"
    },
    "no-secrets-in-answers": {
      "says": "No answer, success or error, carries a password, a password hash or a token.",
      "source": {
        "kind": "security",
        "ref": "Our rule for every server: an administrators' API has no reason to hand out credentials"
      },
      "scope": "api"
    },
    "unauthenticated-refused": {
      "says": "A request without valid credentials is refused (401) by every operation, and nothing changes.",
      "source": {
        "kind": "platform",
        "ref": "Confluence's authentication layer (Seraph) answers 401 before any REST resource"
      },
      "scope": "api"
    },
    "success-means-done": {
      "says": "After a 200 getUserProperty answers the value sent, replacing any earlier one.",
      "source": {
        "kind": "vendor",
        "since": "2.13.0",
        "ref": "Users page (2.13.0) § Set user property: {\"message\": \"success\"}"
      },
      "scope": "operation"
    },
    "name-any-case": {
      "says": "The user name in the path finds the user whatever its case (jdoe, JDoe and JDOE are one user).",
      "source": {
        "kind": "platform",
        "ref": "Confluence stores and compares user names without regard to case: one user per name, found in any case"
      },
      "scope": "operation"
    },
    "deactivated-user-writable": {
      "says": "Setting a property of a deactivated user works like for an active one and leaves the user deactivated.",
      "source": {
        "kind": "assumption",
        "ref": "spec/README.md § Choices where the vendor page is silent",
        "note": "The vendor does not say what a write does to a deactivated user; Confluence keeps deactivated users whole, and its administration changes them like any other."
      },
      "scope": "operation"
    },
    "json-with-charset": {
      "says": "A JSON body sent as `application/json; charset=UTF-8` (any charset parameter, any case of the type) is taken like `application/json`.",
      "source": {
        "kind": "platform",
        "ref": "Confluence's REST layer (Jersey) matches a request's media type without its parameters (RFC 9110 § 8.3.1)"
      },
      "scope": "operation"
    }
  },
  "setUserAvatarBase64": {
    "administrators-only": {
      "says": "A caller that is authenticated but not a Confluence administrator is refused (403) by every operation, and nothing changes.",
      "source": {
        "kind": "security",
        "ref": "Users page (2.13.0) § General informations: \"Available for confluence administrators\""
      },
      "scope": "api"
    },
    "no-secrets-in-answers": {
      "says": "No answer, success or error, carries a password, a password hash or a token.",
      "source": {
        "kind": "security",
        "ref": "Our rule for every server: an administrators' API has no reason to hand out credentials"
      },
      "scope": "api"
    },
    "unauthenticated-refused": {
      "says": "A request without valid credentials is refused (401) by every operation, and nothing changes.",
      "source": {
        "kind": "platform",
        "ref": "Confluence's authentication layer (Seraph) answers 401 before any REST resource"
      },
      "scope": "api"
    },
    "success-means-done": {
      "says": "A PNG, JPEG or GIF image is accepted with 200 \"avatar changed\" (the picture itself cannot be read back through the operations described here).",
      "source": {
        "kind": "vendor",
        "since": "2.13.0",
        "ref": "Users page (2.13.0) § Set avatar for any user: {\"message\": \"avatar changed\"}"
      },
      "scope": "operation"
    },
    "image-types": {
      "says": "Only PNG, JPEG and GIF images of at most 1 MiB are accepted, judged by their content.",
      "source": {
        "kind": "assumption",
        "ref": "spec/README.md § Choices where the vendor page is silent (avatars)",
        "note": "The vendor names no image type or size."
      },
      "scope": "operation"
    },
    "name-any-case": {
      "says": "The user name in the path finds the user whatever its case (jdoe, JDoe and JDOE are one user).",
      "source": {
        "kind": "platform",
        "ref": "Confluence stores and compares user names without regard to case: one user per name, found in any case"
      },
      "scope": "operation"
    },
    "json-with-charset": {
      "says": "A JSON body sent as `application/json; charset=UTF-8` (any charset parameter, any case of the type) is taken like `application/json`.",
      "source": {
        "kind": "platform",
        "ref": "Confluence's REST layer (Jersey) matches a request's media type without its parameters (RFC 9110 § 8.3.1)"
      },
      "scope": "operation"
    }
  },
  "setUserAvatarImage": {
    "administrators-only": {
      "says": "A caller that is authenticated but not a Confluence administrator is refused (403) by every operation, and nothing changes.",
      "source": {
        "kind": "security",
        "ref": "Users page (2.13.0) § General informations: \"Available for confluence administrators\""
      },
      "scope": "api"
    },
    "no-secrets-in-answers": {
      "says": "No answer, success or error, carries a password, a password hash or a token.",
      "source": {
        "kind": "security",
        "ref": "Our rule for every server: an administrators' API has no reason to hand out credentials"
      },
      "scope": "api"
    },
    "unauthenticated-refused": {
      "says": "A request without valid credentials is refused (401) by every operation, and nothing changes.",
      "source": {
        "kind": "platform",
        "ref": "Confluence's authentication layer (Seraph) answers 401 before any REST resource"
      },
      "scope": "api"
    },
    "success-means-done": {
      "says": "A PNG, JPEG or GIF file in the form field `file` is accepted with 200 \"avatar changed\".",
      "source": {
        "kind": "vendor",
        "since": "2.13.0",
        "ref": "Users page (2.13.0) § Set avatar for any user: \"In Body select form-data → In KEY write file\"; {\"message\": \"avatar changed\"}"
      },
      "scope": "operation"
    },
    "xsrf-token-required": {
      "says": "A multipart request without `X-Atlassian-Token: no-check` is refused with 403 and changes nothing.",
      "source": {
        "kind": "platform",
        "ref": "Confluence Data Center's XSRF protection for REST resources (vendor-updates.md § Confluence Data Center behaviour)"
      },
      "scope": "operation"
    },
    "image-types": {
      "says": "Only PNG, JPEG and GIF images of at most 1 MiB are accepted, judged by their content.",
      "source": {
        "kind": "assumption",
        "ref": "spec/README.md § Choices where the vendor page is silent (avatars)",
        "note": "The vendor names no image type or size."
      },
      "scope": "operation"
    },
    "name-any-case": {
      "says": "The user name in the path finds the user whatever its case (jdoe, JDoe and JDOE are one user).",
      "source": {
        "kind": "platform",
        "ref": "Confluence stores and compares user names without regard to case: one user per name, found in any case"
      },
      "scope": "operation"
    }
  }
} as const satisfies { readonly [K in keyof operations]: { readonly [id: string]: PromiseInfo } };

/** Each operation's own source (its `x-source`). */
export const operationSources = {
  "getUsers": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Get all users"
  },
  "getUsersWithConfluenceAccess": {
    "kind": "vendor",
    "since": "latest",
    "ref": "Users page (current, vendor-updates.md): getUsersWithConfluenceAccess, \"get all users (only those with access to use Confluence)\""
  },
  "getUserDetails": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Get user details"
  },
  "addUser": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Add user"
  },
  "renameUser": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Change user name"
  },
  "changeUserDetails": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Change user details"
  },
  "deleteUser": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Delete user"
  },
  "activateUser": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Activate/deactivate user"
  },
  "deactivateUser": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Activate/deactivate user"
  },
  "getUserProperty": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Get user property"
  },
  "setUserProperty": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Set user property"
  },
  "setUserAvatarBase64": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Set avatar for any user, using base64 image"
  },
  "setUserAvatarImage": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Set avatar for any user, using image from disk"
  }
} as const satisfies { readonly [K in keyof operations]: Source };

/** Every source of the bundled description by the JSON pointer it governs (see sourceAt). */
export const sourceTable = {
  "/paths/~1rest~1extender~11.0~1user~1getUsers/get": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Get all users"
  },
  "/paths/~1rest~1extender~11.0~1user~1getUsers/get/x-promises/0": {
    "kind": "assumption",
    "ref": "spec/README.md § Choices where the vendor page is silent (order)",
    "note": "The vendor names no order, and its own example lists new_user before admin. We expect user-name order (the sandbox's) so that pages do not overlap; another stable order is a difference, not a broken promise."
  },
  "/paths/~1rest~1extender~11.0~1user~1getUsers/get/x-promises/1": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Pagination: \"startAt is the index of the first item returned\", \"total is the total number of items contained in all pages\""
  },
  "/paths/~1rest~1extender~11.0~1user~1getUsers/get/x-promises/2": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Pagination: \"startAt is the index of the first item returned\", \"maxResults is the maximum number of items that can be returned per page ... limits may change without notice\""
  },
  "/paths/~1rest~1extender~11.0~1user~1getUsers/get/x-promises/3": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Pagination: \"total is the total number of items contained in all pages\""
  },
  "/paths/~1rest~1extender~11.0~1user~1getUsers/get/x-promises/4": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Pagination: \"This number may change as the client requests the subsequent pages\""
  },
  "/paths/~1rest~1extender~11.0~1user~1getUsers/get/x-promises/5": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Pagination: \"the client should always assume that the requested page can be empty\"; Elastic's connector stops at the first empty page (vendor-updates.md § A real consumer)"
  },
  "/paths/~1rest~1extender~11.0~1user~1getUsers/get/x-promises/6": {
    "kind": "assumption",
    "ref": "Users page (2.13.0) § Pagination (\"default value - 1000\") and every example (maxResults 50)",
    "note": "The vendor contradicts itself: the pagination text says the default is 1000, every example answers 50 without parameters. We take the examples: they show what a server sent."
  },
  "/paths/~1rest~1extender~11.0~1user~1getUsers/get/x-promises/7": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Get all users: \"showBasicDetails, showExtendedDetails - for details please check Example response\" and the three example responses"
  },
  "/paths/~1rest~1extender~11.0~1user~1getUsers/get/x-promises/8": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Get all users: the flags are switched on with \"=true\" (showBasicDetails=true, showExtendedDetails=true)"
  },
  "/paths/~1rest~1extender~11.0~1user~1getUsers/get/x-promises/9": {
    "kind": "assumption",
    "ref": "spec/README.md § Choices where the vendor page is silent (both detail flags)",
    "note": "The vendor does not say; the extended shape holds every basic field, so it wins."
  },
  "/paths/~1rest~1extender~11.0~1user~1getUsers/get/x-promises/10": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Get all users: the flags choose the fields (\"for details please check Example response\")"
  },
  "/paths/~1rest~1extender~11.0~1user~1getUsers/get/x-promises/11": {
    "kind": "assumption",
    "ref": "spec/README.md § Choices where the vendor page is silent (user names)",
    "note": "The vendor does not say whether names keep their case; a Confluence may store them in lower case. A server that lists another case differs from this assumption."
  },
  "/paths/~1rest~1extender~11.0~1user~1getUsers/get/x-promises/12": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Get all users: \"This API returns all only users with access to use Confluence\""
  },
  "/paths/~1rest~1extender~11.0~1user~1getUsers/get/x-promises/13": {
    "kind": "assumption",
    "ref": "vendor-updates.md § The vendor's current Users page: getUsers is now \"get all users\", beside getUsersWithConfluenceAccess",
    "note": "The current page calls it \"get all users\"; that deactivated users are then listed is our reading (vendor-updates.md says \"presumably\"), and the version that changed it is not known."
  },
  "/paths/~1rest~1extender~11.0~1user~1getUsers/get/x-promises/14": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Get all users, § Get user details: \"dateFormat - define date format for date fields in output JSON\"; the examples (lastFailedLoginDate and its String twin both null)"
  },
  "/paths/~1rest~1extender~11.0~1user~1getUsers/get/x-promises/15": {
    "kind": "assumption",
    "ref": "Users page (2.13.0) § Get user details: \"dateFormat=MM/dd/yyyy\", \"dateFormat=dd.MM.yyyy\"",
    "note": "The vendor shows two patterns and names no syntax. Their letters are Java SimpleDateFormat's, and the plugin is Java, so we assume the whole syntax; the 400 for an unreadable pattern is ours."
  },
  "/paths/~1rest~1extender~11.0~1user~1getUsers/get/x-promises/16": {
    "kind": "assumption",
    "ref": "Users page (2.13.0) § Get all users and § Get user details: \"default format 'yyyy-MM-dd'\", yet every example shows a time; field-evidence.md § Answers seen from a real instance",
    "note": "The vendor contradicts itself: its prose says yyyy-MM-dd, every example it gives (and a real answer of 2022) shows yyyy-MM-dd HH:mm:ss. We pick what the examples and the real answer agree on; a server following the prose differs from this assumption."
  },
  "/paths/~1rest~1extender~11.0~1user~1getUsers/get/x-promises/17": {
    "kind": "assumption",
    "ref": "spec/README.md § Choices where the vendor page is silent (time zone)",
    "note": "The vendor does not say; its examples are two hours ahead of their epoch values (Polish summer time), so a server's own zone it is."
  },
  "/paths/~1rest~1extender~11.0~1user~1getUsersWithConfluenceAccess/get": {
    "kind": "vendor",
    "since": "latest",
    "ref": "Users page (current, vendor-updates.md): getUsersWithConfluenceAccess, \"get all users (only those with access to use Confluence)\""
  },
  "/paths/~1rest~1extender~11.0~1user~1getUsersWithConfluenceAccess/get/x-promises/0": {
    "kind": "assumption",
    "ref": "spec/README.md § Choices where the vendor page is silent (order)",
    "note": "The vendor names no order, and its own example lists new_user before admin. We expect user-name order (the sandbox's) so that pages do not overlap; another stable order is a difference, not a broken promise."
  },
  "/paths/~1rest~1extender~11.0~1user~1getUsersWithConfluenceAccess/get/x-promises/1": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Pagination: \"startAt is the index of the first item returned\", \"total is the total number of items contained in all pages\""
  },
  "/paths/~1rest~1extender~11.0~1user~1getUsersWithConfluenceAccess/get/x-promises/2": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Pagination: \"startAt is the index of the first item returned\", \"maxResults is the maximum number of items that can be returned per page ... limits may change without notice\""
  },
  "/paths/~1rest~1extender~11.0~1user~1getUsersWithConfluenceAccess/get/x-promises/3": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Pagination: \"total is the total number of items contained in all pages\""
  },
  "/paths/~1rest~1extender~11.0~1user~1getUsersWithConfluenceAccess/get/x-promises/4": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Pagination: \"This number may change as the client requests the subsequent pages\""
  },
  "/paths/~1rest~1extender~11.0~1user~1getUsersWithConfluenceAccess/get/x-promises/5": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Pagination: \"the client should always assume that the requested page can be empty\"; Elastic's connector stops at the first empty page (vendor-updates.md § A real consumer)"
  },
  "/paths/~1rest~1extender~11.0~1user~1getUsersWithConfluenceAccess/get/x-promises/6": {
    "kind": "assumption",
    "ref": "Users page (2.13.0) § Pagination (\"default value - 1000\") and every example (maxResults 50)",
    "note": "The vendor contradicts itself: the pagination text says the default is 1000, every example answers 50 without parameters. We take the examples: they show what a server sent."
  },
  "/paths/~1rest~1extender~11.0~1user~1getUsersWithConfluenceAccess/get/x-promises/7": {
    "kind": "vendor",
    "since": "latest",
    "ref": "Users page (current, vendor-updates.md) § Get all users with access"
  },
  "/paths/~1rest~1extender~11.0~1user~1getUsersWithConfluenceAccess/get/x-promises/8": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Get all users: the flags are switched on with \"=true\" (showBasicDetails=true, showExtendedDetails=true)"
  },
  "/paths/~1rest~1extender~11.0~1user~1getUsersWithConfluenceAccess/get/x-promises/9": {
    "kind": "assumption",
    "ref": "spec/README.md § Choices where the vendor page is silent (both detail flags)",
    "note": "The vendor does not say; the extended shape holds every basic field, so it wins."
  },
  "/paths/~1rest~1extender~11.0~1user~1getUsersWithConfluenceAccess/get/x-promises/10": {
    "kind": "vendor",
    "since": "latest",
    "ref": "Users page (current, vendor-updates.md) § Get all users with access"
  },
  "/paths/~1rest~1extender~11.0~1user~1getUsersWithConfluenceAccess/get/x-promises/11": {
    "kind": "assumption",
    "ref": "spec/README.md § Choices where the vendor page is silent (user names)",
    "note": "The vendor does not say whether names keep their case; a Confluence may store them in lower case. A server that lists another case differs from this assumption."
  },
  "/paths/~1rest~1extender~11.0~1user~1getUsersWithConfluenceAccess/get/x-promises/12": {
    "kind": "vendor",
    "since": "latest",
    "ref": "Users page (current, vendor-updates.md): getUsersWithConfluenceAccess \"returns only users with access to use Confluence\""
  },
  "/paths/~1rest~1extender~11.0~1user~1getUsersWithConfluenceAccess/get/x-promises/13": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Get all users, § Get user details: \"dateFormat - define date format for date fields in output JSON\"; the examples (lastFailedLoginDate and its String twin both null)"
  },
  "/paths/~1rest~1extender~11.0~1user~1getUsersWithConfluenceAccess/get/x-promises/14": {
    "kind": "assumption",
    "ref": "Users page (2.13.0) § Get user details: \"dateFormat=MM/dd/yyyy\", \"dateFormat=dd.MM.yyyy\"",
    "note": "The vendor shows two patterns and names no syntax. Their letters are Java SimpleDateFormat's, and the plugin is Java, so we assume the whole syntax; the 400 for an unreadable pattern is ours."
  },
  "/paths/~1rest~1extender~11.0~1user~1getUsersWithConfluenceAccess/get/x-promises/15": {
    "kind": "assumption",
    "ref": "Users page (2.13.0) § Get all users and § Get user details: \"default format 'yyyy-MM-dd'\", yet every example shows a time; field-evidence.md § Answers seen from a real instance",
    "note": "The vendor contradicts itself: its prose says yyyy-MM-dd, every example it gives (and a real answer of 2022) shows yyyy-MM-dd HH:mm:ss. We pick what the examples and the real answer agree on; a server following the prose differs from this assumption."
  },
  "/paths/~1rest~1extender~11.0~1user~1getUsersWithConfluenceAccess/get/x-promises/16": {
    "kind": "assumption",
    "ref": "spec/README.md § Choices where the vendor page is silent (time zone)",
    "note": "The vendor does not say; its examples are two hours ahead of their epoch values (Polish summer time), so a server's own zone it is."
  },
  "/paths/~1rest~1extender~11.0~1user~1getUserDetails~1{userName}/get": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Get user details"
  },
  "/paths/~1rest~1extender~11.0~1user~1getUserDetails~1{userName}/get/x-promises/0": {
    "kind": "platform",
    "ref": "Confluence stores and compares user names without regard to case: one user per name, found in any case"
  },
  "/paths/~1rest~1extender~11.0~1user~1getUserDetails~1{userName}/get/x-promises/1": {
    "kind": "assumption",
    "ref": "spec/README.md § Choices where the vendor page is silent (who is listed)",
    "note": "The vendor does not say; Confluence keeps a deactivated user whole, so its details stay readable."
  },
  "/paths/~1rest~1extender~11.0~1user~1getUserDetails~1{userName}/get/x-promises/2": {
    "kind": "platform",
    "ref": "Confluence: a deactivated user cannot use Confluence and is not counted against the licence; Users page (2.13.0) § Activate/deactivate user and the field of 2.7.0"
  },
  "/paths/~1rest~1extender~11.0~1user~1getUserDetails~1{userName}/get/x-promises/3": {
    "kind": "platform",
    "ref": "Confluence user keys (since Confluence 5.3) are immutable and survive renames; that is what they are for"
  },
  "/paths/~1rest~1extender~11.0~1user~1getUserDetails~1{userName}/get/x-promises/4": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Get user details: \"where {userName} is user name\""
  },
  "/paths/~1rest~1extender~11.0~1user~1getUserDetails~1{userName}/get/x-promises/5": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Get all users, § Get user details: \"dateFormat - define date format for date fields in output JSON\"; the examples (lastFailedLoginDate and its String twin both null)"
  },
  "/paths/~1rest~1extender~11.0~1user~1getUserDetails~1{userName}/get/x-promises/6": {
    "kind": "assumption",
    "ref": "Users page (2.13.0) § Get user details: \"dateFormat=MM/dd/yyyy\", \"dateFormat=dd.MM.yyyy\"",
    "note": "The vendor shows two patterns and names no syntax. Their letters are Java SimpleDateFormat's, and the plugin is Java, so we assume the whole syntax; the 400 for an unreadable pattern is ours."
  },
  "/paths/~1rest~1extender~11.0~1user~1getUserDetails~1{userName}/get/x-promises/7": {
    "kind": "assumption",
    "ref": "Users page (2.13.0) § Get all users and § Get user details: \"default format 'yyyy-MM-dd'\", yet every example shows a time; field-evidence.md § Answers seen from a real instance",
    "note": "The vendor contradicts itself: its prose says yyyy-MM-dd, every example it gives (and a real answer of 2022) shows yyyy-MM-dd HH:mm:ss. We pick what the examples and the real answer agree on; a server following the prose differs from this assumption."
  },
  "/paths/~1rest~1extender~11.0~1user~1getUserDetails~1{userName}/get/x-promises/8": {
    "kind": "assumption",
    "ref": "spec/README.md § Choices where the vendor page is silent (time zone)",
    "note": "The vendor does not say; its examples are two hours ahead of their epoch values (Polish summer time), so a server's own zone it is."
  },
  "/paths/~1rest~1extender~11.0~1user~1add/put": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Add user"
  },
  "/paths/~1rest~1extender~11.0~1user~1add/put/x-promises/0": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Add user: \"User USER_NAME (FULL_NAME) was created\""
  },
  "/paths/~1rest~1extender~11.0~1user~1add/put/x-promises/1": {
    "kind": "platform",
    "ref": "Confluence stores and compares user names without regard to case: one user per name, found in any case"
  },
  "/paths/~1rest~1extender~11.0~1user~1add/put/x-promises/2": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Available since v. 2.13.0: \"password is now optional\""
  },
  "/paths/~1rest~1extender~11.0~1user~1add/put/x-promises/3": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Add user: \"groups - optional - since v. 2.4.1 user is added to the default Confluence group\""
  },
  "/paths/~1rest~1extender~11.0~1user~1add/put/x-promises/4": {
    "kind": "observed",
    "ref": "field-evidence.md § Requests real clients send (perolo/confluence-client, client/user.go)"
  },
  "/paths/~1rest~1extender~11.0~1user~1add/put/x-promises/5": {
    "kind": "platform",
    "ref": "Confluence's REST layer (Jersey) matches a request's media type without its parameters (RFC 9110 § 8.3.1)"
  },
  "/paths/~1rest~1extender~11.0~1user~1add/put/x-promises/6": {
    "kind": "platform",
    "ref": "Confluence frees the name of a deleted user for a new account"
  },
  "/paths/~1rest~1extender~11.0~1user~1rename~1{userName}/post": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Change user name"
  },
  "/paths/~1rest~1extender~11.0~1user~1rename~1{userName}/post/x-promises/0": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Change user name: \"User name 'test_user' was changed into 'test_user_new_name'\""
  },
  "/paths/~1rest~1extender~11.0~1user~1rename~1{userName}/post/x-promises/1": {
    "kind": "platform",
    "ref": "Confluence user keys (since Confluence 5.3) are immutable and survive renames"
  },
  "/paths/~1rest~1extender~11.0~1user~1rename~1{userName}/post/x-promises/2": {
    "kind": "platform",
    "ref": "Confluence stores and compares user names without regard to case: one user per name, found in any case"
  },
  "/paths/~1rest~1extender~11.0~1user~1rename~1{userName}/post/x-promises/3": {
    "kind": "platform",
    "ref": "Confluence stores and compares user names without regard to case: one user per name, found in any case"
  },
  "/paths/~1rest~1extender~11.0~1user~1rename~1{userName}/post/x-promises/4": {
    "kind": "assumption",
    "ref": "spec/README.md § Choices where the vendor page is silent",
    "note": "The vendor does not say what a write does to a deactivated user; Confluence keeps deactivated users whole, and its administration changes them like any other."
  },
  "/paths/~1rest~1extender~11.0~1user~1rename~1{userName}/post/x-promises/5": {
    "kind": "platform",
    "ref": "Confluence's REST layer (Jersey) matches a request's media type without its parameters (RFC 9110 § 8.3.1)"
  },
  "/paths/~1rest~1extender~11.0~1user~1changeDetails~1{userName}/post": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Change user details"
  },
  "/paths/~1rest~1extender~11.0~1user~1changeDetails~1{userName}/post/x-promises/0": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Change user details: fullName, email, password; \"User 'test_user' was changed\""
  },
  "/paths/~1rest~1extender~11.0~1user~1changeDetails~1{userName}/post/x-promises/1": {
    "kind": "assumption",
    "ref": "Users page (2.13.0) § Change user details: \"One parameter is required for this request\"",
    "note": "The vendor contradicts itself (each field \"required\", then one is enough); a partial change keeping the rest is our reading of the second sentence."
  },
  "/paths/~1rest~1extender~11.0~1user~1changeDetails~1{userName}/post/x-promises/2": {
    "kind": "platform",
    "ref": "Confluence stores and compares user names without regard to case: one user per name, found in any case"
  },
  "/paths/~1rest~1extender~11.0~1user~1changeDetails~1{userName}/post/x-promises/3": {
    "kind": "assumption",
    "ref": "spec/README.md § Choices where the vendor page is silent",
    "note": "The vendor does not say what a write does to a deactivated user; Confluence keeps deactivated users whole, and its administration changes them like any other."
  },
  "/paths/~1rest~1extender~11.0~1user~1changeDetails~1{userName}/post/x-promises/4": {
    "kind": "assumption",
    "ref": "spec/README.md § Choices where the vendor page is silent (repeated writes)",
    "note": "The vendor does not say how a write that changes nothing is answered; 200 is ours."
  },
  "/paths/~1rest~1extender~11.0~1user~1changeDetails~1{userName}/post/x-promises/5": {
    "kind": "platform",
    "ref": "Confluence's REST layer (Jersey) matches a request's media type without its parameters (RFC 9110 § 8.3.1)"
  },
  "/paths/~1rest~1extender~11.0~1user~1delete~1{userName}/delete": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Delete user"
  },
  "/paths/~1rest~1extender~11.0~1user~1delete~1{userName}/delete/x-promises/0": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Delete user: \"User USER_NAME (FULL NAME) was deleted\""
  },
  "/paths/~1rest~1extender~11.0~1user~1delete~1{userName}/delete/x-promises/1": {
    "kind": "assumption",
    "ref": "spec/README.md § Choices where the vendor page is silent (repeated writes)",
    "note": "The vendor does not say; a second delete finds no user, and 404 is how we answer an unknown user."
  },
  "/paths/~1rest~1extender~11.0~1user~1delete~1{userName}/delete/x-promises/2": {
    "kind": "platform",
    "ref": "Confluence stores and compares user names without regard to case: one user per name, found in any case"
  },
  "/paths/~1rest~1extender~11.0~1user~1delete~1{userName}/delete/x-promises/3": {
    "kind": "platform",
    "ref": "Confluence's REST layer (Jersey) reads no body for a resource that takes none; field-evidence.md § Requests real clients send (an administrators' script sends Content-type: application/json and an empty body)"
  },
  "/paths/~1rest~1extender~11.0~1user~1activate~1{userName}/post": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Activate/deactivate user"
  },
  "/paths/~1rest~1extender~11.0~1user~1activate~1{userName}/post/x-promises/0": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Activate/deactivate user: \"User USER_NAME (FULL NAME) deactivated\"; § Get all users: \"only users with access to use Confluence\""
  },
  "/paths/~1rest~1extender~11.0~1user~1activate~1{userName}/post/x-promises/1": {
    "kind": "assumption",
    "ref": "spec/README.md § Choices where the vendor page is silent (repeated writes)",
    "note": "The vendor does not say; Confluence's own user administration API treats enable and disable as idempotent (vendor-updates.md), and we expect the same."
  },
  "/paths/~1rest~1extender~11.0~1user~1activate~1{userName}/post/x-promises/2": {
    "kind": "platform",
    "ref": "Confluence stores and compares user names without regard to case: one user per name, found in any case"
  },
  "/paths/~1rest~1extender~11.0~1user~1activate~1{userName}/post/x-promises/3": {
    "kind": "platform",
    "ref": "Confluence's REST layer (Jersey) reads no body for a resource that takes none; field-evidence.md § Requests real clients send (an administrators' script sends Content-type: application/json and an empty body)"
  },
  "/paths/~1rest~1extender~11.0~1user~1deactivate~1{userName}/post": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Activate/deactivate user"
  },
  "/paths/~1rest~1extender~11.0~1user~1deactivate~1{userName}/post/x-promises/0": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Activate/deactivate user: \"User USER_NAME (FULL NAME) deactivated\"; § Get all users: \"only users with access to use Confluence\""
  },
  "/paths/~1rest~1extender~11.0~1user~1deactivate~1{userName}/post/x-promises/1": {
    "kind": "platform",
    "ref": "Confluence: a deactivated user cannot log in; the authentication layer answers 401"
  },
  "/paths/~1rest~1extender~11.0~1user~1deactivate~1{userName}/post/x-promises/2": {
    "kind": "assumption",
    "ref": "spec/README.md § Choices where the vendor page is silent (repeated writes)",
    "note": "The vendor does not say; Confluence's own user administration API treats enable and disable as idempotent (vendor-updates.md), and we expect the same."
  },
  "/paths/~1rest~1extender~11.0~1user~1deactivate~1{userName}/post/x-promises/3": {
    "kind": "platform",
    "ref": "Confluence stores and compares user names without regard to case: one user per name, found in any case"
  },
  "/paths/~1rest~1extender~11.0~1user~1deactivate~1{userName}/post/x-promises/4": {
    "kind": "platform",
    "ref": "Confluence's REST layer (Jersey) reads no body for a resource that takes none; field-evidence.md § Requests real clients send (an administrators' script sends Content-type: application/json and an empty body)"
  },
  "/paths/~1rest~1extender~11.0~1user~1property~1{userName}~1{propertyKey}/get": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Get user property"
  },
  "/paths/~1rest~1extender~11.0~1user~1property~1{userName}~1{propertyKey}/get/x-promises/0": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Get user property, § Set user property"
  },
  "/paths/~1rest~1extender~11.0~1user~1property~1{userName}~1{propertyKey}/get/x-promises/1": {
    "kind": "assumption",
    "ref": "spec/README.md § Choices where the vendor page is silent (unset property)",
    "note": "The vendor does not say; an empty value would be indistinguishable from one set to \"\"."
  },
  "/paths/~1rest~1extender~11.0~1user~1property~1{userName}~1{propertyKey}/get/x-promises/2": {
    "kind": "platform",
    "ref": "Confluence stores and compares user names without regard to case: one user per name, found in any case"
  },
  "/paths/~1rest~1extender~11.0~1user~1property~1{userName}~1{propertyKey}/put": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Set user property"
  },
  "/paths/~1rest~1extender~11.0~1user~1property~1{userName}~1{propertyKey}/put/x-promises/0": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Set user property: {\"message\": \"success\"}"
  },
  "/paths/~1rest~1extender~11.0~1user~1property~1{userName}~1{propertyKey}/put/x-promises/1": {
    "kind": "platform",
    "ref": "Confluence stores and compares user names without regard to case: one user per name, found in any case"
  },
  "/paths/~1rest~1extender~11.0~1user~1property~1{userName}~1{propertyKey}/put/x-promises/2": {
    "kind": "assumption",
    "ref": "spec/README.md § Choices where the vendor page is silent",
    "note": "The vendor does not say what a write does to a deactivated user; Confluence keeps deactivated users whole, and its administration changes them like any other."
  },
  "/paths/~1rest~1extender~11.0~1user~1property~1{userName}~1{propertyKey}/put/x-promises/3": {
    "kind": "platform",
    "ref": "Confluence's REST layer (Jersey) matches a request's media type without its parameters (RFC 9110 § 8.3.1)"
  },
  "/paths/~1rest~1extender~11.0~1user~1avatar~1base64~1{userName}/put": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Set avatar for any user, using base64 image"
  },
  "/paths/~1rest~1extender~11.0~1user~1avatar~1base64~1{userName}/put/x-promises/0": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Set avatar for any user: {\"message\": \"avatar changed\"}"
  },
  "/paths/~1rest~1extender~11.0~1user~1avatar~1base64~1{userName}/put/x-promises/1": {
    "kind": "assumption",
    "ref": "spec/README.md § Choices where the vendor page is silent (avatars)",
    "note": "The vendor names no image type or size."
  },
  "/paths/~1rest~1extender~11.0~1user~1avatar~1base64~1{userName}/put/x-promises/2": {
    "kind": "platform",
    "ref": "Confluence stores and compares user names without regard to case: one user per name, found in any case"
  },
  "/paths/~1rest~1extender~11.0~1user~1avatar~1base64~1{userName}/put/x-promises/3": {
    "kind": "platform",
    "ref": "Confluence's REST layer (Jersey) matches a request's media type without its parameters (RFC 9110 § 8.3.1)"
  },
  "/paths/~1rest~1extender~11.0~1user~1avatar~1image~1{userName}/put": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Set avatar for any user, using image from disk"
  },
  "/paths/~1rest~1extender~11.0~1user~1avatar~1image~1{userName}/put/x-promises/0": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Set avatar for any user: \"In Body select form-data → In KEY write file\"; {\"message\": \"avatar changed\"}"
  },
  "/paths/~1rest~1extender~11.0~1user~1avatar~1image~1{userName}/put/x-promises/1": {
    "kind": "platform",
    "ref": "Confluence Data Center's XSRF protection for REST resources (vendor-updates.md § Confluence Data Center behaviour)"
  },
  "/paths/~1rest~1extender~11.0~1user~1avatar~1image~1{userName}/put/x-promises/2": {
    "kind": "assumption",
    "ref": "spec/README.md § Choices where the vendor page is silent (avatars)",
    "note": "The vendor names no image type or size."
  },
  "/paths/~1rest~1extender~11.0~1user~1avatar~1image~1{userName}/put/x-promises/3": {
    "kind": "platform",
    "ref": "Confluence stores and compares user names without regard to case: one user per name, found in any case"
  },
  "/components/parameters/StartAt": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Pagination: \"startAt is the index of the first item returned\""
  },
  "/components/parameters/StartAt/schema/format": {
    "kind": "assumption",
    "ref": "spec/README.md § Bounds",
    "note": "The plugin is Java: we assume its int (int32) or long (int64); the vendor names no type."
  },
  "/components/parameters/StartAt/schema/maximum": {
    "kind": "assumption",
    "ref": "spec/README.md § Bounds",
    "note": "The plugin is Java: we assume its int (int32) or long (int64); the vendor names no type."
  },
  "/components/parameters/MaxResults": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Get all users (\"This API supports Pagination\") and § Pagination"
  },
  "/components/parameters/MaxResults/schema/format": {
    "kind": "assumption",
    "ref": "spec/README.md § Bounds",
    "note": "The plugin is Java: we assume its int (int32) or long (int64); the vendor names no type."
  },
  "/components/parameters/MaxResults/schema/minimum": {
    "kind": "assumption",
    "ref": "spec/README.md § Bounds",
    "note": "A page holds room for one user at least; the vendor states no bound."
  },
  "/components/parameters/MaxResults/schema/maximum": {
    "kind": "assumption",
    "ref": "Users page (2.13.0) § Pagination: \"(default value - 1000)\"; every example shows maxResults 50",
    "note": "The vendor contradicts itself: the pagination text gives 1000 as the default, every example answers 50. We take 50 as the default (what a server sends without the parameter) and 1000 as the largest page."
  },
  "/components/parameters/ShowBasicDetails": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Get all users: \"With parameter showBasicDetails=true\""
  },
  "/components/parameters/ShowExtendedDetails": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Get all users: \"With parameter showExtendedDetails=true\""
  },
  "/components/parameters/DateFormat": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Get all users, § Get user details: \"dateFormat - define date format for date fields in output JSON\""
  },
  "/components/parameters/DateFormat/schema/minLength": {
    "kind": "assumption",
    "ref": "spec/README.md § Bounds",
    "note": "A limit of ours, so that every value is bounded; the vendor states none."
  },
  "/components/parameters/DateFormat/schema/maxLength": {
    "kind": "assumption",
    "ref": "spec/README.md § Bounds",
    "note": "A limit of ours, so that every value is bounded; the vendor states none."
  },
  "/components/parameters/UserNamePath": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0): \"where {userName} is user name like 'admin'\""
  },
  "/components/parameters/PropertyKeyPath": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Get user property: \".../property/{userName}/{propertyKey}\""
  },
  "/components/parameters/PropertyKeyPath/schema": {
    "kind": "assumption",
    "ref": "spec/README.md § Bounds",
    "note": "The vendor's one example is user.organisation.position.full.name; letters, digits, . _ - and at most 200 characters are ours, so that a key is one safe path segment."
  },
  "/components/parameters/XAtlassianToken": {
    "kind": "platform",
    "ref": "Confluence Data Center's XSRF protection for REST resources (vendor-updates.md § Confluence Data Center behaviour)"
  },
  "/components/schemas/UserName": {
    "kind": "assumption",
    "ref": "spec/README.md § Choices where the vendor page is silent (user names)",
    "note": "The vendor gives no rule for user names. We hold them to 1–255 characters without white space, control characters and \\ , + < > ' \" / (and not . or ..), so that a name is always one safe path segment; a Confluence may hold names outside it (created before, or by a directory)."
  },
  "/components/schemas/UserNameOnly": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Get all users, \"Without parameters\""
  },
  "/components/schemas/UserNameOnly/additionalProperties": {
    "kind": "assumption",
    "ref": "spec/README.md § Closed objects",
    "note": "The vendor shows no other field, and never says there is none. A 2022 answer of the plugin carried \"status\" beside a page (field-evidence.md), so a server may add fields: that differs from this assumption, it breaks no promise."
  },
  "/components/schemas/UserNamesPage": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Get all users examples and § Pagination: total, maxResults, startAt and the users"
  },
  "/components/schemas/UserNamesPage/additionalProperties": {
    "kind": "assumption",
    "ref": "spec/README.md § Closed objects",
    "note": "The vendor shows no other field, and never says there is none. A 2022 answer of the plugin carried \"status\" beside a page (field-evidence.md), so a server may add fields: that differs from this assumption, it breaks no promise."
  },
  "/components/schemas/UserNamesPage/properties/total/format": {
    "kind": "assumption",
    "ref": "spec/README.md § Bounds",
    "note": "The plugin is Java: we assume its int (int32) or long (int64); the vendor names no type."
  },
  "/components/schemas/UserNamesPage/properties/total/maximum": {
    "kind": "assumption",
    "ref": "spec/README.md § Bounds",
    "note": "The plugin is Java: we assume its int (int32) or long (int64); the vendor names no type."
  },
  "/components/schemas/UserNamesPage/properties/maxResults/format": {
    "kind": "assumption",
    "ref": "spec/README.md § Bounds",
    "note": "The plugin is Java: we assume its int (int32) or long (int64); the vendor names no type."
  },
  "/components/schemas/UserNamesPage/properties/maxResults/minimum": {
    "kind": "assumption",
    "ref": "spec/README.md § Bounds",
    "note": "A page holds room for one user at least; the vendor states no bound."
  },
  "/components/schemas/UserNamesPage/properties/maxResults/maximum": {
    "kind": "assumption",
    "ref": "Users page (2.13.0) § Pagination: \"maxResults ... (default value - 1000)\"; every example shows 50",
    "note": "We read the pagination text's 1000 as the largest page a server gives; the vendor does not call it a bound."
  },
  "/components/schemas/UserNamesPage/properties/startAt/format": {
    "kind": "assumption",
    "ref": "spec/README.md § Bounds",
    "note": "The plugin is Java: we assume its int (int32) or long (int64); the vendor names no type."
  },
  "/components/schemas/UserNamesPage/properties/startAt/maximum": {
    "kind": "assumption",
    "ref": "spec/README.md § Bounds",
    "note": "The plugin is Java: we assume its int (int32) or long (int64); the vendor names no type."
  },
  "/components/schemas/UserNamesPage/properties/users/maxItems": {
    "kind": "assumption",
    "ref": "Users page (2.13.0) § Pagination: \"(default value - 1000)\"",
    "note": "Follows from our reading of 1000 as the largest page."
  },
  "/components/schemas/FullName": {
    "kind": "assumption",
    "ref": "Users page (2.13.0) § Add user (\"fullName - required\")",
    "note": "The vendor requires a full name when adding a user but gives no length; we hold it to 1–255 characters."
  },
  "/components/schemas/UserKey": {
    "kind": "assumption",
    "ref": "Users page (2.13.0) examples; field-evidence.md § Answers seen from a real instance",
    "note": "Every key the vendor's examples and the 2022 capture show is 32 lower-case hexadecimal characters; the vendor never says a key must be so."
  },
  "/components/schemas/EmailAddress": {
    "kind": "assumption",
    "ref": "Users page (2.13.0) § Add user, § Change user details",
    "note": "The vendor calls the field an e-mail but states no rule (its add-user example sends \"EMAIL\"); we send and expect an address (format email) of at most 255 characters. A Confluence may hold an address its own form accepted that this check would not."
  },
  "/components/schemas/UserBasic": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Get all users, \"With parameter showBasicDetails=true\""
  },
  "/components/schemas/UserBasic/additionalProperties": {
    "kind": "assumption",
    "ref": "spec/README.md § Closed objects",
    "note": "The vendor shows no other field, and never says there is none. A 2022 answer of the plugin carried \"status\" beside a page (field-evidence.md), so a server may add fields: that differs from this assumption, it breaks no promise."
  },
  "/components/schemas/UserBasicPage": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Get all users examples and § Pagination: total, maxResults, startAt and the users"
  },
  "/components/schemas/UserBasicPage/additionalProperties": {
    "kind": "assumption",
    "ref": "spec/README.md § Closed objects",
    "note": "The vendor shows no other field, and never says there is none. A 2022 answer of the plugin carried \"status\" beside a page (field-evidence.md), so a server may add fields: that differs from this assumption, it breaks no promise."
  },
  "/components/schemas/UserBasicPage/properties/total/format": {
    "kind": "assumption",
    "ref": "spec/README.md § Bounds",
    "note": "The plugin is Java: we assume its int (int32) or long (int64); the vendor names no type."
  },
  "/components/schemas/UserBasicPage/properties/total/maximum": {
    "kind": "assumption",
    "ref": "spec/README.md § Bounds",
    "note": "The plugin is Java: we assume its int (int32) or long (int64); the vendor names no type."
  },
  "/components/schemas/UserBasicPage/properties/maxResults/format": {
    "kind": "assumption",
    "ref": "spec/README.md § Bounds",
    "note": "The plugin is Java: we assume its int (int32) or long (int64); the vendor names no type."
  },
  "/components/schemas/UserBasicPage/properties/maxResults/minimum": {
    "kind": "assumption",
    "ref": "spec/README.md § Bounds",
    "note": "A page holds room for one user at least; the vendor states no bound."
  },
  "/components/schemas/UserBasicPage/properties/maxResults/maximum": {
    "kind": "assumption",
    "ref": "Users page (2.13.0) § Pagination: \"maxResults ... (default value - 1000)\"; every example shows 50",
    "note": "We read the pagination text's 1000 as the largest page a server gives; the vendor does not call it a bound."
  },
  "/components/schemas/UserBasicPage/properties/startAt/format": {
    "kind": "assumption",
    "ref": "spec/README.md § Bounds",
    "note": "The plugin is Java: we assume its int (int32) or long (int64); the vendor names no type."
  },
  "/components/schemas/UserBasicPage/properties/startAt/maximum": {
    "kind": "assumption",
    "ref": "spec/README.md § Bounds",
    "note": "The plugin is Java: we assume its int (int32) or long (int64); the vendor names no type."
  },
  "/components/schemas/UserBasicPage/properties/users/maxItems": {
    "kind": "assumption",
    "ref": "Users page (2.13.0) § Pagination: \"(default value - 1000)\"",
    "note": "Follows from our reading of 1000 as the largest page."
  },
  "/components/schemas/BusinessDetails": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Get user details example (\"business\"); the same three fields in the 2022 capture (field-evidence.md)"
  },
  "/components/schemas/BusinessDetails/additionalProperties": {
    "kind": "assumption",
    "ref": "spec/README.md § Closed objects",
    "note": "The vendor shows no other field, and never says there is none. A 2022 answer of the plugin carried \"status\" beside a page (field-evidence.md), so a server may add fields: that differs from this assumption, it breaks no promise."
  },
  "/components/schemas/BusinessDetails/properties/location/maxLength": {
    "kind": "assumption",
    "ref": "spec/README.md § Bounds",
    "note": "A limit of ours, so that every value is bounded; the vendor states none."
  },
  "/components/schemas/BusinessDetails/properties/position/maxLength": {
    "kind": "assumption",
    "ref": "spec/README.md § Bounds",
    "note": "A limit of ours, so that every value is bounded; the vendor states none."
  },
  "/components/schemas/BusinessDetails/properties/department/maxLength": {
    "kind": "assumption",
    "ref": "spec/README.md § Bounds",
    "note": "A limit of ours, so that every value is bounded; the vendor states none."
  },
  "/components/schemas/PersonalDetails": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Get user details example (\"personal\"); the same three fields in the 2022 capture (field-evidence.md)"
  },
  "/components/schemas/PersonalDetails/additionalProperties": {
    "kind": "assumption",
    "ref": "spec/README.md § Closed objects",
    "note": "The vendor shows no other field, and never says there is none. A 2022 answer of the plugin carried \"status\" beside a page (field-evidence.md), so a server may add fields: that differs from this assumption, it breaks no promise."
  },
  "/components/schemas/PersonalDetails/properties/website/maxLength": {
    "kind": "assumption",
    "ref": "spec/README.md § Bounds",
    "note": "A limit of ours, so that every value is bounded; the vendor states none."
  },
  "/components/schemas/PersonalDetails/properties/im/maxLength": {
    "kind": "assumption",
    "ref": "spec/README.md § Bounds",
    "note": "A limit of ours, so that every value is bounded; the vendor states none."
  },
  "/components/schemas/PersonalDetails/properties/phone/maxLength": {
    "kind": "assumption",
    "ref": "spec/README.md § Bounds",
    "note": "A limit of ours, so that every value is bounded; the vendor states none."
  },
  "/components/schemas/UserDetails": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Get user details example and § Get all users \"With parameter showExtendedDetails=true\": every field, each present from the version the history names (2.3.0 dates, 2.7.0 hasAccessToUseConfluence)"
  },
  "/components/schemas/UserDetails/additionalProperties": {
    "kind": "assumption",
    "ref": "spec/README.md § Closed objects",
    "note": "The vendor shows no other field, and never says there is none. A 2022 answer of the plugin carried \"status\" beside a page (field-evidence.md), so a server may add fields: that differs from this assumption, it breaks no promise."
  },
  "/components/schemas/UserDetails/properties/business/maxItems": {
    "kind": "observed",
    "ref": "field-evidence.md § Answers seen from a real instance (business and personal are one-element arrays); the vendor's examples too"
  },
  "/components/schemas/UserDetails/properties/personal/maxItems": {
    "kind": "observed",
    "ref": "field-evidence.md § Answers seen from a real instance (business and personal are one-element arrays); the vendor's examples too"
  },
  "/components/schemas/UserDetails/properties/lastSuccessfulLoginDate/format": {
    "kind": "assumption",
    "ref": "spec/README.md § Bounds",
    "note": "The plugin is Java: we assume its int (int32) or long (int64); the vendor names no type."
  },
  "/components/schemas/UserDetails/properties/lastSuccessfulLoginDate/minimum": {
    "kind": "assumption",
    "ref": "spec/README.md § Bounds",
    "note": "A date before 1970 is not expected of user records; the vendor states no range."
  },
  "/components/schemas/UserDetails/properties/lastSuccessfulLoginDate/maximum": {
    "kind": "assumption",
    "ref": "spec/README.md § Bounds",
    "note": "The end of year 9999, a bound of ours."
  },
  "/components/schemas/UserDetails/properties/lastSuccessfulLoginDateString/maxLength": {
    "kind": "assumption",
    "ref": "spec/README.md § Bounds",
    "note": "A limit of ours, so that every value is bounded; the vendor states none."
  },
  "/components/schemas/UserDetails/properties/lastFailedLoginDate/format": {
    "kind": "assumption",
    "ref": "spec/README.md § Bounds",
    "note": "The plugin is Java: we assume its int (int32) or long (int64); the vendor names no type."
  },
  "/components/schemas/UserDetails/properties/lastFailedLoginDate/minimum": {
    "kind": "assumption",
    "ref": "spec/README.md § Bounds",
    "note": "A date before 1970 is not expected of user records; the vendor states no range."
  },
  "/components/schemas/UserDetails/properties/lastFailedLoginDate/maximum": {
    "kind": "assumption",
    "ref": "spec/README.md § Bounds",
    "note": "The end of year 9999, a bound of ours."
  },
  "/components/schemas/UserDetails/properties/lastFailedLoginDateString/maxLength": {
    "kind": "assumption",
    "ref": "spec/README.md § Bounds",
    "note": "A limit of ours, so that every value is bounded; the vendor states none."
  },
  "/components/schemas/UserDetails/properties/createdDate/format": {
    "kind": "assumption",
    "ref": "spec/README.md § Bounds",
    "note": "The plugin is Java: we assume its int (int32) or long (int64); the vendor names no type."
  },
  "/components/schemas/UserDetails/properties/createdDate/minimum": {
    "kind": "assumption",
    "ref": "spec/README.md § Bounds",
    "note": "A date before 1970 is not expected of user records; the vendor states no range."
  },
  "/components/schemas/UserDetails/properties/createdDate/maximum": {
    "kind": "assumption",
    "ref": "spec/README.md § Bounds",
    "note": "The end of year 9999, a bound of ours."
  },
  "/components/schemas/UserDetails/properties/createdDateString/maxLength": {
    "kind": "assumption",
    "ref": "spec/README.md § Bounds",
    "note": "A limit of ours, so that every value is bounded; the vendor states none."
  },
  "/components/schemas/UserDetails/properties/updatedDate/format": {
    "kind": "assumption",
    "ref": "spec/README.md § Bounds",
    "note": "The plugin is Java: we assume its int (int32) or long (int64); the vendor names no type."
  },
  "/components/schemas/UserDetails/properties/updatedDate/minimum": {
    "kind": "assumption",
    "ref": "spec/README.md § Bounds",
    "note": "A date before 1970 is not expected of user records; the vendor states no range."
  },
  "/components/schemas/UserDetails/properties/updatedDate/maximum": {
    "kind": "assumption",
    "ref": "spec/README.md § Bounds",
    "note": "The end of year 9999, a bound of ours."
  },
  "/components/schemas/UserDetails/properties/updatedDateString/maxLength": {
    "kind": "assumption",
    "ref": "spec/README.md § Bounds",
    "note": "A limit of ours, so that every value is bounded; the vendor states none."
  },
  "/components/schemas/UserExtendedPage": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Get all users examples and § Pagination: total, maxResults, startAt and the users"
  },
  "/components/schemas/UserExtendedPage/additionalProperties": {
    "kind": "assumption",
    "ref": "spec/README.md § Closed objects",
    "note": "The vendor shows no other field, and never says there is none. A 2022 answer of the plugin carried \"status\" beside a page (field-evidence.md), so a server may add fields: that differs from this assumption, it breaks no promise."
  },
  "/components/schemas/UserExtendedPage/properties/total/format": {
    "kind": "assumption",
    "ref": "spec/README.md § Bounds",
    "note": "The plugin is Java: we assume its int (int32) or long (int64); the vendor names no type."
  },
  "/components/schemas/UserExtendedPage/properties/total/maximum": {
    "kind": "assumption",
    "ref": "spec/README.md § Bounds",
    "note": "The plugin is Java: we assume its int (int32) or long (int64); the vendor names no type."
  },
  "/components/schemas/UserExtendedPage/properties/maxResults/format": {
    "kind": "assumption",
    "ref": "spec/README.md § Bounds",
    "note": "The plugin is Java: we assume its int (int32) or long (int64); the vendor names no type."
  },
  "/components/schemas/UserExtendedPage/properties/maxResults/minimum": {
    "kind": "assumption",
    "ref": "spec/README.md § Bounds",
    "note": "A page holds room for one user at least; the vendor states no bound."
  },
  "/components/schemas/UserExtendedPage/properties/maxResults/maximum": {
    "kind": "assumption",
    "ref": "Users page (2.13.0) § Pagination: \"maxResults ... (default value - 1000)\"; every example shows 50",
    "note": "We read the pagination text's 1000 as the largest page a server gives; the vendor does not call it a bound."
  },
  "/components/schemas/UserExtendedPage/properties/startAt/format": {
    "kind": "assumption",
    "ref": "spec/README.md § Bounds",
    "note": "The plugin is Java: we assume its int (int32) or long (int64); the vendor names no type."
  },
  "/components/schemas/UserExtendedPage/properties/startAt/maximum": {
    "kind": "assumption",
    "ref": "spec/README.md § Bounds",
    "note": "The plugin is Java: we assume its int (int32) or long (int64); the vendor names no type."
  },
  "/components/schemas/UserExtendedPage/properties/users/maxItems": {
    "kind": "assumption",
    "ref": "Users page (2.13.0) § Pagination: \"(default value - 1000)\"",
    "note": "Follows from our reading of 1000 as the largest page."
  },
  "/components/schemas/Error": {
    "kind": "assumption",
    "ref": "spec/README.md § Choices where the vendor page is silent (errors)",
    "note": "The vendor's page describes no error answer. We expect a JSON body with a message, as Atlassian REST resources send; Confluence's own layer adds statusCode and reason, and may answer 401 and 429 without JSON (those responses say so)."
  },
  "/components/schemas/Password": {
    "kind": "assumption",
    "ref": "spec/README.md § Bounds",
    "note": "The vendor gives no rule for passwords; at least one character and at most 255 is ours."
  },
  "/components/schemas/GroupName": {
    "kind": "assumption",
    "ref": "spec/README.md § Bounds",
    "note": "The vendor gives no rule for group names; we hold them to 1–255 characters without white space, control characters and \\ , + < > ' \" /, as for user names."
  },
  "/components/schemas/AddUserRequest": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Add user: \"name - required, fullName - required, email - required\", the rest optional"
  },
  "/components/schemas/AddUserRequest/additionalProperties": {
    "kind": "assumption",
    "ref": "spec/README.md § Closed objects",
    "note": "We send only the fields the vendor lists. A server may ignore others (a public Go client sends \"notification\" when adding a user, field-evidence.md); the sandbox does unless --strict-input."
  },
  "/components/schemas/AddUserRequest/properties/groups": {
    "kind": "assumption",
    "ref": "spec/README.md § Bounds",
    "note": "The vendor says only that groups is an optional list of group names; at least one, at most 100, each once, is ours."
  },
  "/components/schemas/Message": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0), the \"Response format - JSON\" example of every change ({\"message\": ...})"
  },
  "/components/schemas/Message/additionalProperties": {
    "kind": "assumption",
    "ref": "spec/README.md § Closed objects",
    "note": "The vendor shows no other field, and never says there is none. A 2022 answer of the plugin carried \"status\" beside a page (field-evidence.md), so a server may add fields: that differs from this assumption, it breaks no promise."
  },
  "/components/schemas/Message/properties/message/maxLength": {
    "kind": "assumption",
    "ref": "spec/README.md § Bounds",
    "note": "A limit of ours, so that every value is bounded; the vendor states none."
  },
  "/components/schemas/RenameUserRequest": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Change user name ({\"name\": ...})"
  },
  "/components/schemas/RenameUserRequest/additionalProperties": {
    "kind": "assumption",
    "ref": "spec/README.md § Closed objects",
    "note": "We send only the fields the vendor lists. A server may ignore others (a public Go client sends \"notification\" when adding a user, field-evidence.md); the sandbox does unless --strict-input."
  },
  "/components/schemas/ChangeUserDetailsRequest": {
    "kind": "assumption",
    "ref": "Users page (2.13.0) § Change user details: each field \"required\", then \"One parameter is required for this request\"",
    "note": "The vendor contradicts itself: it calls each of fullName, email and password required, then says one is enough. We follow the second sentence (at least one field, the others kept), the only reading under which changing one detail is possible."
  },
  "/components/schemas/ChangeUserDetailsRequest/additionalProperties": {
    "kind": "assumption",
    "ref": "spec/README.md § Closed objects",
    "note": "We send only the fields the vendor lists. A server may ignore others (a public Go client sends \"notification\" when adding a user, field-evidence.md); the sandbox does unless --strict-input."
  },
  "/components/schemas/PropertyValue": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Get user property, § Set user property ({\"value\": ...})"
  },
  "/components/schemas/PropertyValue/additionalProperties": {
    "kind": "assumption",
    "ref": "spec/README.md § Closed objects",
    "note": "The vendor shows no other field, and never says there is none. A 2022 answer of the plugin carried \"status\" beside a page (field-evidence.md), so a server may add fields: that differs from this assumption, it breaks no promise."
  },
  "/components/schemas/PropertyValue/properties/value/maxLength": {
    "kind": "assumption",
    "ref": "spec/README.md § Bounds",
    "note": "A limit of ours, so that every value is bounded; the vendor states none."
  },
  "/components/schemas/AvatarBase64Request": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Set avatar for any user, using base64 image ({\"string\": \"BASE64_IMAGE\"})"
  },
  "/components/schemas/AvatarBase64Request/additionalProperties": {
    "kind": "assumption",
    "ref": "spec/README.md § Closed objects",
    "note": "We send only the fields the vendor lists. A server may ignore others (a public Go client sends \"notification\" when adding a user, field-evidence.md); the sandbox does unless --strict-input."
  },
  "/components/schemas/AvatarBase64Request/properties/string": {
    "kind": "assumption",
    "ref": "spec/README.md § Choices where the vendor page is silent (avatars)",
    "note": "The vendor says \"BASE64_IMAGE\" and no more; standard base64 without a data: prefix, at least one byte and at most 1 MiB of image (2 MiB of text) is ours (its own full example even sends \"\")."
  },
  "/components/schemas/AvatarUpload": {
    "kind": "vendor",
    "since": "2.13.0",
    "ref": "Users page (2.13.0) § Set avatar for any user, using image from disk: form-data, KEY \"file\""
  },
  "/components/schemas/AvatarUpload/additionalProperties": {
    "kind": "assumption",
    "ref": "spec/README.md § Closed objects",
    "note": "We send the one part the vendor names; whether a server refuses others is not known."
  },
  "/components/schemas/AvatarUpload/properties/file/maxLength": {
    "kind": "assumption",
    "ref": "spec/README.md § Choices where the vendor page is silent (avatars)",
    "note": "At most 1 MiB of image is ours; the vendor states no size."
  },
  "/components/responses/BadRequest": {
    "kind": "assumption",
    "ref": "spec/README.md § Choices where the vendor page is silent (errors)",
    "note": "The vendor describes no error. A request the description does not allow is answered 400 by the sandbox; a server may answer another 4xx (Confluence's REST layer gives 400 for malformed JSON)."
  },
  "/components/responses/Unauthorized": {
    "kind": "platform",
    "ref": "Confluence's authentication layer (Seraph): 401 without valid credentials, for a deactivated account, or behind a CAPTCHA (vendor-updates.md)"
  },
  "/components/responses/Unauthorized/content/text~1html/schema/maxLength": {
    "kind": "assumption",
    "ref": "spec/README.md § Bounds",
    "note": "A limit of ours, so that every value is bounded; the vendor states none."
  },
  "/components/responses/Forbidden": {
    "kind": "security",
    "ref": "Users page (2.13.0) § General informations: \"Available for confluence administrators\""
  },
  "/components/responses/TooManyRequests": {
    "kind": "platform",
    "ref": "Confluence Data Center's rate limiting (since 7.x): 429 with Retry-After and X-RateLimit-* (vendor-updates.md)"
  },
  "/components/responses/TooManyRequests/content/text~1plain/schema/maxLength": {
    "kind": "assumption",
    "ref": "spec/README.md § Bounds",
    "note": "A limit of ours, so that every value is bounded; the vendor states none."
  },
  "/components/responses/InternalServerError": {
    "kind": "platform",
    "ref": "Confluence's REST layer answers 500 when a resource fails (HTTP, RFC 9110 § 15.6.1)"
  },
  "/components/responses/NotFound": {
    "kind": "assumption",
    "ref": "spec/README.md § Choices where the vendor page is silent (errors)",
    "note": "The vendor does not say how an unknown user is answered; 404 with a message is ours (and what the sandbox does). A server may answer another 4xx."
  },
  "/components/responses/Conflict": {
    "kind": "assumption",
    "ref": "spec/README.md § Choices where the vendor page is silent (errors)",
    "note": "Confluence refuses a user name that is taken (compared without regard to case); that the plugin says so with 409, rather than another 4xx, is ours."
  },
  "/components/responses/UnsupportedMediaType": {
    "kind": "assumption",
    "ref": "spec/README.md § Choices where the vendor page is silent (avatars)",
    "note": "Confluence's REST layer answers 415 to a body of a content type a resource does not take; that an avatar which is not a PNG, JPEG or GIF is answered 415 is ours."
  },
  "/components/responses/PayloadTooLarge": {
    "kind": "assumption",
    "ref": "spec/README.md § Choices where the vendor page is silent (avatars)",
    "note": "The vendor states no size limit; 1 MiB of image and 413 beyond it are ours."
  },
  "/components/headers/WwwAuthenticate": {
    "kind": "platform",
    "ref": "Confluence's authentication layer answers 401 with a Basic challenge (HTTP, RFC 9110 § 11.6.1)"
  },
  "/components/headers/XSeraphLoginReason": {
    "kind": "platform",
    "ref": "Confluence's authentication layer (Seraph); CAPTCHA after failed logins (vendor-updates.md § Confluence Data Center behaviour)"
  },
  "/components/headers/RetryAfter": {
    "kind": "platform",
    "ref": "Confluence Data Center's rate limiting (since 7.x): 429 with Retry-After and X-RateLimit-* (vendor-updates.md)"
  },
  "/components/headers/XRateLimitLimit": {
    "kind": "platform",
    "ref": "Confluence Data Center's rate limiting (since 7.x): 429 with Retry-After and X-RateLimit-* (vendor-updates.md)"
  },
  "/components/headers/XRateLimitRemaining": {
    "kind": "platform",
    "ref": "Confluence Data Center's rate limiting (since 7.x): 429 with Retry-After and X-RateLimit-* (vendor-updates.md)"
  },
  "/components/headers/XRateLimitInterval": {
    "kind": "platform",
    "ref": "Confluence Data Center's rate limiting (since 7.x): 429 with Retry-After and X-RateLimit-* (vendor-updates.md)"
  },
  "/components/headers/XRateLimitFillRate": {
    "kind": "platform",
    "ref": "Confluence Data Center's rate limiting (since 7.x): 429 with Retry-After and X-RateLimit-* (vendor-updates.md)"
  },
  "/x-promises/0": {
    "kind": "security",
    "ref": "Users page (2.13.0) § General informations: \"Available for confluence administrators\""
  },
  "/x-promises/1": {
    "kind": "security",
    "ref": "Our rule for every server: an administrators' API has no reason to hand out credentials"
  },
  "/x-promises/2": {
    "kind": "platform",
    "ref": "Confluence's authentication layer (Seraph) answers 401 before any REST resource"
  }
} as const satisfies { readonly [pointer: string]: Source };
