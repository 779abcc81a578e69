// What a doctor's check says: its name, its verdict and one line.
export type Verdict = 'ok' | 'fail' | 'info' | 'skip';

export interface CheckResult {
  check: 'url' | 'confluence' | 'credentials' | 'administrator' | 'extender' | 'operations' | 'rate-limit';
  verdict: Verdict;
  message: string;
}
