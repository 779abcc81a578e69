// Shared vitest settings: resolve workspace packages to their TypeScript sources (the
// `@extender-users/source` export condition), so tests never run against stale builds.
import type { ViteUserConfig } from 'vitest/config';

const conditions = ['@extender-users/source', 'module', 'node', 'import', 'default'];

export const sourceResolution: ViteUserConfig = {
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ['@extender-users/source'] } },
};
