// The contract suite's own vitest configuration (run by src/cli.ts, never by `vitest` directly).
import { defineConfig, mergeConfig } from 'vitest/config';
import { sourceResolution } from '../../vitest.shared.js';

export default mergeConfig(
  sourceResolution,
  defineConfig({
    test: {
      include: ['suite/**/*.contract.ts'],
      // Reads first, then writes, one file at a time: pagination is checked while nothing changes.
      fileParallelism: false,
      sequence: { shuffle: false },
      testTimeout: 60_000,
      hookTimeout: 60_000,
    },
  }),
);
