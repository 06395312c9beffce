import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers.js';

describe('dvc-schema new', () => {
  it('scaffolds a procedure that lints clean and builds', () => {
    const dir = tempDir('new');
    const created = runCli(['new', '1.999999', '--dir', 'procedures'], dir);
    expect(created.status).toBe(0);
    expect(created.lines).toEqual([
      'created  procedures/1.999999/schema.json',
      'created  procedures/1.999999/examples/valid-example.json',
      'created  procedures/1.999999/examples/invalid-example.json',
    ]);
    const schema = JSON.parse(readFileSync(join(dir, 'procedures/1.999999/schema.json'), 'utf8')) as Record<string, Record<string, unknown>>;
    expect(schema['x-dvc']!.code).toBe('1.999999');

    const lint = runCli(['lint', 'procedures'], dir);
    expect(lint.lines).toEqual([]);
    expect(lint.status).toBe(0);

    const build = runCli(['build', 'procedures', '--out', 'out'], dir);
    expect(build.status).toBe(0);
    expect(existsSync(join(dir, 'out/1.999999/validator.js'))).toBe(true);
  }, 60_000);

  it('refuses to overwrite an existing procedure', () => {
    const dir = tempDir('new-twice');
    expect(runCli(['new', '1.999998', '--dir', 'p'], dir).status).toBe(0);
    const again = runCli(['new', '1.999998', '--dir', 'p'], dir);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exists');
  });

  it('rejects a code that is not a procedure code', () => {
    const run = runCli(['new', 'birth-registration'], tempDir('new-bad'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('is not a procedure code');
  });
});
