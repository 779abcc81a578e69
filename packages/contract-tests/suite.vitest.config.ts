// The contract suite's own vitest configuration (run by src/cli.ts, never by `vitest` directly:
// the runner provides the target's settings with `provide`).
import { defineConfig, mergeConfig } from 'vitest/config';
import { sourceResolution } from '../../vitest.shared.js';
import NameOrder from './suite/support/sequencer.js';

export default mergeConfig(
  sourceResolution,
  defineConfig({
    test: {
      include: ['suite/**/*.contract.ts'],
      // One file at a time, reads first, then writes: pagination is checked while nothing changes.
      fileParallelism: false,
      sequence: { shuffle: false, sequencer: NameOrder },
      testTimeout: 60_000,
      hookTimeout: 60_000,
    },
  }),
);
