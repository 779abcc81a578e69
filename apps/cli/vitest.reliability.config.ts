// Stress and statistical runs (npm run test:reliability): many tries, figures printed, failing only
// when a promise is broken (a command that never ends), never because the machine is slow.
import { defineConfig, mergeConfig } from 'vitest/config';
import { sourceResolution } from '../../vitest.shared.js';

export default mergeConfig(
  sourceResolution,
  defineConfig({ test: { include: ['test/**/*.reliability.ts'], testTimeout: 7_200_000, hookTimeout: 60_000 } }),
);
