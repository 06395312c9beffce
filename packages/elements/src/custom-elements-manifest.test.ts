/**
 * dist/custom-elements.json, the Custom Elements Manifest the build writes from the elements' JSDoc (Storybook's
 * Docs pages and editors read it): every element the define files register is in it with its public API only, each
 * event with its detail type, and every part, CSS custom property and custom state it documents is one the
 * element's code really has (so the JSDoc cannot drift from the code unnoticed).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

type Item = { name: string; description?: string; type?: { text: string }; fieldName?: string };
type Member = Item & { kind: string; static?: boolean; privacy?: string; attribute?: string };
type Declaration = {
  name: string;
  tagName?: string;
  customElement?: boolean;
  members?: Member[];
  attributes?: Item[];
  events?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
  cssStates?: Item[];
};
type Manifest = { schemaVersion: string; modules: { path: string; declarations?: Declaration[] }[] };

const PACKAGE = join(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(join(PACKAGE, 'dist/custom-elements.json'), 'utf8')) as Manifest;
const packageJson = JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8')) as Record<string, unknown>;

/** `customElements.define('tag', Class)` of every define file. */
const defined = readdirSync(join(PACKAGE, 'src/define')).flatMap((file) =>
  [...readFileSync(join(PACKAGE, 'src/define', file), 'utf8').matchAll(/customElements\.define\(\s*'([\w-]+)',\s*(\w+)\s*\)/g)].map(
    ([, tag, className]) => ({ tag: tag!, className: className!, file }),
  ),
);

function declarationOf(tag: string, className: string): { module: string; declaration: Declaration } | undefined {
  for (const module of manifest.modules) {
    const declaration = module.declarations?.find((d) => d.tagName === tag && d.name === className);
    if (declaration) return { module: module.path, declaration };
  }
  return undefined;
}

/** The source of an element's folder and of the shared code (templates, styles), without tests and stories. */
function sourceOf(modulePath: string): string {
  const folders = [join(PACKAGE, dirname(modulePath).replace(/^dist/, 'src')), join(PACKAGE, 'src/shared')];
  const files = folders.flatMap((folder) =>
    readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !/\.(test|stories)\.ts$/.test(file))
      .map((file) => join(folder, file)),
  );
  return files.map((file) => readFileSync(file, 'utf8')).join('\n');
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('custom-elements.json', () => {
  it('is the manifest package.json points to', () => {
    expect(packageJson.customElements).toBe('./dist/custom-elements.json');
    expect((packageJson.exports as Record<string, unknown>)['./custom-elements.json']).toBe('./dist/custom-elements.json');
    expect(manifest.schemaVersion).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('names the shipped modules (dist/*.js), each of which the build wrote', () => {
    for (const module of manifest.modules) {
      expect(module.path).toMatch(/^dist\/.+\.js$/);
      expect(existsSync(join(PACKAGE, module.path)), module.path).toBe(true);
    }
  });

  it('finds the elements in the define files', () => {
    expect(new Set(defined.map((d) => d.tag))).toEqual(
      new Set(['dvc-dossier-form', 'dvc-address-picker', 'dvc-file-upload', 'dvc-fee-widget', 'dvc-status-tracker', 'dvc-procedure-list', 'dvc-stats']),
    );
  });

  for (const { tag, className, file } of defined) {
    describe(`<${tag}> (${className}, define/${file})`, () => {
      const found = declarationOf(tag, className);

      it('is in the manifest with its tag name', () => {
        expect(found, `${className} as ${tag}`).toBeDefined();
        expect(found!.declaration.customElement).toBe(true);
      });
      if (!found) return;
      const { declaration, module } = found;
      const source = sourceOf(module);

      it('lists public members only, and every attribute belongs to a public field', () => {
        const fields = (declaration.members ?? []).filter((m) => m.kind === 'field');
        expect(fields.length).toBeGreaterThan(3);
        for (const member of declaration.members ?? []) {
          expect(member.name, 'internal member').not.toMatch(/^[_#]/);
          expect(member.privacy, member.name).not.toBe('private');
        }
        for (const attribute of declaration.attributes ?? []) {
          expect(attribute.name).toMatch(/^[a-z][a-z-]*$/);
          const field = fields.find((f) => f.name === attribute.fieldName && !f.static);
          expect(field, `field of attribute ${attribute.name}`).toBeDefined();
          expect(field!.attribute).toBe(attribute.name);
        }
        // Objects are set as properties only: no attribute would ever parse them.
        for (const name of ['schema', 'validator', 'formats', 'communeLoader', 'value', 'data', 'source']) {
          const field = fields.find((f) => f.name === name);
          if (field) expect(field.attribute, `${name} has no attribute`).toBeUndefined();
        }
      });

      it('gives every event a dvc- name, a description and its detail type', () => {
        expect(declaration.events?.length).toBeGreaterThan(0);
        for (const event of declaration.events ?? []) {
          expect(event.name).toMatch(/^dvc-[a-z-]+$/);
          expect(event.description).toBeTruthy();
          expect(event.type?.text, event.name).toMatch(/^CustomEvent<\{ .+ \}>$/);
        }
      });

      it('documents only parts the templates have', () => {
        expect(declaration.cssParts?.length).toBeGreaterThan(0);
        for (const part of declaration.cssParts ?? []) {
          // A whole word of a quoted value: `part="drop-zone"`, or `shown ? 'field field-invalid' : 'field'`.
          const inQuotes = new RegExp(`['"\`][^'"\`\\n]*(?<![\\w-])${escape(part.name)}(?![\\w-])[^'"\`\\n]*['"\`]`);
          expect(inQuotes.test(source), `part ${part.name}`).toBe(true);
        }
      });

      it('documents only CSS custom properties the styles read', () => {
        expect(declaration.cssProperties?.length).toBeGreaterThan(0);
        for (const property of declaration.cssProperties ?? []) {
          expect(new RegExp(`var\\(\\s*${escape(property.name)}\\b`).test(source), property.name).toBe(true);
        }
      });

      it('documents only custom states the element sets', () => {
        expect(declaration.cssStates?.length).toBeGreaterThan(0);
        for (const state of declaration.cssStates ?? []) {
          // Set by name, e.g. `_setState('loading', …)` or in a states object `{ loading: …, 'user-invalid': … }`.
          expect(new RegExp(`['"]${escape(state.name)}['"]|[{,]\\s*${escape(state.name)}\\s*:`).test(source), `state ${state.name}`).toBe(true);
        }
      });
    });
  }
});
