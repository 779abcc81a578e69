import { defineConfig, mergeConfig } from 'vitest/config';
import { sourceResolution } from '../../vitest.shared.js';
import type { ContractSettings } from './src/settings.js';

// The settings the suite's support modules read with inject(), for their unit tests: nothing is
// listening at this address; the tests give the helpers answers of their own.
const unitSettings: ContractSettings = {
  kind: 'sandbox',
  baseUrl: 'http://127.0.0.1:9',
  auth: { user: 'admin', password: 'admin' },
  writes: true,
  stateful: true,
  version: '2.13.0',
  versionSource: 'unit test',
  strict: false,
};

export default mergeConfig(
  sourceResolution,
  // Two files at a time: most of a self-test's time is spent waiting for the processes it starts.
  defineConfig({
    test: {
      include: ['test/**/*.test.ts'],
      maxWorkers: 2,
      testTimeout: 180_000,
      hookTimeout: 120_000,
      provide: { contract: unitSettings },
    },
  }),
);
