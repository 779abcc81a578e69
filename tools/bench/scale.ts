// Sizes of each benchmark: `full` as the issue states them, `smoke` tiny for npm test.
export interface Scale {
  name: 'full' | 'smoke';
  rounds: number;
  getCalls: number;
  bigUsers: number;
  pageSize: number;
  importUsers: number;
  importRounds: number;
  loadSeconds: number;
}

export const scales: Record<Scale['name'], Scale> = {
  full: { name: 'full', rounds: 3, getCalls: 2000, bigUsers: 100_000, pageSize: 1000, importUsers: 10_000, importRounds: 1, loadSeconds: 5 },
  smoke: { name: 'smoke', rounds: 1, getCalls: 20, bigUsers: 300, pageSize: 50, importUsers: 40, importRounds: 1, loadSeconds: 1 },
};
