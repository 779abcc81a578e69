// The contract suite's own vitest configuration (run by src/cli.ts, never by `vitest` directly:
// the runner provides the target's settings with `provide`). It ships in the published package:
// installed (under node_modules) the suite runs on its dependencies' builds; in the workspace on
// their TypeScript sources, as every test here does (the same conditions as the repository's
// vitest.shared.ts, which is not in the package).
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig, type ViteUserConfig } from 'vitest/config';
import PhaseOrder from './suite/support/sequencer.js';

const installed = fileURLToPath(import.meta.url)
  .split(/[\\/]/)
  .includes('node_modules');
// Each run transforms the suite's TypeScript again (about 0.7 s of CPU) unless vitest keeps the
// results: kept in the system's temporary folder, one folder per user and per installed copy of the
// suite (always writable; vitest writes atomically, and clears it when the lock file changes).
const here = fileURLToPath(new URL('.', import.meta.url));
const moduleCache = join(
  tmpdir(),
  `extender-users-contract-${process.getuid?.() ?? 'user'}-${createHash('sha256').update(here).digest('hex').slice(0, 12)}`,
);
const conditions = ['@extender-users/source', 'module', 'node', 'import', 'default'];
const resolution: ViteUserConfig = installed
  ? {}
  : { resolve: { conditions }, ssr: { resolve: { conditions, externalConditions: ['@extender-users/source'] } } };

export default mergeConfig(
  resolution,
  defineConfig({
    test: {
      include: ['suite/**/*.contract.ts'],
      // One file at a time, reads first, then writes, then the conformance checks of every answer
      // (suite/support/sequencer.ts); the files share one module state (isolate: false), so those
      // last checks see the answers of all the others.
      fileParallelism: false,
      experimental: { fsModuleCache: true, fsModuleCachePath: moduleCache },
      isolate: false,
      sequence: { shuffle: false, sequencer: PhaseOrder },
      // Guards against a hung request, not measures of speed: a slow or distant instance (every
      // answer 250 ms later, as the self-test's slower server) must pass, however long a walk takes.
      testTimeout: 900_000,
      hookTimeout: 300_000,
    },
  }),
);
