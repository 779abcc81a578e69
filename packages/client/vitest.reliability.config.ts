// Stress and statistical runs (npm run test:reliability): many tries, figures printed, failing only
// when a promise is broken (a call that never ends), never because the machine is slow.
import { defineConfig, mergeConfig } from 'vitest/config';
import { sourceResolution } from '../../vitest.shared.js';

export default mergeConfig(
  sourceResolution,
  defineConfig({
    test: {
      include: ['test/**/*.reliability.ts'],
      testTimeout: 1_800_000,
      execArgv: ['--expose-gc'],
    },
  }),
);
