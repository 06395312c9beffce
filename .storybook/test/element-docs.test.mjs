import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentedClasses } from '../element-docs.ts';

const manifest = JSON.parse(readFileSync(new URL('../../packages/elements/dist/custom-elements.json', import.meta.url), 'utf8'));
const classesOf = (m, tag) => m.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName === tag).map((d) => d.name);

describe('the manifest the Docs pages read', () => {
  it('documents <dvc-dossier-form> by the class the stories register, the full form', () => {
    // Two define files register the tag (one per page): the manifest has both classes.
    expect(classesOf(manifest, 'dvc-dossier-form').sort()).toEqual(['DvcDossierForm', 'DvcDossierFormFull']);
    const documented = documentedClasses(manifest, { 'dvc-dossier-form': 'DvcDossierFormFull' });
    expect(classesOf(documented, 'dvc-dossier-form')).toEqual(['DvcDossierFormFull']);
    // Every other tag, and the precompiled class's own entry (without the tag), stay.
    for (const tag of ['dvc-address-picker', 'dvc-file-upload']) expect(classesOf(documented, tag)).toEqual(classesOf(manifest, tag));
    const all = (m) => m.modules.flatMap((module) => module.declarations ?? []).map((d) => d.name);
    expect(all(documented)).toEqual(all(manifest));
  });
});
