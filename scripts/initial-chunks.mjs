// What a page loads up front from an esbuild build with code splitting: its entry output and every output
// reachable from it through static imports. The other outputs are the lazy chunks (dynamic imports).
// Used by scripts/size.mjs and bench/build.mjs, which measure the same thing.

/** The outputs (keys of `metafile.outputs`) a page loads up front from `entry`. */
export function initialOutputs(outputs, entry) {
  const initial = new Set();
  const stack = [entry];
  while (stack.length) {
    const output = stack.pop();
    if (initial.has(output)) continue;
    initial.add(output);
    for (const imp of outputs[output].imports) if (imp.kind === 'import-statement' && outputs[imp.path]) stack.push(imp.path);
  }
  return initial;
}
