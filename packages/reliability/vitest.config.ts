import { defineConfig, mergeConfig } from 'vitest/config';
import { sourceResolution } from '../../vitest.shared.js';

export default mergeConfig(
  sourceResolution,
  defineConfig({
    test: { include: ['test/**/*.test.ts'], testTimeout: 240_000, hookTimeout: 120_000, fileParallelism: false },
  }),
);
