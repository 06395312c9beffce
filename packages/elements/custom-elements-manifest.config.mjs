// Custom Elements Manifest (`dist/custom-elements.json`) from the elements' JSDoc: properties, attributes, events,
// slots, parts, CSS custom properties and custom states (`@cssstate`). Storybook's Docs pages and editors read it;
// it ships with the package (`"customElements"` in package.json). Run by `npm run build`.

/** The options object of one entry of `static properties`: written in place, or a `const` of the same module. */
function propertyOptions(ts, initializer) {
  if (ts.isObjectLiteralExpression(initializer)) return initializer;
  if (!ts.isIdentifier(initializer)) return undefined;
  for (const statement of initializer.getSourceFile().statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const variable of statement.declarationList.declarations) {
      if (variable.name.getText() === initializer.text && variable.initializer) return propertyOptions(ts, variable.initializer);
    }
  }
  return undefined;
}

/** The value of `key` in an options object literal: true, false, a string, or the text of anything else. */
function optionValue(ts, options, key) {
  const property = options?.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText() === key);
  if (!property) return undefined;
  const value = property.initializer;
  if (value.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (value.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (ts.isStringLiteral(value)) return value.text;
  return value.getText();
}

/**
 * The analyzer's Lit support reads `static properties` entries written in place only, and knows neither
 * `state: true` nor shared option constants (`schema: PROPERTY_ONLY`). This completes it: internal state has no
 * attribute and is private; `attribute: false` has no attribute; `reflect: true` reflects.
 */
function litPropertyOptions() {
  return {
    name: 'dvc-lit-property-options',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const declaration = moduleDoc.declarations?.find((d) => d.name === node.name.text);
      const properties = node.members.find(
        (m) => m.name?.getText() === 'properties' && m.modifiers?.some((mod) => mod.kind === ts.SyntaxKind.StaticKeyword),
      );
      if (!declaration || !properties?.initializer || !ts.isObjectLiteralExpression(properties.initializer)) return;
      for (const property of properties.initializer.properties) {
        if (!ts.isPropertyAssignment(property)) continue;
        const name = property.name.getText();
        const options = propertyOptions(ts, property.initializer);
        const member = declaration.members?.find((m) => m.name === name && !m.static);
        const attributeName = member?.attribute ?? name;
        const isState = optionValue(ts, options, 'state') === true;
        if (isState || optionValue(ts, options, 'attribute') === false) {
          declaration.attributes = declaration.attributes?.filter((a) => a.name !== attributeName && a.fieldName !== name);
          if (member) delete member.attribute;
          if (member && isState) member.privacy = 'private';
        } else if (member && optionValue(ts, options, 'reflect') === true) {
          member.reflects = true;
        }
      }
    },
  };
}

/**
 * What a page author reads: no private, protected (Lit's lifecycle) or underscored (internal) members, and only the events `@fires` names (the
 * analyzer also lists each `dispatchEvent(new SomeEvent(…))` without a name).
 */
function publicApiOnly() {
  return {
    name: 'dvc-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.members) {
            declaration.members = declaration.members.filter((m) => !m.privacy?.match(/^(private|protected)$/) && !m.name.startsWith('_'));
          }
          if (declaration.events) declaration.events = declaration.events.filter((e) => e.name);
        }
      }
    },
  };
}

/** Module paths as the package ships them: `src/x/y.ts` → `dist/x/y.js` (src/ is not published). */
function shippedPaths() {
  const toDist = (path) => path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
  const rewrite = (node) => {
    if (Array.isArray(node)) return node.forEach(rewrite);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = toDist(value);
      else rewrite(value);
    }
  };
  return {
    name: 'dvc-shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      rewrite(customElementsManifest.modules);
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/test-support/**', 'src/csp/**'],
  outdir: 'dist',
  litelement: true,
  // package.json declares the manifest itself (`customElements`); the analyzer would rewrite the file.
  packagejson: false,
  plugins: [litPropertyOptions(), publicApiOnly(), shippedPaths()],
};
