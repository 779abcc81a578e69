// Sizes of each benchmark: `full` as the issue states them, `smoke` tiny for npm test.
export interface Scale {
  name: 'full' | 'smoke';
  /** Alternating rounds of each timed figure (medians are reported). */
  rounds: number;
  /** Sequential users.get calls per round, and alternating rounds, of the client figure. */
  getCalls: number;
  clientRounds: number;
  /** Demo users seeded into the sandbox the read figures use. */
  bigUsers: number;
  /** Page size of the iterate and export figures. */
  pageSize: number;
  /** Rows of the CSV the import figure imports. */
  importUsers: number;
  /**
   * Rows imported with concurrency 1 over the delay proxy: all of them would take importUsers ×
   * RTT (over 200 s at 10,000 × 20 ms), so a first part of the file is timed and scaled.
   */
  importSampleAtRtt: number;
  /** Rounds of the iterate figure over the delay proxy (sequential paging there takes 12 s a round). */
  rttIterateRounds: number;
  /**
   * Server CPU figures (autocannon): `cpuWarmup` requests to warm up and as many again to probe,
   * then per round as many requests as take about `cpuMsPerReading` of the server's CPU (judged
   * from the probe), within the bounds.
   */
  cpuWarmup: number;
  cpuMsPerReading: number;
  cpuRequests: { min: number; max: number };
  /** Pages in flight in the walks of the listing (as users.iterate and the CLI's export). */
  walkConcurrency: number;
  /** Distinct pages of 1,000 extended users walked at the start and at the end of the listing. */
  extendedPages: number;
}

export const scales: Record<Scale['name'], Scale> = {
  full: {
    name: 'full',
    rounds: 3,
    getCalls: 1000,
    clientRounds: 7,
    bigUsers: 100_000,
    pageSize: 200,
    importUsers: 10_000,
    importSampleAtRtt: 500,
    rttIterateRounds: 2,
    cpuWarmup: 2_000,
    cpuMsPerReading: 700,
    cpuRequests: { min: 2_000, max: 60_000 },
    walkConcurrency: 4,
    extendedPages: 20,
  },
  smoke: {
    name: 'smoke',
    rounds: 1,
    getCalls: 20,
    clientRounds: 1,
    bigUsers: 300,
    pageSize: 50,
    importUsers: 40,
    importSampleAtRtt: 20,
    rttIterateRounds: 1,
    cpuWarmup: 20,
    cpuMsPerReading: 10,
    cpuRequests: { min: 50, max: 100 },
    walkConcurrency: 4,
    extendedPages: 1,
  },
};
