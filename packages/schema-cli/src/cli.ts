#!/usr/bin/env node
/**
 * dvc-schema: lint procedure schemas, build their standalone validators, types and catalogue, and
 * scaffold new procedures. Exit code 0 on success, 1 on problems, 2 on wrong usage.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { BuildError, buildProcedures, formatMs } from './build.js';
import { formatProblem, lintTargets } from './lint.js';
import { scaffoldProcedure } from './scaffold.js';

const USAGE = `Usage:
  dvc-schema lint <files|dirs...>             check schemas (a directory means every schema.json below it)
  dvc-schema build <dir> --out <dir> [--force] standalone validators, .d.ts and catalog.json per procedure
  dvc-schema new <code> [--dir <dir>]         scaffold <dir>/<code> (default dir: schemas/procedures)

lint and build follow symbolic links; a folder reached twice (a loop) is searched once, with a note.
build deletes stale output only inside --out, and only the files it wrote.`;

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  cwd: string;
}

const defaultIo: Io = { out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`), cwd: process.cwd() };

interface Parsed {
  positional: string[];
  flags: Map<string, string | true>;
}

function parseArgs(args: readonly string[], valued: readonly string[]): Parsed {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    } else if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      if (valued.includes(name)) {
        const value = inline ?? args[++i];
        if (value === undefined) throw new UsageError(`--${name} needs a value.`);
        flags.set(name, value);
      } else flags.set(name, true);
    } else positional.push(arg);
  }
  return { positional, flags };
}

class UsageError extends Error {}

function checkFlags(parsed: Parsed, allowed: readonly string[]): void {
  for (const name of parsed.flags.keys()) if (!allowed.includes(name)) throw new UsageError(`Unknown option --${name}.`);
}

/** Runs the CLI; returns the exit code. */
export async function main(args: readonly string[], io: Io = defaultIo): Promise<number> {
  const [command, ...rest] = args;
  try {
    switch (command) {
      case 'lint': {
        const parsed = parseArgs(rest, []);
        checkFlags(parsed, []);
        if (parsed.positional.length === 0) throw new UsageError('lint needs at least one file or directory.');
        const t0 = performance.now();
        const { files, problems, notes } = lintTargets(parsed.positional, { cwd: io.cwd });
        for (const line of notes) io.err(`note: ${line}`);
        const seen = new Set<string>();
        for (const problem of problems) {
          const line = formatProblem(problem);
          if (!seen.has(line)) io.out(line);
          seen.add(line);
        }
        const bad = new Set(problems.map((p) => p.file.replace(/examples\/[^/]+$/, 'schema.json'))).size;
        io.err(
          problems.length === 0
            ? `dvc-schema lint: ${files.length} schema${files.length === 1 ? '' : 's'} checked, no problems (${formatMs(performance.now() - t0)}).`
            : `dvc-schema lint: ${seen.size} problem${seen.size === 1 ? '' : 's'} in ${bad} of ${files.length} schema${files.length === 1 ? '' : 's'}.`,
        );
        return problems.length === 0 ? 0 : 1;
      }
      case 'build': {
        const parsed = parseArgs(rest, ['out']);
        checkFlags(parsed, ['out', 'force']);
        const out = parsed.flags.get('out');
        if (parsed.positional.length !== 1 || typeof out !== 'string') throw new UsageError('build needs one directory and --out <dir>.');
        const result = await buildProcedures(parsed.positional[0]!, { out, force: parsed.flags.has('force'), cwd: io.cwd, log: io.out });
        const built = result.procedures.filter((p) => !p.skipped).length;
        io.err(`dvc-schema build: ${built} built, ${result.procedures.length - built} unchanged, ${result.procedures.length} procedure${result.procedures.length === 1 ? '' : 's'} in ${formatMs(result.ms)} -> ${out}`);
        return 0;
      }
      case 'new': {
        const parsed = parseArgs(rest, ['dir']);
        checkFlags(parsed, ['dir']);
        if (parsed.positional.length !== 1) throw new UsageError('new needs one procedure code, e.g. dvc-schema new 1.001234');
        const dir = parsed.flags.get('dir');
        const result = scaffoldProcedure(parsed.positional[0]!, typeof dir === 'string' ? dir : undefined, io.cwd);
        for (const file of result.files) io.out(`created  ${relative(io.cwd, file)}`);
        io.err(`dvc-schema new: fill in the TODO placeholders, then run dvc-schema lint ${relative(io.cwd, result.dir)}`);
        return 0;
      }
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`Unknown command "${command}".`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`dvc-schema: ${error.message}\n${USAGE}`);
      return 2;
    }
    io.err(`dvc-schema ${command}: ${error instanceof BuildError || error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

function isEntryPoint(): boolean {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`dvc-schema: ${String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
