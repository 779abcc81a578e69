// The model's listing walk against scripted listings: one that moves under the walk (an account
// added and another deleted meanwhile, the total unchanged) is walked again, not failed; one that
// lists a user twice on every walk is failed.
import { describe, expect, it } from 'vitest';
import { Judge, PromiseBroken } from '../../suite/model/judge.js';
import { Listing, type ListingFacts } from '../../suite/model/listing.js';
import { Model } from '../../suite/model/model.js';
import { Budget, Server } from '../../suite/model/server.js';
import type { Reply } from '../../suite/support/operations.js';
import type { UncheckedArgs } from '../../suite/support/operations.js';

type Names = readonly string[];

/** A server whose listing is `states[n]` for the n-th listing request (the last one after that). */
class ScriptedServer extends Server {
  requests = 0;
  constructor(private readonly states: readonly Names[]) {
    super(new Judge(false), new Budget(240, 300));
  }
  override async send(operationId: never, args: UncheckedArgs): Promise<never> {
    this.budget.used++;
    const names = this.states[Math.min(this.requests++, this.states.length - 1)]!;
    const { startAt, maxResults } = args.query as { startAt: number; maxResults: number };
    const reply: Reply = {
      operationId,
      status: 200,
      headers: {},
      contentType: 'application/json',
      body: {
        total: names.length,
        startAt,
        maxResults,
        users: names.slice(startAt, startAt + maxResults).map((name) => ({ name })),
      },
    };
    return reply as never;
  }
}

const model = () => {
  const m = new Model();
  for (const name of ['carol', 'dave'])
    m.users.push({
      name,
      fullName: name,
      email: `${name}@example.org`,
      active: true,
      properties: new Map(),
      logins: 0,
    });
  return m;
};

const walk = async (states: readonly Names[]) => {
  const notes: string[] = [];
  const facts: ListingFacts = { accessListing: true, getUsersLists: 'all', note: (t) => notes.push(t) };
  const server = new ScriptedServer(states);
  const listing = new Listing({ operationId: 'getUsers', basic: 'absent', extended: 'absent', pageSize: 2 }, facts);
  await listing.run(model(), server);
  return { notes, requests: server.requests };
};

const BEFORE = ['admin', 'carol', 'dave', 'eve'];
// 'aaron' added and 'eve' deleted: the same total, carol moved from the first page to the second.
const AFTER = ['aaron', 'admin', 'carol', 'dave'];
// Then 'abe' added and 'dave' deleted.
const LATER = ['aaron', 'abe', 'admin', 'carol'];
// On every walk carol is listed twice (and dave is missing).
const BROKEN = ['admin', 'carol', 'carol', 'eve'];

describe("the model's listing walk", () => {
  it('walks again when the listing shifted under it with the same total, and judges the steady walk', async () => {
    // Walk 1: page 1 before the change, page 2 after it (carol twice). Walk 2 after it.
    const { notes, requests } = await walk([BEFORE, AFTER]);
    expect(notes).toEqual([]);
    expect(requests).toBe(4);
  });

  it('says it could not judge a listing that moves on every walk', async () => {
    // Walks of two pages: carol twice, then admin twice (dave missing), then carol twice again.
    const states = [BEFORE, AFTER, AFTER, LATER, BEFORE, AFTER];
    const { notes } = await walk(states);
    expect(notes).toEqual(['getUsers: the instance changed during every walk; its listing was not judged']);
  });

  it('fails a listing that shows a user twice on two walks in a row', async () => {
    await expect(walk([BROKEN])).rejects.toThrow(PromiseBroken);
    await expect(walk([BROKEN])).rejects.toThrow("'pages-partition-listing': carol is listed 2 times");
  });
});
