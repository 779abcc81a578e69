import { defineConfig, mergeConfig } from 'vitest/config';
import { sourceResolution } from '../vitest.shared.js';

// The time limit only catches a hang: missing-handler type-checks a scratch copy of the sandbox,
// 27 s on a quiet machine, 215 s at a load average of about 25.
export default mergeConfig(
  sourceResolution,
  defineConfig({ test: { include: ['**/*.test.ts'], exclude: ['**/node_modules/**'], testTimeout: 600_000 } }),
);
