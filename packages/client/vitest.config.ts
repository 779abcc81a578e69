import { defineConfig, mergeConfig } from 'vitest/config';
import { sourceResolution } from '../../vitest.shared.js';

export default mergeConfig(
  sourceResolution,
  defineConfig({
    test: {
      include: ['test/**/*.test.ts'],
      globalSetup: ['test/support/prism-setup.ts'],
      // Only catches a hang: the timeout tests use limits of their own, far below it.
      testTimeout: 120_000,
      // test/timeouts.test.ts collects garbage while calls wait, to catch timeouts that can be collected.
      execArgv: ['--expose-gc'],
    },
  }),
);
