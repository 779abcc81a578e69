// Type-checks every workspace's tsconfig.json in one TypeScript program per set of compiler options
// (they all extend tsconfig.base.json). Each project resolves the other workspaces to their
// sources, so one `tsc --noEmit` per project checked the shared sources once per project (76 CPU-s
// for the ten, on the two-core machine); a shared program checks each file once (32 CPU-s today,
// with the three projects that augment types on their own, see below).
// The projects' tsconfig.json stay the truth (editors use them): this only unions them.
// A project whose own files add to other modules' or the global types (`declare module 'vitest'`,
// `declare global`) gets a program of its own: in a shared one those additions would hold for the
// other projects' files too, and hide errors their own `tsc` finds. (Additions a project imports
// from another's sources hold for it under its own `tsc` as well.)
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { projectConfigs } from './projects.js';

/** A declaration that changes types beyond its own file. */
const AUGMENTATION = /^\s*declare\s+(?:global|module\s+['"])/m;

export interface TypecheckResult {
  errors: number;
  /** The diagnostics, formatted as tsc prints them. */
  diagnostics: string;
  /** One line per program: its files, its projects and its errors. */
  summary: string[];
}

export function typecheck(root: string, options: { color?: boolean } = {}): TypecheckResult {
  const host: ts.FormatDiagnosticsHost = {
    getCanonicalFileName: (name) => name,
    getCurrentDirectory: () => root,
    getNewLine: () => '\n',
  };
  const format = (d: readonly ts.Diagnostic[]) =>
    options.color ? ts.formatDiagnosticsWithColorAndContext(d, host) : ts.formatDiagnostics(d, host);
  const parse = (configPath: string): ts.ParsedCommandLine => {
    const parsed = ts.getParsedCommandLineOfConfigFile(
      configPath,
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (d) => {
          throw new Error(ts.formatDiagnostic(d, host));
        },
      },
    );
    if (!parsed) throw new Error(`${configPath}: not readable`);
    return parsed;
  };

  const { workspaces } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { workspaces: string[] };
  const groups = new Map<string, { options: ts.CompilerOptions; files: Set<string>; projects: string[] }>();
  const found: ts.Diagnostic[] = [];
  for (const configPath of projectConfigs(root, workspaces)) {
    const parsed = parse(configPath);
    found.push(...parsed.errors);
    // Projects whose options differ (other than where their config sits) get a program of their own.
    const { configFilePath: _path, ...compared } = parsed.options;
    const augments = parsed.fileNames.some((file) => AUGMENTATION.test(readFileSync(file, 'utf8')));
    const key = JSON.stringify(compared) + (augments ? `\0${configPath}` : '');
    const group = groups.get(key) ?? { options: parsed.options, files: new Set<string>(), projects: [] };
    for (const file of parsed.fileNames) group.files.add(file);
    group.projects.push(relative(root, dirname(configPath)) || '.');
    groups.set(key, group);
  }
  const summary: string[] = [];
  for (const { options: compilerOptions, files, projects } of groups.values()) {
    const program = ts.createProgram({ rootNames: [...files], options: { ...compilerOptions, noEmit: true } });
    const diagnostics = ts.getPreEmitDiagnostics(program);
    found.push(...diagnostics);
    const n = diagnostics.length;
    summary.push(`${files.size} files of ${projects.join(', ')}: ${n} error${n === 1 ? '' : 's'}`);
  }
  return { errors: found.length, diagnostics: format(found), summary };
}
