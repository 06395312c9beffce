/**
 * Docs pages from the Custom Elements Manifest (`packages/elements/dist/custom-elements.json`, built from the
 * elements' JSDoc). Storybook's ArgTypes table shows properties, attributes, events (with their detail type),
 * slots, parts and CSS custom properties; this adds what the table leaves out: the custom
 * states an element sets, for `:state()` selectors, as rows of their own category.
 */

type Documented = { name: string; description?: string };
type Declaration = { name?: string; tagName?: string; cssStates?: Documented[] };
export type Manifest = { modules?: { declarations?: Declaration[] }[] };

function declarationOf(manifest: Manifest, tagName: string): Declaration | undefined {
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName === tagName) return declaration;
    }
  }
  return undefined;
}

/**
 * Rows for the ArgTypes table, in a "custom states" category beside the CSS parts and custom properties: one per
 * state the element sets, named as a page's CSS selects it. Like the parts, no control: a state follows from what the element shows.
 */
export function customStateArgTypes(manifest: Manifest, tagName: unknown): Record<string, object> {
  if (typeof tagName !== 'string') return {};
  const rows: Record<string, object> = {};
  for (const state of declarationOf(manifest, tagName)?.cssStates ?? []) {
    const name = `:state(${state.name})`;
    rows[name] = {
      name,
      description: state.description,
      table: { category: 'custom states', type: { summary: 'CSS custom state' } },
    };
  }
  return rows;
}

/**
 * The manifest with one class per tag: `dvc-dossier-form` is registered by two define files (the full form and the
 * precompiled one, one per page), and the stories load the full one, so its class documents the tag. Storybook's
 * table would otherwise take the last declaration of the tag it finds.
 */
export function documentedClasses<T extends Manifest>(manifest: T, classOfTag: Readonly<Record<string, string>>): T {
  return {
    ...manifest,
    modules: manifest.modules?.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => {
        const wanted = declaration.tagName ? classOfTag[declaration.tagName] : undefined;
        if (!wanted || declaration.name === wanted) return declaration;
        const { tagName: _otherClassOfTheTag, ...rest } = declaration;
        return rest;
      }),
    })),
  };
}
