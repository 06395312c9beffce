import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

describe('the x-dvc vocabulary types', () => {
  it('src/vocabulary.ts is what the meta-schema makes (scripts/vocabulary-types.mjs)', () => {
    const script = fileURLToPath(new URL('../scripts/vocabulary-types.mjs', import.meta.url));
    const run = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 30_000);
});
