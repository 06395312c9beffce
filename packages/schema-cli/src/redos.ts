/**
 * Regular expressions that backtrack catastrophically (ReDoS): `^([A-Za-zÀ-ỹ]+\s?)*$` takes seconds per
 * keystroke once a name is 30 letters long, in the citizen's browser and on the server alike. Every
 * `pattern` and `patternProperties` key of a schema (its `x-dvc` conditions included) goes through recheck
 * (https://makenowjust-labs.github.io/recheck/), which proves a pattern safe or finds an attack string.
 */
import { checkSync } from 'recheck';
import type { Diagnostics, Hotspot } from 'recheck';
import { forEachSubschema } from '@dvc-kit/form-engine';
import type { JsonSchema, SchemaProblem } from '@dvc-kit/form-engine';

/** Time recheck may spend on one pattern by default; real patterns take a few milliseconds. */
export const DEFAULT_PATTERN_TIMEOUT_MS = 3000;

/** One pattern of a schema and the pointer of the `pattern` member or `patternProperties` key holding it. */
export interface SchemaPattern {
  pointer: string;
  pattern: string;
}

/** Every regular expression of a schema: `pattern`, `patternProperties` keys (so `propertyNames.pattern`), in `x-dvc` conditions too. */
export function schemaPatterns(schema: unknown): SchemaPattern[] {
  const found: SchemaPattern[] = [];
  const visit = (root: unknown, at: string) =>
    forEachSubschema(root as JsonSchema, (subschema, pointer) => {
      if (Object.hasOwn(subschema, 'pattern') && typeof subschema.pattern === 'string') found.push({ pointer: `${at}${pointer}/pattern`, pattern: subschema.pattern });
      const keyed = Object.hasOwn(subschema, 'patternProperties') ? subschema.patternProperties : undefined;
      if (typeof keyed === 'object' && keyed !== null && !Array.isArray(keyed)) {
        for (const key of Object.keys(keyed)) found.push({ pointer: `${at}${pointer}/patternProperties/${escapeToken(key)}`, pattern: key });
      }
    });
  visit(schema, '');
  // x-dvc's conditions (a fee's `when`, an exemption's, a component's `requiredWhen`) are schemas the page runs too.
  const dvc = isObject(schema) && Object.hasOwn(schema, 'x-dvc') ? schema['x-dvc'] : undefined;
  const conditions = (node: unknown, pointer: string): void => {
    if (Array.isArray(node)) node.forEach((item, i) => conditions(item, `${pointer}/${i}`));
    else if (isObject(node)) {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'when' || key === 'requiredWhen') visit(value, `${pointer}/${key}`);
        else conditions(value, `${pointer}/${escapeToken(key)}`);
      }
    }
  };
  conditions(dvc, '/x-dvc');
  return found;
}

const cache = new Map<string, Diagnostics>();

/** recheck's verdict on one pattern, with the `u` flag that ajv and the engine's interpreter use. */
export function checkPattern(pattern: string, timeoutMs = DEFAULT_PATTERN_TIMEOUT_MS): Diagnostics {
  const key = `${timeoutMs}\u0000${pattern}`;
  let result = cache.get(key);
  if (!result) {
    result = checkSync(pattern, 'u', { timeout: timeoutMs });
    // A timeout may pass on a quieter machine: ask again next time.
    if (!(result.status === 'unknown' && result.error.kind === 'timeout')) cache.set(key, result);
  }
  return result;
}

/**
 * A problem for every pattern that can backtrack catastrophically, and for every one recheck could not
 * settle within the time: an unproven pattern may hang the page, so lint does not let it through.
 * A pattern that is not a valid regular expression is left to ajv, which reports it.
 */
export function redosProblems(schema: unknown, timeoutMs = DEFAULT_PATTERN_TIMEOUT_MS): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  for (const { pointer, pattern } of schemaPatterns(schema)) {
    const result = checkPattern(pattern, timeoutMs);
    const shown = JSON.stringify(abbreviate(pattern));
    if (result.status === 'vulnerable') {
      const part = result.hotspot.length > 0 ? ` It backtracks at ${JSON.stringify(hotspotText(pattern, result.hotspot))}, which the repetitions around it can match in more than one way.` : '';
      const fix =
        result.complexity.type === 'exponential'
          ? 'Make each repeated part match in one way only, e.g. ^[A-Za-zÀ-ỹ]+( [A-Za-zÀ-ỹ]+)*$ instead of ^([A-Za-zÀ-ỹ]+\\s?)*$.'
          : 'Make the repeated parts unable to match the same characters, or add a small maxLength.';
      problems.push({
        pointer,
        keyword: 'pattern',
        message: `Pattern ${shown} backtracks catastrophically (${result.complexity.summary} time): a ${attackLength(result)}-character input such as ${result.attack.pattern} already takes long to reject.${part} ${fix}`,
      });
    } else if (result.status === 'unknown' && result.error.kind !== 'invalid') {
      const why = result.error.kind === 'timeout' ? `could not be checked for catastrophic backtracking within ${formatSeconds(timeoutMs)}` : `could not be checked for catastrophic backtracking (${result.error.kind}${'message' in result.error ? `: ${result.error.message}` : ''})`;
      problems.push({ pointer, keyword: 'pattern', message: `Pattern ${shown} ${why}. Simplify it so that it can be checked.` });
    }
  }
  return problems;
}

function hotspotText(pattern: string, all: readonly Hotspot[]): string {
  const heat = all.filter((h) => h.temperature === 'heat');
  const hotspots = heat.length > 0 ? heat : all;
  const start = Math.min(...hotspots.map((h) => h.start));
  const end = Math.max(...hotspots.map((h) => h.end));
  return pattern.slice(start, end);
}

function attackLength(result: Extract<Diagnostics, { status: 'vulnerable' }>): number {
  return result.attack.string.length;
}

function formatSeconds(ms: number): string {
  return ms >= 1000 ? `${ms / 1000} s` : `${ms} ms`;
}

function abbreviate(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function escapeToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}
