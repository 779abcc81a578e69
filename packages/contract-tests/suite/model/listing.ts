// Walks a listing as a client does and compares the sequence's users in it with the model: who is
// listed (by the listing and the version), with which fields at the detail level asked (flags true,
// false or absent), and dates in the dateFormat asked. Other users are none of the model's
// business. A walk can be disturbed by someone else: its total moves, or (one account added and
// another deleted meanwhile, the total unchanged) the listing shifts under it, so that a user shows
// twice or not at all. Such a walk is walked again and judged only when two walks in a row list the
// same names; after three walks without that the command says so and judges nothing.
import type { AsyncCommand } from 'fast-check';
import type { Reply } from '../support/operations.js';
import type { Model, ModelUser } from './model.js';
import type { Server } from './server.js';

export type Flag = 'absent' | 'true' | 'false';
export type ListingId = 'getUsers' | 'getUsersWithConfluenceAccess';

export interface ListingSpec {
  operationId: ListingId;
  basic: Flag;
  extended: Flag;
  /** A small page size, or the largest (1000): the budget decides what an instance of this size allows. */
  pageSize: number;
  dateFormat?: string;
}

/** What the checked version says of the listings: which exist, and who getUsers lists. */
export interface ListingFacts {
  accessListing: boolean;
  /** x-version-behaviour listedUsers of getUsers: withAccess, all, or not known. */
  getUsersLists?: string;
  /** A note for the summary, once: a walk that could not be judged. */
  note(text: string): void;
}

const BASIC_FIELDS = ['fullName', 'key', 'email'];
const EXTENDED_ONLY = ['hasAccessToUseConfluence', 'createdDate', 'business'];
const MAX_PAGES = 25;
const WALKS = 3;

type Json = Record<string, unknown>;

export class Listing implements AsyncCommand<Model, Server> {
  constructor(
    readonly spec: ListingSpec,
    readonly facts: ListingFacts,
  ) {}

  check(m: Readonly<Model>) {
    return m.users.length > 0 && (this.spec.operationId === 'getUsers' || this.facts.accessListing);
  }

  private query(startAt: number, maxResults: number) {
    const q: Record<string, string | number> = { startAt, maxResults };
    if (this.spec.basic !== 'absent') q.showBasicDetails = this.spec.basic;
    if (this.spec.extended !== 'absent') q.showExtendedDetails = this.spec.extended;
    if (this.spec.dateFormat !== undefined) q.dateFormat = this.spec.dateFormat;
    return q;
  }

  /** One walk: every user listed, or undefined when the total moved meanwhile. */
  private async walk(s: Server, maxResults: number, first: Reply): Promise<Json[] | undefined> {
    const total = (first.body as { total: number }).total;
    const users: Json[] = [...((first.body as { users: Json[] }).users ?? [])];
    for (let startAt = maxResults; startAt < total; startAt += maxResults) {
      const page = await s.send(this.spec.operationId, { query: this.query(startAt, maxResults) });
      if (page.status !== 200) return undefined;
      const body = page.body as { total: number; users: Json[] };
      if (body.total !== total) return undefined;
      users.push(...body.users);
    }
    return users;
  }

  async run(m: Model, s: Server) {
    const { operationId } = this.spec;
    const first = await this.firstPage(m, s, this.spec.pageSize);
    if (!first) return;
    const { maxResults } = first;
    let { reply } = first;
    let users: Json[] | undefined;
    let before: string | undefined;
    for (let walk = 0; walk < WALKS && !users; walk++) {
      if (walk > 0) {
        const again = await this.firstPage(m, s, maxResults);
        if (!again) return;
        reply = again.reply;
      }
      const walked = await this.walk(s, maxResults, reply);
      const names = walked && JSON.stringify(walked.map((u) => u.name));
      if (walked && (!this.looksShifted(m, walked) || names === before)) users = walked;
      before = names;
    }
    if (!users)
      return this.facts.note(`${operationId}: the instance changed during every walk; its listing was not judged`);
    this.judge(m, s, users);
  }

  /**
   * Whether a walk shows what a listing shifted by someone else's writes shows too: a name twice,
   * or one of the model's users that must be listed missing. Only a second walk that lists the same
   * names tells a broken listing from a moving one.
   */
  private looksShifted(m: Model, listed: Json[]): boolean {
    const names = listed.map((u) => String(u.name).toLowerCase());
    if (new Set(names).size !== names.length) return true;
    const everyone = this.spec.operationId === 'getUsers' && this.facts.getUsersLists === 'all';
    return m.users.some((u) => (u.active || everyone) && !names.includes(u.name.toLowerCase()));
  }

  /** The first page, at a size the budget allows for this instance (1000 when the small one would cost too much). */
  private async firstPage(
    m: Model,
    s: Server,
    size: number,
  ): Promise<{ reply: Reply; maxResults: number } | undefined> {
    if (s.budget.left() < 2) return undefined;
    if (size === this.spec.pageSize) s.commandsRun++;
    const reply = await s.send(this.spec.operationId, { query: this.query(0, size) });
    const shown = `${this.spec.operationId}?${new URLSearchParams(Object.entries(this.query(0, size)).map(([k, v]) => [k, String(v)]))}`;
    const promise =
      this.spec.dateFormat !== undefined
        ? 'date-strings-follow-date-format'
        : this.spec.basic === 'false' || this.spec.extended === 'false'
          ? 'false-flags'
          : 'detail-levels';
    if (
      !s.judge.expect(
        this.spec.operationId,
        promise,
        reply.status === 200,
        () => `${shown} was answered ${reply.status}`,
      )
    )
      return undefined;
    const body = reply.body as { total: number; maxResults: number };
    const applied = Math.min(size, body.maxResults || size);
    const pages = Math.ceil(body.total / applied);
    const affordable = Math.min(MAX_PAGES, s.budget.left());
    if (pages <= affordable) return { reply, maxResults: applied };
    if (size < 1000) return this.firstPage(m, s, 1000);
    this.facts.note(
      `${this.spec.operationId}: ${body.total} users are more than the budget lets the model walk; its listing was not judged`,
    );
    return undefined;
  }

  private judge(m: Model, s: Server, listed: Json[]) {
    const { operationId, basic, extended, dateFormat } = this.spec;
    const level = extended === 'true' ? 'extended' : basic === 'true' ? 'basic' : 'names';
    const falseFlag = basic === 'false' || extended === 'false';
    const byName = new Map<string, Json[]>();
    for (const u of listed) {
      const key = String(u.name).toLowerCase();
      byName.set(key, [...(byName.get(key) ?? []), u]);
    }
    for (const user of m.users) {
      const found = byName.get(user.name.toLowerCase()) ?? [];
      s.judge.expect(
        operationId,
        'pages-partition-listing',
        found.length <= 1,
        () => `${user.name} is listed ${found.length} times`,
      );
      this.judgePresence(s, user, found.length > 0, level);
      const entry = found[0];
      if (!entry) continue;
      s.judge.expect(
        'getUsers',
        'names-as-given',
        entry.name === user.name,
        () => `${operationId} lists ${String(entry.name)} for ${user.name}`,
      );
      const has = (f: string) => f in entry;
      const levelPromise = falseFlag
        ? 'false-flags'
        : extended === 'true' && basic === 'true'
          ? 'both-flags'
          : 'detail-levels';
      const shown = `${operationId} (showBasicDetails ${basic}, showExtendedDetails ${extended})`;
      if (level === 'names')
        s.judge.expect(
          operationId,
          levelPromise,
          !BASIC_FIELDS.some(has),
          () => `${shown} lists ${user.name} with ${BASIC_FIELDS.filter(has).join(', ')}`,
        );
      else {
        const missing = [...BASIC_FIELDS, ...(level === 'extended' ? EXTENDED_ONLY : [])].filter((f) => !has(f));
        const extra = level === 'basic' ? EXTENDED_ONLY.filter(has) : [];
        s.judge.expect(
          operationId,
          levelPromise,
          missing.length === 0 && extra.length === 0,
          () =>
            `${shown} lists ${user.name} ${missing.length ? `without ${missing.join(', ')}` : `with ${extra.join(', ')}`}`,
        );
        const wrong: string[] = (['fullName', 'email', 'key'] as const).filter(
          (f) => has(f) && user[f] !== undefined && entry[f] !== user[f],
        );
        if (level === 'extended' && entry.hasAccessToUseConfluence !== user.active)
          wrong.push('hasAccessToUseConfluence');
        s.judge.expect(
          operationId,
          'detail-level-same-users',
          wrong.length === 0,
          () =>
            `${shown} lists ${user.name} with ${wrong.map((f) => `${f} ${JSON.stringify(entry[f])}`).join(', ')}, which getUserDetails does not say`,
        );
        if (level === 'extended') {
          const unfit = s.datesUnfit(entry, dateFormat ?? 'yyyy-MM-dd HH:mm:ss');
          s.judge.expect(
            operationId,
            dateFormat === undefined ? 'default-date-format' : 'date-strings-follow-date-format',
            unfit.length === 0,
            () => `${shown}${dateFormat === undefined ? '' : ` dateFormat '${dateFormat}'`}: ${unfit.join('; ')}`,
          );
        }
      }
    }
  }

  /** Who is listed: the access listing and getUsers up to 2.13.0 only active users; getUsers on latest everyone. */
  private judgePresence(s: Server, user: ModelUser, listed: boolean, level: string) {
    const at = `at the ${level} level`;
    if (this.spec.operationId === 'getUsersWithConfluenceAccess') {
      s.judge.expect(
        'getUsersWithConfluenceAccess',
        'only-users-with-access',
        listed === user.active,
        () => `the ${user.active ? 'active' : 'deactivated'} ${user.name} is ${listed ? '' : 'not '}listed ${at}`,
      );
      return;
    }
    if (user.active)
      s.judge.expect(
        'getUsers',
        'pages-partition-listing',
        listed,
        () => `the active ${user.name} is not listed ${at}`,
      );
    else if (this.facts.getUsersLists === 'withAccess')
      s.judge.expect(
        'getUsers',
        'listed-users-up-to-2-13-0',
        !listed,
        () => `the deactivated ${user.name} is listed ${at}`,
      );
    else if (this.facts.getUsersLists === 'all')
      s.judge.expect(
        'getUsers',
        'listed-users-latest',
        listed,
        () => `the deactivated ${user.name} is not listed ${at}`,
      );
  }

  toString() {
    const { operationId, basic, extended, pageSize, dateFormat } = this.spec;
    return `${operationId}(showBasicDetails ${basic}, showExtendedDetails ${extended}, maxResults ${pageSize}${dateFormat === undefined ? '' : `, dateFormat '${dateFormat}'`})`;
  }
}
