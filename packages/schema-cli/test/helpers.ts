import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const packageRoot = fileURLToPath(new URL('../', import.meta.url));
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const cliPath = join(packageRoot, 'dist/cli.js');
export const proceduresDir = join(repoRoot, 'schemas/procedures');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  /** stdout split into lines, without the trailing empty one. */
  lines: string[];
}

/** Runs the built CLI (`npm run build` first) as a user would. */
export function runCli(args: readonly string[], cwd: string): Run {
  const result = spawnSync(process.execPath, [cliPath, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const lines = result.stdout.split('\n').filter((l) => l !== '');
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, lines };
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `dvc-schema-${prefix}-`));
}
