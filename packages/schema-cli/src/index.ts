export { lintFile, lintTargets, lintExamples, schemaProblems, findSchemaFiles, formatProblem } from './lint.js';
export type { LintProblem, LintOptions } from './lint.js';
export { buildProcedures, standaloneValidator, withoutAnnotations, BuildError, OUTPUT_FILES, CATALOG_FILE, MANIFEST_FILE } from './build.js';
export type { BuildOptions, BuildResult, ProcedureBuild } from './build.js';
// The catalogue's types, once in @dvc-kit/procedure, stay importable from here.
export type { Catalog, CatalogEntry, FeeSummary } from '@dvc-kit/procedure';
export { dossierTypes, typeableSchema } from './types-gen.js';
export { redosProblems, schemaPatterns, checkPattern, DEFAULT_PATTERN_TIMEOUT_MS } from './redos.js';
export type { SchemaPattern } from './redos.js';
export { scaffoldProcedure, PROCEDURE_CODE } from './scaffold.js';
export { parseJsonSource, locate, JsonSyntaxError } from './json-source.js';
export type { JsonSource, Position, Located } from './json-source.js';
export { main } from './cli.js';
