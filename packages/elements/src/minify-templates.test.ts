/**
 * scripts/minify-templates.mjs, the build step that minifies the CSS and HTML of Lit's templates in dist: the pure
 * transform on sample modules, then the built package itself (run after the build, like every test of the package).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { transform } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

interface Preserve {
  tags: Set<string>;
  classes: Set<string>;
  all: boolean;
}
interface Edit {
  start: number;
  end: number;
  text: string;
}
interface Minifier {
  minifyTemplates(code: string, options?: { preserve?: Preserve }): Promise<string>;
  templateEdits(code: string, options?: { preserve?: Preserve }): Promise<{ edits: Edit[]; css: number; html: number; warnings: string[] }>;
  whitespacePreservingSelectors(cssTexts: string[]): Preserve;
  preserveOf(modules: string[]): Preserve;
  applyEdits(code: string, edits: Edit[]): string;
  remapMappings(mappings: string, code: string, edits: Edit[]): string;
  tightenCss(css: string): string;
}

// A plain .mjs script (no type declarations): imported by URL, typed here.
const SCRIPT = new URL('../scripts/minify-templates.mjs', import.meta.url).href;
let m: Minifier;
beforeAll(async () => {
  m = (await import(/* @vite-ignore */ SCRIPT)) as Minifier;
});

const minify = (code: string, options?: { preserve?: Preserve }) => m.minifyTemplates(code, options);
const LIT = "import { html, css, LitElement } from 'lit';\n";

describe('minifyTemplates: css', () => {
  it('minifies a css template without interpolations: comments, indentation and line breaks go', async () => {
    const code = `${LIT}export const styles = css\`
  /* The host. */
  :host {
    display: block;
    color: var(--dvc-color-text, #0b0c0c);
  }

  .a,
  .b {
    margin: 0 0 0.25rem;
  }
\`;
`;
    expect(await minify(code)).toBe(
      `${LIT}export const styles = css\`:host{display:block;color:var(--dvc-color-text,#0b0c0c)}.a,.b{margin:0 0 .25rem}\`;\n`,
    );
  });

  it('drops the spaces esbuild keeps where CSS ignores them, and only there', () => {
    expect(m.tightenCss('.a{--x: var(--y, #fff);margin:calc(var(--g) * 1.5) calc(1rem / 2);font-family:var(--f, system-ui, Arial)}')).toBe(
      '.a{--x:var(--y,#fff);margin:calc(var(--g)*1.5) calc(1rem/2);font-family:var(--f,system-ui,Arial)}',
    );
    // Strings, + and - in calc, a selector's universal `*`, and a colon that is not a custom property's keep theirs.
    const kept = `.a *{content:"a, b";font-family:'Segoe UI', Arial;width:calc(100% - 2px + 1rem)}.b:is(.c){color:red}`;
    expect(m.tightenCss(kept)).toBe(`.a *{content:"a, b";font-family:'Segoe UI',Arial;width:calc(100% - 2px + 1rem)}.b:is(.c){color:red}`);
  });

  it('leaves a css template with interpolations as it is', async () => {
    const code = `${LIT}const color = unsafeCSS('red');
export const styles = css\`
  /* kept */
  .a {
    color: \${color};
  }
\`;
`;
    expect(await minify(code)).toBe(code);
  });

  it('keeps what the CSS cooks to: backslashes and backticks are escaped again', async () => {
    // the module text: css`.a::before { content: "\\\\ \`"; }` cooks to a CSS string of a backslash, a space, a backtick
    const code = `${LIT}export const styles = css\`\n  .a::before { content: ${String.raw`"\\\\ \``}"; }\n\`;\n`;
    expect(await minify(code)).toBe(`${LIT}export const styles = css\`.a:before{content:${String.raw`"\\\\ \``}"}\`;\n`);
  });

  it('only touches Lit tags: a local `css` or `html` function is left alone', async () => {
    const code = `const css = (s) => s;\nconst html = (s) => s;\nexport const a = css\`
  .a { color: red; }
\`;\nexport const b = html\`<div>
  x
</div>\`;
`;
    expect(await minify(code)).toBe(code);
  });
});

describe('minifyTemplates: html', () => {
  it('collapses each whitespace run with a line break to one space, and deletes none', async () => {
    const code = `${LIT}export const t = html\`<div class="a">
      <span>one</span>
      <span>two</span>   <b>three</b>
    </div>\`;
`;
    expect(await minify(code)).toBe(`${LIT}export const t = html\`<div class="a"> <span>one</span> <span>two</span>   <b>three</b> </div>\`;\n`);
  });

  it('collapses whitespace between attributes and keeps bindings and their order', async () => {
    const code = `${LIT}export const t = (x) => html\`<input
      part="input"
      \${attrs(x)}
      .value=\${x.value}
      @input=\${x.onInput}
    />\`;
`;
    expect(await minify(code)).toBe(
      `${LIT}export const t = (x) => html\`<input part="input" \${attrs(x)} .value=\${x.value} @input=\${x.onInput} />\`;\n`,
    );
  });

  it('never changes a ${...} expression: multi-line code, strings with backticks, untagged templates', async () => {
    const expressions = [
      `\${x
        ? 'a \`quoted\`\\n  string'
        : "b"}`,
      `\${\`plain
         template \${y}\`}`,
      `\${/* a comment
           */ z}`,
    ];
    const code = `${LIT}export const t = (x, y, z) => html\`<p>
      ${expressions.join('\n      ')}
    </p>\`;
`;
    const out = await minify(code);
    expect(out).toBe(`${LIT}export const t = (x, y, z) => html\`<p> ${expressions.join(' ')} </p>\`;\n`);
  });

  it('minifies html templates nested in expressions on their own, and leaves their expressions alone', async () => {
    const code = `${LIT}export const t = (items) => html\`<ul>
      \${items.map(
        (i) => html\`<li>
          \${i.label}
        </li>\`,
      )}
    </ul>\`;
`;
    expect(await minify(code)).toBe(`${LIT}export const t = (items) => html\`<ul> \${items.map(
        (i) => html\`<li> \${i.label} </li>\`,
      )} </ul>\`;
`);
  });

  it('leaves the content of <pre>, <textarea>, <script> and <style> as it is', async () => {
    const code = `${LIT}export const t = (v) => html\`<div>
      <pre>
  keep
     this</pre>
      <textarea
        name="a"
      >
  and this
</textarea>
      <script type="application/json">
        {"a": 1}
      </script>
      <style>
        p { color: red; }
      </style>
      <pre><b>
  nested</b>
  \${v}
  </pre>
    </div>\`;
`;
    expect(await minify(code)).toBe(`${LIT}export const t = (v) => html\`<div> <pre>
  keep
     this</pre> <textarea name="a" >
  and this
</textarea> <script type="application/json">
        {"a": 1}
      </script> <style>
        p { color: red; }
      </style> <pre><b>
  nested</b>
  \${v}
  </pre> </div>\`;
`);
  });

  it('leaves the content of an element that the CSS gives `white-space: pre*` by class or tag name', async () => {
    const code = `${LIT}export const styles = css\`
  .const { white-space: pre-wrap; }
  @media print { .field output { white-space: pre-line; } }
\`;
export const t = (v) => html\`<div>
      <p class="x const" id=\${v.id}>
        \${v.value}
      </p>
      <span>
        \${v.value}
      </span>
    </div>\`;
`;
    const out = await minify(code);
    expect(out).toContain(`html\`<div> <p class="x const" id=\${v.id}>
        \${v.value}
      </p> <span> \${v.value} </span> </div>\``);
    expect(m.whitespacePreservingSelectors(['.const { white-space: pre-wrap; }', '@media print { .field output { white-space: pre-line; } }'])).toEqual({
      tags: new Set(['output']),
      classes: new Set(['const', 'field']),
      all: false,
    });
    // a rule that could select any element: no html template is touched
    const everything = m.whitespacePreservingSelectors([':host { white-space: pre-wrap; }']);
    expect(everything.all).toBe(true);
    const other = `${LIT}export const t = html\`<div>
  x
</div>\`;
`;
    expect(await minify(other, { preserve: everything })).toBe(other);
  });

  it('leaves quoted attribute values, comments and line continuations as they are', async () => {
    const code = `${LIT}export const t = html\`<div title="two
  lines" data-x='a
  b'>
      <!-- a
           comment -->
      a\\
      b
    </div>\`;
`;
    expect(await minify(code)).toBe(`${LIT}export const t = html\`<div title="two
  lines" data-x='a
  b'> <!-- a
           comment --> a\\
      b </div>\`;
`);
  });

  it('is idempotent', async () => {
    const code = `${LIT}export const styles = css\`
  /* c */
  .const { white-space: pre-wrap; }
  .a > .b { margin: 0; }
\`;
export const t = (items) => html\`<ul class="list">
      \${items.map((i) => html\`<li>
        <p class="const">
          \${i}
        </p>
        <textarea>
          x
        </textarea>
      </li>\`)}
    </ul>\`;
`;
    const once = await minify(code);
    expect(once).not.toBe(code);
    expect(await minify(once)).toBe(once);
  });
});

describe('remapMappings', () => {
  it('moves source map positions with the edits', () => {
    // line 0 "ab", line 1 "cd": one segment at the start of each; then line 1 joins line 0
    const code = 'ab\ncd';
    const edits = [{ start: 2, end: 3, text: ' ' }];
    expect(m.applyEdits(code, edits)).toBe('ab cd');
    // [0,0,0,0] and, on the next line, [0,0,1,0]: generated (0,0)->(0,0) and (1,0)->(1,0)
    expect(m.remapMappings('AAAA;AACA', code, edits)).toBe('AAAA,GACA');
  });
});

// ------------------------------------------------------------------------------------------------ the built package

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const distFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? distFiles(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : [],
  );

describe('dist (after `npm run build`)', () => {
  it('is minified: running the step again changes nothing', async () => {
    const files = distFiles(DIST).map((path) => ({ path, code: readFileSync(path, 'utf8') }));
    expect(files.length).toBeGreaterThan(10);
    const preserve = m.preserveOf(files.map((f) => f.code));
    expect(preserve.classes.has('const')).toBe(true);
    let html = 0;
    for (const file of files) {
      const result = await m.templateEdits(file.code, { preserve });
      expect(result.edits, file.path).toEqual([]);
      html += result.html;
    }
    expect(html).toBeGreaterThan(20);
  });

  it('still imports, and every element style is valid, minified CSS', async () => {
    (globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings ??= new Set(['dev-mode']);
    const tags = { 'dvc-dossier-form': 'dvc-dossier-form.js', 'dvc-file-upload': 'dvc-file-upload.js', 'dvc-address-picker': 'dvc-address-picker.js', 'dvc-fee-widget': 'dvc-fee-widget.js' };
    for (const [tag, file] of Object.entries(tags)) {
      await import(/* @vite-ignore */ new URL(`define/${file}`, new URL('../dist/', import.meta.url)).href);
      const element = customElements.get(tag) as unknown as { finalize(): void; elementStyles: { cssText: string }[] } | undefined;
      expect(element, tag).toBeDefined();
      element!.finalize();
      expect(element!.elementStyles.length, tag).toBeGreaterThan(1);
      for (const { cssText } of element!.elementStyles) {
        expect(cssText).not.toMatch(/\/\*|\n/);
        const result = await transform(cssText, { loader: 'css', minify: true, charset: 'utf8', logLevel: 'silent' });
        expect(result.warnings, tag).toEqual([]);
        expect(result.code.trim()).toBe(cssText);
      }
    }
  });
});
