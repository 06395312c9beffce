#!/usr/bin/env node
// Minifies the CSS and HTML inside Lit's tagged template literals of the built package (dist/**/*.js), as the
// Lit docs recommend for production: esbuild (which portals bundle with) never touches template literal text.
// Runs after `tsc` in the package's build script; rewrites the files in place and keeps their source maps right.
//
//   css`...` without `${...}`: minified by esbuild's CSS minifier. A css template with interpolations is left as is.
//   html`...`: every whitespace run that contains a line break becomes one space. Nothing is deleted (between
//   inline elements whitespace renders as a space) and nothing else changes: not quoted attribute values, comments,
//   `${...}` expressions, nor the content of <pre>, <textarea>, <script>, <style> (and the other raw-text elements),
//   nor the content of an element that a `white-space: pre*` rule of the package's own CSS selects by tag name or
//   by a class written in the template (e.g. `<p class="const">` when `.const { white-space: pre-wrap }`).
//
// Templates are found with TypeScript's parser (tagged templates whose tag is `html`/`css` imported from Lit),
// never with regular expressions over the JS text. Running it twice gives the same output.
import ts from 'typescript';
import { transform } from 'esbuild';
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname, basename, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Modules whose `html` export is lit-html's plain template tag (not `lit/static-html.js`: its values can be tag names). */
const HTML_MODULES = new Set(['lit', 'lit-html', 'lit-element', 'lit-element/lit-element.js', 'lit-html/lit-html.js']);
/** Modules whose `css` export is ReactiveElement's css tag. */
const CSS_MODULES = new Set(['lit', 'lit-element', 'lit-element/lit-element.js', '@lit/reactive-element', '@lit/reactive-element/css-tag.js', 'lit/css-tag.js']);

/** Elements whose text the HTML parser takes verbatim: nothing inside is touched, no tag inside is parsed. */
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);
/** Elements whose whitespace renders as written (UA style `white-space: pre`). */
const PRE_ELEMENTS = new Set(['pre', 'listing']);
/** Elements without content. */
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** A declaration that keeps line breaks or spaces as written. */
const PRESERVING_WHITE_SPACE = /white-space(?:-collapse)?\s*:\s*(?:pre|break-spaces|preserve)/i;

const INVALID_ESCAPE = ts.TokenFlags?.ContainsInvalidEscape ?? 2048;

/**
 * @typedef {{ tags: Set<string>, classes: Set<string>, all: boolean }} Preserve
 *   Elements whose content keeps its whitespace, from the CSS: by tag name, by class; `all` when a rule could select
 *   any element (e.g. `:host { white-space: pre-wrap }`): then no html template is touched.
 * @typedef {{ start: number, end: number, text: string }} Edit  A replacement of code[start, end).
 * @typedef {{ kind: 'css' | 'html', node: ts.TaggedTemplateExpression, parts: { start: number, end: number, raw: string, cooked: string | undefined }[] }} Template
 */

// ---------------------------------------------------------------------------------------------- finding templates

/** Local names of Lit's `html` and `css` tags (and namespace imports of Lit) in a module. */
function litTags(sf) {
  const tags = new Map();
  const namespaces = new Map();
  for (const statement of sf.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const from = statement.moduleSpecifier.text;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || statement.importClause.isTypeOnly) continue;
    if (ts.isNamespaceImport(bindings)) {
      namespaces.set(bindings.name.text, from);
      continue;
    }
    for (const element of bindings.elements) {
      const imported = (element.propertyName ?? element.name).text;
      if (imported === 'html' && HTML_MODULES.has(from)) tags.set(element.name.text, 'html');
      if (imported === 'css' && CSS_MODULES.has(from)) tags.set(element.name.text, 'css');
    }
  }
  return (tag) => {
    if (ts.isIdentifier(tag)) return tags.get(tag.text);
    if (ts.isPropertyAccessExpression(tag) && ts.isIdentifier(tag.expression) && ts.isIdentifier(tag.name)) {
      const from = namespaces.get(tag.expression.text);
      if (from === undefined) return undefined;
      if (tag.name.text === 'html' && HTML_MODULES.has(from)) return 'html';
      if (tag.name.text === 'css' && CSS_MODULES.has(from)) return 'css';
    }
    return undefined;
  };
}

/** Every Lit html/css tagged template of a module (nested ones included), with the exact range of each literal part. */
export function findTemplates(code) {
  const sf = ts.createSourceFile('module.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  if (sf.parseDiagnostics?.length) {
    const d = sf.parseDiagnostics[0];
    throw new Error(`cannot parse the module: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')} (at ${d.start})`);
  }
  const kindOf = litTags(sf);
  /** @type {Template[]} */
  const templates = [];
  const part = (literal, closing) => {
    const start = literal.getStart(sf) + 1; // after '`' or '}'
    const end = literal.end - closing; // before '`' or '${'
    const invalid = (literal.templateFlags ?? 0) & INVALID_ESCAPE;
    return { start, end, raw: code.slice(start, end), cooked: invalid ? undefined : literal.text };
  };
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && !node.typeArguments) {
      const kind = kindOf(node.tag);
      if (kind) {
        const t = node.template;
        const parts = ts.isNoSubstitutionTemplateLiteral(t)
          ? [part(t, 1)]
          : [part(t.head, 2), ...t.templateSpans.map((s) => part(s.literal, ts.isTemplateTail(s.literal) ? 1 : 2))];
        templates.push({ kind, node, parts });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return templates;
}

// ---------------------------------------------------------------------------------------------- CSS

/** The text of a template literal part that cooks to `text`. */
function toTemplateRaw(text) {
  return text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '$\\{');
}

/** esbuild's minified CSS, without the final line break, and without the spaces esbuild keeps (see `tightenCss`). */
export async function minifyCss(text) {
  const result = await transform(text, { loader: 'css', minify: true, charset: 'utf8', logLevel: 'silent' });
  return { css: tightenCss(result.code.replace(/\n$/, '')), warnings: result.warnings };
}

/**
 * Drops the whitespace esbuild's minifier leaves in values although CSS ignores it: after a comma (`var(--a, #fff)`),
 * after a custom property's colon (`--a: 1rem`), and around `*` and `/` inside parentheses (`calc(var(--a) * 1.5)`).
 * Strings are left alone, and so are `+` and `-` in calc (they need their spaces) and `*` outside parentheses (a
 * selector's `.a *`).
 */
export function tightenCss(css) {
  let out = '';
  let depth = 0;
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (c === '"' || c === "'") {
      let end = i + 1;
      while (end < css.length && css[end] !== c) end += css[end] === '\\' ? 2 : 1;
      out += css.slice(i, end + 1);
      i = end;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')') depth--;
    if (/\s/.test(c)) {
      const previous = out[out.length - 1];
      const next = css.slice(i).match(/^\s*(.)/)?.[1];
      const afterComma = previous === ',';
      const aroundOperator = depth > 0 && (previous === '*' || previous === '/' || next === '*' || next === '/');
      const afterCustomProperty = previous === ':' && /(^|[{;])--[\w-]+:$/.test(out);
      if (afterComma || aroundOperator || afterCustomProperty) continue;
    }
    out += c;
  }
  return out;
}

/**
 * Elements a `white-space: pre*` rule of this CSS may select. Loose on purpose (a superset): every tag name and
 * class in the selectors of such a rule and of the rules it is nested in; `all` when a selector names neither.
 * @param {string[]} cssTexts
 * @returns {Preserve}
 */
export function whitespacePreservingSelectors(cssTexts) {
  /** @type {Preserve} */
  const found = { tags: new Set(), classes: new Set(), all: false };
  const record = (preludes) => {
    const selectors = preludes.filter((p) => !p.startsWith('@'));
    if (!selectors.length) found.all = true;
    for (const prelude of selectors) {
      for (const selector of prelude.split(',')) {
        const withoutAttributes = selector.replace(/\[[^\]]*\]/g, '[]');
        const classes = [...withoutAttributes.matchAll(/\.(-?[_a-zA-Z\u00a0-\uffff][\w\u00a0-\uffff-]*)/g)].map((m) => m[1]);
        const tags = [...withoutAttributes.matchAll(/(?:^|[\s>+~(,])([a-zA-Z][\w-]*)/g)].map((m) => m[1].toLowerCase());
        classes.forEach((c) => found.classes.add(c));
        tags.forEach((t) => found.tags.add(t));
        if (!classes.length && !tags.length) found.all = true;
      }
    }
  };
  for (const cssText of cssTexts) {
    const css = cssText.replace(/\/\*[\s\S]*?\*\//g, '');
    const stack = [];
    let segment = '';
    for (let i = 0; i < css.length; i++) {
      const c = css[i];
      if (c === '"' || c === "'") {
        const close = css.indexOf(c, i + 1);
        const end = close < 0 ? css.length : close;
        segment += css.slice(i, end + 1);
        i = end;
      } else if (c === '{') {
        if (PRESERVING_WHITE_SPACE.test(segment)) record(stack); // declarations before a nested rule
        stack.push(segment.slice(segment.lastIndexOf(';') + 1).trim());
        segment = '';
      } else if (c === '}') {
        if (PRESERVING_WHITE_SPACE.test(segment)) record(stack);
        stack.pop();
        segment = '';
      } else segment += c;
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------- HTML

const isWhitespace = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
const isLetter = (c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

/** Static text of an attribute in a start tag's text (`\0` stands for each `${...}`), or undefined. */
function attribute(tagText, name) {
  const m = new RegExp(`(?:^|[\\s\\0"'])${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>"']+))`, 'i').exec(tagText);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

/**
 * The edits that collapse the whitespace of one html template: an HTML tokenizer over its literal parts, the state
 * carried across each `${...}`.
 * @param {{ start: number, raw: string }[]} parts
 * @param {Preserve} preserve
 * @returns {Edit[]}
 */
export function htmlEdits(parts, preserve) {
  if (preserve.all) return [];
  /** @type {Edit[]} */
  const edits = [];
  let state = 'text'; // text | tagName | tag | beforeValue | unquoted | dq | sq | comment | bogus | rawtext
  let tag = null; // { name, end, text } while in a tag
  let kept = null; // { name, depth, raw } while inside an element whose content keeps its whitespace

  const closeTag = () => {
    const { name, end, text } = tag;
    tag = null;
    state = 'text';
    if (!name) return;
    if (end) {
      if (kept && name === kept.name && --kept.depth === 0) kept = null;
      return;
    }
    if (kept) {
      if (name === kept.name && !VOID_ELEMENTS.has(name)) kept.depth++;
      return;
    }
    if (VOID_ELEMENTS.has(name)) return;
    const classes = (attribute(text, 'class') ?? '').split(/[\s\0]+/);
    const style = attribute(text, 'style') ?? '';
    const raw = RAW_TEXT_ELEMENTS.has(name);
    if (
      raw ||
      PRE_ELEMENTS.has(name) ||
      preserve.tags.has(name) ||
      classes.some((c) => c && preserve.classes.has(c)) ||
      /white-space/i.test(style)
    ) {
      kept = { name, depth: 1, raw };
    }
    if (raw) state = 'rawtext';
  };

  parts.forEach(({ start, raw }, index) => {
    if (index > 0) {
      // a `${...}` between the previous part and this one
      if (state === 'tagName') state = 'tag';
      else if (state === 'beforeValue') state = 'unquoted';
      if (tag) tag.text += '\0';
    }
    let i = 0;
    while (i < raw.length) {
      const c = raw[i];
      if (state === 'rawtext') {
        const close = `</${kept.name}`;
        if (raw.slice(i, i + close.length).toLowerCase() === close && (i + close.length === raw.length || /[\s/>]/.test(raw[i + close.length]))) {
          tag = { name: kept.name, end: true, text: '' };
          state = 'tag';
          i += close.length;
        } else i++;
        continue;
      }
      if (isWhitespace(c) && state !== 'dq' && state !== 'sq' && state !== 'comment' && state !== 'bogus') {
        let j = i;
        while (j < raw.length && isWhitespace(raw[j])) j++;
        const run = raw.slice(i, j);
        let backslashes = 0;
        for (let k = i - 1; k >= 0 && raw[k] === '\\'; k--) backslashes++;
        // `\` + line break is a line continuation: leave it
        if (!kept && /[\n\r]/.test(run) && backslashes % 2 === 0) edits.push({ start: start + i, end: start + j, text: ' ' });
        if (tag) tag.text += ' ';
        if (state === 'tagName' || state === 'unquoted') state = 'tag';
        i = j;
        continue;
      }
      switch (state) {
        case 'text':
          if (c === '<' && raw.startsWith('<!--', i)) {
            state = 'comment';
            i += 4;
            continue;
          }
          if (c === '<' && (raw[i + 1] === '!' || raw[i + 1] === '?')) state = 'bogus';
          else if (c === '<' && isLetter(raw[i + 1] ?? '')) {
            tag = { name: '', end: false, text: '' };
            state = 'tagName';
          } else if (c === '<' && raw[i + 1] === '/' && isLetter(raw[i + 2] ?? '')) {
            tag = { name: '', end: true, text: '' };
            state = 'tagName';
            i++;
          }
          break;
        case 'tagName':
          if (c === '>') closeTag();
          else if (c === '/') state = 'tag';
          else tag.name += c.toLowerCase();
          break;
        case 'tag':
          tag.text += c;
          if (c === '>') closeTag();
          else if (c === '=') state = 'beforeValue';
          break;
        case 'beforeValue':
          tag.text += c;
          if (c === '"') state = 'dq';
          else if (c === "'") state = 'sq';
          else if (c === '>') closeTag();
          else state = 'unquoted';
          break;
        case 'unquoted':
          tag.text += c;
          if (c === '>') closeTag();
          break;
        case 'dq':
        case 'sq':
          tag.text += c;
          if (c === (state === 'dq' ? '"' : "'")) state = 'tag';
          break;
        case 'comment':
          if (raw.startsWith('-->', i)) {
            state = 'text';
            i += 3;
            continue;
          }
          break;
        case 'bogus':
          if (c === '>') state = 'text';
          break;
      }
      i++;
    }
  });
  return edits;
}

// ---------------------------------------------------------------------------------------------- modules

/**
 * The edits that minify the Lit templates of one module.
 * @param {string} code
 * @param {{ preserve?: Preserve }} [options] elements whose whitespace is kept; by default from the module's own css
 * @returns {Promise<{ edits: Edit[], css: number, html: number, warnings: string[] }>}
 */
export async function templateEdits(code, options = {}) {
  const templates = findTemplates(code);
  const preserve = options.preserve ?? whitespacePreservingSelectors(cssTexts(templates));
  /** @type {Edit[]} */
  const edits = [];
  const warnings = [];
  let css = 0;
  let html = 0;
  for (const { kind, parts, node } of templates) {
    if (kind === 'css') {
      if (parts.length !== 1 || parts[0].cooked === undefined) continue; // interpolated (or not cookable): as is
      const { start, end, raw, cooked } = parts[0];
      const result = await minifyCss(cooked);
      warnings.push(...result.warnings.map((w) => `css template at ${node.getStart()}: ${w.text}`));
      const text = toTemplateRaw(result.css);
      if (text !== raw) edits.push({ start, end, text });
      css++;
    } else {
      edits.push(...htmlEdits(parts, preserve));
      html++;
    }
  }
  edits.sort((a, b) => a.start - b.start);
  return { edits, css, html, warnings };
}

/** The cooked text of every css template without interpolations (the static parts of the others). */
function cssTexts(templates) {
  return templates.filter((t) => t.kind === 'css').flatMap((t) => t.parts.map((p) => p.cooked ?? p.raw));
}

/**
 * Elements whose whitespace is kept, from the css templates of all these modules (a package's styles usually live
 * in modules of their own).
 * @param {string[]} modules
 * @returns {Preserve}
 */
export function preserveOf(modules) {
  return whitespacePreservingSelectors(modules.flatMap((code) => cssTexts(findTemplates(code))));
}

/** `code` with the (sorted, disjoint) edits applied. */
export function applyEdits(code, edits) {
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += code.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + code.slice(at);
}

/**
 * Minifies the CSS and HTML of the Lit templates of one module (ES module text, as tsc emits it).
 * @param {string} code
 * @param {{ preserve?: Preserve }} [options]
 * @returns {Promise<string>}
 */
export async function minifyTemplates(code, options = {}) {
  const { edits } = await templateEdits(code, options);
  return applyEdits(code, edits);
}

// ---------------------------------------------------------------------------------------------- source maps

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Map([...B64].map((c, i) => [c, i]));

function decodeVlq(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const c of segment) {
    const digit = B64_INDEX.get(c);
    if (digit === undefined) throw new Error(`bad source map character ${c}`);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

function encodeVlq(values) {
  let out = '';
  for (const v of values) {
    let n = v < 0 ? (-v << 1) | 1 : v << 1;
    do {
      let digit = n & 31;
      n >>>= 5;
      if (n) digit |= 32;
      out += B64[digit];
    } while (n);
  }
  return out;
}

const lineStarts = (code) => {
  const starts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') starts.push(i + 1);
  return starts;
};

/**
 * A source map's `mappings` moved to the edited code: positions after an edit shift with it, positions inside one
 * go to its start.
 */
export function remapMappings(mappings, code, edits) {
  const oldStarts = lineStarts(code);
  const newStarts = lineStarts(applyEdits(code, edits));
  const shiftOf = (offset) => {
    let delta = 0;
    for (const e of edits) {
      if (offset < e.start) break;
      if (offset < e.end) return e.start + delta;
      delta += e.text.length - (e.end - e.start);
    }
    return offset + delta;
  };
  const lines = newStarts.map(() => []);
  const state = [0, 0, 0, 0];
  mappings.split(';').forEach((line, lineIndex) => {
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const v = decodeVlq(segment);
      column += v[0];
      const fields = [];
      for (let f = 1; f < v.length; f++) fields.push((state[f - 1] += v[f]));
      const offset = shiftOf((oldStarts[lineIndex] ?? code.length) + column);
      let l = newStarts.length - 1;
      while (newStarts[l] > offset) l--;
      lines[l].push({ column: offset - newStarts[l], fields });
    }
  });
  const out = [];
  const last = [0, 0, 0, 0];
  for (const segments of lines) {
    let previousColumn = 0;
    const encoded = [];
    let seen = -1;
    for (const s of segments) {
      if (s.column === seen) continue; // several positions collapsed into one: keep the first
      seen = s.column;
      const values = [s.column - previousColumn];
      previousColumn = s.column;
      s.fields.forEach((value, f) => {
        values.push(value - last[f]);
        last[f] = value;
      });
      encoded.push(encodeVlq(values));
    }
    out.push(encoded.join(','));
  }
  return out.join(';');
}

// ---------------------------------------------------------------------------------------------- CLI

function jsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return jsFiles(path);
    return entry.name.endsWith('.js') && !/\.(test|stories)\.js$/.test(entry.name) ? [path] : [];
  });
}

async function main() {
  const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
  // Not dist/standalone/: build-standalone.mjs bundles it from the files minified here (a rebuild finds the last one).
  const standalone = join(dist, 'standalone') + sep;
  const files = jsFiles(dist)
    .filter((path) => !path.startsWith(standalone))
    .map((path) => ({ path, code: readFileSync(path, 'utf8') }));
  // elements whose whitespace is kept, from every stylesheet of the package (the styles live in their own modules)
  const preserve = preserveOf(files.map((file) => file.code));
  let before = 0;
  let after = 0;
  let css = 0;
  let html = 0;
  for (const file of files) {
    const result = await templateEdits(file.code, { preserve });
    for (const w of result.warnings) console.warn(`minify-templates: ${basename(file.path)}: ${w}`);
    const code = applyEdits(file.code, result.edits);
    before += Buffer.byteLength(file.code);
    after += Buffer.byteLength(code);
    css += result.css;
    html += result.html;
    if (code === file.code) continue;
    writeFileSync(file.path, code);
    const mapPath = `${file.path}.map`;
    if (existsSync(mapPath)) {
      const map = JSON.parse(readFileSync(mapPath, 'utf8'));
      map.mappings = remapMappings(map.mappings, file.code, result.edits);
      writeFileSync(mapPath, JSON.stringify(map));
    }
  }
  const n = (v) => v.toLocaleString('en-US');
  console.log(
    `minify-templates: ${files.length} files, ${css} css and ${html} html templates: ${n(before)} -> ${n(after)} bytes (-${n(before - after)}, -${((100 * (before - after)) / (before || 1)).toFixed(1)}%)`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error) => {
    console.error(`minify-templates: ${error instanceof Error ? error.stack : error}`);
    process.exit(1);
  });
}
