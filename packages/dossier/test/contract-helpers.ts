import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { REPO } from './helpers.js';

export const API_DIR = join(REPO, 'schemas/api');
export const SCHEMA_FILES = readdirSync(API_DIR).filter((name) => name.endsWith('.schema.json')).sort();
export const BASE = 'https://dvc-kit.dev/schemas/api/';

export function readApi(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(API_DIR, name), 'utf8')) as Record<string, unknown>;
}

/** Every schema of the contract in one strict ajv (draft 2020-12, with formats). */
export function contractAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  for (const name of SCHEMA_FILES) ajv.addSchema(readApi(name));
  return ajv;
}

/** A validator of one payload, by file name; returns ajv's errors as "pointer message" lines (empty when valid). */
export function validatorOf(ajv: Ajv2020, name: string): (data: unknown) => string[] {
  const validate = ajv.getSchema(BASE + name);
  if (!validate) throw new Error(`No schema ${name}`);
  return (data) => (validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`));
}
