// Bulk activate, deactivate and delete: look each user up first (so a re-run skips what is done
// already and a wrong name is found before anything changes), then change them with bounded
// concurrency, recording each change the moment it is answered.
import {
  BadRequestError,
  ExtenderApiError,
  NotFoundError,
  type ApiMessage,
  type ExtenderUsersClient,
  type UserDetails,
} from '@extender-users/client';
import type { Progress } from '../progress.js';
import { pool } from './pool.js';
import type { RecordFile, RecordKind } from './record-file.js';

export type StateAction = 'activate' | 'deactivate' | 'delete';

export const NO_SUCH_USER = 'no such user';

interface ActionInfo {
  past: string;
  /** Why a user needs nothing done; undefined when it does. */
  done(user: UserDetails): string | undefined;
  /** A name that does not exist: skipped on delete (done by an earlier run), a failure otherwise (a typo). */
  missing: 'skipped' | 'failed';
  /** Never done to the account the CLI runs as. */
  sparesCaller: boolean;
  call(client: ExtenderUsersClient, name: string, options: { signal?: AbortSignal }): Promise<ApiMessage>;
  /** The record file: its kind, a line for one change (the time is added), and the command that undoes the changes. */
  record: { kind: RecordKind; line(item: PlanItem): string[]; undo?: StateAction };
}

export const ACTIONS: Record<StateAction, ActionInfo> = {
  activate: {
    past: 'activated',
    done: (u) => (u.hasAccessToUseConfluence === true ? 'already active' : undefined),
    missing: 'failed',
    sparesCaller: false,
    call: (client, name, o) => client.users.activate(name, o),
    record: {
      kind: { columns: ['name', 'activated'], option: '--undo-file' },
      line: (i) => [i.name],
      undo: 'deactivate',
    },
  },
  deactivate: {
    past: 'deactivated',
    done: (u) => (u.hasAccessToUseConfluence === false ? 'already deactivated' : undefined),
    missing: 'failed',
    sparesCaller: true,
    call: (client, name, o) => client.users.deactivate(name, o),
    record: {
      kind: { columns: ['name', 'deactivated'], option: '--undo-file' },
      line: (i) => [i.name],
      undo: 'activate',
    },
  },
  delete: {
    past: 'deleted',
    done: () => undefined,
    missing: 'skipped',
    sparesCaller: true,
    call: (client, name, o) => client.users.delete(name, o),
    // The accounts can be added again with `users import`; their groups, content, permissions and key cannot.
    record: {
      kind: { columns: ['name', 'fullName', 'email', 'key', 'deleted'], option: '--record-file' },
      line: (i) => [i.name, i.user?.fullName ?? '', i.user?.email ?? '', i.user?.key ?? ''],
    },
  },
};

export interface PlanItem {
  name: string;
  /** The line of the input file, when there is one. */
  line?: number;
  user?: UserDetails;
}

export interface ChangeOutcome {
  item: PlanItem;
  result: 'changed' | 'skipped' | 'failed' | 'not tried';
  detail: string;
}

export interface Plan {
  todo: PlanItem[];
  /** What needs nothing done, and what failed to be looked up. */
  settled: ChangeOutcome[];
}

/** Errors that stop a bulk run at once: the same would happen to every other user. */
const stopsTheRun = (error: unknown) =>
  !(error instanceof ExtenderApiError) ||
  !['bad-request', 'not-found', 'conflict', 'server', 'http'].includes(error.kind);

/** Looks every user up; throws (nothing changed) on an error that every lookup would meet. */
export async function planChanges(
  client: ExtenderUsersClient,
  action: StateAction,
  items: PlanItem[],
  options: { concurrency: number; signal: AbortSignal },
): Promise<Plan> {
  const info = ACTIONS[action];
  const looked = new Map<PlanItem, ChangeOutcome | PlanItem>();
  await pool(items, options.concurrency, options.signal, async (item) => {
    try {
      const user = await client.users.get(item.name, { signal: options.signal });
      const done = info.done(user);
      looked.set(item, done ? { item: { ...item, user }, result: 'skipped', detail: done } : { ...item, user });
    } catch (error) {
      if (error instanceof NotFoundError) looked.set(item, { item, result: info.missing, detail: NO_SUCH_USER });
      else if (error instanceof BadRequestError) looked.set(item, { item, result: 'failed', detail: error.message });
      else throw error;
    }
  });
  options.signal.throwIfAborted();
  const todo: PlanItem[] = [];
  const settled: ChangeOutcome[] = [];
  for (const item of items) {
    const entry = looked.get(item)!;
    if ('result' in entry) settled.push(entry);
    else todo.push(entry);
  }
  return { todo, settled };
}

/**
 * Changes every user of `todo`, each written to `record` before it is sent. Once `signal` aborts
 * (Ctrl+C) no new user is taken, and the changes in flight are let finish so that the record says
 * what happened. An error every other call would meet too (credentials, network), or a line the
 * record could not take (a full disk), stops the run.
 */
export async function applyChanges(
  client: ExtenderUsersClient,
  action: StateAction,
  todo: PlanItem[],
  options: { concurrency: number; signal: AbortSignal; record?: RecordFile; progress: Progress },
): Promise<{ outcomes: ChangeOutcome[]; stoppedBy?: unknown }> {
  const info = ACTIONS[action];
  const stop = new AbortController();
  const taking = AbortSignal.any([options.signal, stop.signal]);
  let stoppedBy: unknown;
  const outcomes = new Map<PlanItem, ChangeOutcome>();
  const stopWith = (error: unknown) => {
    if (stop.signal.aborted) return;
    stoppedBy = error;
    stop.abort();
  };
  await pool(todo, options.concurrency, taking, async (item) => {
    try {
      options.record?.intend(item.name, info.record.line(item));
    } catch (error) {
      // A change the record could not list is not sent (it stays 'not tried'), nor is any other.
      return stopWith(error);
    }
    try {
      // No abort signal: a change once sent is waited for (within --timeout and --deadline).
      await info.call(client, item.name, {});
      options.record?.confirm(item.name);
      outcomes.set(item, { item, result: 'changed', detail: '' });
    } catch (error) {
      if (error instanceof NotFoundError) outcomes.set(item, { item, result: info.missing, detail: NO_SUCH_USER });
      else outcomes.set(item, { item, result: 'failed', detail: (error as Error).message });
      if (stopsTheRun(error)) stopWith(error);
    }
    options.progress.tick();
  });
  options.progress.stop();
  const why = options.signal.aborted ? 'not tried (interrupted)' : 'not tried (stopped after an error)';
  return { outcomes: todo.map((item) => outcomes.get(item) ?? { item, result: 'not tried', detail: why }), stoppedBy };
}

/** Names listed in a summary at most; the rest are on stderr. */
const NAMED = 10;

/**
 * `deactivated 8, skipped 2 (already deactivated 1, no such user 1: jsmiht), failed 1 (of 11 names)`.
 * Names that do not exist are named: skipped on delete (an earlier run did it), but a misspelling
 * looks the same.
 */
export function summarize(action: StateAction, outcomes: ChangeOutcome[]): string {
  const count = (r: ChangeOutcome['result']) => outcomes.filter((o) => o.result === r).length;
  const reasons = new Map<string, string[]>();
  for (const o of outcomes)
    if (o.result === 'skipped') reasons.set(o.detail, [...(reasons.get(o.detail) ?? []), o.item.name]);
  const named = (names: string[]) =>
    `: ${names.slice(0, NAMED).join(', ')}${names.length > NAMED ? `, … (${names.length - NAMED} more)` : ''}`;
  const skipped = count('skipped')
    ? ` (${[...reasons].map(([reason, names]) => `${reason} ${names.length}${reason === NO_SUCH_USER ? named(names) : ''}`).join(', ')})`
    : '';
  const notTried = count('not tried') ? `, not tried ${count('not tried')}` : '';
  return `${ACTIONS[action].past} ${count('changed')}, skipped ${count('skipped')}${skipped}, failed ${count('failed')}${notTried} (of ${outcomes.length} names)`;
}
