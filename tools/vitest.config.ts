import { defineConfig, mergeConfig } from 'vitest/config';
import { sourceResolution } from '../vitest.shared.js';

export default mergeConfig(
  sourceResolution,
  defineConfig({ test: { include: ['**/*.test.ts'], exclude: ['**/node_modules/**'], testTimeout: 180_000 } }),
);
