import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

describe('the files generated from the x-dvc meta-schema', () => {
  it('src/meta-schema.ts and src/vocabulary-types.ts are what schemas/meta/dvc.schema.json makes (npm run generate)', () => {
    const script = fileURLToPath(new URL('../scripts/generate.mjs', import.meta.url));
    const run = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 30_000);
});
