// Faults of the effects the docs promise: a write not seen (or seen wrongly) by a read that
// should see it, every answer still fitting its schema.
import { operationTable, type OperationId } from '@extender-users/api-types';
import { exampleSuccess } from './examples.js';
import { relisting } from './listing.js';
import { listings } from './paging.js';
import { jsonAnswer, type Exchange, type Fault, type Json, type ProxyTools } from './types.js';
import { CHECK, fullName, GROUP } from '../../../suite/support/sentences.js';
import { MODEL_CHECK } from '../../model/faults.js';

const isOwn = (name: unknown) => typeof name === 'string' && name.toLowerCase().startsWith('contract-');

/** A set kept in the proxy's state. */
function memo<T>(tools: ProxyTools, key: string, make: () => T): T {
  if (!tools.state.has(key)) tools.state.set(key, make());
  return tools.state.get(key) as T;
}

const basicUser = (exchange: Exchange): string | undefined => {
  const value = exchange.headers.get('authorization') ?? '';
  return /^basic /i.test(value) ? Buffer.from(value.slice(6), 'base64').toString('utf8').split(':')[0] : undefined;
};

/** Applies `change` to every user in a getUserDetails answer or a listing page. */
function everyUser(answer: { json?: Json }, change: (user: Json) => void): void {
  if (Array.isArray(answer.json?.users)) answer.json.users.forEach(change);
  else if (answer.json && typeof answer.json.key === 'string') change(answer.json);
}

/** Drops a field from a changeUserDetails body; answers the documented success itself when nothing else is left. */
function ignoreChange(field: string): Fault['proxy'] {
  return {
    request(exchange) {
      if (exchange.operationId !== 'changeUserDetails' || !exchange.json || !(field in exchange.json)) return undefined;
      delete exchange.json[field];
      return Object.keys(exchange.json).length === 0 ? exampleSuccess('changeUserDetails') : undefined;
    },
  };
}

/** Forwards one listing operation to another's path. */
const listAs = (from: OperationId, to: OperationId): Fault['proxy'] => ({
  request(exchange) {
    if (exchange.operationId === from)
      exchange.url.pathname = exchange.url.pathname.replace(operationTable[from].path, operationTable[to].path);
    return undefined;
  },
});

export const effectFaults = {
  'add-ignores-fullName': {
    breaks: 'addUser stores the user name as the full name, ignoring the fullName sent',
    caughtBy: [
      {
        check: fullName(GROUP.effects, CHECK.effects.addReadBack),
        message: /^getUserDetails 200: sent \{.*"fullName":"Contract Test User".*\}, read back \{/,
      },
    ],
    writes: true,
    proxy: {
      request(exchange) {
        if (
          exchange.operationId === 'addUser' &&
          typeof exchange.json?.name === 'string' &&
          exchange.json.fullName === 'Contract Test User'
        )
          exchange.json.fullName = exchange.json.name;
        return undefined;
      },
    },
  },
  'basic-listing-hides-new-users': {
    breaks: 'the basic listings leave out the users added through the API (contract-*)',
    caughtBy: listings
      .map((op) => ({
        check: fullName(GROUP.effects, CHECK.effects.addListed),
        message: new RegExp(`^${op} 200: ${op} \\(basic\\) does not list the new user`),
      }))
      .slice(0, 1),
    writes: true,
    proxy: relisting(
      { list: (users) => users.filter((u) => !isOwn(u.name)) },
      (exchange) =>
        exchange.url.searchParams.get('showBasicDetails') === 'true' &&
        exchange.url.searchParams.get('showExtendedDetails') !== 'true',
    ),
  },
  'rename-changes-key': {
    breaks: 'a renamed user answers getUserDetails with another key',
    caughtBy: [
      { check: MODEL_CHECK, message: /^getUserDetails broke Confluence's promise 'key-stays': after renameUser\// },
    ],
    writes: true,
    args: ['--seed', '1'],
    proxy: {
      request(exchange, tools) {
        const renamed = memo(tools, 'renamed', () => new Set<string>());
        if (exchange.operationId === 'renameUser' && typeof exchange.json?.name === 'string')
          renamed.add(exchange.json.name.toLowerCase());
        return undefined;
      },
      response(exchange, answer, tools) {
        const renamed = memo(tools, 'renamed', () => new Set<string>());
        if (
          exchange.operationId === 'getUserDetails' &&
          answer.status === 200 &&
          renamed.has(String(answer.json.name).toLowerCase())
        )
          answer.json.key = [...answer.json.key].reverse().join('');
      },
    },
  },
  'change-ignores-email': {
    breaks: 'changeUserDetails ignores a new e-mail address (and answers success)',
    caughtBy: [
      {
        check: MODEL_CHECK,
        message: /^changeUserDetails broke the vendor's promise \(2\.13\.0\) 'success-means-done': .*email/,
      },
    ],
    writes: true,
    args: ['--seed', '1'],
    proxy: ignoreChange('email'),
  },
  'change-ignores-password': {
    breaks: 'changeUserDetails ignores a new password (and answers success)',
    caughtBy: [
      {
        check: fullName(GROUP.effects, CHECK.effects.changePassword),
        message: /^getUsers 401: with the new password: \S+'s own credentials get 401, expected 403/,
      },
    ],
    writes: true,
    proxy: ignoreChange('password'),
  },
  'property-first-write-wins': {
    breaks: 'setUserProperty keeps a value once set (answers success, changes nothing)',
    caughtBy: [
      {
        check: MODEL_CHECK,
        message:
          /^setUserProperty broke (the vendor's|Confluence's) promise[^']*'(value-as-set|name-any-case|success-means-done)': /,
      },
    ],
    writes: true,
    args: ['--seed', '1'],
    proxy: {
      async request(exchange, tools) {
        if (exchange.operationId !== 'setUserProperty') return undefined;
        const current = await tools.send('GET', exchange.url.pathname);
        return current.status === 200 ? exampleSuccess('setUserProperty') : undefined;
      },
    },
  },
  'access-flag-stuck': {
    breaks: 'hasAccessToUseConfluence stays true whatever deactivateUser does',
    caughtBy: [
      {
        check: MODEL_CHECK,
        message:
          /^deactivateUser broke the vendor's promise \(2\.13\.0\) 'success-means-done': .*hasAccessToUseConfluence/,
      },
    ],
    writes: true,
    args: ['--seed', '1'],
    proxy: {
      response(_, answer) {
        everyUser(answer, (user) => {
          if ('hasAccessToUseConfluence' in user) user.hasAccessToUseConfluence = true;
        });
      },
    },
  },
  'getUsers-only-with-access': {
    breaks: 'getUsers lists only users with access, as versions up to 2.13.0 did (the sandbox is latest)',
    caughtBy: [
      {
        check: fullName(GROUP.effects, CHECK.effects.getUsersListed),
        message:
          /^getUsers 200: getUsers does not list the deactivated user contract-off-\S+, but on latest it lists all users, deactivated ones too/,
      },
    ],
    writes: true,
    proxy: listAs('getUsers', 'getUsersWithConfluenceAccess'),
  },
  'access-listing-lists-everyone': {
    breaks: 'getUsersWithConfluenceAccess lists deactivated users too',
    caughtBy: [
      {
        check: fullName(GROUP.effects, CHECK.effects.accessListing),
        message:
          /^getUsersWithConfluenceAccess 200: after deactivateUser getUsersWithConfluenceAccess lists contract-off-/,
      },
      {
        check:
          'getUsersWithConfluenceAccess: who is listed > lists only users with access (showExtendedDetails: hasAccessToUseConfluence)',
        message: /^getUsersWithConfluenceAccess 200: lists users without access: /,
      },
    ],
    writes: true,
    proxy: listAs('getUsersWithConfluenceAccess', 'getUsers'),
  },
  'deactivated-can-log-in': {
    breaks: 'a deactivated user still logs in (403 instead of 401)',
    caughtBy: [
      {
        check: fullName(GROUP.effects, CHECK.effects.deactivatedLogin),
        message: /^getUsers 403: once deactivated: \S+'s own credentials get 403, expected 401/,
      },
    ],
    writes: true,
    proxy: {
      response(exchange, answer, tools) {
        const off = memo(tools, 'deactivated', () => new Set<string>());
        const name = exchange.params.userName?.toLowerCase();
        if (name && answer.status === 200 && exchange.operationId === 'deactivateUser') off.add(name);
        if (name && answer.status === 200 && exchange.operationId === 'activateUser') off.delete(name);
        const caller = basicUser(exchange)?.toLowerCase();
        if (answer.status === 401 && caller && off.has(caller))
          Object.assign(answer, jsonAnswer(403, { message: 'User is not a Confluence administrator' }));
      },
    },
  },
  'deleted-user-still-read': {
    breaks: 'getUserDetails still answers a deleted user (a stale cache)',
    caughtBy: [
      {
        check: MODEL_CHECK,
        message: /^deleteUser broke the vendor's promise \(2\.13\.0\) 'success-means-done': .*still answers a user/,
      },
    ],
    writes: true,
    args: ['--seed', '1'],
    proxy: {
      response(exchange, answer, tools) {
        const cache = memo(tools, 'details', () => new Map<string, Json>());
        const deleted = memo(tools, 'deleted', () => new Set<string>());
        const name = exchange.params.userName?.toLowerCase();
        if (!name) return;
        if (exchange.operationId === 'getUserDetails' && answer.status === 200) cache.set(name, answer.json);
        if (exchange.operationId === 'deleteUser' && answer.status === 200) deleted.add(name);
        if (exchange.operationId === 'getUserDetails' && answer.status === 404 && deleted.has(name) && cache.has(name))
          Object.assign(answer, jsonAnswer(200, cache.get(name)));
      },
    },
  },
  'added-again-keeps-key': {
    breaks: "a user added under a deleted user's name gets the deleted user's key",
    caughtBy: [
      {
        check: fullName(GROUP.effects, CHECK.effects.addAgain),
        message: /^getUserDetails 200: the user added again under \S+ has the deleted user's key/,
      },
    ],
    writes: true,
    proxy: {
      response(exchange, answer, tools) {
        const keys = memo(tools, 'keys', () => new Map<string, string>());
        const deleted = memo(tools, 'deletedKeys', () => new Map<string, string>());
        const name = exchange.params.userName?.toLowerCase();
        if (exchange.operationId === 'getUserDetails' && answer.status === 200 && name) {
          const old = deleted.get(name);
          if (old) answer.json.key = old;
          else keys.set(name, answer.json.key);
        }
        if (exchange.operationId === 'deleteUser' && answer.status === 200 && name && keys.has(name))
          deleted.set(name, keys.get(name)!);
      },
    },
  },
  'no-login-trace': {
    breaks: 'logging in leaves no lastSuccessfulLoginDate on the users added through the API',
    caughtBy: [
      {
        check: fullName(GROUP.effects, CHECK.effects.loginTraces),
        message: /^getUserDetails 200: after a login lastSuccessfulLoginDate is null/,
      },
    ],
    writes: true,
    proxy: {
      response(exchange, answer) {
        if (exchange.operationId === 'getUserDetails' && answer.status === 200 && isOwn(answer.json.name))
          Object.assign(answer.json, { lastSuccessfulLoginDate: null, lastSuccessfulLoginDateString: null });
      },
    },
  },
} satisfies Record<string, Fault>;
