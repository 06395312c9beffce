import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createForm, registerFormat } from '@dvc-kit/form-engine';
import { createAjvValidator } from '@dvc-kit/form-engine/ajv';
import { registerVnFormats } from '@dvc-kit/vn/formats';
import { procedureVocabulary } from '../src/index.js';
import { readJson, repoRoot } from './helpers.js';

// The shipped procedures use the Vietnamese formats; a page registers them (the element's default define does).
registerVnFormats(registerFormat);

const vocabularies = [procedureVocabulary];

describe('procedure schemas in schemas/procedures', () => {
  const procedures = readdirSync(new URL('schemas/procedures/', `file://${repoRoot}`));
  for (const code of procedures) {
    const schema = readJson(`schemas/procedures/${code}/schema.json`);
    const examples = readdirSync(new URL(`schemas/procedures/${code}/examples/`, `file://${repoRoot}`));
    it(`${code}: passes ajv strict mode and the engine's checks`, () => {
      expect(() => createAjvValidator(schema, { vocabularies })).not.toThrow();
      expect(() => createForm(schema, undefined, { vocabularies })).not.toThrow();
    });
    for (const file of examples) {
      it(`${code}/${file}: the form reads the data back unchanged and agrees with ajv`, () => {
        const data = readJson(`schemas/procedures/${code}/examples/${file}`);
        const ajvErrors = createAjvValidator(schema, { vocabularies }).validate(data);
        const form = createForm(schema, data, { vocabularies });
        expect(form.state.data).toEqual(data);
        expect(form.state.valid).toBe(ajvErrors.length === 0);
        expect(form.state.valid).toBe(file.startsWith('valid'));
        if (!form.state.valid) expect(form.state.errors.length).toBeGreaterThan(0);
      });
    }
  }
});
