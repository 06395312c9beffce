/**
 * `@dvc-kit/server`: the demo service centre's server. `buildApp` makes the Fastify app over a store; `main.ts`
 * starts it from the environment.
 */
export type * from './store/types.js';
export { buildApp, CONTENT_SECURITY_POLICY } from './app.js';
export type { AppOptions, DvcApp } from './app.js';
export { loadProcedures } from './procedures.js';
export type { Procedure, ProcedureRegistry, FileField } from './procedures.js';
export { seedDemo, seedOfficers } from './seed.js';
export { openStore } from './store/open.js';
export { createDiskBlobStore } from './store/disk-blobs.js';
export { AGENCIES, DEMO_OFFICERS, DEMO_PASSWORD, PAYEE } from './province.js';
export { API_ERROR_CODES, ApiError } from './errors.js';
export type { ApiErrorBody, ApiErrorCode, FieldProblem } from './errors.js';
