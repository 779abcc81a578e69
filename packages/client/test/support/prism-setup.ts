// Starts one Prism mock of the bundled spec for the integration tests, on a free port.
import type { TestProject } from 'vitest/node';
import { startPrism } from '@extender-users/spec';

export default async function setup(project: TestProject) {
  const prism = await startPrism();
  project.provide('prismUrl', prism.url);
  return () => prism.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    prismUrl: string;
  }
}
