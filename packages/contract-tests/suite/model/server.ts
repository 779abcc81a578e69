// The server as the model's commands see it: each request counted against the run's budget, bodies
// sent as clients send them (JSON with and without a charset; a bodiless write with no body, an
// empty JSON body or a JSON body), and the reads that compare an answer with the model.
import type { OperationId } from '@extender-users/api-types';
import { callUnchecked, type Reply, type UncheckedArgs } from '../support/operations.js';
import { ALL_OFFSETS, fittingOffsets } from './date-format.js';
import type { Judge } from './judge.js';

/** How a JSON body is sent: `application/json`, or with a charset parameter. */
export type JsonStyle = 'json' | 'json-charset';
/** What comes with a write that takes no body. */
export type BodilessStyle = 'none' | 'json-empty' | 'json-object';

/** The requests the model may send in one run: a production instance sees no more. */
export class Budget {
  used = 0;
  constructor(
    /** For the generated sequences. */
    readonly forSequences: number,
    /** In all, shrinking a failure included. */
    readonly total: number,
  ) {}
  /** After a failure fast-check shrinks it: the rest of the budget is for that. */
  shrinking = false;
  left(): number {
    return (this.shrinking ? this.total : this.forSequences) - this.used;
  }
}

export class Server {
  /** The time zone offsets (minutes) every date string of the run fits: the server's own is among them. */
  offsets: readonly number[] = ALL_OFFSETS;
  /** Commands that ran (had the budget for their requests). */
  commandsRun = 0;

  constructor(
    readonly judge: Judge,
    readonly budget: Budget,
  ) {}

  async send<K extends OperationId>(operationId: K, args: UncheckedArgs): Promise<Reply<K>> {
    this.budget.used++;
    return callUnchecked(operationId, args);
  }

  /** A JSON body in the given style (the write guard learns the user from `actsOn`). */
  static json(body: unknown, style: JsonStyle, actsOn?: string): Pick<UncheckedArgs, 'json' | 'raw' | 'actsOn'> {
    if (style === 'json') return { json: body };
    return {
      raw: { body: JSON.stringify(body), contentType: 'application/json; charset=UTF-8' },
      ...(actsOn === undefined ? {} : { actsOn }),
    };
  }

  /** What comes with a bodiless write. */
  static bodiless(style: BodilessStyle): Pick<UncheckedArgs, 'raw'> {
    if (style === 'none') return {};
    return { raw: { body: style === 'json-empty' ? '' : '{"ignored":true}', contentType: 'application/json' } };
  }

  /**
   * Whether every date string of `user` is its epoch twin written with `pattern` at one offset that
   * every other date of the run fits too. Returns the dates that do not fit.
   */
  datesUnfit(user: Record<string, unknown>, pattern: string): string[] {
    const unfit: string[] = [];
    for (const field of ['createdDate', 'updatedDate', 'lastSuccessfulLoginDate', 'lastFailedLoginDate']) {
      if (!(field in user)) continue;
      const epoch = user[field];
      const text = user[`${field}String`];
      if (epoch === null || text === null) {
        if (epoch !== text) unfit.push(`${field} ${JSON.stringify(epoch)} but ${field}String ${JSON.stringify(text)}`);
        continue;
      }
      if (typeof epoch !== 'number' || typeof text !== 'string') continue; // the schema checks say so
      const fits = fittingOffsets(text, epoch, pattern, this.offsets);
      if (fits.length === 0) unfit.push(`${field}String '${text}' is not ${epoch} written as '${pattern}'`);
      else this.offsets = fits;
    }
    return unfit;
  }
}
