import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSchemaFiles, lintFile } from '../src/lint.js';
import { redosProblems, schemaPatterns } from '../src/redos.js';
import { proceduresDir, runCli, tempDir } from './helpers.js';

const REAL = '1.001193';

/** The parts of procedure 1.001193 the tests change. */
type RealProcedure = {
  'x-dvc': { components: Record<string, unknown>[] };
  $defs: { requester: { properties: { fullName: Record<string, unknown> } } };
};

/** A copy of a real procedure in `<dir>/<name>`, changed by `edit`, written with two-space indents. */
function copyProcedure(dir: string, name: string, edit: (schema: RealProcedure) => void = () => {}): string {
  const target = join(dir, name);
  cpSync(join(proceduresDir, REAL), target, { recursive: true });
  const schema = JSON.parse(readFileSync(join(target, 'schema.json'), 'utf8')) as RealProcedure;
  edit(schema);
  writeFileSync(join(target, 'schema.json'), `${JSON.stringify(schema, null, 2)}\n`);
  return target;
}

/** `line:column` of the first line holding `text` in a file, at the first non-blank character. */
function lineOf(file: string, text: string): string {
  const lines = readFileSync(file, 'utf8').split('\n');
  const index = lines.findIndex((l) => l.includes(text));
  return `${index + 1}:${lines[index]!.indexOf(text) + 1}`;
}

/** Every file and folder below a directory, as relative paths. */
function tree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
}

describe('links from a schema', () => {
  it('lint reports a javascript: template at its place; build refuses it', () => {
    const dir = tempDir('unsafe-url');
    const target = copyProcedure(dir, 'p', (schema) => {
      schema['x-dvc'].components[0]!.template = 'javascript:alert(document.cookie)';
      schema['x-dvc'].components[1]!.template = 'https://dichvucong.gov.vn/mau/to-khai.docx';
    });
    const run = runCli(['lint', '.'], dir);
    expect(run.lines).toEqual([
      `p/schema.json:${lineOf(join(target, 'schema.json'), '"javascript:')}  /x-dvc/components/0/template  Unsafe link "javascript:alert(document.cookie)": Only http:, https: or relative links are allowed, not "javascript:".`,
    ]);
    expect(run.status).toBe(1);

    const build = runCli(['build', '.', '--out', 'out'], dir);
    expect(build.status).toBe(1);
    expect(build.stderr).toContain('/x-dvc/components/0/template  Unsafe link');
    expect(existsSync(join(dir, 'out', 'p'))).toBe(false);
  });
});

describe('build cleans only inside --out', () => {
  /** A victim folder beside the output, and an output whose manifest came from somewhere else. */
  function setUp(staleId: string) {
    const dir = tempDir('manifest');
    copyProcedure(join(dir, 'src'), 'p');
    mkdirSync(join(dir, 'victim', 'nested'), { recursive: true });
    writeFileSync(join(dir, 'victim', 'nested', 'keep.txt'), 'keep me');
    expect(runCli(['build', 'src', '--out', 'out'], dir).status).toBe(0);
    const manifestFile = join(dir, 'out', 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { procedures: Record<string, unknown> };
    manifest.procedures[staleId] = manifest.procedures.p;
    writeFileSync(manifestFile, JSON.stringify(manifest));
    return { dir, before: { victim: tree(join(dir, 'victim')), out: tree(join(dir, 'out')), src: tree(join(dir, 'src')) } };
  }

  it.each(['../..', '..', '../victim', '/tmp', 'a/../../victim', '.', ''])('refuses a manifest that lists %j and touches nothing', (staleId) => {
    const { dir, before } = setUp(staleId);
    const run = runCli(['build', 'src', '--out', 'out', '--force'], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`lists ${JSON.stringify(staleId)} as a procedure's output folder, which is not a folder name inside --out; nothing was built or deleted.`);
    expect(tree(join(dir, 'victim'))).toEqual(before.victim);
    expect(readFileSync(join(dir, 'victim', 'nested', 'keep.txt'), 'utf8')).toBe('keep me');
    expect(tree(join(dir, 'out'))).toEqual(before.out);
    expect(tree(join(dir, 'src'))).toEqual(before.src);
  });

  it('refuses a stale folder that is a symbolic link out of --out, and follows nothing', () => {
    const { dir, before } = setUp('gone');
    symlinkSync(join(dir, 'victim'), join(dir, 'out', 'gone'));
    const run = runCli(['build', 'src', '--out', 'out'], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`lists "gone", but ${join(dir, 'out', 'gone')} is a symbolic link; the build only removes folders it wrote. Nothing was built or deleted.`);
    expect(tree(join(dir, 'victim'))).toEqual(before.victim);
  });

  it('removes the files it wrote for a procedure that is gone, and keeps anything else', () => {
    const dir = tempDir('stale');
    copyProcedure(join(dir, 'src'), 'a');
    copyProcedure(join(dir, 'src'), 'b');
    expect(runCli(['build', 'src', '--out', 'out'], dir).status).toBe(0);
    writeFileSync(join(dir, 'out', 'b', 'notes.txt'), 'mine');
    // Both procedures leave the sources.
    mkdirSync(join(dir, 'empty'));
    const rebuilt = runCli(['build', 'empty', '--out', 'out'], dir);
    expect(rebuilt.status).toBe(0);
    expect(rebuilt.lines).toEqual([`removed  a  (no longer a procedure)`, `kept ${join(dir, 'out', 'b')}: it holds files the build did not write`]);
    expect(existsSync(join(dir, 'out', 'a'))).toBe(false);
    expect(tree(join(dir, 'out', 'b'))).toEqual(['notes.txt']);
  });
});

describe('symbolic links in lint and build', () => {
  it('follows a symlinked schema.json, and reports one whose target is missing', () => {
    const dir = tempDir('link-file');
    const real = copyProcedure(join(dir, 'shared'), 'p');
    mkdirSync(join(dir, 'procedures', 'linked'), { recursive: true });
    symlinkSync(join(real, 'schema.json'), join(dir, 'procedures', 'linked', 'schema.json'));
    symlinkSync(join(real, 'examples'), join(dir, 'procedures', 'linked', 'examples'));
    const run = runCli(['lint', 'procedures'], dir);
    expect(run.stderr).toContain('1 schema checked, no problems');
    expect(run.status).toBe(0);

    mkdirSync(join(dir, 'procedures', 'broken'));
    symlinkSync(join(dir, 'nowhere', 'schema.json'), join(dir, 'procedures', 'broken', 'schema.json'));
    const broken = runCli(['lint', 'procedures'], dir);
    expect(broken.lines).toEqual([expect.stringMatching(/^procedures\/broken\/schema\.json:1:1 {2}\/ {2}Cannot read the file: ENOENT/)]);
    expect(broken.status).toBe(1);
  });

  it('searches a folder reached through a loop once, and says so', () => {
    const dir = tempDir('link-loop');
    copyProcedure(join(dir, 'procedures'), 'p');
    symlinkSync(join(dir, 'procedures'), join(dir, 'procedures', 'p', 'loop'));
    symlinkSync(join(dir, 'procedures', 'p'), join(dir, 'procedures', 'alias'));
    const notes: string[] = [];
    expect(findSchemaFiles(['procedures'], dir, [], (n) => notes.push(n))).toEqual([join(dir, 'procedures', 'alias', 'schema.json')]);
    expect(notes).toEqual([
      'procedures/alias/loop: a symbolic link loop back to procedures; not searched again.',
      'procedures/p: the same folder as procedures/alias (a symbolic link); searched once.',
    ]);
    const run = runCli(['lint', 'procedures'], dir);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('note: procedures/alias/loop: a symbolic link loop back to procedures; not searched again.');
    expect(run.stderr).toContain('1 schema checked, no problems');
  });

  it('names a broken link to a folder instead of skipping it', () => {
    const dir = tempDir('link-broken');
    copyProcedure(join(dir, 'procedures'), 'p');
    symlinkSync(join(dir, 'gone'), join(dir, 'procedures', 'q'));
    const run = runCli(['lint', 'procedures'], dir);
    expect(run.stderr).toContain('note: procedures/q: broken symbolic link (ENOENT); not searched.');
    expect(run.status).toBe(0);
    expect(runCli(['lint', 'procedures/q'], dir).stderr).toContain('No such file or directory: procedures/q (a symbolic link whose target is missing)');
  });

  it('builds a linked procedure once', () => {
    const dir = tempDir('link-build');
    copyProcedure(join(dir, 'procedures'), 'p');
    symlinkSync(join(dir, 'procedures', 'p'), join(dir, 'procedures', 'q'));
    const run = runCli(['build', 'procedures', '--out', 'out'], dir);
    expect(run.status).toBe(0);
    expect(run.lines[0]).toBe('note     procedures/q: the same folder as procedures/p (a symbolic link); searched once.');
    expect(run.lines.filter((l) => l.startsWith('built'))).toHaveLength(1);
  });
});

describe('ReDoS', () => {
  const NAME_PATTERN = '^([A-Za-zÀ-ỹ]+\\s?)*$';

  it('reports a backtracking pattern with its place, the part at fault and a fix', () => {
    const dir = tempDir('redos');
    const target = copyProcedure(dir, 'p', (schema) => {
      schema.$defs.requester.properties.fullName.pattern = NAME_PATTERN;
    });
    const run = runCli(['lint', '.'], dir);
    expect(run.lines).toHaveLength(1);
    expect(run.lines[0]).toBe(
      `p/schema.json:${lineOf(join(target, 'schema.json'), '"^([A-Za-z')}  /$defs/requester/properties/fullName/pattern  ` +
        `Pattern "^([A-Za-zÀ-ỹ]+\\\\s?)*$" backtracks catastrophically (exponential time): a 33-character input such as 'A' + 'A'.repeat(31) + '\\x00' already takes long to reject. ` +
        'It backtracks at "[A-Za-zÀ-ỹ]", which the repetitions around it can match in more than one way. ' +
        'Make each repeated part match in one way only, e.g. ^[A-Za-zÀ-ỹ]+( [A-Za-zÀ-ỹ]+)*$ instead of ^([A-Za-zÀ-ỹ]+\\s?)*$.',
    );
    expect(run.status).toBe(1);
  });

  it('checks patternProperties keys, propertyNames and x-dvc conditions', () => {
    const schema = {
      type: 'object',
      patternProperties: { '^(a+)+$': { type: 'string' }, '^x-': {} },
      propertyNames: { pattern: '^(\\w+\\s?)*$' },
      properties: { ok: { type: 'string', pattern: '^(?:\\+?84|0)(?:3|5|7|8|9)\\d{8}$' } },
      'x-dvc': { fees: [{ key: 'f', when: { properties: { ok: { pattern: '(x+x+)+y' } } } }] },
    };
    expect(schemaPatterns(schema).map((p) => p.pointer)).toEqual([
      '/patternProperties/^(a+)+$',
      '/patternProperties/^x-',
      '/propertyNames/pattern',
      '/properties/ok/pattern',
      '/x-dvc/fees/0/when/properties/ok/pattern',
    ]);
    expect(redosProblems(schema).map((p) => p.pointer)).toEqual([
      '/patternProperties/^(a+)+$',
      '/propertyNames/pattern',
      '/x-dvc/fees/0/when/properties/ok/pattern',
    ]);
  });

  it('passes the real patterns of the shipped procedures', () => {
    const patterns = readdirSync(proceduresDir).flatMap((id) => schemaPatterns(JSON.parse(readFileSync(join(proceduresDir, id, 'schema.json'), 'utf8'))));
    // IDs, tax codes and phones use the Vietnamese formats now; what is left are codes and numbers.
    expect(patterns.length).toBeGreaterThan(5);
    expect(patterns.map((p) => p.pattern)).toEqual(expect.arrayContaining(['^\\d{5}$', '^[A-Z]{1,2} ?\\d{6,8}$']));
    for (const { pattern } of patterns) expect(redosProblems({ pattern }), pattern).toEqual([]);
  });

  it('bounds the time spent on a pattern and says when it could not finish', () => {
    const hard = '^(([a-z])+.)+[A-Z]([a-z])+$';
    const [problem] = redosProblems({ pattern: hard }, 1);
    expect(problem).toEqual({
      pointer: '/pattern',
      keyword: 'pattern',
      message: `Pattern "${hard}" could not be checked for catastrophic backtracking within 1 ms. Simplify it so that it can be checked.`,
    });
  });

  it('leaves an invalid pattern to ajv, which reports it once', () => {
    const dir = tempDir('redos-invalid');
    copyProcedure(dir, 'p', (schema) => {
      schema.$defs.requester.properties.fullName.pattern = '([';
    });
    const problems = lintFile(join(dir, 'p', 'schema.json'), { cwd: dir });
    expect(problems.map((p) => p.pointer)).toEqual(['/$defs/requester/properties/fullName/pattern']);
    expect(problems[0]!.message).not.toMatch(/backtrack/);
  });
});
