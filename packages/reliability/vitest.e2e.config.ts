import { defineConfig, mergeConfig } from 'vitest/config';
import { sourceResolution } from '../../vitest.shared.js';

export default mergeConfig(
  sourceResolution,
  // One browser at a time: two Chromiums and their sandboxes at once crowd a 2-core machine.
  defineConfig({
    test: { include: ['e2e/**/*.e2e.ts'], testTimeout: 120_000, hookTimeout: 120_000, fileParallelism: false },
  }),
);
