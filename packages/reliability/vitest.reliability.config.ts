import { defineConfig, mergeConfig } from 'vitest/config';
import { sourceResolution } from '../../vitest.shared.js';

// Stress and statistical runs (npm run test:reliability): they print their figures and fail only
// when a promise is broken, never on a slow machine. One file at a time: each loads the machine.
export default mergeConfig(
  sourceResolution,
  defineConfig({
    test: {
      // The fuzzer at its full size (5,000 cases; npm test runs the first 1,000 of them).
      include: ['test/**/*.reliability.ts', 'test/fuzz.test.ts'],
      testTimeout: 600_000,
      hookTimeout: 300_000,
      fileParallelism: false,
    },
  }),
);
