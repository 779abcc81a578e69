// The contract suite's own vitest configuration (run by src/cli.ts, never by `vitest` directly:
// the runner provides the target's settings with `provide`).
import { defineConfig, mergeConfig } from 'vitest/config';
import { sourceResolution } from '../../vitest.shared.js';
import PhaseOrder from './suite/support/sequencer.js';

export default mergeConfig(
  sourceResolution,
  defineConfig({
    test: {
      include: ['suite/**/*.contract.ts'],
      // One file at a time, reads first, then writes, then the conformance checks of every answer
      // (suite/support/sequencer.ts); the files share one module state (isolate: false), so those
      // last checks see the answers of all the others.
      fileParallelism: false,
      isolate: false,
      sequence: { shuffle: false, sequencer: PhaseOrder },
      testTimeout: 60_000,
      hookTimeout: 60_000,
    },
  }),
);
