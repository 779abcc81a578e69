// Every fault of the broken proxy, by name.
import { dataFaults, lenientServers } from './data.js';
import { conformanceFaults, longReasonServers } from './conformance.js';
import { effectFaults } from './effects.js';
import { healthyServers, undocumentedFaults } from './healthy.js';
import { identityFaults } from './identity.js';
import { pagingFaults } from './paging.js';
import { refusalFaults } from './refusals.js';
import { shapeFaults } from './shapes.js';
import { modelFaults } from '../../model/faults.js';
import { jsonAnswer, type Fault } from './types.js';

/** Faults of other tests: a proxy that breaks nothing (also before rate-limited sandboxes), and one of a version without getUsersWithConfluenceAccess. */
const toolFaults = {
  none: { breaks: 'nothing', caughtBy: [], proxy: {} },
  'rate-limited': {
    breaks: 'nothing; the sandbox behind it has a rate limit (--rate-limit 200)',
    caughtBy: [],
    sandbox: ['--rate-limit', '200'],
    proxy: {},
  },
  'rate-limited-low': {
    breaks:
      'nothing; the sandbox behind it has a low rate limit (--rate-limit 20), which a burst empties on any machine',
    caughtBy: [],
    sandbox: ['--rate-limit', '20'],
    proxy: {},
  },
  'no-access-listing': {
    breaks: 'getUsersWithConfluenceAccess does not exist (404), as on a version without it',
    caughtBy: [],
    proxy: {
      request({ operationId, method, url }) {
        if (operationId === 'getUsersWithConfluenceAccess')
          return jsonAnswer(404, { message: `No such resource: ${method} ${url.pathname}` });
        return undefined;
      },
    },
  },
} satisfies Record<string, Fault>;

const ALL = {
  ...toolFaults,
  ...healthyServers,
  ...lenientServers,
  ...longReasonServers,
  ...undocumentedFaults,
  ...shapeFaults,
  ...conformanceFaults,
  ...pagingFaults,
  ...refusalFaults,
  ...identityFaults,
  ...effectFaults,
  ...dataFaults,
  ...modelFaults,
} satisfies Record<string, Fault>;
export type FaultName = keyof typeof ALL;
export const FAULTS: Record<FaultName, Fault> = ALL;
/** The servers that differ from the sandbox where nothing is promised: the suite must pass against each. */
export const HEALTHY = [
  ...Object.keys(healthyServers),
  ...Object.keys(lenientServers),
  ...Object.keys(longReasonServers),
] as FaultName[];
