import { defineConfig, mergeConfig } from 'vitest/config';
import { sourceResolution } from '../../vitest.shared.js';

export default mergeConfig(
  sourceResolution,
  defineConfig({
    // The time limits only catch a hang; a busy runner makes a 10-second test take a minute.
    // The files share one worker and its modules (isolate: false): each file starts its own
    // servers and closes them, and nothing of the sandbox is global, while a fresh worker per
    // file cost about 1.5 CPU-s each (a process, vitest and fastify, Ajv and SQLite loaded again).
    test: {
      include: ['test/**/*.test.ts'],
      isolate: false,
      testTimeout: 180_000,
      hookTimeout: 180_000,
    },
  }),
);
