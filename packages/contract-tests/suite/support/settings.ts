// What the suite is pointed at, handed over by the runner (src/cli.ts) through vitest's
// provide/inject: never through the environment.
import { inject } from 'vitest';
import type { ContractSettings } from '../../src/settings.js';

function load(): ContractSettings {
  const settings = inject('contract');
  if (!settings)
    throw new Error('Run the contract suite through its CLI: npm run contract -- --target prism|sandbox|url');
  return settings;
}

export const target: ContractSettings = load();
export type { Credentials } from '../../src/settings.js';
