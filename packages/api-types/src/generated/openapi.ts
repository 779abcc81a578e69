/**
 * The types of the Users API.
 * Generated from the bundled Users API description (spec/) by packages/api-types/scripts/generate.ts.
 * Do not edit: change the spec and run `npm run generate`.
 */

export interface paths {
    "/rest/extender/1.0/user/getUsers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users
         * @description Lists users one page at a time, ordered by user name (stable between pages while the data
         *     does not change). **Which users depends on the Extender version** (`x-version-behaviour`):
         *
         *     - up to 2.13.0: only the users that have access to use Confluence; deactivated users are not
         *       listed (the vendor's page as of 2.13.0);
         *     - the vendor's current page: all users, deactivated ones too (it calls this "get all users",
         *       beside getUsersWithConfluenceAccess for the users with access). The version that changed it
         *       is not known: some version after 2.13.0.
         *
         *     The detail level is chosen with `showBasicDetails` or `showExtendedDetails`; without either,
         *     users are listed by name only. When both are `true`, the extended shape wins. `dateFormat`
         *     only matters for the extended shape.
         *
         *     `showDetails` (2.3.0) was removed in 2.8.0 (see `x-removed-parameters`).
         */
        get: operations["getUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/extender/1.0/user/getUsersWithConfluenceAccess": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users with access to Confluence
         * @description Lists only the users that have access to use Confluence (deactivated users are left out), one
         *     page at a time, ordered by user name. Parameters and page shapes are those of getUsers; the
         *     vendor's examples show `maxResults` 50. Search connectors (Elastic's Confluence connector) read
         *     users this way: `showExtendedDetails=true&maxResults=1000`, stepping `startAt` by 1000 until a
         *     page's `users` is empty.
         *
         *     **Available since:** an Extender version after 2.13.0; which one is not known
         *     (`x-since: unknown`, `x-since-after: 2.13.0`). A server without it answers `404`.
         */
        get: operations["getUsersWithConfluenceAccess"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/extender/1.0/user/getUserDetails/{userName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one user's details
         * @description Everything about one user, deactivated or not. Example:
         *     `GET /rest/extender/1.0/user/getUserDetails/admin?dateFormat=MM/dd/yyyy`.
         */
        get: operations["getUserDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/extender/1.0/user/add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Add a user
         * @description Creates a user. Without `groups` the user joins Confluence's default group. With
         *     `sendMail: true` the person gets an e-mail with their name, full name and password.
         *     Answers `409` when the name is taken.
         */
        put: operations["addUser"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/extender/1.0/user/rename/{userName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rename a user
         * @description Changes a user's name. The user key, and so the user's content and permissions, stay.
         *     Answers `404` for an unknown user and `409` when the new name is taken.
         */
        post: operations["renameUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/extender/1.0/user/changeDetails/{userName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change a user's details
         * @description Changes the full name, the e-mail address and/or the password. At least one of the three is
         *     required (the vendor page calls each "required" and then says one is enough; the latter is
         *     what this description follows). Absent fields keep their values.
         */
        post: operations["changeUserDetails"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/extender/1.0/user/delete/{userName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a user
         * @description Deletes the user. Answers `404` for an unknown user.
         */
        delete: operations["deleteUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/extender/1.0/user/activate/{userName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Activate a user
         * @description Gives a deactivated user access to Confluence again. Activating an active user changes nothing and succeeds.
         */
        post: operations["activateUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/extender/1.0/user/deactivate/{userName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate a user
         * @description Takes the access to Confluence away from a user (`hasAccessToUseConfluence` becomes `false`, and the user can no longer log in or call the API); the user and their content stay. Deactivating an inactive user changes nothing and succeeds.
         */
        post: operations["deactivateUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/extender/1.0/user/property/{userName}/{propertyKey}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user name, for example `admin` (URL-encoded).
                 * @example admin
                 */
                userName: components["parameters"]["UserNamePath"];
                /**
                 * @description The property key, for example `user.organisation.position.full.name`.
                 * @example user.organisation.position.full.name
                 */
                propertyKey: components["parameters"]["PropertyKeyPath"];
            };
            cookie?: never;
        };
        /**
         * Get a user property
         * @description Reads one property of a user. Answers `404` when the user does not exist or the property was
         *     never set. Example: `GET /rest/extender/1.0/user/property/admin/user.organisation.position.full.name`.
         */
        get: operations["getUserProperty"];
        /**
         * Set a user property
         * @description Creates or replaces one property of a user.
         */
        put: operations["setUserProperty"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/extender/1.0/user/avatar/base64/{userName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set a user's avatar from base64
         * @description Sets the user's profile picture from a base64-encoded PNG, JPEG or GIF image of at most
         *     1 MiB. Anything that is not such an image is answered `415`, anything larger `413`, a
         *     string that is not base64 `400`.
         */
        put: operations["setUserAvatarBase64"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/extender/1.0/user/avatar/image/{userName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Upload a user's avatar image
         * @description Sets the user's profile picture from an uploaded file, the multipart form field `file`:
         *     `curl -u admin:PASSWORD -X PUT -H "X-Atlassian-Token: no-check" -F "file=@avatar.png" $CONFLUENCE_URL/rest/extender/1.0/user/avatar/image/rick`.
         *     The image must be a PNG, JPEG or GIF (judged by its content) of at most 1 MiB: otherwise
         *     `415` or `413`.
         *
         *     Confluence refuses a multipart request without `X-Atlassian-Token: no-check` with `403`
         *     (XSRF protection), so send that header; the vendor's curl example leaves it out.
         */
        put: operations["setUserAvatarImage"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * UserName
         * @description A Confluence user name (the login name, not the display name). Confluence compares user names
         *     without regard to case. White space, control characters and `\ , + < > ' " /` are not allowed,
         *     nor the names `.` and `..`, so a name is always safe as one path segment once URL-encoded.
         * @example admin
         */
        UserName: string;
        /**
         * UserNameOnly
         * @description A user as getUsers lists it without detail flags.
         */
        UserNameOnly: {
            /** @description The user name. */
            name: components["schemas"]["UserName"];
        };
        /**
         * UserNamesPage
         * @description A page of getUsers without detail flags: user names only.
         */
        UserNamesPage: {
            /**
             * Format: int32
             * @description How many users all pages hold together. It may change while a client walks the pages, so a
             *     requested page can be empty.
             * @example 2
             */
            total: number;
            /**
             * Format: int32
             * @description The page size the server applied; it can be lower than the one requested.
             * @example 50
             */
            maxResults: number;
            /**
             * Format: int32
             * @description The index of the first user of this page, as requested.
             * @example 0
             */
            startAt: number;
            /** @description The users of this page, at most `maxResults` of them. */
            users: components["schemas"]["UserNameOnly"][];
        };
        /**
         * FullName
         * @description The user's display name.
         * @example New user
         */
        FullName: string;
        /**
         * UserKey
         * @description The user's immutable key, 32 lower-case hexadecimal characters; it survives a rename.
         * @example 4128810272455d7b0172457188c10000
         */
        UserKey: string;
        /**
         * EmailAddress
         * Format: email
         * @description The user's e-mail address.
         * @example new@user.pl
         */
        EmailAddress: string;
        /**
         * UserBasic
         * @description A user as getUsers lists it with `showBasicDetails=true`.
         */
        UserBasic: {
            /** @description The user name. */
            name: components["schemas"]["UserName"];
            /** @description The display name. */
            fullName: components["schemas"]["FullName"];
            /** @description The immutable user key. */
            key: components["schemas"]["UserKey"];
            /** @description The e-mail address. */
            email: components["schemas"]["EmailAddress"];
        };
        /**
         * UserBasicPage
         * @description A page of getUsers with `showBasicDetails=true`.
         */
        UserBasicPage: {
            /**
             * Format: int32
             * @description How many users all pages hold together. It may change while a client walks the pages, so a
             *     requested page can be empty.
             * @example 2
             */
            total: number;
            /**
             * Format: int32
             * @description The page size the server applied; it can be lower than the one requested.
             * @example 50
             */
            maxResults: number;
            /**
             * Format: int32
             * @description The index of the first user of this page, as requested.
             * @example 0
             */
            startAt: number;
            /** @description The users of this page, at most `maxResults` of them. */
            users: components["schemas"]["UserBasic"][];
        };
        /**
         * BusinessDetails
         * @description The business part of a Confluence user profile. Empty strings mean "not set".
         */
        BusinessDetails: {
            /**
             * @description Where the user works.
             * @example Poland
             */
            location: string;
            /**
             * @description The user's job title.
             * @example CEO
             */
            position: string;
            /**
             * @description The user's department.
             * @example IT
             */
            department: string;
        };
        /**
         * PersonalDetails
         * @description The personal part of a Confluence user profile. Empty strings mean "not set".
         */
        PersonalDetails: {
            /**
             * @description The user's web site, as typed into the profile (not checked to be a URL).
             * @example http://www.itlab.net.pl
             */
            website: string;
            /**
             * @description The user's instant messaging handle.
             * @example IM1234
             */
            im: string;
            /**
             * @description The user's phone number.
             * @example 0123456789
             */
            phone: string;
        };
        /**
         * UserDetails
         * @description Everything the plugin tells about one user: getUserDetails returns it, and getUsers lists it
         *     with `showExtendedDetails=true`. Dates come twice: as epoch milliseconds (UTC) and as a
         *     `...String` twin formatted with the request's `dateFormat` in the server's time zone. Dates
         *     that never happened (no login yet) are `null` in both forms.
         */
        UserDetails: {
            /** @description The immutable user key. */
            key: components["schemas"]["UserKey"];
            /** @description The user name. */
            name: components["schemas"]["UserName"];
            /** @description The display name. */
            fullName: components["schemas"]["FullName"];
            /** @description The e-mail address. */
            email: components["schemas"]["EmailAddress"];
            /** @description Business profile details; the plugin sends one element. */
            business: components["schemas"]["BusinessDetails"][];
            /** @description Personal profile details; the plugin sends one element. */
            personal: components["schemas"]["PersonalDetails"][];
            /**
             * Format: int64
             * @description Last successful login, epoch milliseconds; `null` if the user never logged in.
             * @example 1590039269342
             */
            lastSuccessfulLoginDate: number | null;
            /**
             * @description `lastSuccessfulLoginDate` formatted with `dateFormat`; `null` when that is `null`.
             * @example 2020-05-21 07:34:29
             */
            lastSuccessfulLoginDateString: string | null;
            /**
             * Format: int64
             * @description Last failed login, epoch milliseconds; `null` if no login ever failed.
             * @example null
             */
            lastFailedLoginDate: number | null;
            /**
             * @description `lastFailedLoginDate` formatted with `dateFormat`; `null` when that is `null`.
             * @example null
             */
            lastFailedLoginDateString: string | null;
            /**
             * Format: int64
             * @description When the user was created, epoch milliseconds.
             * @example 1573637231865
             */
            createdDate: number;
            /**
             * @description `createdDate` formatted with `dateFormat`.
             * @example 2019-11-13 10:27:11
             */
            createdDateString: string;
            /**
             * Format: int64
             * @description When the user was last changed, epoch milliseconds.
             * @example 1573637231865
             */
            updatedDate: number;
            /**
             * @description `updatedDate` formatted with `dateFormat`.
             * @example 2019-11-13 10:27:11
             */
            updatedDateString: string;
            /**
             * @description Whether the user may use Confluence; `false` once the user is deactivated.
             * @example true
             */
            hasAccessToUseConfluence: boolean;
        };
        /**
         * UserExtended
         * @description A user as getUsers lists it with `showExtendedDetails=true`: the same shape as getUserDetails
         *     returns (see UserDetails).
         */
        UserExtended: components["schemas"]["UserDetails"];
        /**
         * UserExtendedPage
         * @description A page of getUsers with `showExtendedDetails=true`.
         */
        UserExtendedPage: {
            /**
             * Format: int32
             * @description How many users all pages hold together. It may change while a client walks the pages, so a
             *     requested page can be empty.
             * @example 2
             */
            total: number;
            /**
             * Format: int32
             * @description The page size the server applied; it can be lower than the one requested.
             * @example 50
             */
            maxResults: number;
            /**
             * Format: int32
             * @description The index of the first user of this page, as requested.
             * @example 0
             */
            startAt: number;
            /** @description The users of this page, at most `maxResults` of them. */
            users: components["schemas"]["UserExtended"][];
        };
        /**
         * Error
         * @description An error. The plugin always sends `message`; Confluence's own REST errors add `statusCode` and
         *     `reason`, so other properties may appear.
         */
        Error: {
            /**
             * @description What went wrong, in words.
             * @example User 'ghost' does not exist
             */
            message: string;
            /**
             * Format: int32
             * @description The HTTP status, repeated (sent by Confluence's own REST layer).
             * @example 404
             */
            statusCode?: number;
            /**
             * @description The HTTP reason phrase (sent by Confluence's own REST layer).
             * @example Not Found
             */
            reason?: string;
        };
        /**
         * Password
         * @description A password. Write-only; no operation ever returns it.
         * @example S3cret-passw0rd
         */
        Password: string;
        /**
         * GroupName
         * @description The name of a Confluence group.
         * @example confluence-users
         */
        GroupName: string;
        /**
         * AddUserRequest
         * @description A new user. `name`, `fullName` and `email` are required.
         */
        AddUserRequest: {
            /** @description The user name to create; must not be taken (compared without regard to case). */
            name: components["schemas"]["UserName"];
            /** @description The display name. */
            fullName: components["schemas"]["FullName"];
            /** @description The e-mail address. */
            email: components["schemas"]["EmailAddress"];
            /**
             * @description The initial password. Optional since 2.13.0 (required before): a user created without one
             *     cannot log in with a password until one is set.
             */
            password?: components["schemas"]["Password"];
            /**
             * @description Send the person an e-mail about their new account (name, full name and password).
             * @default false
             * @example true
             */
            sendMail?: boolean;
            /**
             * @description Groups to add the user to. When absent, the user joins Confluence's default group
             *     (`confluence-users`).
             * @example [
             *       "confluence-users",
             *       "developers"
             *     ]
             */
            groups?: components["schemas"]["GroupName"][];
        };
        /**
         * Message
         * @description The plugin's answer to a successful change, in words.
         */
        Message: {
            /**
             * @description What was done, as the plugin words it.
             * @example User new_user (New user) was created
             */
            message: string;
        };
        /**
         * RenameUserRequest
         * @description The new user name.
         */
        RenameUserRequest: {
            /** @description The new user name; must not be taken by another user. */
            name: components["schemas"]["UserName"];
        };
        /**
         * ChangeUserDetailsRequest
         * @description The details to change. At least one of `fullName`, `email` and `password` is required; the
         *     fields that are absent keep their values.
         */
        ChangeUserDetailsRequest: {
            /** @description The new display name. */
            fullName?: components["schemas"]["FullName"];
            /** @description The new e-mail address. */
            email?: components["schemas"]["EmailAddress"];
            /** @description The new password. */
            password?: components["schemas"]["Password"];
        };
        /**
         * PropertyValue
         * @description The value of one user property.
         */
        PropertyValue: {
            /**
             * @description The property's value, a string.
             * @example Chief Information Officer
             */
            value: string;
        };
        /**
         * AvatarBase64Request
         * @description A profile picture as base64 (RFC 4648, no `data:` prefix). The decoded bytes must be a PNG,
         *     JPEG or GIF image of at most 1 MiB; a larger one is answered `413`, another type `415`.
         */
        AvatarBase64Request: {
            /**
             * @description The base64-encoded image.
             * @example iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==
             */
            string: string;
        };
        /**
         * AvatarUpload
         * @description A multipart form with one part, `file`: a PNG, JPEG or GIF image of at most 1 MiB. The type is
         *     judged by the file's content, not by its declared content type.
         */
        AvatarUpload: {
            /**
             * @description The image file.
             * @example (binary image data)
             */
            file: string;
        };
    };
    responses: {
        /** @description The request is invalid: a parameter or a body field is missing, of the wrong type or out of range, or the JSON is malformed. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description No credentials, wrong credentials, a deactivated account, or an account held behind a CAPTCHA
         *     after too many failed logins (`X-Seraph-LoginReason: AUTHENTICATION_DENIED`: the right password
         *     does not help until the user logs in through the web page or an administrator clears it).
         *     Confluence's authentication layer may answer this before the plugin does, with an HTML or
         *     plain-text body instead of JSON.
         */
        Unauthorized: {
            headers: {
                "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                "X-Seraph-LoginReason": components["headers"]["XSeraphLoginReason"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
                "text/html": string;
            };
        };
        /** @description The caller is authenticated but is not a Confluence administrator. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description Rate limited by Confluence Data Center. Wait `Retry-After` before trying again. The body may be
         *     JSON or plain text.
         */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                "X-RateLimit-Interval-Seconds": components["headers"]["XRateLimitInterval"];
                "X-RateLimit-FillRate": components["headers"]["XRateLimitFillRate"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
                "text/plain": string;
            };
        };
        /** @description The server failed. Not a client mistake; the request may be retried. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The user (or, for getUserProperty, the property) does not exist. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The user name is already taken (compared without regard to case). */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request has the wrong content type, or the avatar is not a PNG, JPEG or GIF image. */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request body or the avatar image is larger than allowed (1 MiB of image data). */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /**
         * @description The index of the first user to return (0-based), at most 2147483647 (the plugin reads it as a
         *     Java `int`). A value out of that range, or not a whole number, is answered `400`.
         * @example 0
         */
        StartAt: number;
        /**
         * @description How many users to return at most: 1 to 1000 (the plugin's documented limit), 50 by default. The
         *     applied value comes back in the page's `maxResults`. The sandbox answers a value outside the
         *     range with `400`; how the plugin answers a value above 1000 is not known (it may lower it to its
         *     limit and say so in `maxResults`).
         * @example 50
         */
        MaxResults: number;
        /**
         * @description List each user with `name`, `fullName`, `key` and `email` (UserBasic). When
         *     `showExtendedDetails=true` is given too, the extended shape wins.
         * @example true
         */
        ShowBasicDetails: boolean;
        /**
         * @description List each user with every detail getUserDetails returns (UserExtended). May slow the response
         *     down. Takes precedence over `showBasicDetails`.
         * @example true
         */
        ShowExtendedDetails: boolean;
        /**
         * @description A Java `SimpleDateFormat` pattern for the `...String` date fields, for example `dd.MM.yyyy` or
         *     `MM/dd/yyyy`. Letters y, M, d, H, h, m, s, S, a, E, and text in single quotes are understood; an
         *     invalid pattern is answered `400`. The default is `yyyy-MM-dd HH:mm:ss`, the format all vendor
         *     examples show (the vendor's prose says `yyyy-MM-dd`; see spec/README.md).
         * @example dd.MM.yyyy
         */
        DateFormat: string;
        /**
         * @description The user name, for example `admin` (URL-encoded).
         * @example admin
         */
        UserNamePath: components["schemas"]["UserName"];
        /**
         * @description The property key, for example `user.organisation.position.full.name`.
         * @example user.organisation.position.full.name
         */
        PropertyKeyPath: string;
        /**
         * @description Confluence's XSRF protection: a `multipart/form-data` (also form-encoded or `text/plain`) POST or
         *     PUT to any REST resource is refused with `403` ("XSRF check failed") unless it carries
         *     `X-Atlassian-Token: no-check`. The vendor's curl example leaves it out; a real Confluence needs
         *     it. The sandbox checks it too (see its `--no-xsrf-check`).
         * @example no-check
         */
        XAtlassianToken: "no-check";
    };
    requestBodies: never;
    headers: {
        /**
         * @description The authentication schemes the server accepts.
         * @example Basic realm="Confluence"
         */
        WwwAuthenticate: string;
        /**
         * @description Why Confluence's authentication layer (Seraph) refused the credentials. `AUTHENTICATION_DENIED`
         *     means the account must pass a CAPTCHA after too many failed logins: basic-auth calls for it keep
         *     failing, even with the right password, until the user logs in through the web page or an
         *     administrator clears the CAPTCHA. `AUTHENTICATED_FAILED` is a wrong user name or password.
         * @example AUTHENTICATED_FAILED
         */
        XSeraphLoginReason: "AUTHENTICATION_DENIED" | "AUTHENTICATED_FAILED" | "AUTHORISATION_FAILED" | "OUT";
        /**
         * @description How long to wait before trying again: whole seconds (`0` allowed) or an HTTP date.
         * @example 5
         */
        RetryAfter: string;
        /**
         * @description The size of the caller's token bucket (Confluence Data Center rate limiting).
         * @example 10
         */
        XRateLimitLimit: number;
        /**
         * @description Tokens left in the caller's bucket.
         * @example 0
         */
        XRateLimitRemaining: number;
        /**
         * @description The refill interval of the bucket, in seconds (`X-RateLimit-Interval-Seconds`).
         * @example 1
         */
        XRateLimitInterval: number;
        /**
         * @description Tokens added to the bucket each interval (`X-RateLimit-FillRate`).
         * @example 10
         */
        XRateLimitFillRate: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getUsers: {
        parameters: {
            query?: {
                /**
                 * @description The index of the first user to return (0-based), at most 2147483647 (the plugin reads it as a
                 *     Java `int`). A value out of that range, or not a whole number, is answered `400`.
                 * @example 0
                 */
                startAt?: components["parameters"]["StartAt"];
                /**
                 * @description How many users to return at most: 1 to 1000 (the plugin's documented limit), 50 by default. The
                 *     applied value comes back in the page's `maxResults`. The sandbox answers a value outside the
                 *     range with `400`; how the plugin answers a value above 1000 is not known (it may lower it to its
                 *     limit and say so in `maxResults`).
                 * @example 50
                 */
                maxResults?: components["parameters"]["MaxResults"];
                /**
                 * @description List each user with `name`, `fullName`, `key` and `email` (UserBasic). When
                 *     `showExtendedDetails=true` is given too, the extended shape wins.
                 * @example true
                 */
                showBasicDetails?: components["parameters"]["ShowBasicDetails"];
                /**
                 * @description List each user with every detail getUserDetails returns (UserExtended). May slow the response
                 *     down. Takes precedence over `showBasicDetails`.
                 * @example true
                 */
                showExtendedDetails?: components["parameters"]["ShowExtendedDetails"];
                /**
                 * @description A Java `SimpleDateFormat` pattern for the `...String` date fields, for example `dd.MM.yyyy` or
                 *     `MM/dd/yyyy`. Letters y, M, d, H, h, m, s, S, a, E, and text in single quotes are understood; an
                 *     invalid pattern is answered `400`. The default is `yyyy-MM-dd HH:mm:ss`, the format all vendor
                 *     examples show (the vendor's prose says `yyyy-MM-dd`; see spec/README.md).
                 * @example dd.MM.yyyy
                 */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description One page of users, in the shape the detail flags ask for: UserNamesPage, UserBasicPage or
             *     UserExtendedPage.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserNamesPage"] | components["schemas"]["UserBasicPage"] | components["schemas"]["UserExtendedPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getUsersWithConfluenceAccess: {
        parameters: {
            query?: {
                /**
                 * @description The index of the first user to return (0-based), at most 2147483647 (the plugin reads it as a
                 *     Java `int`). A value out of that range, or not a whole number, is answered `400`.
                 * @example 0
                 */
                startAt?: components["parameters"]["StartAt"];
                /**
                 * @description How many users to return at most: 1 to 1000 (the plugin's documented limit), 50 by default. The
                 *     applied value comes back in the page's `maxResults`. The sandbox answers a value outside the
                 *     range with `400`; how the plugin answers a value above 1000 is not known (it may lower it to its
                 *     limit and say so in `maxResults`).
                 * @example 50
                 */
                maxResults?: components["parameters"]["MaxResults"];
                /**
                 * @description List each user with `name`, `fullName`, `key` and `email` (UserBasic). When
                 *     `showExtendedDetails=true` is given too, the extended shape wins.
                 * @example true
                 */
                showBasicDetails?: components["parameters"]["ShowBasicDetails"];
                /**
                 * @description List each user with every detail getUserDetails returns (UserExtended). May slow the response
                 *     down. Takes precedence over `showBasicDetails`.
                 * @example true
                 */
                showExtendedDetails?: components["parameters"]["ShowExtendedDetails"];
                /**
                 * @description A Java `SimpleDateFormat` pattern for the `...String` date fields, for example `dd.MM.yyyy` or
                 *     `MM/dd/yyyy`. Letters y, M, d, H, h, m, s, S, a, E, and text in single quotes are understood; an
                 *     invalid pattern is answered `400`. The default is `yyyy-MM-dd HH:mm:ss`, the format all vendor
                 *     examples show (the vendor's prose says `yyyy-MM-dd`; see spec/README.md).
                 * @example dd.MM.yyyy
                 */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description One page of users with access, in the shape the detail flags ask for: UserNamesPage,
             *     UserBasicPage or UserExtendedPage.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserNamesPage"] | components["schemas"]["UserBasicPage"] | components["schemas"]["UserExtendedPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description The Extender version on this server does not have this operation (it appeared after 2.13.0). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getUserDetails: {
        parameters: {
            query?: {
                /**
                 * @description A Java `SimpleDateFormat` pattern for the `...String` date fields, for example `dd.MM.yyyy` or
                 *     `MM/dd/yyyy`. Letters y, M, d, H, h, m, s, S, a, E, and text in single quotes are understood; an
                 *     invalid pattern is answered `400`. The default is `yyyy-MM-dd HH:mm:ss`, the format all vendor
                 *     examples show (the vendor's prose says `yyyy-MM-dd`; see spec/README.md).
                 * @example dd.MM.yyyy
                 */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /**
                 * @description The user name, for example `admin` (URL-encoded).
                 * @example admin
                 */
                userName: components["parameters"]["UserNamePath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user's details. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDetails"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    addUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddUserRequest"];
            };
        };
        responses: {
            /** @description The user was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    renameUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user name, for example `admin` (URL-encoded).
                 * @example admin
                 */
                userName: components["parameters"]["UserNamePath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RenameUserRequest"];
            };
        };
        responses: {
            /** @description The user was renamed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    changeUserDetails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user name, for example `admin` (URL-encoded).
                 * @example admin
                 */
                userName: components["parameters"]["UserNamePath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeUserDetailsRequest"];
            };
        };
        responses: {
            /** @description The user's details were changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user name, for example `admin` (URL-encoded).
                 * @example admin
                 */
                userName: components["parameters"]["UserNamePath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user was deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    activateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user name, for example `admin` (URL-encoded).
                 * @example admin
                 */
                userName: components["parameters"]["UserNamePath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user is active. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deactivateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user name, for example `admin` (URL-encoded).
                 * @example admin
                 */
                userName: components["parameters"]["UserNamePath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user is deactivated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getUserProperty: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user name, for example `admin` (URL-encoded).
                 * @example admin
                 */
                userName: components["parameters"]["UserNamePath"];
                /**
                 * @description The property key, for example `user.organisation.position.full.name`.
                 * @example user.organisation.position.full.name
                 */
                propertyKey: components["parameters"]["PropertyKeyPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The property's value. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PropertyValue"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    setUserProperty: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user name, for example `admin` (URL-encoded).
                 * @example admin
                 */
                userName: components["parameters"]["UserNamePath"];
                /**
                 * @description The property key, for example `user.organisation.position.full.name`.
                 * @example user.organisation.position.full.name
                 */
                propertyKey: components["parameters"]["PropertyKeyPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PropertyValue"];
            };
        };
        responses: {
            /** @description The property was set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    setUserAvatarBase64: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user name, for example `admin` (URL-encoded).
                 * @example admin
                 */
                userName: components["parameters"]["UserNamePath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AvatarBase64Request"];
            };
        };
        responses: {
            /** @description The avatar was changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    setUserAvatarImage: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Confluence's XSRF protection: a `multipart/form-data` (also form-encoded or `text/plain`) POST or
                 *     PUT to any REST resource is refused with `403` ("XSRF check failed") unless it carries
                 *     `X-Atlassian-Token: no-check`. The vendor's curl example leaves it out; a real Confluence needs
                 *     it. The sandbox checks it too (see its `--no-xsrf-check`).
                 * @example no-check
                 */
                "X-Atlassian-Token": components["parameters"]["XAtlassianToken"];
            };
            path: {
                /**
                 * @description The user name, for example `admin` (URL-encoded).
                 * @example admin
                 */
                userName: components["parameters"]["UserNamePath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["AvatarUpload"];
            };
        };
        responses: {
            /** @description The avatar was changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /**
             * @description The caller is not a Confluence administrator, or the request lacks
             *     `X-Atlassian-Token: no-check` (Confluence's XSRF check).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
}
