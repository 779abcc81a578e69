import { defineConfig, mergeConfig } from 'vitest/config';
import { sourceResolution } from '../../vitest.shared.js';

export default mergeConfig(
  sourceResolution,
  defineConfig({
    // The time limits only catch a hang; a busy runner makes a 10-second test take a minute.
    test: { include: ['test/**/*.test.ts'], testTimeout: 180_000, hookTimeout: 180_000 },
  }),
);
