import { defineConfig, mergeConfig } from 'vitest/config';
import { sourceResolution } from '../../vitest.shared.js';

export default mergeConfig(
  sourceResolution,
  defineConfig({ test: { include: ['e2e/**/*.e2e.ts'], testTimeout: 120_000, hookTimeout: 120_000 } }),
);
