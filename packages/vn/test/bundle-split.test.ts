import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The address picker imports provinces() and loadCommunes(); the 3,321 communes must not end up
// in the chunk it loads up front. Bundles src/ (no build needed) the way an app bundler would.
describe('bundle splitting of the unit data', () => {
  it('loads communes per province, not all at once', async () => {
    const index = fileURLToPath(new URL('../src/index.ts', import.meta.url));
    const result = await build({
      stdin: {
        contents:
          `import { provinces, loadCommunes, matchUnits } from ${JSON.stringify(index)};\n` +
          'export async function show(code, q) { return [provinces(), matchUnits(await loadCommunes(code), q)]; }\n',
        resolveDir: fileURLToPath(new URL('.', import.meta.url)),
        sourcefile: 'picker.js',
      },
      bundle: true,
      splitting: true,
      format: 'esm',
      minify: true,
      charset: 'utf8',
      write: false,
      outdir: '/tmp/dvc-vn-bundle-test',
      logLevel: 'silent',
    });
    const entry = result.outputFiles.find((f) => f.path.endsWith('stdin.js'))!;
    const chunks = result.outputFiles.filter((f) => f !== entry);
    expect(entry.text).toContain('Hà Tĩnh'); // the province index is there
    expect(entry.text).not.toContain('Thành Sen'); // a Hà Tĩnh commune is not
    expect(chunks.filter((c) => c.text.includes('Phường')).length).toBe(34);
    expect(entry.contents.length).toBeLessThan(10_000);
  }, 30_000);
});
