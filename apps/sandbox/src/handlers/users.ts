// getUsers, getUsersWithConfluenceAccess, getUserDetails, addUser, renameUser, changeUserDetails,
// deleteUser, activateUser, deactivateUser: the vendor page's behaviour and wording.
import { randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { QueryOf } from '@extender-users/api-types';
import { hashPassword, isUsablePassword } from '../auth/passwords.js';
import { compileDateFormat, DEFAULT_DATE_FORMAT, InvalidDateFormatError, type DateFormatter } from '../date-format.js';
import type { ListScope } from '../db/user-listings.js';
import { DEFAULT_GROUP } from '../db/users-table.js';
import { ApiError } from '../http/api-error.js';
import { JSON_CONTENT_TYPE } from '../http/json-type.js';
import type { ListingOperation } from '../listing/listing-pages.js';
import { detailLevel } from '../listing/page-shapes.js';
import { requireUser, type HandlerContext } from './context.js';
import { toBasic, toDetails, toNameOnly } from './serialize.js';
import type { HandlerMap } from './types.js';

function dateFormatter(pattern: string | undefined): DateFormatter {
  try {
    return compileDateFormat(pattern ?? DEFAULT_DATE_FORMAT);
  } catch (error) {
    if (error instanceof InvalidDateFormatError) throw new ApiError(400, error.message);
    throw error;
  }
}

/** The hash of a password a user may set: one holding NUL would match without its NUL bytes. */
async function passwordHashOf(ctx: HandlerContext, password: string): Promise<string> {
  if (!isUsablePassword(password)) throw new ApiError(400, 'body.password cannot hold the NUL character (U+0000)');
  return hashPassword(password, ctx.passwordHashing);
}

/** A fresh random user key that is not taken. */
function newUserKey(ctx: HandlerContext): string {
  for (;;) {
    const key = randomBytes(16).toString('hex');
    if (!ctx.store.users.keyExists(key)) return key;
  }
}

/** Runs a write; a name taken meanwhile by a concurrent request (UNIQUE violation) is a 409. */
function onNameTaken<T>(name: string, write: () => T): T {
  try {
    return write();
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE')
      throw new ApiError(409, `User '${name}' already exists`);
    throw error;
  }
}

function refuseSelf(request: FastifyRequest, userId: number, action: string): void {
  if (request.caller?.user.id === userId) throw new ApiError(400, `You cannot ${action} your own account`);
}

type ListQuery = QueryOf<'getUsers'> & QueryOf<'getUsersWithConfluenceAccess'>;

/**
 * One page of `scope`'s users, at the detail level the flags ask for. SQLite builds the page's
 * JSON, in the served version's shape, unless dates are shown in a format other than the
 * default; then the users are made as objects, which the route narrows and serializes.
 */
async function listUsers(
  ctx: HandlerContext,
  operation: ListingOperation,
  scope: ListScope,
  request: FastifyRequest<{ Querystring: ListQuery }>,
  reply: FastifyReply,
) {
  const q = request.query;
  // Validation fills in the spec's defaults (Ajv's useDefaults); without them the spec changed.
  const { startAt, maxResults: asked } = q;
  if (startAt === undefined || asked === undefined) throw new Error('The spec gives startAt and maxResults no default');
  const format = dateFormatter(q.dateFormat);
  const maxResults = Math.min(asked, ctx.maxPageSize);
  const level = detailLevel(q);
  if (level !== 'extended' || (q.dateFormat ?? DEFAULT_DATE_FORMAT) === DEFAULT_DATE_FORMAT) {
    const wanted = ctx.pages.request(operation, level, startAt, maxResults);
    const page = ctx.pages.page(wanted);
    if (page) {
      // The same URL, asked again, gets the same page (while it is current) at the front door.
      if (request.method === 'GET') ctx.pages.learnUrl(request.raw.url!, wanted);
      return reply.type(JSON_CONTENT_TYPE).send(page);
    }
  }
  // Each detail level reads only the columns it shows.
  const users =
    level === 'extended'
      ? ctx.store.listings.listDetails(scope, startAt, maxResults).map((u) => toDetails(u, format))
      : level === 'basic'
        ? ctx.store.listings.listBasic(scope, startAt, maxResults).map(toBasic)
        : ctx.store.listings.listNames(scope, startAt, maxResults).map(toNameOnly);
  return { total: ctx.store.listings.count(scope), maxResults, startAt, users };
}

export function userHandlers(ctx: HandlerContext) {
  return {
    /** Users with access up to 2.13.0, all users (deactivated too) in later versions. */
    async getUsers(request, reply) {
      return listUsers(ctx, 'getUsers', ctx.getUsersLists, request, reply);
    },

    async getUsersWithConfluenceAccess(request, reply) {
      return listUsers(ctx, 'getUsersWithConfluenceAccess', 'withAccess', request, reply);
    },

    async getUserDetails(request) {
      const format = dateFormatter(request.query.dateFormat);
      return toDetails(requireUser(ctx, request.params.userName), format);
    },

    async addUser(request) {
      const body = request.body;
      if (ctx.store.users.findByName(body.name)) throw new ApiError(409, `User '${body.name}' already exists`);
      const passwordHash = body.password === undefined ? null : await passwordHashOf(ctx, body.password);
      onNameTaken(body.name, () =>
        ctx.store.users.insert({
          key: newUserKey(ctx),
          name: body.name,
          fullName: body.fullName,
          email: body.email,
          passwordHash,
          groups: body.groups ?? [DEFAULT_GROUP],
          createdAt: ctx.now(),
        }),
      );
      if (body.sendMail) {
        // The real mail carries the password; the sandbox's outbox never stores it.
        ctx.store.outbox.add(
          {
            to: body.email,
            subject: 'Your Confluence account',
            body: `Hello ${body.fullName},\nan account was created for you.\nUser name: ${body.name}\nPassword: ${body.password === undefined ? '(none set)' : '(sent in the real mail; not stored by the sandbox)'}`,
          },
          ctx.now(),
        );
      }
      return { message: `User ${body.name} (${body.fullName}) was created` };
    },

    async renameUser(request) {
      const user = requireUser(ctx, request.params.userName);
      const newName = request.body.name;
      const holder = ctx.store.users.findByName(newName);
      if (holder && holder.id !== user.id) throw new ApiError(409, `User '${newName}' already exists`);
      onNameTaken(newName, () => ctx.store.users.rename(user.id, newName, ctx.now()));
      return { message: `User name '${user.name}' was changed into '${newName}'` };
    },

    async changeUserDetails(request) {
      const user = requireUser(ctx, request.params.userName);
      const { fullName, email, password } = request.body;
      const passwordHash = password === undefined ? undefined : await passwordHashOf(ctx, password);
      ctx.store.users.changeDetails(user.id, { fullName, email, passwordHash }, ctx.now());
      return { message: `User '${user.name}' was changed` };
    },

    async deleteUser(request) {
      const user = requireUser(ctx, request.params.userName);
      refuseSelf(request, user.id, 'delete');
      ctx.store.users.delete(user.id);
      return { message: `User ${user.name} (${user.full_name}) was deleted` };
    },

    async activateUser(request) {
      const user = requireUser(ctx, request.params.userName);
      ctx.store.users.setActive(user.id, true, ctx.now());
      return { message: `User ${user.name} (${user.full_name}) activated` };
    },

    async deactivateUser(request) {
      const user = requireUser(ctx, request.params.userName);
      refuseSelf(request, user.id, 'deactivate');
      ctx.store.users.setActive(user.id, false, ctx.now());
      return { message: `User ${user.name} (${user.full_name}) deactivated` };
    },
  } satisfies Partial<HandlerMap>;
}
