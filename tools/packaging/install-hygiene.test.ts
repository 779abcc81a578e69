// Install hygiene that `npm ci` on the README's Node would show: no locked package whose engines
// exclude the oldest Node the README names (EBADENGINE: cookie 2 wanted Node 22 and came in through
// light-my-request 6.8), no install script allowed that phones home (@scarf/scarf, via Spectral), the
// nx cache inside the checkout, and the published packages' engines as the README says.
import { readFileSync } from 'node:fs';
import satisfies from 'semver/functions/satisfies.js';
import { describe, expect, it } from 'vitest';
import { publishedPackages, repoRoot } from './workspace-packages.js';

const read = (path: string) => readFileSync(`${repoRoot}${path}`, 'utf8');
const readme = read('README.md');
const oldestNode = /with Node\.js (\d+\.\d+) or newer/.exec(readme)?.[1];

describe('install hygiene', () => {
  it('locks no package whose engines exclude the oldest Node.js the README names', () => {
    expect(oldestNode).toBeDefined();
    const lock = JSON.parse(read('package-lock.json')) as {
      packages: Record<string, { engines?: { node?: string }; optional?: boolean }>;
    };
    const excluding = Object.entries(lock.packages)
      .filter(([, p]) => p.engines?.node && !satisfies(`${oldestNode}.0`, p.engines.node, { includePrerelease: true }))
      .map(([path, p]) => `${path} wants node ${p.engines!.node}`);
    expect(excluding).toEqual([]);
  });

  it('allows no install script of @scarf/scarf and turns its telemetry off', () => {
    const root = JSON.parse(read('package.json')) as {
      allowScripts?: Record<string, boolean>;
      scarfSettings?: { enabled?: boolean };
    };
    expect(root.allowScripts?.['@scarf/scarf']).toBe(false);
    expect(root.scarfSettings?.enabled).toBe(false);
  });

  it('keeps the nx cache inside the checkout', () => {
    expect((JSON.parse(read('nx.json')) as { cacheDirectory?: string }).cacheDirectory).toBe('.nx/cache');
  });

  it('publishes every package with the engines the README names', () => {
    for (const p of publishedPackages())
      expect((p.manifest.engines as { node?: string } | undefined)?.node, p.name).toBe(`>=${oldestNode}`);
  });
});
