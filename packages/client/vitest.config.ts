import { defineConfig, mergeConfig } from 'vitest/config';
import { sourceResolution } from '../../vitest.shared.js';

export default mergeConfig(
  sourceResolution,
  defineConfig({
    test: {
      include: ['test/**/*.test.ts'],
      globalSetup: ['test/support/prism-setup.ts'],
      testTimeout: 20_000,
    },
  }),
);
