import { defineConfig, mergeConfig } from 'vitest/config';
import { sourceResolution } from '../../vitest.shared.js';

// npm test fuzzes with 1,000 cases from the same seed (every property of the spec still runs,
// with fewer cases each); npm run test:reliability runs the fuzzer again at its
// full default size (5,000). FUZZ_RUNS or RAW_RUNS given by hand win.
const fuzzSizes =
  process.env.FUZZ_RUNS === undefined ? { FUZZ_RUNS: '1000', RAW_RUNS: process.env.RAW_RUNS ?? '1000' } : {};

export default mergeConfig(
  sourceResolution,
  defineConfig({
    test: {
      include: ['test/**/*.test.ts'],
      testTimeout: 240_000,
      hookTimeout: 120_000,
      fileParallelism: false,
      env: fuzzSizes,
    },
  }),
);
