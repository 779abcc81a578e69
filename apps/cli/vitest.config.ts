import { defineConfig, mergeConfig } from 'vitest/config';
import { sourceResolution } from '../../vitest.shared.js';

export default mergeConfig(
  sourceResolution,
  // Three files at a time (vitest's default is one on a 2-core machine): most of a CLI test's time
  // is spent waiting for the processes it starts and for the timeouts it proves. The time limits only
  // catch a hang: a test that starts thirty CLI processes takes minutes on a busy runner.
  // The files share their workers and the modules loaded in them (isolate: false): each file starts
  // its own servers in beforeAll and closes them, and no test sets global state, while a fresh worker
  // per file (vitest and the modules it imports, loaded again) cost about 0.3 CPU-s each.
  defineConfig({
    test: {
      include: ['test/**/*.test.ts'],
      maxWorkers: 3,
      isolate: false,
      testTimeout: 300_000,
      hookTimeout: 300_000,
    },
  }),
);
